import request from 'supertest';
import { DemoService } from '../src/demo/demo.service';
import { createTestApp, TestApp } from './support/test-app';

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

  it('returns a griffie web account per demo municipality that can log in', () => {
    expect(credentials.webAccounts.map((account) => account.email)).toEqual([
      'griffie@amersfoort.demo',
      'griffie@amstelveen.demo',
    ]);
    expect(credentials.webAccounts.every((account) => account.password.length >= 12)).toBe(true);
  });

  it('serves the Amersfoort seed set with its questions, answers and linked documents to the public', async () => {
    const response = await http().get('/api/question-sets?municipality=amersfoort').expect(200);
    expect(response.body.total).toBe(1);
    const set = response.body.items[0];
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

  it('loads nothing twice when run again', async () => {
    await t.app.get(DemoService).loadDemoData();
    const response = await http().get('/api/question-sets').expect(200);
    expect(response.body.total).toBe(2);
  });
});
