/**
 * The relevance set of issue 18 (bench/relevance/*.json): question sets in several municipalities
 * (plus the two seed documents, imported through the parser as the demo does) and Dutch queries
 * with the sets that really answer them, written before the engine ran on them. Loaded by
 * `npm run bench -- relevance` and by the e2e test that guards the figures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../../src/auth/actor';
import { DEMO_QUESTION_SETS } from '../../src/demo/demo-data';
import { parsedToImportedSet } from '../../src/import/parsed-to-set';
import { MunicipalitiesService } from '../../src/municipalities/municipalities.service';
import { parseQuestionSetText } from '../../src/parsing';
import { ImportedSetInput, QuestionsService } from '../../src/questions/questions.service';

export interface FixtureSet {
  key: string;
  municipality: string;
  reference: string | null;
  subject: string;
  party: string | null;
  submitters: string[];
  portfolioHolder: string | null;
  receivedOn: string;
  answeredOn: string;
  /** Null: answered but not published (under embargo for the public). */
  publishedOn: string | null;
  explanation: string | null;
  documents: ImportedSetInput['documents'];
  qa: [string, string][];
}

export interface RelevanceQuery {
  q: string;
  kind: string;
  filters?: { municipality?: string; party?: string; year?: number; from?: string; to?: string };
  /** Keys of the sets that answer the query; empty for a query that should find nothing. */
  relevant: string[];
  holdout?: boolean;
  /**
   * Set on loading: 'held-out-N' for the queries of bench/relevance/held-out-N, a later unseen
   * set written by another author and scored once before any change for it (its README).
   */
  part?: string;
}

/** Where the JSON files are, from the compiled dist/bench/relevance as from the sources. */
function dataDir(): string {
  const candidates = [__dirname, join(__dirname, '..', '..', '..', 'bench', 'relevance')];
  for (const dir of candidates) {
    try {
      readFileSync(join(dir, 'queries.json'));
      return dir;
    } catch {
      // try the next one
    }
  }
  throw new Error('bench/relevance/queries.json not found');
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(dataDir(), name), 'utf8')) as T;
}

/** The later unseen sets, each in its own folder `held-out-N` (N ≥ 2), in order. */
function laterSets(): string[] {
  return readdirSync(dataDir(), { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^held-out-\d+$/.test(d.name))
    .map((d) => d.name)
    .sort((a, b) => Number(a.slice(9)) - Number(b.slice(9)));
}

export function relevanceQueries(): RelevanceQuery[] {
  const first = readJson<RelevanceQuery[]>('queries.json').map((q) => ({
    ...q,
    part: q.holdout ? 'held-out' : 'tuning',
  }));
  const later = laterSets().flatMap((dir) =>
    readJson<RelevanceQuery[]>(join(dir, 'queries.json')).map((q) => ({ ...q, holdout: true, part: dir })),
  );
  return [...first, ...later];
}

/** The query parts in the order the benchmark prints them. */
export function relevanceParts(): string[] {
  return ['tuning', 'held-out', ...laterSets()];
}

export function outcomesByPart(outcomes: QueryOutcome[]): [string, QueryOutcome[]][] {
  return relevanceParts().map((part) => [part, outcomes.filter((o) => (o.query.part ?? 'tuning') === part)]);
}

/** The seed documents live with the parser fixtures. */
function seedText(file: string): string {
  return readFileSync(join(dataDir(), '..', '..', 'test', 'fixtures', 'seeds', file), 'utf8');
}

/** Imports municipalities and sets into the app's (fresh) database; returns set id by key. */
export async function loadRelevanceFixtures(app: INestApplicationContext): Promise<Map<string, number>> {
  const municipalities = app.get(MunicipalitiesService);
  const questions = app.get(QuestionsService);
  const names = new Map<string, string>();
  for (const m of [
    ...readJson<{ slug: string; name: string }[]>('municipalities.json'),
    ...laterSets()
      .filter((dir) => existsSync(join(dataDir(), dir, 'municipalities.json')))
      .flatMap((dir) => readJson<{ slug: string; name: string }[]>(join(dir, 'municipalities.json'))),
  ]) {
    if (names.has(m.slug)) continue;
    await municipalities.createMunicipality(SYSTEM_ACTOR, {
      slug: m.slug,
      name: m.name,
      answerTermAmount: 30,
      answerTermUnit: 'days',
    });
    names.set(m.slug, m.name);
  }
  const ids = new Map<string, number>();
  for (const demo of DEMO_QUESTION_SETS) {
    const parsed = parseQuestionSetText(seedText(demo.file), {
      municipality: names.get(demo.municipality) ?? demo.municipality,
      reference: demo.answeredOn,
    });
    const setId = await questions.importQuestionSet(
      SYSTEM_ACTOR,
      parsedToImportedSet(parsed, { ...demo, municipality: demo.municipality }),
    );
    ids.set(`seed-${demo.file.slice(0, 3)}`, setId);
  }
  const sets = [
    ...readJson<FixtureSet[]>('question-sets.json'),
    ...laterSets().flatMap((dir) => readJson<FixtureSet[]>(join(dir, 'question-sets.json'))),
  ];
  for (const f of sets) {
    const setId = await questions.importQuestionSet(SYSTEM_ACTOR, {
      municipality: f.municipality,
      status: 'registered',
      reference: f.reference,
      subject: f.subject,
      party: f.party,
      submitters: f.submitters,
      portfolioHolder: f.portfolioHolder,
      explanation: f.explanation,
      receivedOn: f.receivedOn,
      questions: f.qa.map(([text], i) => ({ number: String(i + 1), text })),
      answers: f.qa.map(([, text], i) => ({ questions: [String(i + 1)], text, refersTo: [] })),
      answeredOn: f.answeredOn,
      publishedOn: f.publishedOn,
      documents: f.documents,
    });
    ids.set(f.key, setId);
  }
  return ids;
}

export interface Ranked {
  /** Set ids in result order (first occurrence of each set). */
  setIds: number[];
  total: number;
}

export interface QueryOutcome {
  query: RelevanceQuery;
  keys: string[];
  recall: number;
  success: number;
  reciprocalRank: number;
  empty: boolean;
}

const K = 10;

export async function evaluate(
  queries: RelevanceQuery[],
  ids: Map<string, number>,
  search: (query: RelevanceQuery) => Promise<Ranked>,
): Promise<QueryOutcome[]> {
  const keyOf = new Map([...ids].map(([key, id]) => [id, key]));
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    const ranked = await search(query);
    const keys = [...new Set(ranked.setIds)].slice(0, K).map((id) => keyOf.get(id) ?? `#${id}`);
    const found = query.relevant.filter((key) => keys.includes(key));
    const first = keys.findIndex((key) => query.relevant.includes(key));
    outcomes.push({
      query,
      keys,
      recall: query.relevant.length > 0 ? found.length / query.relevant.length : 0,
      success: found.length > 0 ? 1 : 0,
      reciprocalRank: first >= 0 ? 1 / (first + 1) : 0,
      empty: ranked.total === 0,
    });
  }
  return outcomes;
}

export interface Figures {
  queries: number;
  recall: number;
  success: number;
  mrr: number;
  negatives: number;
  negativesEmpty: number;
}

export function figuresOf(outcomes: QueryOutcome[]): Figures {
  const positives = outcomes.filter((o) => o.query.relevant.length > 0);
  const negatives = outcomes.filter((o) => o.query.relevant.length === 0);
  const mean = (values: number[]) => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : NaN);
  return {
    queries: positives.length,
    recall: mean(positives.map((o) => o.recall)),
    success: mean(positives.map((o) => o.success)),
    mrr: mean(positives.map((o) => o.reciprocalRank)),
    negatives: negatives.length,
    negativesEmpty: mean(negatives.map((o) => (o.empty ? 1 : 0))),
  };
}
