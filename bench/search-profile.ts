/**
 * `npm run bench -- search-profile`: where a search's time goes, on the archive seeded by
 * `npm run bench -- search` (same database). One client, no concurrency: for random queries of
 * each shape, every statement the engine runs is EXPLAINed (ANALYZE, BUFFERS) and its planning
 * and execution time summed per step. Options: DATABASE_URL (as for the search bench),
 * BENCH_PROFILE_QUERIES (per shape, default 40).
 */
import { Client } from 'pg';
import { PUBLIC_ACTOR } from '../src/auth/actor';
import { withDatabase } from '../src/database/database';
import { sessionOptions } from '../src/database/typeorm-options';
import {
  MUNICIPALITY_STATS_SQL,
  compileOptionsFor,
  compileSearch,
  municipalityShares,
  runCompiledSearch,
} from '../src/search/postgres/postgres-search-engine';
import { buildTsQueryText, parseQuery } from '../src/search/postgres/query-text';
import { SearchQuery } from '../src/search/search-engine';
import { benchVocabulary } from './search-vocabulary';

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
  const url = withDatabase(process.env.DATABASE_URL, 'raadsvragen_bench');
  const perShape = Number(process.env.BENCH_PROFILE_QUERIES ?? 40);
  // BENCH_PROFILE_PLANS=1 prints the plan of each step's slowest statement.
  const showPlans = process.env.BENCH_PROFILE_PLANS === '1';
  const client = new Client({ connectionString: url, options: sessionOptions() });
  await client.connect();
  const municipalities = (await client.query(`SELECT id FROM municipality ORDER BY id`)).rows.map(
    (r: { id: number }) => r.id,
  );
  // As the engine decides whether a municipality is sampled on its own.
  const stats = await client.query(MUNICIPALITY_STATS_SQL);
  const shareOf = municipalityShares(stats.rows[0] ?? null);
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
    for (let i = 0; i < perShape; i++) {
      const query = make();
      const text = buildTsQueryText(parseQuery(query.q), new Map(), 'match');
      const compiled = compileSearch(
        PUBLIC_ACTOR,
        query,
        text,
        buildTsQueryText(parseQuery(query.q), new Map(), 'highlight'),
        compileOptionsFor(query, shareOf),
      );
      const t0 = process.hrtime.bigint();
      const labels = new Map<string, string>([
        [compiled.sampleFacetsSql, 'sample facets'],
        [compiled.fineSampleFacetsSql, 'fine sample facets'],
        [compiled.exactWithItemsSql, 'exact facets + page'],
        [compiled.itemsInMonthsSql, 'page (newest months)'],
        [compiled.itemsSql, 'page (walk)'],
        [compiled.itemsBitmapSql, 'page (bitmap)'],
      ]);
      await runCompiledSearch(compiled, (sql, params) => record(labels.get(sql) ?? 'other', sql, params));
      totals.push(Number(process.hrtime.bigint() - t0) / 1e6 / 2);
    }
    console.log(`\n${name}: ${perShape} queries, one client (EXPLAIN ANALYZE; ms)`);
    for (const [label, step] of steps) {
      const f = (values: number[]) => `${percentile(values, 50).toFixed(1)}/${percentile(values, 95).toFixed(1)}`;
      console.log(
        `  ${label.padEnd(22)} n=${String(step.plan.length).padStart(3)}  plan p50/p95 ${f(step.plan)}  exec ${f(step.exec)}  buffers hit ${f(step.hits)} read ${f(step.reads)}`,
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
