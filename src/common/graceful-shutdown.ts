import type { Server } from 'node:http';

/**
 * Stops `server` from accepting connections and waits for the requests it is handling. Idle
 * keep-alive connections are closed at once and each busy one as soon as its response is out
 * (checked every 100 ms), so a client that keeps its connection open cannot hold the shutdown.
 * After `graceMs` the remaining connections are cut; resolves to false then.
 */
export async function drainHttpServer(server: Server, graceMs: number): Promise<boolean> {
  if (!server.listening) return true;
  let deadline: NodeJS.Timeout | undefined;
  const closed = new Promise<true>((resolve) => server.close(() => resolve(true)));
  const timedOut = new Promise<false>((resolve) => {
    deadline = setTimeout(() => resolve(false), graceMs);
  });
  server.closeIdleConnections();
  const sweeper = setInterval(() => server.closeIdleConnections(), 100);
  const drained = await Promise.race([closed, timedOut]);
  clearInterval(sweeper);
  clearTimeout(deadline);
  if (!drained) {
    server.closeAllConnections();
    await closed;
  }
  return drained;
}

/**
 * Runs `shutdown` once on the first SIGTERM or SIGINT (a second signal while it runs changes
 * nothing; the caller's own time limit ends a shutdown that hangs). Signal handlers other
 * libraries installed for these signals must be removed first: they would exit before the
 * requests are done.
 */
export function onTerminationSignal(shutdown: (signal: NodeJS.Signals) => Promise<void>): void {
  let started = false;
  const handler = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    void shutdown(signal);
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}
