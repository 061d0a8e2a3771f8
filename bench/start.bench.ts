/**
 * `npm run bench -- start`: how long `npm start` takes until `/health/ready` answers 200 — once on
 * an empty data folder (initdb, migrations, demo data), then warm, as a restart on the existing
 * folder: the embedded PostgreSQL, the migrations check, the modules and the HTTP server. Target
 * for the warm start: under 5 s. Each start is ended with SIGTERM and must exit 0 (graceful
 * shutdown, docs/operations.md). Figures depend on the machine's load: the load average is printed.
 *
 * BENCH_START_RUNS (default 5) warm starts; BENCH_START_DATA_DIR to use a folder of your own
 * (kept afterwards), otherwise a temporary one is created and removed.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../src/database/embedded-postgres';

const MAIN = join(__dirname, '..', 'src', 'main.js');
const TARGET_MS = 5000;

interface StartResult {
  readyMs: number;
  /** From spawn to the app's first log line (Node start, config) and to "Raadsvragen draait op" (listening). */
  firstLineMs: number;
  listeningMs: number;
  stopMs: number;
  exitCode: number | null;
  /** The app's own account of its start ("Gestart in … : phases; CPU time"). */
  phases: string;
}

function ready(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const call = request({ host: '127.0.0.1', port, path: '/health/ready', agent: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    call.on('error', () => resolve(false));
    call.on('timeout', () => call.destroy());
    call.end();
  });
}

async function startOnce(dataDir: string, timeoutMs: number): Promise<StartResult> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_FORMAT: 'json' };
  // The embedded server is what is measured: never the DATABASE_URL of the shell (the bench archive).
  delete env.DATABASE_URL;
  delete env.MEILI_URL;
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let firstLineMs = 0;
  let listeningMs = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    const at = performance.now() - started;
    if (!firstLineMs) firstLineMs = at;
    output += chunk.toString();
    if (!listeningMs && output.includes('Raadsvragen draait op')) listeningMs = at;
  });
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let exitedEarly = false;
  void exited.then(() => (exitedEarly = true));
  while (!(await ready(port))) {
    if (exitedEarly) throw new Error(`the app exited during start:\n${output.slice(-2000)}`);
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`not ready within ${timeoutMs / 1000} s:\n${output.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const readyMs = performance.now() - started;
  const stopping = performance.now();
  child.kill('SIGTERM');
  const exitCode = await exited;
  const phases = /"msg":"(Gestart in [^"]*)"/.exec(output)?.[1] ?? '';
  return { readyMs, firstLineMs, listeningMs, stopMs: performance.now() - stopping, exitCode, phases };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function run(): Promise<void> {
  const own = process.env.BENCH_START_DATA_DIR;
  const dataDir = own ?? mkdtempSync(join(tmpdir(), 'raadsvragen-start-bench-'));
  // Run as root, the embedded server runs as the `postgres` user, which must reach the folder.
  if (!own) chmodSync(dataDir, 0o755);
  const runs = Number(process.env.BENCH_START_RUNS ?? 5);
  try {
    console.log(`data folder ${dataDir}; load average (1 min) before: ${loadavg()[0].toFixed(1)}`);
    const first = await startOnce(dataDir, 300_000);
    console.log(
      `first start (initdb, migrations, demo data): ready after ${seconds(first.readyMs)}; SIGTERM → exit ${first.exitCode} in ${seconds(first.stopMs)}`,
    );
    const warm: StartResult[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await startOnce(dataDir, 60_000);
      warm.push(result);
      console.log(
        `warm start ${i + 1}: ready after ${seconds(result.readyMs)} (first log line ${seconds(result.firstLineMs)}, listening ${seconds(result.listeningMs)}); ` +
          `SIGTERM → exit ${result.exitCode} in ${seconds(result.stopMs)}\n    ${result.phases}`,
      );
    }
    const sorted = warm.map((r) => r.readyMs).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(
      `warm start, until /health/ready answers 200: median ${seconds(median)}, min ${seconds(sorted[0])}, max ${seconds(sorted[sorted.length - 1])} ` +
        `over ${runs} starts (target < ${seconds(TARGET_MS)}: ${median < TARGET_MS ? 'met' : 'NOT met'}); load average now ${loadavg()[0].toFixed(1)}`,
    );
    const badExits = [first, ...warm].filter((r) => r.exitCode !== 0);
    if (badExits.length > 0) {
      console.log(`${badExits.length} start(s) did not exit 0 on SIGTERM`);
      process.exitCode = 1;
    }
  } finally {
    if (!own) rmSync(dataDir, { recursive: true, force: true });
  }
}
