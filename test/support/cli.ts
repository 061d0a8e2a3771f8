import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase } from './test-app';

/** Runs a CLI command in-process with standard output and error captured instead of printed. */
export async function captureCommand(
  command: (args: string[]) => Promise<number>,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  try {
    const code = await command(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

export interface CliDatabase {
  url: string;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Restores DATABASE_URL and DATA_DIR and drops the database. */
  close(): Promise<void>;
}

/**
 * A fresh migrated database with the municipality Amersfoort, set as DATABASE_URL (and a temporary
 * DATA_DIR) for commands that boot the app themselves, as `npm run cli` does.
 */
export async function createCliDatabase(): Promise<CliDatabase> {
  const database = await createTestDatabase();
  const saved = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR };
  process.env.DATABASE_URL = database.url;
  process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'raadsvragen-cli-data-'));
  async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }
  await query(
    `INSERT INTO municipality (slug, name, answer_term_amount, answer_term_unit, version) VALUES ('amersfoort', 'Amersfoort', 20, 'days', 1)`,
  );
  return {
    url: database.url,
    query,
    async close() {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      await database.drop();
    },
  };
}
