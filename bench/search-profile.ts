/**
 * `npm run bench -- search-profile`: where a search's time goes, on the archive seeded by
 * `npm run bench -- search` (same database). One client, no concurrency: for random queries of
 * each shape, the engine's whole search runs (query analysis, strict pass, document frequencies
 * and relaxed pass when taken) and every statement it sends is EXPLAINed (ANALYZE, BUFFERS) and
 * then run, its planning and execution time summed per step. Options: DATABASE_URL (as for the
 * search bench), BENCH_DATABASE, BENCH_PROFILE_QUERIES (per shape, default 40),
 * BENCH_PROFILE_PLANS=1 (the plan of each step's slowest statement).
 */
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PUBLIC_ACTOR } from '../src/auth/actor';
import { withDatabase } from '../src/database/database';
import { sessionOptions } from '../src/database/typeorm-options';
import { PostgresSearchEngine } from '../src/search/postgres/postgres-search-engine';
import { KNOWN_NAMES_SQL, TERM_LEXEMES_SQL, WORD_FACTS_SQL } from '../src/search/postgres/query-analysis';
import { SearchQuery } from '../src/search/search-engine';
import { ThesaurusService } from '../src/search/thesaurus/thesaurus.service';
import { benchVocabulary } from './search-vocabulary';

/** A step's name from its statement (the engine's statements differ in these parts). */
function stepOf(sql: string): string {
  if (sql === WORD_FACTS_SQL) return 'analysis: word facts';
  if (sql === TERM_LEXEMES_SQL) return 'analysis: term lexemes';
  if (sql === KNOWN_NAMES_SQL) return 'analysis: names';
  if (sql.includes('c.reltuples')) return 'document frequencies';
  const pass = sql.includes('ELSE 0 END') ? 'relaxed' : 'strict';
  if (sql.includes(`% 256 = 0`)) return `${pass}: sample`;
  if (sql.includes(`% 16 = 0`)) return `${pass}: fine sample`;
  if (sql.includes('AS facets')) return `${pass}: exact + page`;
  if (sql.includes('= ANY(') && sql.includes('AS found')) return `${pass}: page (months)`;
  if (sql.includes('WITH m AS MATERIALIZED')) return `${pass}: page (bitmap)`;
  if (sql.includes('ORDER BY d.rank_date DESC, d.question_id DESC LIMIT')) return `${pass}: page (walk)`;
  return 'other';
}

interface Step {
  plan: number[];
  exec: number[];
  wall: number[];
  hits: number[];
  reads: number[];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function run(): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL to the server of the seeded bench archive');
  const url = withDatabase(process.env.DATABASE_URL, process.env.BENCH_DATABASE || 'raadsvragen_bench');
  const perShape = Number(process.env.BENCH_PROFILE_QUERIES ?? 40);
  // BENCH_PROFILE_PLANS=1 prints the plan of each step's slowest statement.
  const showPlans = process.env.BENCH_PROFILE_PLANS === '1';
  const client = new Client({ connectionString: url, options: sessionOptions() });
  await client.connect();
  const municipalities = (await client.query(`SELECT id FROM municipality ORDER BY id`)).rows.map(
    (r: { id: number }) => r.id,
  );
  const { words, firstContentRank } = benchVocabulary();
  const content = words.slice(firstContentRank - 1).filter((w) => !w.includes('-'));
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const word = () => content[Math.floor(random() * content.length)];
  const base: Omit<SearchQuery, 'q'> = { sort: 'relevance', limit: 20, offset: 0 };
  const shapes: Record<string, () => SearchQuery> = {
    'one word': () => ({ ...base, q: word() }),
    'one word + municipality': () => ({
      ...base,
      q: word(),
      municipalityId: municipalities[Math.floor(random() * municipalities.length)],
    }),
    'two words + year range': () => {
      const from = 2015 + Math.floor(random() * 9);
      return { ...base, q: `${word()} ${word()}`, from: `${from}-01-01`, to: `${from + 3}-12-31` };
    },
  };
  for (const [name, make] of Object.entries(shapes)) {
    const steps = new Map<string, Step>();
    const slowest = new Map<string, { exec: number; sql: string; params: unknown[] }>();
    const record = async (label: string, sql: string, params: unknown[]) => {
      const t0 = process.hrtime.bigint();
      const explained = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
      const wall = Number(process.hrtime.bigint() - t0) / 1e6;
      const plan = (
        explained.rows[0]['QUERY PLAN'] as {
          'Planning Time': number;
          'Execution Time': number;
          Plan: Record<string, number>;
        }[]
      )[0];
      const step = steps.get(label) ?? { plan: [], exec: [], wall: [], hits: [], reads: [] };
      step.plan.push(plan['Planning Time']);
      step.exec.push(plan['Execution Time']);
      step.wall.push(wall);
      step.hits.push(plan.Plan['Shared Hit Blocks'] ?? 0);
      step.reads.push(plan.Plan['Shared Read Blocks'] ?? 0);
      steps.set(label, step);
      if ((slowest.get(label)?.exec ?? -1) < plan['Execution Time'])
        slowest.set(label, { exec: plan['Execution Time'], sql, params });
      return (await client.query(sql, params)).rows;
    };
    const totals: number[] = [];
    const runner = {
      query: (sql: string, params: unknown[] = []) => record(stepOf(sql), sql, params),
      release: async () => undefined,
    };
    const dataSource = {
      createQueryRunner: () => runner,
      query: async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows,
    } as unknown as DataSource;
    const engine = new PostgresSearchEngine(dataSource, new ThesaurusService(dataSource));
    // The names and the thesaurus's lexemes are cached by the engine: fetched once, before the timing.
    await engine.search(PUBLIC_ACTOR, { ...base, q: 'melding' });
    steps.clear();
    for (let i = 0; i < perShape; i++) {
      const query = make();
      const t0 = process.hrtime.bigint();
      await engine.search(PUBLIC_ACTOR, query);
      totals.push(Number(process.hrtime.bigint() - t0) / 1e6 / 2);
    }
    console.log(`\n${name}: ${perShape} queries, one client (EXPLAIN ANALYZE; ms)`);
    for (const [label, step] of steps) {
      const f = (values: number[]) => `${percentile(values, 50).toFixed(1)}/${percentile(values, 95).toFixed(1)}`;
      console.log(
        `  ${label.padEnd(26)} n=${String(step.plan.length).padStart(3)}  plan p50/p95 ${f(step.plan)}  exec ${f(step.exec)}  buffers hit ${f(step.hits)} read ${f(step.reads)}`,
      );
    }
    console.log(
      `  whole search (≈ half the time with EXPLAIN + run) p50/p95 ${percentile(totals, 50).toFixed(1)}/${percentile(totals, 95).toFixed(1)}`,
    );
    for (const [label, { sql, params }] of showPlans ? slowest : []) {
      const explained = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      console.log(
        `\n  slowest ${label} (${JSON.stringify(params)}):\n${explained.rows.map((r: Record<string, string>) => `    ${r['QUERY PLAN']}`).join('\n')}`,
      );
    }
  }
  await client.end();
}
