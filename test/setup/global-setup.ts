import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDatabaseExists, runMigrations, withDatabase } from '../../src/database/database';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { TEST_DATABASE_PREFIX, quoteIdent, withServer } from './test-database';

/**
 * Once per test run: a PostgreSQL server (DATABASE_URL's, or an embedded one in a temporary
 * folder), and a template database migrated once. Every test file clones the template into its
 * own database (test/support/test-app.ts) and drops it afterwards.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    serverUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
    process.stderr.write(
      `\nTests use the PostgreSQL server of DATABASE_URL (own databases ${TEST_DATABASE_PREFIX}*).\n`,
    );
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'raadsvragen-test-pg-'));
    // As root the server runs as the `postgres` user, which must be able to reach its data folder.
    chmodSync(dir, 0o755);
    const server = await startEmbeddedPostgres(join(dir, 'data'));
    (globalThis as Record<string, unknown>).__EMBEDDED_PG__ = server;
    serverUrl = server.url;
    process.stderr.write(`\nTests use an embedded PostgreSQL (${serverUrl.replace(/:[^:@/]+@/, ':***@')}).\n`);
  }
  const template = `${TEST_DATABASE_PREFIX}template_${process.pid}`;
  await withServer(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(template)}`);
  });
  await ensureDatabaseExists(serverUrl, template);
  await runMigrations(withDatabase(serverUrl, template));
  process.env.TEST_PG_SERVER_URL = serverUrl;
  process.env.TEST_PG_TEMPLATE = template;
}
