import request from 'supertest';
import { createMunicipality, MunicipalityFixture, questionSetBody } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

interface Quarter {
  quarter: string;
  answered: number;
  medianAnswerDays: number | null;
  answeredOnTime: number;
  onTimeShare: number | null;
  postponements: number;
  commitments: number;
  openCommitments: number;
  overdueCommitments: number;
}

/** The quarter's numbers in one line, so a table of expectations reads as the figures page does. */
const line = (q: Quarter) => [
  q.quarter,
  q.answered,
  q.medianAnswerDays,
  q.answeredOnTime,
  q.onTimeShare,
  q.postponements,
  q.commitments,
  q.openCommitments,
  q.overdueCommitments,
];

describe('figures per quarter: /api/figures, its CSV and the /cijfers page', () => {
  let t: TestApp;
  let gemeente: MunicipalityFixture;
  let clerk: string;
  const http = () => request(t.app.getHttpServer());

  async function answeredSet(
    subject: string,
    receivedOn: string,
    holder: string,
    answeredOn: string,
    options: { postpone?: { sentOn: string; newDueOn: string }; publishOn?: string },
  ): Promise<{ id: number; portfolioHolder: { id: number } }> {
    const created = await http()
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send(questionSetBody(gemeente.slug, { subject, receivedOn, portfolioHolder: holder, documents: [] }))
      .expect(201);
    let body = created.body;
    if (options.postpone) {
      body = (
        await http()
          .post(`/api/question-sets/${body.id}/postpone`)
          .set('Authorization', clerk)
          .send({ version: body.version, reason: 'Meer tijd nodig', ...options.postpone })
          .expect(200)
      ).body;
    }
    body = (
      await http()
        .post(`/api/question-sets/${body.id}/answers`)
        .set('Authorization', clerk)
        .send({ version: body.version, answeredOn, answers: [{ questions: ['1', '2a', '2b'], text: 'Antwoord.' }] })
        .expect(200)
    ).body;
    if (options.publishOn) {
      body = (
        await http()
          .post(`/api/question-sets/${body.id}/publish`)
          .set('Authorization', clerk)
          .send({ version: body.version, publishedOn: options.publishOn })
          .expect(200)
      ).body;
    }
    return body;
  }

  async function commitment(body: Record<string, unknown>): Promise<void> {
    await http().post('/api/commitments').set('Authorization', clerk).send(body).expect(201);
  }

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.current = '2025-01-02';
    gemeente = await createMunicipality(t, { name: 'Cijferstad', slug: 'cijferstad', answerTermAmount: 20 });
    clerk = await t.token('clerk', gemeente.id);
    t.clock.current = '2025-06-30';
    // Q1: answered in 10 days (on time) and in 30 days (late, after a postponement to 28 February).
    const s1 = await answeredSet('Bomen', '2025-01-02', 'Jansen', '2025-01-12', { publishOn: '2025-01-13' });
    const s2 = await answeredSet('Bruggen', '2025-02-01', 'Bakker', '2025-03-03', {
      postpone: { sentOn: '2025-02-15', newDueOn: '2025-02-28' },
      publishOn: '2025-03-04',
    });
    // Q2: answered in 20 days, on its due date, not published: the public does not count it.
    const s3 = await answeredSet('Bussen', '2025-03-25', 'Jansen', '2025-04-14', {});
    await commitment({ questionSetId: s1.id, sentence: 'Wij sturen de raad een brief.', deadline: '2025-03-31' });
    await commitment({ questionSetId: s2.id, sentence: 'Wij evalueren de bruggen.', deadline: '2025-08-15' });
    await commitment({ questionSetId: s3.id, sentence: 'Wij tellen de reizigers.', deadline: '2025-04-30' });
    await commitment({
      municipality: gemeente.slug,
      meeting: { name: 'Gemeenteraad', date: '2025-05-20' },
      portfolioHolderId: s1.portfolioHolder.id,
      sentence: 'De wethouder zegt een notitie toe.',
      deadline: '2025-06-01',
    });
  });

  afterAll(() => t.close());

  it('gives the griffie exactly the numbers of the fixture, per quarter and per portfolio holder', async () => {
    const response = await http()
      .get('/api/figures')
      .query({ municipality: gemeente.slug, year: 2025 })
      .set('Authorization', clerk)
      .expect(200);
    expect(response.body).toMatchObject({ municipality: { slug: 'cijferstad' }, year: 2025, today: '2025-06-30' });
    expect(response.body.quarters.map(line)).toEqual([
      ['2025-K1', 2, 20, 1, 0.5, 1, 1, 1, 1],
      ['2025-K2', 1, 20, 1, 1, 0, 2, 2, 2],
      ['2025-K3', 0, null, 0, null, 0, 1, 1, 0],
      ['2025-K4', 0, null, 0, null, 0, 0, 0, 0],
    ]);
    const holders = response.body.portfolioHolders as { name: string; quarters: Quarter[] }[];
    expect(holders.map((h) => h.name)).toEqual(['Bakker', 'Jansen']);
    expect(holders[0].quarters.map(line).slice(0, 3)).toEqual([
      ['2025-K1', 1, 30, 0, 0, 1, 0, 0, 0],
      ['2025-K2', 0, null, 0, null, 0, 0, 0, 0],
      ['2025-K3', 0, null, 0, null, 0, 1, 1, 0],
    ]);
    expect(holders[1].quarters.map(line).slice(0, 2)).toEqual([
      ['2025-K1', 1, 10, 1, 1, 0, 1, 1, 1],
      ['2025-K2', 1, 20, 1, 1, 0, 2, 2, 2],
    ]);
  });

  it('counts for the public only what is published (and commitments made in a meeting)', async () => {
    const response = await http().get('/api/figures').query({ municipality: gemeente.slug, year: 2025 }).expect(200);
    expect(response.body.quarters.map(line)).toEqual([
      ['2025-K1', 2, 20, 1, 0.5, 1, 1, 1, 1],
      ['2025-K2', 0, null, 0, null, 0, 1, 1, 1],
      ['2025-K3', 0, null, 0, null, 0, 1, 1, 0],
      ['2025-K4', 0, null, 0, null, 0, 0, 0, 0],
    ]);
  });

  it('serves the same figures as CSV with Dutch headers', async () => {
    const response = await http()
      .get('/api/figures.csv')
      .query({ municipality: gemeente.slug, year: 2025 })
      .set('Authorization', clerk)
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    const lines = response.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Niveau;Naam;Kwartaal;Beantwoord;Mediane antwoordtijd (dagen);Op tijd beantwoord;Op tijd (%);Uitstelberichten;Toezeggingen met termijn in kwartaal;Waarvan open;Waarvan te laat',
    );
    expect(lines[1]).toBe('gemeente;Cijferstad;2025-K1;2;20;1;50;1;1;1;1');
    expect(lines).toContain('portefeuillehouder;Bakker;2025-K1;1;30;0;0;1;0;0;0');
    expect(lines).toHaveLength(1 + 4 * 3);
  });

  it('describes the figures in the OpenAPI document', async () => {
    const doc = (await http().get('/api/openapi.json').expect(200)).body;
    expect(doc.paths['/api/figures'].get.responses['200'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/FiguresDto',
    );
    expect(Object.keys(doc.components.schemas.QuarterFiguresDto.properties)).toEqual(
      expect.arrayContaining(['medianAnswerDays', 'onTimeShare', 'postponements', 'overdueCommitments']),
    );
  });

  it('draws the page with accessible SVG charts and the numbers in tables', async () => {
    const page = await http().get('/cijfers').query({ gemeente: gemeente.slug, jaar: '2025' }).expect(200);
    expect(page.text).toContain('<h1>Cijfers Cijferstad 2025</h1>');
    expect(page.text).toMatch(/<svg class="chart"[^>]*role="img"[^>]*aria-labelledby="grafiek-antwoordtijd-titel/);
    expect(page.text).toContain(
      '<desc id="grafiek-antwoordtijd-uitleg">K1: 20 dagen; K2: geen; K3: geen; K4: geen</desc>',
    );
    expect(page.text).toContain('<desc id="grafiek-op-tijd-uitleg">K1: 50%; K2: geen; K3: geen; K4: geen</desc>');
    expect(page.text).toContain('50% (1 van 2)');
    expect(page.text).toContain('2 vragensets beantwoord in 2025');
    const main = page.text.slice(page.text.indexOf('<main'), page.text.indexOf('</main>'));
    expect(main).not.toContain('<script');
    await http().get('/cijfers').query({ gemeente: 'bestaat-niet' }).expect(404);
    const bad = await http().get('/api/figures').query({ year: 'twintig' });
    expect(bad.status).toBe(400);
  });
});
