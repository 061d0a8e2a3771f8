import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * Settings of every app session (docs/search.md), for a small machine: JIT off (it adds tens of
 * ms to broad text searches), exact bitmaps for text search (work_mem), no parallel workers per
 * query (they oversubscribe 2 cores under concurrent searches), dates in Dutch time.
 */
export const SESSION_SETTINGS: Readonly<Record<string, string>> = {
  jit: 'off',
  work_mem: '32MB',
  max_parallel_workers_per_gather: '0',
  timezone: 'Europe/Amsterdam',
};

/** The session settings as connection options (`-c name=value …`), also for the benchmark's own pools. */
export function sessionOptions(): string {
  return Object.entries(SESSION_SETTINGS)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ');
}

/**
 * Pool connections are kept while the process runs (no idle timeout; node-postgres closes idle
 * ones after 10 s by default). A PostgreSQL backend pays for its first touch of every page of
 * shared buffers: on this machine the same text search (690 rows' answers and vectors) took
 * 100 ms on a new connection and 26 ms on a used one (docs/search.md), so a pool that drops
 * idle connections makes the searches after every quiet moment slow.
 */
export const POOL_OPTIONS = { max: 10, idleTimeoutMillis: 0 } as const;

/**
 * Timeouts of the app's pool, so a database that is down or frozen answers 503 within seconds
 * instead of holding requests: waiting for a connection (new or from the pool) at most 3 s;
 * every statement at most `statementTimeoutMs` on the server, and a client-side limit a second
 * later for a server that does not answer at all (frozen: SIGSTOP, a network partition).
 */
export function poolTimeouts(statementTimeoutMs: number): Record<string, unknown> {
  const options: Record<string, unknown> = { connectionTimeoutMillis: 3000 };
  if (statementTimeoutMs > 0) {
    options.options = `${sessionOptions()} -c statement_timeout=${statementTimeoutMs}`;
    options.query_timeout = statementTimeoutMs + 1000;
  }
  return options;
}

/** Options shared by the app, the CLI and the tests, with the session settings. */
export function typeOrmOptions(
  url: string,
  overrides: Partial<DataSourceOptions> = {},
  statementTimeoutMs = 0,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { ...POOL_OPTIONS, options: sessionOptions(), ...poolTimeouts(statementTimeoutMs) },
    ...overrides,
  } as DataSourceOptions;
}
