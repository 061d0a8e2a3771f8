import request from 'supertest';
import { MeilisearchSearchEngine } from '../src/search/meilisearch/meilisearch-search-engine';
import { SearchService } from '../src/search/search.service';
import { SearchOutboxWorker } from '../src/search/search-outbox.worker';
import { createMunicipality, questionSetBody } from './support/factories';
import { SearchServerStub } from './support/meili-stub';
import { createTestApp, TestApp } from './support/test-app';

describe('search outbox to an external engine (local HTTP stub of its endpoints)', () => {
  let t: TestApp;
  let stub: SearchServerStub;
  let service: SearchService;
  let clerk: string;
  const http = () => request(t.app.getHttpServer());
  const pending = async () =>
    (await t.dataSource.query(
      `SELECT id, attempts, last_error, available_at > now() AS backing_off FROM search_outbox WHERE processed_at IS NULL ORDER BY id`,
    )) as {
      id: string;
      attempts: number;
      last_error: string | null;
      backing_off: boolean;
    }[];
  const searchRowIds = async () =>
    (
      (await t.dataSource.query(`SELECT question_id FROM search_document ORDER BY question_id`)) as {
        question_id: number;
      }[]
    ).map((r) => r.question_id);

  beforeAll(async () => {
    stub = new SearchServerStub();
    const url = await stub.start();
    // The background worker stays off: the tests drive the outbox step by step.
    process.env.SEARCH_OUTBOX_WORKER = 'off';
    t = await createTestApp({ MEILI_URL: url });
    service = t.app.get(SearchService);
    const m = await createMunicipality(t, { slug: 'amersfoort', name: 'Amersfoort' });
    clerk = await t.token('clerk', m.id);
  });

  afterAll(async () => {
    delete process.env.SEARCH_OUTBOX_WORKER;
    await t.close();
    await stub.stop();
  });

  it('writes an outbox row in the transaction of every change and sends it on the next run', async () => {
    const created = await http()
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send(questionSetBody('amersfoort', { reference: 'M-1' }))
      .expect(201);
    expect((await pending()).length).toBe(1);
    expect(stub.documents.size).toBe(0);
    const health = await http().get('/health').expect(200);
    expect(health.body.search).toEqual({ engine: 'meilisearch', degraded: false, backlog: 1 });
    const result = await service.drainOutbox();
    expect(result).toEqual({ locked: true, sent: 1, failed: 0 });
    expect([...stub.documents.keys()].sort((a, b) => a - b)).toEqual(await searchRowIds());
    expect(stub.documents.get(created.body.questions[0].id ?? -1) ?? [...stub.documents.values()][0]).toEqual(
      expect.objectContaining({ questionSetId: created.body.id, municipality: 'amersfoort', status: 'registered' }),
    );
    expect(await pending()).toEqual([]);
  });

  it('keeps every change during an outage, backs off, reports degraded, and searches on PostgreSQL meanwhile', async () => {
    stub.down = true;
    const a = await http()
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send(questionSetBody('amersfoort', { reference: 'M-2', subject: 'Zwerfafval Vathorst' }))
      .expect(201);
    await http()
      .post(`/api/question-sets/${a.body.id}/answers`)
      .set('Authorization', clerk)
      .send({
        version: a.body.version,
        answers: [{ questions: ['1', '2a', '2b'], text: 'Er komen extra afvalbakken.' }],
      })
      .expect(200);
    const result = await service.drainOutbox();
    expect(result.sent).toBe(0);
    expect(result.failed).toBe(2);
    const rows = await pending();
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.attempts === 1 && r.backing_off && (r.last_error ?? '') !== '')).toBe(true);
    // While backing off, a run sends nothing and does not hammer the server.
    const before = stub.requests;
    expect((await service.drainOutbox()).failed).toBe(0);
    expect(stub.requests).toBe(before);

    const health = await http().get('/health').expect(200);
    expect(health.body.search).toEqual({ engine: 'meilisearch', degraded: true, backlog: 2 });
    const search = await http().get('/api/search').query({ q: 'zwerfafval' }).set('Authorization', clerk).expect(200);
    expect(search.body.engine).toBe('postgres');
    expect(search.body.degraded).toBe(true);
    expect(search.body.items.map((h: { questionSetId: number }) => h.questionSetId)).toContain(a.body.id);
  });

  it('catches up after the outage: no change lost, no document twice', async () => {
    stub.down = false;
    // The backoff has passed.
    await t.dataSource.query(`UPDATE search_outbox SET available_at = now() WHERE processed_at IS NULL`);
    const result = await service.drainOutbox();
    expect(result).toEqual({ locked: true, sent: 2, failed: 0 });
    expect(await pending()).toEqual([]);
    const ids = await searchRowIds();
    expect([...stub.documents.keys()].sort((a, b) => a - b)).toEqual(ids);
    const setIds = [...new Set([...stub.documents.values()].map((d) => d.questionSetId as number))];
    expect([...stub.documents.values()].sort((x, y) => x.id - y.id)).toEqual(
      (await service.meiliDocumentsOf(setIds)).sort((x, y) => x.id - y.id),
    );
    expect([...stub.documents.values()].find((d) => d.answer !== null)?.answer).toBe('Er komen extra afvalbakken.');
  });

  it('lets one worker at a time take the batch (advisory lock) and removes questions that no longer exist', async () => {
    const created = await http()
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send(questionSetBody('amersfoort', { reference: 'M-3' }))
      .expect(201);
    const worker = t.app.get(SearchOutboxWorker);
    const engine = service.meili as MeilisearchSearchEngine;
    const [first, second] = await Promise.all([worker.runOnce(engine), worker.runOnce(engine)]);
    expect(first.sent + second.sent).toBe(1);
    expect(await pending()).toEqual([]);
    // A set whose questions disappeared from the search rows: the stale documents go too.
    await t.dataSource.query(`DELETE FROM search_document WHERE question_set_id = $1 AND number <> '1'`, [
      created.body.id,
    ]);
    await engine.replaceSets([created.body.id], await service.meiliDocumentsOf([created.body.id]));
    expect([...stub.documents.values()].filter((d) => d.questionSetId === created.body.id)).toHaveLength(1);
  });

  it('rebuilds everything with reindex without duplicating documents', async () => {
    const progress: number[] = [];
    const summary = await service.reindex((done) => progress.push(done), 1);
    expect(progress[progress.length - 1]).toBe(summary.sets);
    await service.drainOutbox();
    expect([...stub.documents.keys()].sort((a, b) => a - b)).toEqual(await searchRowIds());
    expect(stub.documents.size).toBe(summary.rows);
  });
});

const MEILI_URL = process.env.MEILI_URL;
if (!MEILI_URL) console.log('MEILI_URL not set: Meilisearch contract tests skipped');

// The one allowed skip: these run against a real Meilisearch server only when MEILI_URL is set.
(MEILI_URL ? describe : describe.skip)(
  'Meilisearch contract tests against the server at MEILI_URL (skipped when MEILI_URL is not set)',
  () => {
    let t: TestApp;
    let service: SearchService;
    let clerk: string;
    let otherClerk: string;
    const http = () => request(t.app.getHttpServer());

    beforeAll(async () => {
      process.env.SEARCH_OUTBOX_WORKER = 'off';
      t = await createTestApp({ MEILI_URL: MEILI_URL as string, MEILI_API_KEY: process.env.MEILI_API_KEY ?? '' });
      service = t.app.get(SearchService);
      const engine = service.meili as MeilisearchSearchEngine;
      await engine.client.deleteIndexIfExists(engine.indexUid);
      await engine.applySettings();
      const m = await createMunicipality(t, { slug: 'amersfoort', name: 'Amersfoort' });
      const other = await createMunicipality(t, { slug: 'utrecht', name: 'Utrecht' });
      clerk = await t.token('clerk', m.id);
      otherClerk = await t.token('clerk', other.id);
      const set = await http()
        .post('/api/question-sets')
        .set('Authorization', clerk)
        .send(questionSetBody('amersfoort', { subject: 'Raadsinformatiebrief over meldingen' }))
        .expect(201);
      const answered = await http()
        .post(`/api/question-sets/${set.body.id}/answers`)
        .set('Authorization', clerk)
        .send({
          version: set.body.version,
          answers: [{ questions: ['1', '2a', '2b'], text: 'De geheime zwavelzuurfabriek.' }],
        })
        .expect(200);
      void answered;
      await service.drainOutbox();
    });

    afterAll(async () => {
      delete process.env.SEARCH_OUTBOX_WORKER;
      await t.close();
    });

    it('finds by synonym (RIB ↔ raadsinformatiebrief) with highlights, for the griffie', async () => {
      const body = (await http().get('/api/search').query({ q: 'RIB' }).set('Authorization', clerk).expect(200)).body;
      expect(body.engine).toBe('meilisearch');
      expect(body.items.length).toBeGreaterThan(0);
    });

    it('keeps the embargo: another municipality and the public do not find the unpublished answer', async () => {
      for (const token of [otherClerk, undefined]) {
        const call = http().get('/api/search').query({ q: 'zwavelzuurfabriek' });
        if (token) call.set('Authorization', token);
        const body = (await call.expect(200)).body;
        expect(body.items).toEqual([]);
        expect(body.facets.status).toEqual({});
      }
      const staff = (
        await http().get('/api/search').query({ q: 'zwavelzuurfabrik' }).set('Authorization', clerk).expect(200)
      ).body;
      const answer = staff.items[0].snippets.answer as { text: string; highlights: { start: number; end: number }[] };
      expect(answer.highlights.length).toBeGreaterThan(0);
      expect(answer.text.slice(answer.highlights[0].start, answer.highlights[0].end).toLowerCase()).toContain('zwavel');
    });
  },
);
