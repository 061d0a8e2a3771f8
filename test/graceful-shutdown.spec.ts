import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loginDelayMs } from '../src/auth/accounts.service';
import { findFreePort } from '../src/database/embedded-postgres';
import { createTestDatabase } from './support/test-app';

const MAIN = join(__dirname, '..', 'dist', 'src', 'main.js');
/** Failures on one account (from another address) before the slow login: the app waits this long before answering. */
const PRIOR_FAILURES = 14;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request on a new connection (no keep-alive pool: a refused connection must show as refused). */
function send(
  base: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const call = httpRequest(
      `${base}${path}`,
      { method: options.method ?? 'GET', headers: options.headers, agent: false },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
        response.on('error', reject);
      },
    );
    call.on('error', reject);
    call.end(options.body);
  });
}

/**
 * Issue 17 (operations): the built server, as `npm start` runs it, on SIGTERM stops accepting
 * connections, finishes the request in flight (a login the app slows down after many failures:
 * it waits, then checks the password and writes the failure to the database), closes its pool and
 * exits 0. The same process runs with LOG_FORMAT=json: every line it prints is a JSON object.
 */
describe('graceful shutdown of the built server (SIGTERM)', () => {
  let child: ChildProcess;
  let drop: () => Promise<void>;
  let databaseUrl: string;
  let base: string;
  let stdout = '';
  let stderr = '';
  let exited: Promise<number | null>;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` (npm ci and npm test do).`);
    const database = await createTestDatabase();
    drop = database.drop;
    databaseUrl = database.url;
    const port = await findFreePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'raadsvragen-shutdown-')),
        PORT: String(port),
        LOG_FORMAT: 'json',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 60 s; stderr:\n${stderr}`)), 60_000);
      void exited.then((code) => reject(new Error(`the app exited with ${code}; stderr:\n${stderr}`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('Raadsvragen draait op')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  });

  afterAll(async () => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    await exited;
    await drop?.();
  });

  it('finishes the request in flight, refuses new connections, closes the database and exits 0', async () => {
    const slowAccount = 'traag@example.nl';
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      // Failures from elsewhere make every login to this account wait (the app's brake on guessing).
      await client.query(
        `INSERT INTO login_attempt (account_key, ip, failures, window_started_at) VALUES ($1, '198.51.100.9', $2, now())`,
        [slowAccount, PRIOR_FAILURES],
      );
      const delay = loginDelayMs(PRIOR_FAILURES, PRIOR_FAILURES);
      expect(delay).toBeGreaterThanOrEqual(3000);

      const form = await send(base, '/inloggen', { headers: { Accept: 'text/html' } });
      expect(form.status).toBe(200);
      const cookie = ([] as string[])
        .concat(form.headers['set-cookie'] ?? [])
        .map((c) => c.split(';')[0])
        .join('; ');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
      const started = Date.now();
      const login = send(base, '/inloggen', {
        method: 'POST',
        headers: {
          Accept: 'text/html',
          Cookie: cookie,
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Request-Id': 'afsluittest-1',
        },
        body: new URLSearchParams({ _csrf: csrf, email: slowAccount, password: 'fout' }).toString(),
      });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      child.kill('SIGTERM');
      const signalled = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 500));
      // No new connections once the signal is in.
      await expect(send(base, '/health/live')).rejects.toMatchObject({ code: 'ECONNREFUSED' });

      const answer = await login;
      expect(Date.now() - started).toBeGreaterThanOrEqual(delay);
      expect(answer.status).toBe(401);
      expect(answer.body).toContain('Het e-mailadres of het wachtwoord klopt niet.');
      expect(answer.headers['x-request-id']).toBe('afsluittest-1');

      const code = await exited;
      expect(code).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(25_000);
      // The request's write after the delay reached the database before the pool closed.
      const { rows } = await client.query(`SELECT failures FROM login_attempt WHERE account_key = $1 AND ip <> $2`, [
        slowAccount,
        '198.51.100.9',
      ]);
      expect(rows).toEqual([{ failures: 1 }]);
    } finally {
      await client.end();
    }

    // LOG_FORMAT=json: every line is one JSON object; the slow request has its own line with its id.
    const lines = stdout.split('\n').filter((line) => line !== '');
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const entry of parsed) {
      expect(Object.keys(entry).slice(0, 4)).toEqual(['time', 'level', 'context', 'msg']);
      expect(Number.isNaN(Date.parse(String(entry.time)))).toBe(false);
    }
    expect(parsed).toContainEqual(
      expect.objectContaining({
        level: 'info',
        context: 'HTTP',
        requestId: 'afsluittest-1',
        method: 'POST',
        path: '/inloggen',
        status: 401,
        durationMs: expect.any(Number),
      }),
    );
    expect(parsed.map((entry) => entry.msg)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^SIGTERM ontvangen/), 'Afgesloten.']),
    );
    expect(stderr).toBe('');
  });
});
