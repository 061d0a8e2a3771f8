import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { findFreePort } from '../src/database/embedded-postgres';
import { createTestDatabase } from './support/test-app';

const MAIN = join(__dirname, '..', 'dist', 'src', 'main.js');

/** The README's start command as a user runs it: the built app, a fresh database, the first start's demo data. */
describe('npm start (the built app, first start)', () => {
  let child: ChildProcess;
  let drop: () => Promise<void>;
  let base: string;
  const lines: string[] = [];

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` (npm ci and npm test do).`);
    const database = await createTestDatabase();
    drop = database.drop;
    const port = await findFreePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'raadsvragen-start-')),
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 60 s; stderr:\n${stderr}`)), 60_000);
      child.on('exit', (code) => reject(new Error(`the app exited with ${code}; stderr:\n${stderr}`)));
      let buffer = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const complete = buffer.split('\n');
        buffer = complete.pop() ?? '';
        lines.push(...complete);
        if (lines.some((line) => line.includes('beheer@raadsvragen.demo'))) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  });

  afterAll(async () => {
    child?.removeAllListeners('exit');
    child?.kill('SIGTERM');
    await new Promise((resolve) => (child?.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    await drop?.();
  });

  it('prints the URL, then the admin token, then a clerk token per demo municipality', () => {
    const printed = lines.map((line) => line.trim());
    const url = printed.findIndex((line) => line.startsWith('Raadsvragen draait op http://localhost:'));
    const admin = printed.findIndex((line) => /^admin: rv_\S+$/.test(line));
    const amersfoort = printed.findIndex((line) => /^clerk amersfoort: rv_\S+$/.test(line));
    const amstelveen = printed.findIndex((line) => /^clerk amstelveen: rv_\S+$/.test(line));
    expect([url, admin, amersfoort, amstelveen].every((i) => i >= 0)).toBe(true);
    expect(url < admin && admin < amersfoort && amersfoort < amstelveen).toBe(true);
  });

  it('prints a web login for each of the four roles', () => {
    const printed = lines.map((line) => line.trim());
    for (const [email, role] of [
      ['griffie@amersfoort.demo', 'griffie'],
      ['fractie@amersfoort.demo', 'fractie'],
      ['wethouder@amersfoort.demo', 'bestuursondersteuning wethouder'],
      ['beheer@raadsvragen.demo', 'beheerder'],
    ]) {
      expect(printed.some((line) => line.startsWith(`${email}: `) && line.endsWith(`(${role})`))).toBe(true);
    }
  });

  it('serves /health and the seed sets with their questions and answers', async () => {
    await request(base).get('/health').expect(200);
    const amersfoort = await request(base)
      .get('/api/question-sets?municipality=amersfoort&status=published')
      .expect(200);
    // The seed set and the two published sets of the demo month (src/demo/demo-month.ts).
    expect(amersfoort.body.items).toHaveLength(3);
    expect(amersfoort.body.items.every((s: { answers: unknown[] }) => s.answers.length > 0)).toBe(true);
    const amstelveen = await request(base).get('/api/question-sets?municipality=amstelveen').expect(200);
    const set = amstelveen.body.items[0];
    const answered = new Set(set.answers.flatMap((a: { questions: string[] }) => a.questions));
    expect(set.questions).toHaveLength(15);
    expect(set.questions.every((q: { number: string }) => answered.has(q.number))).toBe(true);
  });

  it('has the seeds searchable and their commitments confirmed, as the demo promises', async () => {
    const search = await request(base).get('/api/search?q=meldingen').expect(200);
    expect(search.body.total).toBeGreaterThan(0);
    const sets = await request(base).get('/api/question-sets?municipality=amersfoort&status=published').expect(200);
    const seed = sets.body.items.find((s: { reference: string }) => s.reference === '2024-123');
    const commitments = await request(base)
      .get(`/api/commitments?municipality=amersfoort&questionSet=${seed.id}`)
      .expect(200);
    expect(commitments.body.items.map((c: { status: string }) => c.status)).toEqual(Array(6).fill('open'));
  });

  it('lets the printed clerk token act for its municipality', async () => {
    const token = lines
      .map((l) => l.trim())
      .find((l) => l.startsWith('clerk amersfoort: '))
      ?.split(': ')[1];
    const response = await request(base)
      .get('/api/commitments?municipality=amersfoort&status=open')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    // The seed set's six and the demo month's two open ones (one overdue, one later).
    expect(response.body.total).toBe(8);
  });
});
