import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';

/** The pure engines import no framework, no database and (deadlines) no I/O: docs/architecture.md, enforced by .dependency-cruiser.cjs too. */
const IMPORT = /(?:import\s[^'"]*?from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1]);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function forbidden(specifier: string, banned: readonly string[]): boolean {
  const name = specifier.replace(/^node:/, '');
  return banned.some((b) => name === b || name.startsWith(`${b}/`));
}

const SRC = join(__dirname, '..');

describe('pure engines', () => {
  it.each(sources(join(SRC, 'deadlines')))('%s imports no Nest, TypeORM, fs or http', (file) => {
    const banned = ['@nestjs', 'typeorm', 'fs', 'http', 'https'];
    expect(importsOf(file).filter((s) => forbidden(s, banned))).toEqual([]);
  });

  const parsing = join(SRC, 'parsing');
  const parsingFiles = existsSync(parsing) ? sources(parsing) : [];
  (parsingFiles.length > 0 ? it.each(parsingFiles) : it.skip.each(['(src/parsing has no sources yet)']))(
    '%s imports no Nest or TypeORM',
    (file) => {
      expect(importsOf(file).filter((s) => forbidden(s, ['@nestjs', 'typeorm']))).toEqual([]);
    },
  );

  it('recognises the import forms it guards against', () => {
    expect(forbidden('@nestjs/common', ['@nestjs'])).toBe(true);
    expect(forbidden('node:fs', ['fs'])).toBe(true);
    expect(forbidden('fs/promises', ['fs'])).toBe(true);
    expect(forbidden('./calendar', ['fs'])).toBe(false);
  });
});
