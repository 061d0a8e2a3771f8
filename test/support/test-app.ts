import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { TokensService } from '../../src/auth/tokens.service';
import { Role } from '../../src/auth/actor';
import { Clock } from '../../src/common/clock';
import { AppConfig, loadConfig } from '../../src/config/config';
import { configureApp } from '../../src/configure-app';
import { withDatabase } from '../../src/database/database';
import { TEST_DATABASE_PREFIX, assertTestDatabaseName, quoteIdent, withServer } from '../setup/test-database';

/** A clock the test sets: "today" in Europe/Amsterdam. */
export class FakeClock extends Clock {
  current = '2024-11-20';
  override today(): string {
    return this.current;
  }
  override now(): Date {
    return new Date(`${this.current}T12:00:00+01:00`);
  }
}

export interface TestApp {
  app: INestApplication;
  clock: FakeClock;
  config: AppConfig;
  dataSource: DataSource;
  databaseUrl: string;
  /** Creates an API token and returns its `Authorization` header value. */
  token(
    role: Exclude<Role, 'public'>,
    municipalityId: number | null,
    extra?: { partyId?: number; portfolioHolderId?: number },
  ): Promise<string>;
  close(): Promise<void>;
}

/** Clones the migrated template into a fresh database for this test file. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_PG_SERVER_URL;
  const template = process.env.TEST_PG_TEMPLATE;
  if (!serverUrl || !template) throw new Error('The e2e global setup did not run (TEST_PG_SERVER_URL missing).');
  const name = `${TEST_DATABASE_PREFIX}${randomBytes(6).toString('hex')}`;
  assertTestDatabaseName(name);
  await withServer(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`),
  );
  return {
    url: withDatabase(serverUrl, name),
    drop: () =>
      withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/**
 * The real AppModule, configured as main.ts does, against a fresh database (or `databaseUrl`,
 * a migrated database the test owns); only the clock is fake.
 */
export async function createTestApp(env: Record<string, string> = {}, databaseUrl?: string): Promise<TestApp> {
  const database = databaseUrl ? { url: databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'raadsvragen-test-data-'));
  const config = loadConfig({ DATA_DIR: dataDir, PUBLIC_URL: 'http://raadsvragen.test', ...env });
  const clock = new FakeClock();
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config, database.url)] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['error'] });
  configureApp(app, config);
  await app.init();
  const tokens = app.get(TokensService);
  return {
    app,
    clock,
    config,
    dataSource: app.get(DataSource),
    databaseUrl: database.url,
    async token(role, municipalityId, extra = {}) {
      const { secret } = await tokens.createToken({ role, municipalityId, label: `test ${role}`, ...extra });
      return `Bearer ${secret}`;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
