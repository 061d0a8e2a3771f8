import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { SYSTEM_ACTOR } from '../auth/actor';
import { DomainError, DomainValidationError } from '../common/domain-errors';
import { ImportService, sha256Of } from '../import/import.service';
import { QuestionsService } from '../questions/questions.service';
import { withAppContext } from './app-context';
import { parseArgs, stringOption } from './args';

/** What a folder contributes; a file named on the command line is always tried. */
const IMPORTABLE_EXTENSIONS = new Set(['.txt', '.pdf', '.docx', '.rtf', '.eml']);

const USAGE =
  'Gebruik: npm run -s cli -- import PAD... --municipality SLUG [--status published] [--ref JJJJ-MM-DD]\n' +
  '         [--received JJJJ-MM-DD] [--answered JJJJ-MM-DD] [--json]\n' +
  '  PAD: bestanden of mappen (recursief: .txt .pdf .docx .rtf .eml)\n' +
  '  --ref: peildatum voor tijdsaanduidingen, en de antwoorddatum als het document met antwoorden er geen noemt\n' +
  '  --received / --answered: datum van ontvangst / beantwoording voor alle bestanden (gaat voor wat het document noemt)\n' +
  '  Maak de gemeente eerst aan: npm run -s cli -- municipality create --name NAAM\n';

export interface ImportSummary {
  imported: { file: string; setId: number; warnings: string[] }[];
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

/** A validation path in the griffie's words: `questions.1.text` → `vraag 2 (tekst)`. */
export function inGriffieTerms(path: string): string {
  const m = /^(questions|answers|documents|submitters)\.(\d+)(?:\.(\w+))?/.exec(path);
  const fields: Record<string, string> = {
    text: 'tekst',
    number: 'nummer',
    questions: 'vraagnummers',
    reference: 'kenmerk',
    title: 'titel',
    kind: 'soort',
  };
  const names: Record<string, string> = {
    questions: 'vraag',
    answers: 'antwoord',
    documents: 'document',
    submitters: 'indiener',
  };
  if (m) return `${names[m[1]]} ${Number(m[2]) + 1}${m[3] ? ` (${fields[m[3]] ?? m[3]})` : ''}`;
  const top: Record<string, string> = {
    receivedOn: 'datum van ontvangst',
    answeredOn: 'datum van beantwoording',
    publishedOn: 'publicatiedatum',
    subject: 'onderwerp',
    questions: 'vragen',
    answers: 'antwoorden',
    municipality: 'gemeente',
    status: 'status',
  };
  return top[path] ?? path;
}

function describeFailure(error: unknown): { code: string; reason: string } {
  if (error instanceof DomainValidationError) {
    const fields = error.errors.map((e) => `${inGriffieTerms(e.path)}: ${e.message}`).join('; ');
    return { code: error.code, reason: fields ? `${error.message} ${fields}` : error.message };
  }
  if (error instanceof DomainError) return { code: error.code, reason: error.message };
  return { code: 'error', reason: error instanceof Error ? error.message : String(error) };
}

function formatSummary(summary: ImportSummary, cwd: string): string {
  const show = (file: string) => (file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file);
  const rows = [
    ...summary.imported.map((i) => [show(i.file), 'ingelezen', String(i.setId), String(i.warnings.length)]),
    ...summary.alreadyPresent.map((i) => [show(i.file), 'al aanwezig', String(i.setId), '']),
    ...summary.failed.map((f) => [show(f.file), 'mislukt', '', '']),
  ];
  const header = ['bestand', 'resultaat', 'vragenset', 'meldingen'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const row = (cells: string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c]))
      .join(' | ')
      .trimEnd();
  const warned = summary.imported.filter((i) => i.warnings.length > 0);
  const lines = [
    row(header),
    widths.map((w) => '-'.repeat(w)).join('-+-'),
    ...rows.map(row),
    '',
    ...(warned.length > 0
      ? [
          'Meldingen (opgeslagen bij de vragenset; de griffie ziet ze op de pagina tot ze zijn afgehandeld):',
          ...warned.flatMap((i) => [`  ${show(i.file)}:`, ...i.warnings.map((w) => `    - ${w}`)]),
          '',
        ]
      : []),
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
  const received = stringOption(parsed, 'received') ?? null;
  const answered = stringOption(parsed, 'answered') ?? null;
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
  for (const [name, value] of [
    ['ref', ref],
    ['received', received],
    ['answered', answered],
  ] as const) {
    if (value !== null && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      process.stderr.write(`--${name} moet een datum zijn in de vorm JJJJ-MM-DD.\n`);
      return 2;
    }
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
          answeredOn: answered,
        });
        // Dates given on the command line are the stored ones; `--ref` stands in for an answer date the
        // document does not print (never the question date).
        const answeredOn = answered ?? preview.answeredOn ?? (preview.answers.length > 0 && ref !== null ? ref : null);
        const result = await imports.commitImport(SYSTEM_ACTOR, bytes, basename(file), {
          ...preview,
          municipality: municipality.slug,
          receivedOn: received ?? preview.receivedOn,
          answeredOn,
          ...(status === 'published' ? { status: 'published' } : {}),
        });
        if (result.created) summary.imported.push({ file, setId: result.setId, warnings: preview.warnings });
        else summary.alreadyPresent.push({ file, setId: result.setId });
        if (preview.warnings.length > 0 && !asJson && interactive) process.stderr.write('\n');
        for (const warning of preview.warnings) process.stderr.write(`  ${basename(file)}: ${warning}\n`);
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
