/**
 * `npm run bench -- parse`: documents per second parsing text documents (target ≥ 200/s on one
 * core), and the memory used extracting and parsing a generated 300-page PDF.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, parseQuestionSetText } from '../src/parsing';
import { makePdf } from '../test/fixtures/parsing/make-fixtures';
import { loadLayoutFixtures, scoreLayouts } from './parse-score';

/** test/fixtures, whether the bench runs from dist/bench or bench/. */
function fixturesDir(): string {
  const root = join(__dirname, '..', '..', 'test', 'fixtures');
  try {
    readFileSync(join(root, 'seeds', '000_e55048b8f92346cb.txt'));
    return root;
  } catch {
    return join(__dirname, '..', 'test', 'fixtures');
  }
}

function textDocuments(): Array<{ text: string; reference: string }> {
  const dir = fixturesDir();
  return [
    { text: readFileSync(join(dir, 'seeds', '000_e55048b8f92346cb.txt'), 'utf8'), reference: '2024-11-12' },
    { text: readFileSync(join(dir, 'seeds', '002_61424de74e848507.txt'), 'utf8'), reference: '2024-11-05' },
    ...['letter', 'form', 'email', 'table', 'multi-answer', 'pdf-artefacts'].map((name) => ({
      text: readFileSync(join(dir, 'parsing', `${name}.txt`), 'utf8'),
      reference: '2024-11-05',
    })),
  ];
}

function bigPdf(pages: number): Buffer {
  const header = 'Gemeente Zwolle – Beantwoording raadsvragen 2024-118';
  return makePdf(
    Array.from({ length: pages }, (_, i) => [
      header,
      '',
      `Vraag ${i + 1}:`,
      'Hoe staat het met de uitvoering van de motie over toegankelijkheid van openbare gebouwen in de stad?',
      '',
      `Antwoord ${i + 1}:`,
      'Wij hebben de gebouwen geïnventariseerd en vervangen de draaideuren door automatische schuif-',
      'deuren. In het eerste kwartaal van 2025 evalueren wij de voortgang en delen wij de uitkomsten.',
      ...Array.from(
        { length: 30 },
        () => 'De gemeente werkt samen met het Platform Toegankelijkheid aan een stad waar iedereen mee kan doen.',
      ),
      '',
      `Pagina ${i + 1} van ${pages}`,
    ]),
  );
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function run(): Promise<void> {
  const layouts = scoreLayouts(loadLayoutFixtures(join(fixturesDir(), 'layouts')));
  console.log('layout fixtures (goals: aligned ≥ 0.97, documents and commitments R and P ≥ 0.90, header ≥ 0.90):');
  for (const l of layouts.lines) console.log(`  ${l}`);
  if (layouts.failures.length > 0) console.log(`  not exact: ${layouts.failures.join(', ')}`);

  const documents = [
    ...textDocuments(),
    ...loadLayoutFixtures(join(fixturesDir(), 'layouts')).map((f) => ({ text: f.text, reference: '2024-11-05' })),
  ];
  const parse = (d: { text: string; reference: string }): void => {
    try {
      parseQuestionSetText(d.text, { reference: d.reference });
    } catch {
      // a refused layout costs its time too; the scores above count it
    }
  };
  for (const d of documents) parse(d); // warm-up
  const seconds = 3;
  const started = process.hrtime.bigint();
  let parsed = 0;
  while (Number(process.hrtime.bigint() - started) / 1e9 < seconds) {
    parse(documents[parsed % documents.length]);
    parsed++;
  }
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = parsed / elapsed;
  console.log(
    `text documents: ${parsed} parsed in ${elapsed.toFixed(2)} s = ${rate.toFixed(0)} documents/s (target ≥ 200/s) ${rate >= 200 ? 'OK' : 'TOO SLOW'}`,
  );

  const pdf = bigPdf(300);
  global.gc?.();
  const before = process.memoryUsage();
  const pdfStarted = Date.now();
  const result = await parseDocument(pdf, 'groot.pdf', { reference: '2024-11-05' });
  const after = process.memoryUsage();
  console.log(
    `300-page PDF (${mb(pdf.length)}): ${result.questions.length} questions, ${result.commitments.length} commitments in ${Date.now() - pdfStarted} ms; ` +
      `RSS +${mb(after.rss - before.rss)} (now ${mb(after.rss)}), heap +${mb(after.heapUsed - before.heapUsed)}`,
  );
}
