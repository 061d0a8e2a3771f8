/**
 * Scores the parser against the layout fixtures (test/fixtures/layouts): how many answers are
 * aligned to the right questions, question F1, documents and commitments recall/precision and
 * header accuracy. Used by `npm run bench -- parse`; the figures of issue 19 come from here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestionSetText, ParsedDocument, ParsedQuestionSet, ProposedCommitment } from '../src/parsing';
import { withWarningGists } from '../src/parsing/warning-gist';

/**
 * The fixture groups, scored separately: `tuning`, `held-out` and each later unseen set
 * `held-out-N` (test/fixtures/layouts/README.md says which are still unseen), in that order.
 */
export function layoutSets(root: string): string[] {
  const order = (name: string): number => (name === 'tuning' ? 0 : name === 'held-out' ? 1 : Number(name.slice(9)));
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^(tuning|held-out(-\d+)?)$/.test(d.name))
    .map((d) => d.name)
    .sort((a, b) => order(a) - order(b));
}
export type LayoutSet = string;

export interface LayoutFixture {
  name: string;
  set: LayoutSet;
  text: string;
  expected: ParsedQuestionSet;
}

/** The header fields issue 19 counts (received and answer dates, portfolio holder, party, submitters, subject, …). */
export const HEADER_FIELDS = [
  'municipality',
  'reference',
  'subject',
  'legalBasis',
  'party',
  'submitters',
  'portfolioHolder',
  'receivedOn',
  'answeredOn',
] as const;

export function loadLayoutFixtures(root: string): LayoutFixture[] {
  const fixtures: LayoutFixture[] = [];
  for (const set of layoutSets(root)) {
    const dir = join(root, set);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const name = file.replace(/\.txt$/, '');
      fixtures.push({
        name,
        set,
        text: readFileSync(join(dir, file), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as ParsedQuestionSet,
      });
    }
  }
  return fixtures;
}

interface Tally {
  documents: number;
  exact: number;
  refused: number;
  answerPairs: number;
  alignedPairs: number;
  questionsExpected: number;
  questionsFound: number;
  questionsRight: number;
  documentsExpected: number;
  documentsFound: number;
  documentsRight: number;
  commitmentsExpected: number;
  commitmentsFound: number;
  commitmentsRight: number;
  headerFields: number;
  headerRight: number;
}

const emptyTally = (): Tally => ({
  documents: 0,
  exact: 0,
  refused: 0,
  answerPairs: 0,
  alignedPairs: 0,
  questionsExpected: 0,
  questionsFound: 0,
  questionsRight: 0,
  documentsExpected: 0,
  documentsFound: 0,
  documentsRight: 0,
  commitmentsExpected: 0,
  commitmentsFound: 0,
  commitmentsRight: 0,
  headerFields: 0,
  headerRight: 0,
});

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A found document counts when kind matches and it carries the expected reference, title or URL;
 * a document the text names only by its date (`de brief van 3 maart 2025`) counts when the found
 * one has that date and nothing else to tell it by.
 */
function sameDocument(expected: ParsedDocument, found: ParsedDocument): boolean {
  if (expected.kind !== found.kind) return false;
  if (expected.reference) return expected.reference === found.reference;
  if (expected.title) return expected.title.toLowerCase() === (found.title ?? '').toLowerCase();
  if (expected.url) return expected.url === found.url;
  return expected.date !== null && expected.date === found.date && !found.reference && !found.title && !found.url;
}

const commitmentKey = (c: ProposedCommitment): string =>
  `${[...c.questions].sort().join(',')}|${c.deadline}|${squash(c.sentence)}`;

/** Counts matches one to one: each found item can satisfy one expected item. */
function matchCount<T>(expected: T[], found: T[], same: (e: T, f: T) => boolean): number {
  const used = new Set<number>();
  let right = 0;
  for (const e of expected) {
    const index = found.findIndex((f, i) => !used.has(i) && same(e, f));
    if (index >= 0) {
      used.add(index);
      right++;
    }
  }
  return right;
}

/** Exact when equal but for the warnings' wording: they count by what they report (src/parsing/warning-gist.ts). */
function exactly(expected: ParsedQuestionSet, parsed: ParsedQuestionSet): boolean {
  return JSON.stringify(withWarningGists(parsed)) === JSON.stringify(withWarningGists(expected));
}

function score(tally: Tally, expected: ParsedQuestionSet, parsed: ParsedQuestionSet | null): void {
  tally.documents++;
  const found = parsed ?? {
    ...expected,
    questions: [],
    answers: [],
    documents: [],
    commitments: [],
    submitters: [],
    ...Object.fromEntries(HEADER_FIELDS.filter((f) => f !== 'submitters').map((f) => [f, null])),
  };
  if (!parsed) tally.refused++;
  else if (exactly(expected, parsed)) tally.exact++;

  const answerOf = (set: ParsedQuestionSet): Map<string, string> =>
    new Map(set.answers.flatMap((a) => a.questions.map((q) => [q, squash(a.text)] as const)));
  const expectedAnswers = answerOf(expected);
  const foundAnswers = answerOf(found);
  for (const [question, text] of expectedAnswers) {
    tally.answerPairs++;
    if (foundAnswers.get(question) === text) tally.alignedPairs++;
  }

  tally.questionsExpected += expected.questions.length;
  tally.questionsFound += found.questions.length;
  tally.questionsRight += matchCount(
    expected.questions,
    found.questions,
    (e, f) => e.number === f.number && squash(e.text) === squash(f.text),
  );

  tally.documentsExpected += expected.documents.length;
  tally.documentsFound += found.documents.length;
  tally.documentsRight += matchCount(expected.documents, found.documents, sameDocument);

  tally.commitmentsExpected += expected.commitments.length;
  tally.commitmentsFound += found.commitments.length;
  tally.commitmentsRight += matchCount(
    expected.commitments,
    found.commitments,
    (e, f) => commitmentKey(e) === commitmentKey(f),
  );

  for (const field of HEADER_FIELDS) {
    tally.headerFields++;
    if (JSON.stringify(expected[field]) === JSON.stringify(found[field])) tally.headerRight++;
  }
}

const ratio = (a: number, b: number): string => (b === 0 ? '  -  ' : (a / b).toFixed(3));
const f1 = (right: number, expected: number, found: number): string => {
  if (expected + found === 0) return '  -  ';
  return ((2 * right) / (expected + found)).toFixed(3);
};

function line(label: string, t: Tally): string {
  return [
    label.padEnd(10),
    `${String(t.documents).padStart(3)} docs`,
    `exact ${String(t.exact).padStart(2)}`,
    `refused ${t.refused}`,
    `aligned ${ratio(t.alignedPairs, t.answerPairs)}`,
    `questionF1 ${f1(t.questionsRight, t.questionsExpected, t.questionsFound)}`,
    `documents R ${ratio(t.documentsRight, t.documentsExpected)} P ${ratio(t.documentsRight, t.documentsFound)}`,
    `commitments R ${ratio(t.commitmentsRight, t.commitmentsExpected)} P ${ratio(t.commitmentsRight, t.commitmentsFound)}`,
    `header ${ratio(t.headerRight, t.headerFields)}`,
  ].join(' | ');
}

export interface LayoutScore {
  lines: string[];
  failures: string[];
}

/** Parses every fixture and returns the printed table (one line per group, then all) and the names that do not parse exactly. */
export function scoreLayouts(fixtures: LayoutFixture[]): LayoutScore {
  const sets = [...new Set(fixtures.map((f) => f.set))];
  const tallies: Record<string, Tally> = Object.fromEntries([...sets, 'all'].map((set) => [set, emptyTally()]));
  const failures: string[] = [];
  for (const fixture of fixtures) {
    let parsed: ParsedQuestionSet | null;
    try {
      parsed = parseQuestionSetText(fixture.text, { reference: '2024-11-05' });
    } catch {
      parsed = null;
    }
    score(tallies[fixture.set], fixture.expected, parsed);
    score(tallies.all, fixture.expected, parsed);
    if (!parsed || !exactly(fixture.expected, parsed)) failures.push(`${fixture.set}/${fixture.name}`);
  }
  return {
    lines: [...sets, 'all'].map((set) => line(set, tallies[set])),
    failures,
  };
}
