import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../config/config';
import { openDatabase, runMigrations } from '../database/database';
import { findPgTool, PgToolError, runPgTool, serverMajorVersion } from '../database/pg-tools';
import { parseArgs } from './args';

const log = (line: string) => void process.stderr.write(`${line}\n`);

/** What a database holds: its tables (outside the system schemas) and, when there, its question sets. */
async function contents(url: string): Promise<{ tables: number; questionSets: number | null }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tables: number; has_sets: boolean }>(
      `SELECT count(*)::int AS tables, bool_or(n.nspname = 'public' AND c.relname = 'question_set') AS has_sets
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg\\_toast%'`,
    );
    let questionSets: number | null = null;
    if (rows[0].has_sets) {
      const sets = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM question_set');
      questionSets = sets.rows[0].n;
    }
    return { tables: rows[0].tables, questionSets };
  } finally {
    await client.end();
  }
}

function describe(c: { tables: number; questionSets: number | null }): string {
  return `${c.tables} ${c.tables === 1 ? 'tabel' : 'tabellen'}${c.questionSets === null ? '' : `, ${c.questionSets} ${c.questionSets === 1 ? 'vragenset' : 'vragensets'}`}`;
}

/** Runs `work` against the configured database (DATABASE_URL or the embedded one), stopping the embedded one afterwards. */
async function onConfiguredDatabase(work: (url: string) => Promise<number>): Promise<number> {
  const database = await openDatabase(loadConfig(), log);
  try {
    return await work(database.url);
  } catch (error) {
    if (error instanceof PgToolError) {
      log(error.message);
      return 1;
    }
    throw error;
  } finally {
    await database.stop?.();
  }
}

/**
 * `backup FILE [--force]`: the whole database (DATABASE_URL, or the embedded one under DATA_DIR)
 * as a pg_dump archive in custom format. pg_dump reads one snapshot, so a backup of a running
 * external server is consistent. Written beside FILE first and renamed when complete: a failed
 * backup never leaves a half file under the name of a good one. An existing FILE stays unless --force.
 */
export async function runBackupCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed.positional.length !== 1) {
    log('Gebruik: npm run -s cli -- backup BESTAND [--force]');
    return 2;
  }
  const target = resolve(parsed.positional[0]);
  if (existsSync(target) && parsed.options.force !== true) {
    log(`${target} bestaat al; kies een andere naam of overschrijf het met --force.`);
    return 1;
  }
  return onConfiguredDatabase(async (url) => {
    const pgDump = await findPgTool('pg_dump', await serverMajorVersion(url));
    const before = await contents(url);
    const partial = `${target}.onvolledig-${process.pid}`;
    try {
      await runPgTool(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`], url);
      renameSync(partial, target);
    } finally {
      rmSync(partial, { force: true });
    }
    const megabytes = (statSync(target).size / 1024 / 1024).toFixed(1);
    process.stdout.write(
      `Reservekopie geschreven: ${target} (${megabytes} MB; ${describe(before)}; ${pgDump.path} ${pgDump.major})\n`,
    );
    return 0;
  });
}

/**
 * `restore FILE [--force]`: a backup into the configured database — an empty one (an empty
 * DATA_DIR for the embedded server, or a new database on DATABASE_URL's server). A database that
 * holds tables is refused unless --force, which keeps what is there in a backup under DATA_DIR
 * (`voor-herstel-….dump`), then removes everything in its `public` schema.
 * One transaction: a restore that fails leaves the database as it was. Afterwards the migrations
 * run, so a backup of an older version is brought up to date.
 */
export async function runRestoreCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed.positional.length !== 1) {
    log('Gebruik: npm run -s cli -- restore BESTAND [--force]');
    return 2;
  }
  const source = resolve(parsed.positional[0]);
  if (!existsSync(source)) {
    log(`${source} bestaat niet.`);
    return 1;
  }
  const force = parsed.options.force === true;
  return onConfiguredDatabase(async (url) => {
    const pgRestore = await findPgTool('pg_restore', await serverMajorVersion(url));
    const before = await contents(url);
    if (before.tables > 0 && !force) {
      log(
        `De database is niet leeg (${describe(before)}). Herstellen zou die gegevens overschrijven; er is niets veranderd. ` +
          'Herstel in een lege database (een nieuwe DATA_DIR, of een nieuwe database in DATABASE_URL), ' +
          'of gebruik --force om alles wat er nu in staat eerst te verwijderen.',
      );
      return 1;
    }
    // The archive is checked before anything is removed: a wrong file must not cost the current data.
    await runPgTool(pgRestore, ['--list', '--file=/dev/null', source], url).catch(() => {
      throw new PgToolError(`${source} is geen reservekopie van pg_dump (custom-formaat); er is niets veranderd.`);
    });
    const database = new URL(url).pathname.replace(/^\//, '');
    const args = ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${database}`];
    if (before.tables > 0) {
      // The removal and the restore are two steps: what is removed is first kept in a backup of its own.
      const pgDump = await findPgTool('pg_dump', await serverMajorVersion(url));
      const kept = resolve(loadConfig().dataDir, `voor-herstel-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`);
      mkdirSync(dirname(kept), { recursive: true });
      await runPgTool(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${kept}`], url);
      log(`--force: de huidige gegevens (${describe(before)}) staan in ${kept}.`);
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('DROP SCHEMA public CASCADE');
        await client.query('CREATE SCHEMA public');
      } finally {
        await client.end();
      }
    }
    await runPgTool(pgRestore, [...args, source], url);
    const ran = await runMigrations(url);
    const after = await contents(url);
    process.stdout.write(
      `Hersteld uit ${source}: ${describe(after)}${ran.length > 0 ? `; daarna ${ran.length} nieuwere migratie(s) uitgevoerd` : ''}.\n`,
    );
    if (loadConfig().meiliUrl)
      log('Meilisearch is ingesteld: bouw de zoekindex opnieuw op met `npm run -s cli -- reindex`.');
    return 0;
  });
}
