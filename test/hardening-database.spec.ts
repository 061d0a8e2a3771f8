import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { ensureDatabaseExists, runMigrations, withDatabase } from '../src/database/database';
import { PostgresProcess, startPostgresProcess } from './support/postgres-process';
import { createTestApp, TestApp } from './support/test-app';

/** The postmaster and its backends: freezing only the postmaster leaves pooled connections working. */
function postgresProcesses(dataDir: string): number[] {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

function signal(pids: number[], name: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // A backend that ended meanwhile.
    }
  }
}

/**
 * Issue 17: against a PostgreSQL this test starts, freezes (SIGSTOP) and stops, the app answers
 * 503 problem details with Retry-After within 5 s, recovers without a restart, and loses no
 * write it acknowledged.
 */
describe('database outages (issue 17)', () => {
  let dir: string;
  let port: number;
  let server: PostgresProcess;
  let t: TestApp;
  let admin: string;
  const acknowledged: string[] = [];
  const statuses: Record<number, number> = {};
  const timings: string[] = [];
  let writing = true;
  let writer: Promise<void>;
  const http = () => request(t.app.getHttpServer());

  async function writeOne(n: number): Promise<number> {
    const slug = `gemeente-${n}`;
    const response = await http()
      .post('/api/municipalities')
      .set('Authorization', admin)
      .timeout(20_000)
      .send({ name: `Gemeente ${n}`, slug, answerTermAmount: 20, answerTermUnit: 'days' })
      .catch(() => null);
    if (response?.status === 201) acknowledged.push(slug);
    statuses[response?.status ?? 0] = (statuses[response?.status ?? 0] ?? 0) + 1;
    return response?.status ?? 0;
  }

  async function expectUnavailableWithin(url: string, ms: number): Promise<void> {
    const started = Date.now();
    const response = await http()
      .get(url)
      .set('Authorization', admin)
      .timeout(ms + 2000);
    timings.push(`${url} ${response.status} in ${Date.now() - started} ms`);
    expect(Date.now() - started).toBeLessThan(ms);
    expect(response.status).toBe(503);
    if (url !== '/health') {
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    } else {
      expect(JSON.parse(response.text).database).toBe('down');
    }
  }

  async function acknowledgedMore(count: number): Promise<void> {
    const target = acknowledged.length + count;
    const deadline = Date.now() + 20_000;
    while (acknowledged.length < target && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(acknowledged.length).toBeGreaterThanOrEqual(target);
  }

  async function waitForHealth(): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const response = await http()
        .get('/health')
        .timeout(5000)
        .catch(() => null);
      if (response?.status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('the app did not recover');
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'raadsvragen-outage-'));
    // As root the server runs as the `postgres` user, which must be able to reach its data folder.
    chmodSync(dir, 0o755);
    server = await startPostgresProcess(join(dir, 'pg'));
    port = Number(new URL(server.url).port);
    await ensureDatabaseExists(server.url, 'raadsvragen');
    const url = withDatabase(server.url, 'raadsvragen');
    await runMigrations(url);
    t = await createTestApp({}, url);
    admin = await t.token('admin', null);
    let n = 0;
    writer = (async () => {
      while (writing) {
        await writeOne(n++);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
  }, 120_000);

  afterAll(async () => {
    writing = false;
    await writer;
    await t?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('answers 503 within 5 s while the database is frozen, and recovers when it thaws', async () => {
    await http().get('/api/municipalities').set('Authorization', admin).expect(200);
    await acknowledgedMore(5);
    const frozen = postgresProcesses(join(dir, 'pg'));
    signal(frozen, 'SIGSTOP');
    try {
      await expectUnavailableWithin('/api/municipalities', 5000);
      await expectUnavailableWithin('/health', 5000);
      await expectUnavailableWithin('/api/search?q=brug', 5000);
      await http().get('/health/live').expect(200);
    } finally {
      signal(frozen, 'SIGCONT');
    }
    await waitForHealth();
    await http().get('/api/municipalities').set('Authorization', admin).expect(200);
    await acknowledgedMore(5);
  }, 60_000);

  it('answers 503 within 5 s while the database is stopped, and recovers when it is back', async () => {
    await server.stop();
    await expectUnavailableWithin('/api/municipalities', 5000);
    await expectUnavailableWithin('/health', 5000);
    server = await startPostgresProcess(join(dir, 'pg'), port);
    await waitForHealth();
    await acknowledgedMore(5);
  }, 90_000);

  it('lost no write it acknowledged', async () => {
    writing = false;
    await writer;
    const rows: Array<{ slug: string }> = await t.dataSource.query('SELECT slug FROM municipality');
    const stored = new Set(rows.map((row) => row.slug));
    console.log(`outages: ${timings.join('; ')}; writes by status: ${JSON.stringify(statuses)}`);
    expect(acknowledged.length).toBeGreaterThanOrEqual(15);
    expect(acknowledged.filter((slug) => !stored.has(slug))).toEqual([]);
  });
});
