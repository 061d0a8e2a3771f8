import request from 'supertest';
import { DemoService } from '../src/demo/demo.service';
import { createTestApp, TestApp } from './support/test-app';
import { loginAgent } from './support/web';

describe('demo data of the first start', () => {
  let t: TestApp;
  let credentials: Awaited<ReturnType<DemoService['loadDemoData']>>;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    credentials = await t.app.get(DemoService).loadDemoData();
  });

  afterAll(() => t.close());

  it('returns an admin token first, then a clerk token per demo municipality', () => {
    expect(credentials.tokens.map((token) => [token.role, token.municipality])).toEqual([
      ['admin', null],
      ['clerk', 'amersfoort'],
      ['clerk', 'amstelveen'],
    ]);
  });

  it('returns a web account for each of the four roles that can log in', async () => {
    expect(credentials.webAccounts.map((account) => [account.email, account.role])).toEqual([
      ['griffie@amersfoort.demo', 'clerk'],
      ['griffie@amstelveen.demo', 'clerk'],
      ['fractie@amersfoort.demo', 'party'],
      ['wethouder@amersfoort.demo', 'executive'],
      ['beheer@raadsvragen.demo', 'admin'],
    ]);
    for (const account of credentials.webAccounts)
      await loginAgent(t.app.getHttpServer(), account.email, account.password);
    expect(credentials.webAccounts.every((account) => account.password.length >= 12)).toBe(true);
  });

  it('serves the Amersfoort seed set with its questions, answers and linked documents to the public', async () => {
    const response = await http().get('/api/question-sets?municipality=amersfoort&limit=100').expect(200);
    const set = response.body.items.find((s: { reference: string }) => s.reference === '2024-123');
    expect(set).toEqual(
      expect.objectContaining({
        reference: '2024-123',
        status: 'published',
        receivedOn: '2024-10-02',
        answeredOn: '2024-11-05',
        publishedOn: '2024-11-07',
        dueOn: '2024-10-22',
      }),
    );
    expect(set.party.name).toBe('GroenLinks');
    expect(set.portfolioHolder.name).toBe('Paffen-Zeenni');
    expect(set.questions.length).toBeGreaterThanOrEqual(7);
    const answered = new Set(set.answers.flatMap((a: { questions: string[] }) => a.questions));
    for (const q of set.questions) expect(answered.has(q.number)).toBe(true);
    const references = set.documents.map((d: { reference: string | null }) => d.reference);
    expect(references).toEqual(expect.arrayContaining(['2918-115M', 'CVDR699462']));
  });

  it('serves the Amstelveen set with all 15 sub-questions answered', async () => {
    const response = await http().get('/api/question-sets?municipality=amstelveen').expect(200);
    expect(response.body.total).toBe(1);
    const set = response.body.items[0];
    expect(set.questions.map((q: { number: string }) => q.number)).toEqual([
      '1a',
      '1b',
      '1c',
      '2a',
      '2b',
      '2c',
      '3a',
      '3b',
      '3c',
      '3d',
      '3e',
      '4a',
      '4b',
      '4c',
      '4d',
    ]);
    const answered = new Set(set.answers.flatMap((a: { questions: string[] }) => a.questions));
    expect(set.questions.every((q: { number: string }) => answered.has(q.number))).toBe(true);
    expect(set.dueOn).toBe('2024-11-14');
  });

  it('gives the Amersfoort griffie a set in every status, dated around today', async () => {
    const clerk = credentials.tokens.find((token) => token.municipality === 'amersfoort')?.secret;
    const response = await http()
      .get('/api/question-sets?municipality=amersfoort&limit=100')
      .set('Authorization', `Bearer ${clerk}`)
      .expect(200);
    const statuses = response.body.items.map((s: { status: string }) => s.status);
    // The draft belongs to its fractie only; the griffie sees every other status.
    expect(new Set(statuses)).toEqual(new Set(['registered', 'postponed', 'answered', 'published', 'withdrawn']));
    const open = response.body.items.filter((s: { status: string }) => ['registered', 'postponed'].includes(s.status));
    expect(open.some((s: { overdue: boolean }) => s.overdue)).toBe(true);
    expect(open.some((s: { overdue: boolean }) => !s.overdue)).toBe(true);
    const late = response.body.items.filter((s: { answeredLate: boolean }) => s.answeredLate);
    // The seed set was answered on 5 November 2024, 14 days after its 20-day term ended.
    expect(late.map((s: { subject: string; daysLate: number }) => [s.subject, s.daysLate])).toEqual([
      ['Uitvoering motie antidiscriminatiebeleid', 14],
      ['Meldingen van discriminatie dit jaar', 5],
    ]);
  });

  it('has a fractie draft and commitments in every status', async () => {
    const [draft] = await t.dataSource.query(`SELECT count(*)::int AS n FROM question_set WHERE status = 'draft'`);
    expect(draft.n).toBe(1);
    const rows: { status: string }[] = await t.dataSource.query(`SELECT DISTINCT status FROM commitment`);
    expect(rows.map((r) => r.status).sort()).toEqual(
      ['dismissed', 'fulfilled', 'not_kept', 'open', 'partially_fulfilled', 'proposed', 'withdrawn'].sort(),
    );
    const today = t.clock.today();
    const [open] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE deadline < $1)::int AS late, count(*) FILTER (WHERE deadline >= $1)::int AS later
         FROM commitment WHERE status = 'open'`,
      [today],
    );
    expect(open.late).toBeGreaterThan(0);
    expect(open.later).toBeGreaterThan(0);
  });

  it('loads nothing twice when run again', async () => {
    const before = await http().get('/api/question-sets').expect(200);
    await t.app.get(DemoService).loadDemoData();
    const response = await http().get('/api/question-sets').expect(200);
    expect(response.body.total).toBe(before.body.total);
    // Every set but the fractie's draft: registered questions are public (the municipality's default).
    expect(response.body.total).toBe(10);
  });
});
