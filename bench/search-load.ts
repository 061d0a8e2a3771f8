/**
 * The search benchmark's load generator, run as a child process (`fork`) so that generating
 * requests and reading responses never shares the app's event loop: a real client is never in
 * the server's process. The parent sends one job at a time over IPC and gets the figures back.
 *
 * - `autocannon`: autocannon with `connections` connections for `seconds`, cycling through `paths`.
 * - `measure`: `connections` closed-loop clients on keep-alive sockets, each timing every request
 *   (exact percentiles, where autocannon's histogram has no p95).
 */
import autocannon from 'autocannon';
import { Agent, request } from 'node:http';

export interface LoadJob {
  mode: 'autocannon' | 'measure';
  base: string;
  paths: string[];
  seconds: number;
  connections: number;
}

export interface LoadFigures {
  p50: number;
  p95: number | null;
  p97_5: number;
  p99: number;
  requestsPerSecond: number;
  failures: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function cycle(paths: string[]): () => string {
  let next = 0;
  return () => paths[next++ % paths.length];
}

function viaAutocannon(job: LoadJob): Promise<LoadFigures> {
  const nextPath = cycle(job.paths);
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: job.base,
        connections: job.connections,
        duration: job.seconds,
        requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: nextPath() }) }],
      },
      (error: Error | null, result: autocannon.Result) =>
        error
          ? reject(error)
          : resolve({
              p50: result.latency.p50,
              p95: null,
              p97_5: result.latency.p97_5,
              p99: result.latency.p99,
              requestsPerSecond: result.requests.average,
              failures: result.non2xx + result.errors,
            }),
    );
  });
}

function get(agent: Agent, base: URL, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ agent, host: base.hostname, port: base.port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function measure(job: LoadJob): Promise<LoadFigures> {
  const base = new URL(job.base);
  const agent = new Agent({ keepAlive: true, maxSockets: job.connections });
  const nextPath = cycle(job.paths);
  const latencies: number[] = [];
  let failures = 0;
  const end = Date.now() + job.seconds * 1000;
  await Promise.all(
    Array.from({ length: job.connections }, async () => {
      while (Date.now() < end) {
        const t0 = process.hrtime.bigint();
        const status = await get(agent, base, nextPath());
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (status !== 200) failures++;
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p97_5: percentile(latencies, 97.5),
    p99: percentile(latencies, 99),
    requestsPerSecond: latencies.length / job.seconds,
    failures,
  };
}

if (require.main === module && process.send) {
  process.on('message', (job: LoadJob) => {
    (job.mode === 'autocannon' ? viaAutocannon(job) : measure(job)).then(
      (figures) => process.send?.({ figures }),
      (error: unknown) => process.send?.({ error: String(error) }),
    );
  });
}
