import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { SYSTEM_ACTOR } from '../auth/actor';
import { DomainError, DomainValidationError } from '../common/domain-errors';
import { ImportService, sha256Of } from '../import/import.service';
import { QuestionsService } from '../questions/questions.service';
import { withAppContext } from './app-context';
import { parseArgs, stringOption } from './args';

/** What a folder contributes; a file named on the command line is always tried. */
const IMPORTABLE_EXTENSIONS = new Set(['.txt', '.pdf', '.docx', '.eml']);

const USAGE =
  'Gebruik: npm run -s cli -- import PAD... --municipality SLUG [--status published] [--ref JJJJ-MM-DD] [--json]\n' +
  '  PAD: bestanden of mappen (recursief: .txt .pdf .docx .eml)\n';

export interface ImportSummary {
  imported: { file: string; setId: number }[];
  alreadyPresent: { file: string; setId: number }[];
  failed: { file: string; code: string; reason: string }[];
}

/** Files and folders (recursively, importable extensions only), in a stable order, without duplicates. */
export function collectFiles(paths: string[]): { files: string[]; missing: { path: string; reason: string }[] } {
  const files: string[] = [];
  const missing: { path: string; reason: string }[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && IMPORTABLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
    }
  };
  for (const given of paths) {
    const path = resolve(given);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      missing.push({ path: given, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if (isDirectory) walk(path);
    else files.push(path);
  }
  return { files: [...new Set(files)], missing };
}

/** `[#####-----] 12/40 bestand.pdf` */
export function progressLine(done: number, total: number, label: string, width = 20): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${label}`;
}

function describeFailure(error: unknown): { code: string; reason: string } {
  if (error instanceof DomainValidationError) {
    const fields = error.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    return { code: error.code, reason: fields ? `${error.message} ${fields}` : error.message };
  }
  if (error instanceof DomainError) return { code: error.code, reason: error.message };
  return { code: 'error', reason: error instanceof Error ? error.message : String(error) };
}

function formatSummary(summary: ImportSummary, cwd: string): string {
  const show = (file: string) => (file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file);
  const lines = [
    `Ingelezen: ${summary.imported.length}`,
    ...summary.imported.map((i) => `  ${show(i.file)} → vragenset ${i.setId}`),
    `Al aanwezig: ${summary.alreadyPresent.length}`,
    ...summary.alreadyPresent.map((i) => `  ${show(i.file)} → vragenset ${i.setId}`),
    `Mislukt: ${summary.failed.length}`,
    ...summary.failed.map((f) => `  ${show(f.file)}: ${f.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * `import PATH… --municipality SLUG [--status published] [--ref DATE] [--json]`: bulk import as
 * the system (admin). Resumable: a file whose hash is already stored is skipped without parsing,
 * and a failed file does not stop the run. Exit code 0 when nothing failed, 1 otherwise.
 */
export async function runImportCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const municipalityKey = stringOption(parsed, 'municipality');
  const status = stringOption(parsed, 'status');
  const ref = stringOption(parsed, 'ref') ?? null;
  const asJson = parsed.options.json === true;
  if (parsed.positional.length === 0 || !municipalityKey) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (status !== undefined && status !== 'published') {
    process.stderr.write(
      `--status kan alleen "published" zijn (zonder: geregistreerd of beantwoord naar inhoud).\n${USAGE}`,
    );
    return 2;
  }
  if (ref !== null && !/^\d{4}-\d{2}-\d{2}$/.test(ref)) {
    process.stderr.write(`--ref moet een datum zijn in de vorm JJJJ-MM-DD.\n`);
    return 2;
  }
  const { files, missing } = collectFiles(parsed.positional);
  const summary: ImportSummary = { imported: [], alreadyPresent: [], failed: [] };
  for (const { path, reason } of missing) {
    summary.failed.push({ file: path, code: 'not-found', reason: `bestand of map niet gevonden (${reason})` });
  }

  return withAppContext(async (app) => {
    const imports = app.get(ImportService);
    const questions = app.get(QuestionsService);
    const municipality = await imports.municipalityByAnyKey(municipalityKey);
    if (!municipality) {
      process.stderr.write(`Gemeente ${municipalityKey} bestaat niet.\n`);
      return 2;
    }
    const interactive = process.stderr.isTTY === true;
    for (const [index, file] of files.entries()) {
      const line = progressLine(index, files.length, basename(file));
      process.stderr.write(interactive ? `\r\x1b[2K${line}` : `${line}\n`);
      try {
        const bytes = readFileSync(file);
        const known = await questions.findSetIdBySourceHash(municipality.id, sha256Of(bytes));
        if (known !== null) {
          summary.alreadyPresent.push({ file, setId: known });
          continue;
        }
        const preview = await imports.previewDocument(SYSTEM_ACTOR, bytes, basename(file), {
          municipality: municipality.slug,
          reference: ref,
        });
        const result = await imports.commitImport(SYSTEM_ACTOR, bytes, basename(file), {
          ...preview,
          municipality: municipality.slug,
          ...(status === 'published' ? { status: 'published' } : {}),
        });
        (result.created ? summary.imported : summary.alreadyPresent).push({ file, setId: result.setId });
      } catch (error) {
        summary.failed.push({ file, ...describeFailure(error) });
      }
    }
    const last = progressLine(files.length, files.length, 'klaar');
    process.stderr.write(interactive ? `\r\x1b[2K${last}\n` : `${last}\n`);
    const cwd = process.cwd();
    process.stdout.write(asJson ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary, cwd));
    return summary.failed.length === 0 ? 0 : 1;
  });
}
