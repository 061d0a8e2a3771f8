import { Client } from 'pg';

/** Test databases are named for tests, so a test never touches a database it did not create. */
export const TEST_DATABASE_PREFIX = 'raadsvragen_test_';

export function assertTestDatabaseName(name: string): void {
  if (!name.startsWith(TEST_DATABASE_PREFIX))
    throw new Error(`Refusing to use a database not named for tests: ${name}`);
}

export async function withServer<T>(serverUrl: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
