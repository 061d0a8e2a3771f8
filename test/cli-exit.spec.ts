import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliDatabase, createCliDatabase } from './support/cli';

const CLI = join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');

/** The built CLI as `npm run -s cli` runs it, in a child process: exit codes and messages as users see them. */
function cli(args: string[], env: Record<string, string | undefined>) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli: exit codes', () => {
  it('says in Dutch that the embedded data directory is held by a running server, and exits non-zero', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'raadsvragen-held-'));
    mkdirSync(join(dataDir, 'postgres'));
    writeFileSync(join(dataDir, 'postgres', 'PG_VERSION'), '15\n');
    // A live process holds the directory (this test's own pid stands in for the server's postmaster).
    writeFileSync(join(dataDir, 'postgres', 'postmaster.pid'), `${process.pid}\n${dataDir}\n`);
    const result = cli(['token', 'create', '--role', 'clerk', '--municipality', 'amersfoort'], {
      DATABASE_URL: undefined,
      DATA_DIR: dataDir,
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('in gebruik door een draaiende server');
    expect(result.stderr).not.toContain('undefined');
    expect(result.stdout).toBe('');
  });

  describe('with a database', () => {
    let database: CliDatabase;
    beforeAll(async () => {
      database = await createCliDatabase();
    });
    afterAll(() => database.close());

    it('exits 1 from import when a file failed', () => {
      const result = cli(['import', join(tmpdir(), 'bestaat-niet.docx'), '--municipality', 'amersfoort'], {
        DATABASE_URL: database.url,
      });
      expect(result.stdout).toContain('Mislukt: 1');
      expect(result.code).toBe(1);
    });
  });
});
