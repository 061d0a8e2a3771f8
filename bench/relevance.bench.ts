/**
 * `npm run bench -- relevance`: loads the relevance set (bench/relevance/) into a fresh database
 * and prints recall@10, success@10, MRR@10 and the share of should-find-nothing queries that
 * found nothing, per query kind, for the tuning part and the held-out part separately: for the
 * PostgreSQL engine, for a plain reference query (the words OR-ed, ranked with ts_rank_cd), and
 * for Meilisearch when MEILI_URL is set. BENCH_RELEVANCE_SHOW=1 lists the tuning queries that
 * missed; BENCH_RELEVANCE_SHOW=tuning,held-out-3 lists those parts' misses (for parts already scored
 * once only: a part still unseen is scored, never looked into).
 *
 * Database: `raadsvragen_relevance` or BENCH_RELEVANCE_DATABASE (dropped and created again) on DATABASE_URL's server, or on an
 * embedded server under data/bench-postgres.
 */
import { INestApplication } from '@nestjs/common';
import { join } from 'node:path';
import { Client } from 'pg';
import { PUBLIC_ACTOR } from '../src/auth/actor';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { ensureDatabaseExists, runMigrations, withDatabase } from '../src/database/database';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { SearchService } from '../src/search/search.service';
import {
  Figures,
  QueryOutcome,
  Ranked,
  RelevanceQuery,
  evaluate,
  figuresOf,
  loadRelevanceFixtures,
  outcomesByPart,
  relevanceQueries,
} from './relevance/relevance-set';

/** BENCH_RELEVANCE_DATABASE names another database, so two checkouts can run the bench on one server. */
const DATABASE = process.env.BENCH_RELEVANCE_DATABASE ?? 'raadsvragen_relevance';
if (!/^[a-z_][a-z0-9_]*$/.test(DATABASE)) throw new Error(`BENCH_RELEVANCE_DATABASE: not a plain name: ${DATABASE}`);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** The server for a bench database: DATABASE_URL's, or an embedded one under data/bench-postgres. */
export async function benchServer(): Promise<{ serverUrl: string; stop: (() => Promise<void>) | null }> {
  if (process.env.DATABASE_URL) return { serverUrl: withDatabase(process.env.DATABASE_URL, 'postgres'), stop: null };
  const dir = join(process.cwd(), 'data', 'bench-postgres');
  log(`Starting embedded PostgreSQL under ${dir}`);
  const server = await startEmbeddedPostgres(dir);
  return { serverUrl: server.url, stop: server.stop };
}

const pct = (value: number) => (Number.isNaN(value) ? '   —' : value.toFixed(2).padStart(4));

function line(label: string, f: Figures): string {
  const positives =
    f.queries > 0 ? `recall ${pct(f.recall)}  success ${pct(f.success)}  MRR ${pct(f.mrr)}` : ' '.repeat(38);
  const negatives = f.negatives > 0 ? `  negatives empty ${pct(f.negativesEmpty)} (${f.negatives})` : '';
  return `  ${label.padEnd(14)} n=${String(f.queries + f.negatives).padStart(3)}  ${positives}${negatives}`;
}

export function printFigures(engine: string, outcomes: QueryOutcome[]): void {
  for (const [part, selected] of outcomesByPart(outcomes)) {
    console.log(`\n${engine}, ${part} part (${selected.length} queries)`);
    const kinds = [...new Set(selected.map((o) => o.query.kind))].sort();
    for (const kind of kinds) console.log(line(kind, figuresOf(selected.filter((o) => o.query.kind === kind))));
    console.log(line('ALL', figuresOf(selected)));
  }
}

/**
 * BENCH_RELEVANCE_SHOW=1 lists the tuning part's misses; a comma-separated list of parts
 * (`tuning,held-out-3`) lists theirs — only for parts already scored once, never a part still unseen.
 */
function showMisses(outcomes: QueryOutcome[]): void {
  const setting = process.env.BENCH_RELEVANCE_SHOW ?? '';
  const parts = setting === '1' ? ['tuning'] : setting.split(',').map((p) => p.trim());
  for (const o of outcomes.filter((x) => parts.includes(x.query.part ?? 'tuning'))) {
    const miss = o.query.relevant.length > 0 ? o.reciprocalRank < 1 : !o.empty;
    if (miss) {
      log(
        `  MISS [${o.query.kind}] "${o.query.q}"${o.query.filters ? ' ' + JSON.stringify(o.query.filters) : ''} want ${o.query.relevant.join(',') || '(nothing)'} got ${o.keys.slice(0, 4).join(',') || '(nothing)'}`,
      );
    }
  }
}

/**
 * Loads the relevance set into a fresh database `raadsvragen_relevance` on the server and runs
 * `work` with the app on it; the app and the database's connections are closed after.
 */
async function withRelevanceApp<T>(
  serverUrl: string,
  work: (ctx: {
    app: INestApplication;
    url: string;
    ids: Map<string, number>;
    queries: RelevanceQuery[];
  }) => Promise<T>,
): Promise<T> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.end();
  await ensureDatabaseExists(serverUrl, DATABASE);
  const url = withDatabase(serverUrl, DATABASE);
  await runMigrations(url);
  const config = loadConfig({ DATABASE_URL: url, DATA_DIR: join(process.cwd(), 'data', 'bench'), PORT: '0' });
  const app = await createApp(config, url, ['error']);
  await app.init();
  try {
    const ids = await loadRelevanceFixtures(app);
    const queries = relevanceQueries();
    log(`Relevance set: ${ids.size} question sets, ${queries.length} queries`);
    return await work({ app, url, ids, queries });
  } finally {
    await app.close();
  }
}

/** The engine's outcomes on the relevance set (Meilisearch when MEILI_URL is set). */
async function engineOutcomesOf(
  app: INestApplication,
  ids: Map<string, number>,
  queries: RelevanceQuery[],
): Promise<{ engine: string; outcomes: QueryOutcome[] }> {
  const service = app.get(SearchService);
  const engineSearch = async (query: RelevanceQuery): Promise<Ranked> => {
    const result = await service.search(PUBLIC_ACTOR, { q: query.q, ...query.filters, limit: 40, offset: 0 });
    return { setIds: result.items.map((hit) => hit.questionSetId), total: result.total };
  };
  return {
    engine: service.meili ? 'Meilisearch' : 'PostgreSQL',
    outcomes: await evaluate(queries, ids, engineSearch),
  };
}

/**
 * One line per part (tuning, held-out) of the engine's relevance on this commit, for the search
 * benchmark to print beside its latency (same server, database `raadsvragen_relevance`).
 */
export async function relevanceSummary(serverUrl: string): Promise<string[]> {
  return withRelevanceApp(serverUrl, async ({ app, ids, queries }) => {
    const { engine, outcomes } = await engineOutcomesOf(app, ids, queries);
    return outcomesByPart(outcomes).map(([part, selected]) => {
      const f = figuresOf(selected);
      return `Relevance (${engine}, ${part}, ${selected.length} queries): success@10 ${pct(f.success)}  MRR@10 ${pct(f.mrr)}  recall@10 ${pct(f.recall)}  negatives empty ${pct(f.negativesEmpty)}`;
    });
  });
}

export async function run(): Promise<void> {
  const { serverUrl, stop } = await benchServer();
  try {
    await withRelevanceApp(serverUrl, async ({ app, url, ids, queries }) => {
      const { engine, outcomes } = await engineOutcomesOf(app, ids, queries);
      printFigures(`Engine (${engine})`, outcomes);
      if (process.env.BENCH_RELEVANCE_SHOW) showMisses(outcomes);
      const pg = new Client({ connectionString: url });
      await pg.connect();
      try {
        const plain = await evaluate(queries, ids, (query) => plainOrSearch(pg, query));
        printFigures('Reference: words OR-ed, ranked with ts_rank_cd', plain);
      } finally {
        await pg.end();
      }
    });
  } finally {
    if (stop) await stop();
  }
}

/** The plain query issue 18 compares with: every word OR-ed, ranked with ts_rank_cd over published rows. */
async function plainOrSearch(pg: Client, query: RelevanceQuery): Promise<Ranked> {
  const where = [`d.status = 'published'`];
  const params: unknown[] = [query.q];
  const f = query.filters ?? {};
  if (f.municipality) where.push(`d.municipality_slug = $${params.push(f.municipality)}`);
  if (f.party) where.push(`d.party_name = $${params.push(f.party)}`);
  if (f.year) where.push(`d.year = $${params.push(f.year)}`);
  if (f.from) where.push(`d.rank_date >= $${params.push(f.from)}::date`);
  if (f.to) where.push(`d.rank_date <= $${params.push(f.to)}::date`);
  const rows = (
    await pg.query(
      `WITH q AS (SELECT replace(plainto_tsquery('public.dutch_unaccent', $1)::text, '&', '|')::tsquery AS q)
       SELECT d.question_set_id FROM search_document d, q
       WHERE d.tsv @@ q.q AND ${where.join(' AND ')}
       ORDER BY ts_rank_cd(d.tsv, q.q) DESC, d.rank_date DESC LIMIT 40`,
      params,
    )
  ).rows as { question_set_id: number }[];
  return { setIds: rows.map((r) => r.question_set_id), total: rows.length };
}
