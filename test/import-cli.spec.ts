import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImportCommand } from '../src/cli/import-command';
import { captureCommand, CliDatabase, createCliDatabase } from './support/cli';

const SEEDS = join(__dirname, 'fixtures/seeds');

interface Summary {
  imported: { file: string; setId: number }[];
  alreadyPresent: { file: string; setId: number }[];
  failed: { file: string; code: string; reason: string }[];
}

/** Runs the import command with stdout and stderr captured instead of printed. */
function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return captureCommand(runImportCommand, args);
}

describe('cli: import PATH… --municipality SLUG', () => {
  let database: CliDatabase;
  let folder: string;
  const query = <T>(sql: string, params: unknown[] = []) => database.query<T>(sql, params);

  beforeAll(async () => {
    database = await createCliDatabase();
    // Two seed documents (one in a subfolder: folders are walked recursively), one broken PDF
    // and a file the import does not look at.
    folder = mkdtempSync(join(tmpdir(), 'raadsvragen-import-cli-'));
    copyFileSync(join(SEEDS, '002_61424de74e848507.txt'), join(folder, 'amersfoort-antidiscriminatie.txt'));
    mkdirSync(join(folder, 'archief'));
    copyFileSync(join(SEEDS, '000_e55048b8f92346cb.txt'), join(folder, 'archief', 'verordening.txt'));
    writeFileSync(join(folder, 'kapot.pdf'), Buffer.concat([Buffer.from('%PDF-1.5\n'), Buffer.alloc(500, 0xff)]));
    writeFileSync(join(folder, 'notities.md'), '# geen vragen\n');
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database.close();
  });

  it('imports a folder, reports the broken file with its reason and exits 1, then skips what is already present', async () => {
    const first = await run([folder, '--municipality', 'amersfoort', '--status', 'published', '--json']);
    const summary = JSON.parse(first.stdout) as Summary;
    expect(summary.imported.map((i) => i.file).sort()).toEqual([
      join(folder, 'amersfoort-antidiscriminatie.txt'),
      join(folder, 'archief', 'verordening.txt'),
    ]);
    expect(summary.alreadyPresent).toEqual([]);
    expect(summary.failed).toEqual([
      { file: join(folder, 'kapot.pdf'), code: 'corrupt', reason: expect.stringMatching(/beschadigd/) },
    ]);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/\[#+-*\] \d+\/3 kapot\.pdf/);
    expect(first.stderr).toMatch(/\[#{20}\] 3\/3/);

    const sets = await query<{ id: number; status: string; n: number }>(
      `SELECT s.id, s.status, (SELECT count(*)::int FROM question q WHERE q.question_set_id = s.id) AS n FROM question_set s ORDER BY s.id`,
    );
    expect(sets).toHaveLength(2);
    expect(sets.every((s) => s.status === 'published' && s.n > 0)).toBe(true);
    expect(sets.map((s) => s.id).sort()).toEqual(summary.imported.map((i) => i.setId).sort());

    const second = await run([folder, '--municipality', 'amersfoort', '--status', 'published']);
    expect(second.code).toBe(1);
    expect(second.stdout).toMatch(/^Ingelezen: 0$/m);
    expect(second.stdout).toMatch(/^Al aanwezig: 2$/m);
    expect(second.stdout).toMatch(/^Mislukt: 1$/m);
    expect(second.stdout).toMatch(/kapot\.pdf: .*beschadigd/);
    expect(await query('SELECT id FROM question_set')).toHaveLength(2);
  });

  it('exits 0 when nothing failed', async () => {
    const result = await run([
      join(folder, 'amersfoort-antidiscriminatie.txt'),
      '--municipality',
      'amersfoort',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as Summary;
    expect(summary.alreadyPresent).toHaveLength(1);
    expect(summary.failed).toEqual([]);
  });

  it('refuses to start without a municipality and prints how to use it', async () => {
    const result = await run([folder]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/--municipality SLUG/);
  });
});
