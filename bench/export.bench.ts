/**
 * `npm run bench -- export`: the bulk dump of the bench archive (100,000 published sets with
 * ~800,000 questions, seeded by the search benchmark's code when missing; BENCH_DATABASE names
 * another database, BENCH_RESEED=1 seeds again). Streams GET /api/exports/question-sets.jsonl
 * and .csv as the public over loopback and prints question rows per second and how much the
 * node process's RSS grew over its level before the dump (targets: ≥ 5,000 rows/s, < 100 MB);
 * then the commitments and documents dumps. The server runs in this process, so the RSS is the
 * streaming server's (and includes the client reading the dump).
 *
 * The baseline is taken once, after a warm-up dump (documents.jsonl: connections, statement
 * plans, JIT) and a forced garbage collection; every dump starts after a forced GC and its growth
 * is its peak over that one baseline, not over the level the dump before left behind. After each
 * dump another forced GC shows how much of the heap the dump keeps: what is left of the growth
 * then is memory the process holds, the rest is garbage V8 had not collected yet.
 */
import { request } from 'node:http';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Client } from 'pg';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { prepareBenchArchive } from './search.bench';

const MB = 1024 * 1024;

/** A full garbage collection: `global.gc` under --expose-gc, else the same function enabled now. */
function collectGarbage(): void {
  if (!global.gc) {
    setFlagsFromString('--expose-gc');
    global.gc = runInNewContext('gc') as typeof global.gc;
  }
  global.gc?.();
}
const log = (line: string) => process.stderr.write(`${line}\n`);

interface DumpFigures {
  seconds: number;
  lines: number;
  bytes: number;
  peakRss: number;
}

/** Reads a dump to its end, counting lines and sampling this process's RSS every 50 ms. */
function readDump(url: string): Promise<DumpFigures> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let lines = 0;
    let bytes = 0;
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    request(url, (response) => {
      if (response.statusCode !== 200) reject(new Error(`${url}: HTTP ${response.statusCode}`));
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
      });
      response.on('end', () => {
        clearInterval(sampler);
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
        resolve({ seconds: (performance.now() - started) / 1000, lines, bytes, peakRss });
      });
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

export async function run(): Promise<void> {
  const archive = await prepareBenchArchive();
  const config = loadConfig({ DATABASE_URL: archive.url, DATA_DIR: join(process.cwd(), 'data', 'bench'), PORT: '0' });
  const app = await createApp(config, archive.url, ['error']);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${port}/api/exports`;
  try {
    const meta = new Client({ connectionString: archive.url });
    await meta.connect();
    // The seed analyses only the tables search reads; without statistics on the others the planner
    // scans all answers per batch. A live database has them from autovacuum.
    for (const table of [
      'question',
      'answer',
      'answer_document',
      'answer_correction',
      'question_set_submitter',
      'question_set_document',
      'postponement',
      'party',
      'person',
    ]) {
      await meta.query(`ANALYZE ${table}`);
    }
    const counts = (
      await meta.query(`SELECT (SELECT count(*) FROM question_set WHERE status = 'published')::int AS sets,
        (SELECT count(*) FROM question q JOIN question_set s ON s.id = q.question_set_id WHERE s.status = 'published')::int AS questions`)
    ).rows[0] as { sets: number; questions: number };
    await meta.end();
    const load = (await import('node:os')).loadavg().map((n) => n.toFixed(2));
    log(
      `Public archive: ${counts.sets.toLocaleString('en')} sets, ${counts.questions.toLocaleString('en')} questions; load average ${load.join(' ')}`,
    );
    // Warm-up: the first batches pay for connections and statement plans; the level after it is the baseline.
    await readDump(`${base}/documents.jsonl`);
    collectGarbage();
    const baseline = process.memoryUsage();
    log(
      `Baseline after a warm-up dump and a forced GC: RSS ${(baseline.rss / MB).toFixed(0)} MB, heap used ${(baseline.heapUsed / MB).toFixed(0)} MB`,
    );
    for (const dump of [
      'question-sets.jsonl',
      'question-sets.csv',
      'commitments.jsonl',
      'commitments.csv',
      'documents.jsonl',
      'documents.csv',
    ]) {
      collectGarbage();
      const figures = await readDump(`${base}/${dump}`);
      const growth = (figures.peakRss - baseline.rss) / MB;
      const heapBefore = process.memoryUsage().heapUsed;
      collectGarbage();
      const after = process.memoryUsage();
      const kept = `after a forced GC: RSS ${(after.rss / MB).toFixed(0)} MB, heap used ${(after.heapUsed / MB).toFixed(0)} MB (was ${(heapBefore / MB).toFixed(0)} MB)`;
      const size = `${(figures.bytes / MB).toFixed(0)} MB in ${figures.seconds.toFixed(1)} s`;
      const rss = `RSS peak ${(figures.peakRss / MB).toFixed(0)} MB (+${growth.toFixed(0)} MB over the baseline)`;
      if (!dump.startsWith('question-sets')) {
        console.log(`${dump}: ${figures.lines.toLocaleString('en')} lines, ${size}, ${rss}; ${kept}`);
        continue;
      }
      const rows = dump.endsWith('jsonl') ? figures.lines : counts.sets;
      if (dump.endsWith('jsonl') && rows !== counts.sets)
        throw new Error(`Dump has ${rows} sets, expected ${counts.sets}`);
      const questionsPerSecond = counts.questions / figures.seconds;
      console.log(
        `${dump}: ${counts.sets.toLocaleString('en')} sets (${counts.questions.toLocaleString('en')} question rows), ${size}: ` +
          `${Math.round(questionsPerSecond).toLocaleString('en')} question rows/s (${Math.round(counts.sets / figures.seconds).toLocaleString('en')} sets/s), ` +
          `${rss} [targets: ≥ 5,000 rows/s ${questionsPerSecond >= 5000 ? 'met' : 'MISSED'}, < 100 MB ${growth < 100 ? 'met' : 'MISSED'}]; ${kept}`,
      );
    }
  } finally {
    await app.close();
    await archive.stop?.();
  }
}
