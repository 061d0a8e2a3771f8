import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * Options shared by the app, the CLI and the tests. Session settings suit a small machine:
 * JIT off (it adds tens of ms to broad text searches), exact bitmaps for text search.
 */
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
    extra: { max: 10, options: '-c jit=off -c work_mem=32MB -c timezone=Europe/Amsterdam' },
    ...overrides,
  } as DataSourceOptions;
}
