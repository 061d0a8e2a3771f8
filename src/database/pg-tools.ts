import { execFile, spawn } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

/** A PostgreSQL client program (pg_dump, pg_restore) that was found, with its major version. */
export interface PgTool {
  path: string;
  major: number;
}

/** A problem the user solves (a missing program, a too old one, a non-empty database): one Dutch sentence, no stack. */
export class PgToolError extends Error {}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function majorVersion(path: string): Promise<number | null> {
  try {
    const { stdout } = await run(path, ['--version']);
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Where to look for `name`, most specific first: PG_BIN_DIR; the PATH; Debian's per-version
 * folders (/usr/lib/postgresql/N/bin), newest first. The embedded server ships no pg_dump.
 */
function candidates(name: string, env: NodeJS.ProcessEnv): string[] {
  if (env.PG_BIN_DIR) return [join(env.PG_BIN_DIR, name)];
  const fromPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name));
  let debian: string[] = [];
  try {
    debian = readdirSync('/usr/lib/postgresql')
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => join('/usr/lib/postgresql', v, 'bin', name));
  } catch {
    // No Debian packages: only PATH counts.
  }
  return [...fromPath, ...debian];
}

/**
 * The first `name` whose major version is at least the server's (pg_dump refuses, or writes a
 * dump that misses things, for a newer server). Throws a PgToolError that says what to install.
 */
export async function findPgTool(
  name: 'pg_dump' | 'pg_restore',
  serverMajor: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PgTool> {
  let tooOld: PgTool | null = null;
  for (const path of candidates(name, env)) {
    if (!executable(path)) continue;
    const major = await majorVersion(path);
    if (major === null) continue;
    if (major >= serverMajor) return { path, major };
    tooOld ??= { path, major };
  }
  if (tooOld) {
    throw new PgToolError(
      `${tooOld.path} is versie ${tooOld.major}, de database draait PostgreSQL ${serverMajor}: ${name} moet minstens de versie van de server hebben. ` +
        `Installeer de PostgreSQL-clientprogramma's versie ${serverMajor} of nieuwer (Debian: apt-get install postgresql-client-${serverMajor}) ` +
        `of wijs met PG_BIN_DIR de map aan waarin een nieuwere ${name} staat.`,
    );
  }
  throw new PgToolError(
    env.PG_BIN_DIR
      ? `${name} staat niet in PG_BIN_DIR (${env.PG_BIN_DIR}) of is daar niet uitvoerbaar.`
      : `${name} is niet gevonden (niet in PATH, niet in /usr/lib/postgresql/*/bin). De ingebouwde PostgreSQL heeft het niet aan boord: ` +
          `installeer de PostgreSQL-clientprogramma's versie ${serverMajor} of nieuwer (Debian: apt-get install postgresql-client-${serverMajor}) ` +
          `of wijs met PG_BIN_DIR de map aan waarin ${name} staat.`,
  );
}

/** The server's major version (15 for 15.18). */
export async function serverMajorVersion(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(rows[0].v) / 10_000);
  } finally {
    await client.end();
  }
}

/**
 * libpq's environment for `url`: the password never appears on a command line (where `ps` shows
 * it to every user of the machine).
 */
export function libpqEnv(url: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const parsed = new URL(url);
  const result: NodeJS.ProcessEnv = {
    ...env,
    PGHOST: decodeURIComponent(parsed.hostname) || 'localhost',
    PGPORT: parsed.port || '5432',
    PGUSER: decodeURIComponent(parsed.username) || env.PGUSER || 'postgres',
    PGDATABASE: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'postgres',
  };
  if (parsed.password) result.PGPASSWORD = decodeURIComponent(parsed.password);
  else delete result.PGPASSWORD;
  const sslmode = parsed.searchParams.get('sslmode');
  if (sslmode) result.PGSSLMODE = sslmode;
  return result;
}

/** Runs a client program; its messages go to our standard error. Rejects with its last lines on failure. */
export function runPgTool(tool: PgTool, args: string[], url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, { env: libpqEnv(url), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new PgToolError(
            `${tool.path} stopte met ${signal ?? `code ${code}`}: ${stderr.trim().split('\n').slice(-3).join(' ') || 'geen melding'}`,
          ),
        );
    });
  });
}
