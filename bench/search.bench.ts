/**
 * `npm run bench -- search`: seeds a synthetic archive (100,000 published question sets,
 * ~800,000 questions with answers, 40 municipalities, 12 parties, 2015–2026, Dutch vocabulary
 * with Zipf-like frequencies, accents and compounds) in a dedicated database, then measures the
 * search API under 4 concurrent clients (autocannon on loopback, from a separate process:
 * bench/search-load.ts) and the bare SQL of each query shape. Progress goes to stderr, figures
 * to stdout.
 *
 * Database: `raadsvragen_bench` on DATABASE_URL's server, or an embedded server under
 * data/bench-postgres. Options (environment): BENCH_SETS (default 100000), BENCH_SECONDS (30),
 * BENCH_SQL_SECONDS (10), BENCH_RESEED=1 to seed again, BENCH_DATABASE (raadsvragen_bench).
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { PUBLIC_ACTOR } from '../src/auth/actor';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { ensureDatabaseExists, runMigrations, withDatabase } from '../src/database/database';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { SESSION_SETTINGS, sessionOptions } from '../src/database/typeorm-options';
import {
  COMPOUND_PARTS_SQL,
  DELETE_SEARCH_DOCUMENTS_SQL,
  KNOWN_COMPOUND_PARTS,
  insertSearchDocumentsSql,
} from '../src/search/postgres/index-sql';
import { PostgresSearchEngine, runCompiledSearch } from '../src/search/postgres/postgres-search-engine';
import { SearchQuery } from '../src/search/search-engine';
import { relevanceSummary } from './relevance.bench';
import { LoadFigures, LoadJob } from './search-load';
import { BENCH_MUNICIPALITIES, BENCH_PARTIES, BENCH_SURNAMES, benchVocabulary } from './search-vocabulary';

const BENCH_DATABASE = 'raadsvragen_bench';
/**
 * Raised when the search rows' physical layout changes in a way a migration cannot apply to
 * existing rows cheaply, so an archive seeded before is seeded again: 2 = short columns inline
 * (migration SearchInlineNames1796553000000; before, portfolio holders' names sat in TOAST).
 */
const BENCH_ARCHIVE_LAYOUT = 2;
const SENTENCES = 30_000;
const log = (line: string) => process.stderr.write(`${line}\n`);

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  return raw && Number.isFinite(Number(raw)) ? Number(raw) : fallback;
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

function slugify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** Seeds the core tables with INSERT … SELECT generate_series, then builds search rows in parallel. */
async function seed(url: string, sets: number): Promise<void> {
  const { words, firstContentRank } = benchVocabulary();
  const pool = new Pool({
    connectionString: url,
    max: 2,
    options: '-c jit=off -c maintenance_work_mem=1GB -c work_mem=64MB',
  });
  const q = (sql: string, params: unknown[] = []) => pool.query(sql, params);
  try {
    log(`Seeding ${sets.toLocaleString('en')} question sets (vocabulary ${words.length} words)…`);
    await q(`TRUNCATE municipality, party, person, document, question_set, question, answer, question_set_submitter,
      question_set_document, answer_document, search_document, search_lexicon, search_compound_part, search_outbox RESTART IDENTITY CASCADE`);
    await q(`DROP TABLE IF EXISTS bench_vocab, bench_sentence`);
    await q(`CREATE UNLOGGED TABLE bench_vocab (rank int PRIMARY KEY, word text NOT NULL)`);
    await q(
      `INSERT INTO bench_vocab SELECT ordinality, w FROM unnest($1::text[]) WITH ORDINALITY AS t(w, ordinality)`,
      [words],
    );
    const n = words.length;
    await timed('sentences', () =>
      q(`CREATE UNLOGGED TABLE bench_sentence AS
         SELECT x.id, initcap(left(string_agg(v.word, ' ' ORDER BY x.k), 1)) || substr(string_agg(v.word, ' ' ORDER BY x.k), 2)
           || CASE WHEN x.id % 20 = 0 THEN ' (motie ' || (2015 + x.id % 12) || '-' || lpad((x.id % 200)::text, 3, '0') || 'M)'
                   WHEN x.id % 23 = 0 THEN ', zie raadsinformatiebrief ' || (2015 + x.id % 12) || '-' || lpad((x.id % 150)::text, 3, '0')
                   ELSE '' END || '.' AS text
         FROM (SELECT s.id, k, least(${n}, floor(exp(random() * ln(${n} + 1)))::int) AS r
               FROM generate_series(1, ${SENTENCES}) s(id), generate_series(1, 8 + (s.id % 11)) k) x
         JOIN bench_vocab v ON v.rank = greatest(1, x.r)
         GROUP BY x.id`),
    );
    await q(`ALTER TABLE bench_sentence ADD PRIMARY KEY (id)`);
    await q(
      `INSERT INTO municipality (slug, name, answer_term_amount, answer_term_unit, legal_basis, version)
             SELECT s, nm, 30, 'days', 'artikel 40 RvO', 1 FROM unnest($1::text[], $2::text[]) AS t(s, nm)`,
      [BENCH_MUNICIPALITIES.map(slugify), BENCH_MUNICIPALITIES],
    );
    await q(
      `INSERT INTO party (municipality_id, name, version) SELECT m.id, p, 1 FROM municipality m, unnest($1::text[]) AS p`,
      [BENCH_PARTIES],
    );
    await q(
      `INSERT INTO person (municipality_id, name, role, party_id, version)
             SELECT p.municipality_id, initcap(chr(65 + (p.id % 26))) || '. ' || ($1::text[])[1 + (p.id * 7) % array_length($1::text[], 1)] || ' ' || p.id,
               'councillor', p.id, 1 FROM party p`,
      [BENCH_SURNAMES],
    );
    await q(
      `INSERT INTO person (municipality_id, name, role, party_id, version)
             SELECT m.id, ($1::text[])[1 + (m.id * 5 + k) % array_length($1::text[], 1)] || ' (' || m.slug || ')', 'alderman', NULL, 1
             FROM municipality m, generate_series(1, 5) k`,
      [BENCH_SURNAMES],
    );
    const chunk = Math.ceil(sets / 2);
    await timed('question sets, questions and answers (2 connections)', () =>
      Promise.all(
        [0, 1].map(async (half) => {
          const lo = half * chunk + 1;
          const hi = Math.min(sets, (half + 1) * chunk);
          await q(`INSERT INTO question_set (id, municipality_id, reference, subject, legal_basis, party_id, portfolio_holder_id, status,
                     received_on, due_on, answered_on, published_on, version)
                   SELECT g, m.id, 'B' || g, initcap(sub.subject), 'artikel 40 RvO',
                     (SELECT p.id FROM party p WHERE p.municipality_id = m.id ORDER BY p.id OFFSET (hashint4(g * 3) & 1023) % 12 LIMIT 1),
                     (SELECT pe.id FROM person pe WHERE pe.municipality_id = m.id AND pe.role = 'alderman' ORDER BY pe.id OFFSET (hashint4(g * 5) & 1023) % 5 LIMIT 1),
                     'published', d - 28, d - 8, d, d + 3, 1
                   FROM generate_series(${lo}, ${hi}) g
                   JOIN municipality m ON m.id = 1 + (hashint4(g) & 1023) % 40
                   CROSS JOIN LATERAL (SELECT date '2015-01-01' + ((hashint4(g * 11) & 2147483647) % 4370) AS d) dd
                   CROSS JOIN LATERAL (SELECT string_agg(v.word, ' ') AS subject FROM generate_series(1, 4 + g % 4) k
                     JOIN bench_vocab v ON v.rank = ${firstContentRank} + (hashint4(g * 17 + k) & 2147483647) % (${n} - ${firstContentRank})) sub`);
          await q(`INSERT INTO question_set_submitter (question_set_id, person_id)
                   SELECT s.id, pe.id FROM question_set s JOIN person pe ON pe.party_id = s.party_id WHERE s.id BETWEEN ${lo} AND ${hi}`);
          // Questions per set: 6 to 10 (8 on average); question id = answer id for a fast join.
          await q(`CREATE UNLOGGED TABLE IF NOT EXISTS bench_q_${half} AS
                   SELECT s.id AS set_id, k, (s.id - 1) * 10 + k AS qid FROM question_set s, generate_series(1, 6 + (hashint4(s.id * 13) & 1023) % 5) k
                   WHERE s.id BETWEEN ${lo} AND ${hi}`);
          await q(`INSERT INTO answer (id, question_set_id, text, position, version)
                   SELECT b.qid, b.set_id,
                     (SELECT string_agg(st.text, ' ') FROM generate_series(1, 11) j
                       JOIN bench_sentence st ON st.id = 1 + (hashint4(b.qid * 31 + j) & 2147483647) % ${SENTENCES}),
                     b.k - 1, 1
                   FROM bench_q_${half} b`);
          await q(`INSERT INTO question (id, question_set_id, number, text, position, answer_id)
                   SELECT b.qid, b.set_id, b.k::text,
                     (SELECT string_agg(st.text, ' ') FROM generate_series(1, 2) j
                       JOIN bench_sentence st ON st.id = 1 + (hashint4(b.qid * 37 + j + 5) & 2147483647) % ${SENTENCES}),
                     b.k - 1, b.qid
                   FROM bench_q_${half} b`);
          await q(`DROP TABLE bench_q_${half}`);
        }),
      ),
    );
    await q(`SELECT setval(pg_get_serial_sequence('question_set', 'id'), (SELECT max(id) FROM question_set))`);
    await q(`SELECT setval(pg_get_serial_sequence('question', 'id'), (SELECT max(id) FROM question))`);
    await q(`SELECT setval(pg_get_serial_sequence('answer', 'id'), (SELECT max(id) FROM answer))`);

    // Build search rows the way the app does (src/search/postgres/index-sql.ts), without its
    // indexes first; then create the indexes the migration defines.
    const indexes = (
      await q(
        `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_document' AND indexname LIKE 'IDX_%'`,
      )
    ).rows as { indexname: string; indexdef: string }[];
    for (const index of indexes) await q(`DROP INDEX "${index.indexname}"`);
    // The lexicon is the vocabulary plus names (the app keeps it incrementally; ts_stat over 800k
    // rows takes minutes); compounds are split once per distinct lexicon word, before the rows.
    await q(`INSERT INTO search_lexicon (word) SELECT DISTINCT lower(search_unaccent(p)) FROM bench_vocab, regexp_split_to_table(word, '[^[:alpha:]]+') p
             WHERE length(p) >= 4 ON CONFLICT DO NOTHING`);
    await timed('compound parts (once per lexicon word)', () => q(COMPOUND_PARTS_SQL, [null, KNOWN_COMPOUND_PARTS]));
    const insert = insertSearchDocumentsSql(false);
    const batch = 2000;
    let done = 0;
    // Oldest first, as `reindex` writes them (SearchIndexer.allSetIds): rows in date order.
    const ordered = (await q(`SELECT id FROM question_set ORDER BY answered_on, id`)).rows.map(
      (r: { id: number }) => r.id,
    );
    let next = 0;
    const started = Date.now();
    await Promise.all(
      [0, 1].map(async () => {
        while (next < ordered.length) {
          const ids = ordered.slice(next, next + batch);
          next += batch;
          await q(DELETE_SEARCH_DOCUMENTS_SQL, [ids]);
          await q(insert, [ids]);
          done += ids.length;
          const rate = done / ((Date.now() - started) / 1000);
          process.stderr.write(
            `\r  search rows: ${done.toLocaleString('en')}/${sets.toLocaleString('en')} sets (${rate.toFixed(0)} sets/s)   `,
          );
        }
      }),
    );
    process.stderr.write('\n');
    await timed('indexes (GIN and btree)', async () => {
      const client = await pool.connect();
      try {
        for (const index of indexes) await client.query(index.indexdef);
      } finally {
        client.release();
      }
    });
    await timed('VACUUM ANALYZE', () => q(`VACUUM ANALYZE search_document`));
    await q(`VACUUM ANALYZE question_set`);
    await q(`DROP TABLE IF EXISTS bench_meta`);
    await q(`CREATE TABLE bench_meta (sets int NOT NULL, layout int NOT NULL)`);
    await q(`INSERT INTO bench_meta VALUES ($1, $2)`, [sets, BENCH_ARCHIVE_LAYOUT]);
  } finally {
    await pool.end();
  }
}

interface Shape {
  name: string;
  share: number;
  make: (pick: () => number) => { path: string; query: SearchQuery };
}

/**
 * Measures the steady state of a server that has been answering searches for a while: the
 * search table, its TOAST part and its indexes are read into shared buffers first (pg_prewarm;
 * skipped, and said, where the extension is not available). Right after a restart or a seed, a
 * search reads its TOAST pages (texts, tsvectors) through the OS cache, several times slower.
 */
async function prewarm(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE EXTENSION IF NOT EXISTS pg_prewarm`);
    const started = Date.now();
    const { rows } = await client.query(`
      WITH rels AS (
        SELECT c.oid FROM pg_class c WHERE c.oid = 'search_document'::regclass
        UNION ALL SELECT c.reltoastrelid FROM pg_class c WHERE c.oid = 'search_document'::regclass AND c.reltoastrelid <> 0
        UNION ALL SELECT i.indexrelid FROM pg_index i WHERE i.indrelid IN ('search_document'::regclass,
          (SELECT reltoastrelid FROM pg_class WHERE oid = 'search_document'::regclass)))
      SELECT sum(pg_prewarm(oid))::bigint AS blocks, current_setting('shared_buffers') AS shared_buffers FROM rels`);
    log(
      `Prewarmed search_document, its TOAST and indexes: ${Math.round((Number(rows[0].blocks) * 8) / 1024)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s (shared_buffers ${rows[0].shared_buffers})`,
    );
  } catch (error) {
    log(`No prewarm (${(error as Error).message}): the first searches read through the OS cache`);
  } finally {
    await client.end();
  }
}

/**
 * The machine's huge pages (/proc/meminfo): PostgreSQL (huge_pages=try) puts shared buffers in
 * them when enough are free at its start, and then a backend's first touch of shared buffers
 * costs 2 MB pages instead of 4 KB ones (docs/search.md). Says nothing of a server elsewhere.
 */
function hugePages(): string {
  if (!existsSync('/proc/meminfo')) return 'unknown';
  const info = new Map(
    readFileSync('/proc/meminfo', 'utf8')
      .split('\n')
      .map((line) => line.split(/:\s+/))
      .map(([key, value]) => [key, parseInt(value ?? '', 10)] as const),
  );
  const total = info.get('HugePages_Total') ?? 0;
  if (total === 0) return 'none (vm.nr_hugepages = 0; shared buffers in 4 kB pages)';
  const inUse = total - (info.get('HugePages_Free') ?? 0) + (info.get('HugePages_Rsvd') ?? 0);
  return `${total} of ${info.get('Hugepagesize')} kB, ${inUse} in use or reserved (by PostgreSQL when its server is here)`;
}

/**
 * A fixed piece of single-threaded work, timed before the runs, so figures from a slower moment
 * of the machine can be told apart.
 */
function speedProbe(): string {
  const started = process.hrtime.bigint();
  let x = 0;
  for (let i = 0; i < 100_000_000; i++) x += i % 7;
  return `${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms${x < 0 ? '' : ''}`;
}

/** The load generator's process (bench/search-load.ts): one job at a time. */
function startLoadProcess(): { run(job: LoadJob): Promise<LoadFigures>; stop(): void } {
  const child = fork(join(__dirname, 'search-load.js'), [], { stdio: 'inherit' });
  return {
    run: (job) =>
      new Promise((resolve, reject) => {
        child.once('message', (reply: { figures?: LoadFigures; error?: string }) =>
          reply.figures ? resolve(reply.figures) : reject(new Error(reply.error)),
        );
        child.send(job);
      }),
    stop: () => child.kill(),
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * The bench archive's database on DATABASE_URL's server (or an embedded one), migrated and seeded
 * when it holds another number of sets or BENCH_RESEED=1: shared by the search and export
 * benchmarks. BENCH_DATABASE names another database (another branch's schema may sit in the default one).
 */
export async function prepareBenchArchive(): Promise<{
  url: string;
  sets: number;
  stop: (() => Promise<void>) | null;
}> {
  const sets = envNumber('BENCH_SETS', 100_000);
  const database = process.env.BENCH_DATABASE || BENCH_DATABASE;
  let serverUrl: string;
  let stopServer: (() => Promise<void>) | null = null;
  if (process.env.DATABASE_URL) {
    serverUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
    log(`Benchmark database ${database} on DATABASE_URL's server`);
  } else {
    const dir = join(process.cwd(), 'data', 'bench-postgres');
    log(`Starting embedded PostgreSQL under ${dir}`);
    const server = await startEmbeddedPostgres(dir);
    serverUrl = server.url;
    stopServer = server.stop;
  }
  await ensureDatabaseExists(serverUrl, database);
  const url = withDatabase(serverUrl, database);
  await runMigrations(url);
  const probe = new Client({ connectionString: url });
  await probe.connect();
  const seeded = await probe
    .query(`SELECT sets, layout FROM bench_meta`)
    .then((r) => ({ sets: Number(r.rows[0]?.sets ?? 0), layout: Number(r.rows[0]?.layout ?? 1) }))
    .catch(() => ({ sets: 0, layout: 0 }));
  await probe.end();
  if (seeded.sets === sets && seeded.layout !== BENCH_ARCHIVE_LAYOUT) {
    log(`Archive seeded with an older row layout (${seeded.layout}, now ${BENCH_ARCHIVE_LAYOUT}): seeding again`);
  }
  if (seeded.sets !== sets || seeded.layout !== BENCH_ARCHIVE_LAYOUT || process.env.BENCH_RESEED === '1') {
    const started = Date.now();
    await seed(url, sets);
    log(`Seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } else {
    log(`Archive already seeded (${sets.toLocaleString('en')} sets); BENCH_RESEED=1 seeds again`);
  }
  return { url, sets, stop: stopServer };
}

export async function run(): Promise<void> {
  const seconds = envNumber('BENCH_SECONDS', 30);
  const sqlSeconds = envNumber('BENCH_SQL_SECONDS', 10);
  const { url, stop: stopServer } = await prepareBenchArchive();

  await prewarm(url);

  const config = loadConfig({ DATABASE_URL: url, DATA_DIR: join(process.cwd(), 'data', 'bench'), PORT: '0' });
  const app = await createApp(config, url, ['error']);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${address.port}`;
  try {
    const engine = app.get(PostgresSearchEngine);
    const meta = new Client({ connectionString: url });
    await meta.connect();
    const counts =
      await meta.query(`SELECT (SELECT count(*) FROM question_set) AS sets, (SELECT count(*) FROM search_document) AS rows,
      pg_size_pretty(pg_total_relation_size('search_document')) AS size, pg_size_pretty(pg_relation_size('"IDX_search_document_match"')) AS gin,
      version() AS version`);
    const municipalityIds = (await meta.query(`SELECT id, slug FROM municipality ORDER BY id`)).rows as {
      id: number;
      slug: string;
    }[];
    const { words, firstContentRank } = benchVocabulary();
    const content = words.slice(firstContentRank - 1).filter((w) => !w.includes('-'));
    const settings = await meta.query(
      // current_setting() shows the unit as configured (pg_settings.setting counts 8 kB blocks for shared_buffers).
      `SELECT name, current_setting(name) AS setting FROM pg_settings WHERE name IN ('shared_buffers','work_mem','jit','max_parallel_workers_per_gather','effective_cache_size','random_page_cost','max_connections') ORDER BY name`,
    );
    await meta.end();

    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () => content[Math.floor(random() * content.length)];
    const base0: Omit<SearchQuery, 'q'> = { sort: 'relevance', limit: 20, offset: 0 };
    const shapes: Shape[] = [
      {
        name: 'one word',
        share: 0.5,
        make: () => {
          const w = word();
          return { path: `/api/search?q=${encodeURIComponent(w)}`, query: { ...base0, q: w } };
        },
      },
      {
        name: 'one word + municipality',
        share: 0.3,
        make: () => {
          const w = word();
          const m = municipalityIds[Math.floor(random() * municipalityIds.length)];
          return {
            path: `/api/search?q=${encodeURIComponent(w)}&municipality=${m.slug}`,
            query: { ...base0, q: w, municipalityId: m.id },
          };
        },
      },
      {
        name: 'two words + year range',
        share: 0.2,
        make: () => {
          const text = `${word()} ${word()}`;
          const from = 2015 + Math.floor(random() * 9);
          const to = from + 3;
          return {
            path: `/api/search?q=${encodeURIComponent(text)}&from=${from}-01-01&to=${to}-12-31`,
            query: { ...base0, q: text, from: `${from}-01-01`, to: `${to}-12-31` },
          };
        },
      },
    ];
    const pickShape = (): Shape => {
      const r = random();
      return r < 0.5 ? shapes[0] : r < 0.8 ? shapes[1] : shapes[2];
    };

    console.log(
      `Archive: ${counts.rows[0].sets} question sets, ${counts.rows[0].rows} search rows, search_document ${counts.rows[0].size} (GIN ${counts.rows[0].gin})`,
    );
    console.log(`Server: ${counts.rows[0].version}`);
    console.log(
      `Settings: ${settings.rows.map((r: { name: string; setting: string }) => `${r.name}=${r.setting}`).join(', ')}`,
    );
    console.log(
      `App sessions: ${Object.entries(SESSION_SETTINGS)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`,
    );
    console.log(`Huge pages on this machine: ${hugePages()}`);

    // The load generator runs in its own process (bench/search-load.ts), each job with fresh paths.
    const load = startLoadProcess();
    const pathsFor = (count: number, only?: Shape) =>
      Array.from({ length: count }, () => (only ?? pickShape()).make(() => 0).path);
    const runLoad = (mode: LoadJob['mode'], duration: number, only?: Shape) =>
      load.run({ mode, base, seconds: duration, connections: 4, paths: pathsFor(Math.ceil(duration * 400), only) });
    // Exact p95 per request: through the API (timed by the load process), and the bare SQL of each shape; 4 concurrent clients.
    const show = (label: string, stats: { p50: number; p95: number; p99: number; rps: number }) => {
      console.log(
        `${label.padEnd(44)} p50 ${stats.p50.toFixed(1)} ms  p95 ${stats.p95.toFixed(1)} ms  p99 ${stats.p99.toFixed(1)} ms  ${stats.rps.toFixed(1)} req/s`,
      );
      return stats;
    };
    const measureApi = async (label: string, durationS: number, only?: Shape) => {
      const figures = await runLoad('measure', durationS, only);
      if (figures.failures > 0) throw new Error(`${figures.failures} requests failed`);
      return show(label, {
        p50: figures.p50,
        p95: figures.p95 ?? NaN,
        p99: figures.p99,
        rps: figures.requestsPerSecond,
      });
    };
    const measure = async (
      label: string,
      durationS: number,
      once: (shape: Shape) => Promise<void>,
      only?: Shape,
      print = true,
    ) => {
      const latencies: number[] = [];
      const end = Date.now() + durationS * 1000;
      await Promise.all(
        [0, 1, 2, 3].map(async () => {
          while (Date.now() < end) {
            const shape = only ?? pickShape();
            const t0 = process.hrtime.bigint();
            await once(shape);
            latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
          }
        }),
      );
      latencies.sort((a, b) => a - b);
      const stats = {
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        rps: latencies.length / durationS,
      };
      return print ? show(label, stats) : stats;
    };
    // Kept open and warmed like the app's pool (POOL_OPTIONS): a new backend pays for its first touch of each shared buffer.
    const sqlPool = new Pool({ connectionString: url, max: 4, idleTimeoutMillis: 0, options: sessionOptions() });
    const runSql = async (shape: Shape) => {
      const { query } = shape.make(() => 0);
      const compiled = await engine.compile(PUBLIC_ACTOR, query);
      const client = await sqlPool.connect();
      try {
        await runCompiledSearch(compiled, async (sql, params) => (await client.query(sql, params)).rows);
      } finally {
        client.release();
      }
    };
    console.log(`Speed probe (1e8 additions, one thread; lower is faster): ${speedProbe()} before the runs`);
    log('Warm-up (10 s through the API, 10 s of bare SQL)…');
    await runLoad('autocannon', 10);
    await measure('SQL warm-up', 10, runSql, undefined, false);
    log(`API: ${seconds} s, 4 clients, mixed shapes…`);
    const api = await runLoad('autocannon', seconds);
    console.log(
      `\nAPI (autocannon in a separate process, 4 connections, ${seconds} s, mix 50/30/20): p50 ${api.p50} ms, p97.5 ${api.p97_5} ms, p99 ${api.p99} ms, ${api.requestsPerSecond.toFixed(1)} req/s, ${api.failures} errors/non-2xx`,
    );

    console.log(
      `\nPer shape, 4 concurrent clients, ${sqlSeconds} s each (API = HTTP on loopback from the load process; SQL = the engine's statements on a pool, in the bench's process):`,
    );
    for (const shape of [undefined, ...shapes]) {
      const name = shape?.name ?? 'mix 50/30/20';
      const viaApi = await measureApi(`API ${name}`, sqlSeconds, shape);
      const bare = await measure(`SQL ${name}`, sqlSeconds, runSql, shape);
      console.log(
        `${''.padEnd(44)} API/SQL p50 ratio ${(viaApi.p50 / bare.p50).toFixed(2)}, p95 ratio ${(viaApi.p95 / bare.p95).toFixed(2)}`,
      );
    }
    await sqlPool.end();
    load.stop();
    // Relevance on the same commit and server (bench/relevance), printed beside the latency.
    log('Relevance set (bench/relevance) on the same server…');
    const relevance = await relevanceSummary(withDatabase(url, 'postgres'));
    console.log(`\n${relevance.join('\n')}`);
  } finally {
    await app.close();
    if (stopServer) await stopServer();
  }
}
