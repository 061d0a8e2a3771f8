import { RunningPostgres } from '../../src/database/embedded-postgres';
import { quoteIdent, withServer } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.TEST_PG_SERVER_URL;
  const template = process.env.TEST_PG_TEMPLATE;
  if (serverUrl && template) {
    await withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(template)}`));
  }
  const embedded = (globalThis as Record<string, unknown>).__EMBEDDED_PG__ as RunningPostgres | undefined;
  if (embedded) await embedded.stop();
}
