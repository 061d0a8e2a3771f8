import { join } from 'node:path';
import { Client } from 'pg';
import { AppConfig } from '../config/config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface PreparedDatabase {
  url: string;
  /** Stops the embedded server; undefined for an external one. */
  stop?: () => Promise<void>;
}

/** The URL with another database name: `postgres://…/postgres` → `postgres://…/raadsvragen`. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function ensureDatabaseExists(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Runs the committed migrations that have not run yet; returns their names. */
export async function runMigrations(url: string): Promise<string[]> {
  // Loaded here, not at the top: the server starts the embedded PostgreSQL before it loads TypeORM
  // and the entities, so both start up at once (npm run bench -- start).
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { DataSource } = require('typeorm') as typeof import('typeorm');
  const { typeOrmOptions } = require('./typeorm-options') as typeof import('./typeorm-options');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const dataSource = new DataSource(typeOrmOptions(url, { extra: { max: 1 } }));
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * The database of DATABASE_URL, or the embedded PostgreSQL with its data under DATA_DIR/postgres
 * and a database `raadsvragen` in it (created empty when missing). No migrations: `restore` needs
 * the database as it is. `onServerSpawned`: the embedded server's process runs (still starting up).
 */
export async function openDatabase(
  config: AppConfig,
  log: (line: string) => void,
  onServerSpawned?: () => void,
): Promise<PreparedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  log(`Starting embedded PostgreSQL (data in ${join(config.dataDir, 'postgres')})…`);
  const server = await startEmbeddedPostgres(join(config.dataDir, 'postgres'), { onSpawned: onServerSpawned });
  try {
    await ensureDatabaseExists(server.url, 'raadsvragen');
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: withDatabase(server.url, 'raadsvragen'), stop: server.stop };
}

/** openDatabase, then the committed migrations that have not run yet (the app and most commands). */
export async function prepareDatabase(
  config: AppConfig,
  log: (line: string) => void,
  onServerSpawned?: () => void,
): Promise<PreparedDatabase> {
  const database = await openDatabase(config, log, onServerSpawned);
  try {
    await runMigrations(database.url);
  } catch (error) {
    await database.stop?.();
    throw error;
  }
  return database;
}
