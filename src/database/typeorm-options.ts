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

/** Options shared by the app, the CLI and the tests, with the session settings. */
export function typeOrmOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: 10, options: sessionOptions() },
    ...overrides,
  } as DataSourceOptions;
}
