import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImportCommand } from '../src/cli/import-command';
import { runMunicipalityCommand } from '../src/cli/municipality-command';
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

  it('prints and stores the warnings per file, a summary table, the dates given, and exits 1 when a file failed', async () => {
    const bulk = mkdtempSync(join(tmpdir(), 'raadsvragen-import-bulk-'));
    try {
      // Question 2 is missing from the numbering; no date printed; a broken file beside it.
      writeFileSync(
        join(bulk, 'gat-in-nummering.txt'),
        'Gemeente Amersfoort\nOnderwerp: Bankjes in het park\n\nVraag 1: Hoeveel bankjes staan er in het park?\nAntwoord 1: Er staan er veertig.\n\nVraag 3: Komen er meer bij?\nAntwoord 3: Ja, wij plaatsen er in 2026 tien bij.\n',
      );
      writeFileSync(join(bulk, 'leeg.txt'), '');
      const result = await run([
        bulk,
        '--municipality',
        'amersfoort',
        '--ref',
        '2025-03-04',
        '--received',
        '2025-02-10',
      ]);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/^bestand +\| resultaat +\| vragenset \| meldingen$/m);
      expect(result.stdout).toMatch(/gat-in-nummering\.txt +\| ingelezen +\| \d+ +\| 1/);
      expect(result.stdout).toMatch(/leeg\.txt +\| mislukt/);
      expect(result.stdout).toMatch(/- Vraag 2 is niet gevonden; controleer de nummering\./);
      expect(result.stderr).toMatch(/gat-in-nummering\.txt: Vraag 2 is niet gevonden; controleer de nummering\./);
      const [stored] = await query<{ received_on: string; answered_on: string; warnings: string[] }>(
        `SELECT to_char(s.received_on, 'YYYY-MM-DD') AS received_on, to_char(s.answered_on, 'YYYY-MM-DD') AS answered_on, r.warnings
           FROM question_set s JOIN import_report r ON r.question_set_id = s.id WHERE s.subject = 'Bankjes in het park'`,
      );
      expect(stored).toEqual({
        received_on: '2025-02-10',
        answered_on: '2025-03-04',
        warnings: ['Vraag 2 is niet gevonden; controleer de nummering.'],
      });
    } finally {
      rmSync(bulk, { recursive: true, force: true });
    }
  });

  it('imports the .rtf files of a folder (issue #19)', async () => {
    const bulk = mkdtempSync(join(tmpdir(), 'raadsvragen-import-rtf-'));
    try {
      copyFileSync(join(__dirname, 'fixtures/parsing/word-2016.rtf'), join(bulk, 'beantwoording.rtf'));
      const result = await run([bulk, '--municipality', 'amersfoort', '--json']);
      const summary = JSON.parse(result.stdout) as Summary;
      expect(summary.failed).toEqual([]);
      expect(summary.imported.map((i) => i.file)).toEqual([join(bulk, 'beantwoording.rtf')]);
      const [stored] = await query<{ subject: string; n: number }>(
        `SELECT s.subject, (SELECT count(*)::int FROM question q WHERE q.question_set_id = s.id) AS n
           FROM question_set s WHERE s.id = $1`,
        [summary.imported[0].setId],
      );
      expect(stored).toEqual({ subject: 'Beantwoording schriftelijke vragen over het café aan de Dijk', n: 2 });
    } finally {
      rmSync(bulk, { recursive: true, force: true });
    }
  });

  it('creates and lists municipalities, so that documents can be imported into them', async () => {
    const created = await captureCommand(runMunicipalityCommand, [
      'create',
      '--name',
      "'s-Hertogenbosch",
      '--term',
      '6',
      '--term-unit',
      'weeks',
    ]);
    expect(created).toMatchObject({ code: 0, stdout: 's-hertogenbosch\n' });
    const again = await captureCommand(runMunicipalityCommand, ['create', '--name', "'s-Hertogenbosch"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/bestaat al/);
    const list = await captureCommand(runMunicipalityCommand, ['list']);
    expect(list.stdout).toMatch(/^s-hertogenbosch +'s-Hertogenbosch +\(antwoordtermijn 6 weken\)$/m);
    expect(list.stdout).toMatch(/^amersfoort /m);
    const updated = await captureCommand(runMunicipalityCommand, [
      'update',
      's-hertogenbosch',
      '--term',
      '15',
      '--term-unit',
      'werkdagen',
    ]);
    expect(updated).toMatchObject({ code: 0 });
    expect(updated.stderr).toMatch(/antwoordtermijn 15 werkdagen/);
    const relisted = await captureCommand(runMunicipalityCommand, ['list', '--json']);
    expect(JSON.parse(relisted.stdout)).toContainEqual(
      expect.objectContaining({ slug: 's-hertogenbosch', answerTermAmount: 15, answerTermUnit: 'workingDays' }),
    );
    const wrongUnit = await captureCommand(runMunicipalityCommand, [
      'update',
      's-hertogenbosch',
      '--term-unit',
      'maanden',
    ]);
    expect(wrongUnit.code).toBe(2);
    expect(wrongUnit.stderr).toMatch(/answerTermUnit/);
    const usage = await captureCommand(runMunicipalityCommand, ['create']);
    expect(usage.code).toBe(2);
  });

  it('refuses to start without a municipality and prints how to use it', async () => {
    const result = await run([folder]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/--municipality SLUG/);
  });
});
