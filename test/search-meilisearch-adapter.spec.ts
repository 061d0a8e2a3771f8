import request from 'supertest';
import {
  MEILI_SETTINGS,
  MeiliQuestionDocument,
  MeilisearchSearchEngine,
} from '../src/search/meilisearch/meilisearch-search-engine';
import { SearchService } from '../src/search/search.service';
import { createMunicipality, questionSetBody } from './support/factories';
import { SearchServerStub } from './support/meili-stub';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The Meilisearch adapter against a stub that behaves like server v1.12 where it matters: tasks
 * fail asynchronously, an index created by a document addition has no filterable attributes,
 * filters on other attributes are refused, `maxTotalHits` cuts paging (test/support/meili-stub.ts).
 */
describe('Meilisearch adapter against a v1.12-like stub', () => {
  let t: TestApp;
  let stub: SearchServerStub;
  let service: SearchService;
  let engine: MeilisearchSearchEngine;
  let clerk: string;
  let admin: string;
  let party: string;
  let municipalityId: number;
  const http = () => request(t.app.getHttpServer());
  const pending = async () =>
    (await t.dataSource.query(
      `SELECT attempts, last_error FROM search_outbox WHERE processed_at IS NULL ORDER BY id`,
    )) as { attempts: number; last_error: string | null }[];
  const retryNow = () => t.dataSource.query(`UPDATE search_outbox SET available_at = now() WHERE processed_at IS NULL`);
  const health = async () => (await http().get('/health').expect(200)).body.search;

  async function registerSet(overrides: Record<string, unknown>): Promise<{ id: number; version: number }> {
    const created = await http()
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send(questionSetBody('leiden', overrides))
      .expect(201);
    return created.body;
  }

  async function answerAndPublish(
    set: { id: number; version: number },
    text: string,
    options: { publish: boolean; answeredOn: string },
  ) {
    const answered = await http()
      .post(`/api/question-sets/${set.id}/answers`)
      .set('Authorization', clerk)
      .send({ version: set.version, answeredOn: options.answeredOn, answers: [{ questions: ['1', '2a', '2b'], text }] })
      .expect(200);
    if (!options.publish) return;
    await http()
      .post(`/api/question-sets/${set.id}/publish`)
      .set('Authorization', clerk)
      .send({ version: answered.body.version })
      .expect(200);
  }

  beforeAll(async () => {
    stub = new SearchServerStub();
    const url = await stub.start();
    process.env.SEARCH_OUTBOX_WORKER = 'off';
    t = await createTestApp({ MEILI_URL: url });
    service = t.app.get(SearchService);
    engine = service.meili as MeilisearchSearchEngine;
    const m = await createMunicipality(t, { slug: 'leiden', name: 'Leiden' });
    municipalityId = m.id;
    clerk = await t.token('clerk', m.id);
    admin = await t.token('admin', null);
    // Older set, published, that mentions the word often; a newer unpublished one of the same party.
    const old = await registerSet({ subject: 'Zwerfafval Stationsplein', receivedOn: '2023-02-01' });
    await answerAndPublish(old, 'Zwerfafval zwerfafval zwerfafval wordt vaker opgeruimd.', {
      publish: true,
      answeredOn: '2023-03-01',
    });
    const newer = await registerSet({ subject: 'Zwerfafval Morspoort', receivedOn: '2024-10-01' });
    await answerAndPublish(newer, 'Het geheime antwoord over kauwgomtegels.', {
      publish: false,
      answeredOn: '2024-11-01',
    });
    await registerSet({ subject: 'Zwerfafval Haarlemmerstraat', receivedOn: '2024-06-01', party: 'CDA' });
    const [row] = (await t.dataSource.query(`SELECT id FROM party WHERE name = 'GroenLinks'`)) as { id: number }[];
    party = await t.token('party', m.id, { partyId: row.id });
    expect((await service.drainOutbox()).failed).toBe(0);
  });

  afterAll(async () => {
    delete process.env.SEARCH_OUTBOX_WORKER;
    await t.close();
    await stub.stop();
  });

  it('creates both indexes with every setting before it sends documents', async () => {
    for (const uid of ['questions', 'questions_without_answers']) {
      const settings = stub.settingsOf(uid);
      expect(settings?.filterableAttributes).toEqual(expect.arrayContaining(MEILI_SETTINGS.filterableAttributes));
      expect(settings?.rankingRules[0]).toBe('sort');
      expect(settings?.pagination.maxTotalHits).toBeGreaterThanOrEqual(10_100);
    }
    expect(stub.settingsOf('questions_without_answers')?.searchableAttributes).not.toContain('answer');
    // The index without answers holds no answer text at all.
    const withoutAnswers = [...(stub.indexes.get('questions_without_answers')?.documents.values() ?? [])];
    expect(withoutAnswers.length).toBeGreaterThan(0);
    expect(withoutAnswers.every((d) => d.answer === null && d.status !== 'published')).toBe(true);
  });

  it('keeps the outbox rows of a task that failed on the server, retries them and reports degraded', async () => {
    const set = await registerSet({ subject: 'Fietsparkeren Lammenschans' });
    stub.failNextTask = 'internal';
    const result = await service.drainOutbox();
    expect(result.sent).toBe(0);
    const rows = await pending();
    expect(rows).toHaveLength(1);
    expect(rows[0].attempts).toBe(1);
    expect(rows[0].last_error).toContain('failed');
    expect(await health()).toEqual({ engine: 'meilisearch', degraded: true, backlog: 1 });
    await retryNow();
    expect((await service.drainOutbox()).sent).toBe(1);
    expect(await pending()).toEqual([]);
    expect([...stub.documents.values()].some((d) => d.questionSetId === set.id)).toBe(true);
    expect(await health()).toEqual({ engine: 'meilisearch', degraded: false, backlog: 0 });
  });

  it('repairs an index that lost its settings (a server restarted empty) before sending again', async () => {
    stub.wipe();
    // A search against the half-configured index is refused: it falls back without marking the engine down.
    await registerSet({ subject: 'Zwerfafval Breestraat' });
    const first = await service.drainOutbox();
    expect(first.sent + first.failed).toBe(1);
    if (first.failed === 1) {
      await retryNow();
      expect((await service.drainOutbox()).sent).toBe(1);
    }
    expect(stub.settingsOf('questions')?.filterableAttributes).toEqual(
      expect.arrayContaining(MEILI_SETTINGS.filterableAttributes),
    );
    await service.reindex(() => undefined);
    expect((await service.drainOutbox()).failed).toBe(0);
    const body = (await http().get('/api/search').query({ q: 'zwerfafval' }).set('Authorization', clerk).expect(200))
      .body;
    expect(body.engine).toBe('meilisearch');
    expect(body.items.length).toBeGreaterThanOrEqual(4);
  });

  it('falls back for one refused search, marks the settings for repair, and the worker repairs them', async () => {
    // Someone removed the filterable attributes by hand: searches with a filter are refused (400).
    const index = stub.indexes.get('questions');
    if (!index) throw new Error('no index');
    index.settings.filterableAttributes = [];
    const refused = (
      await http().get('/api/search').query({ q: 'zwerfafval', municipality: 'leiden' }).set('Authorization', clerk)
    ).body;
    expect(refused.engine).toBe('postgres');
    expect(refused.items.length).toBeGreaterThan(0);
    expect((await health()).degraded).toBe(true);
    await registerSet({ subject: 'Zwerfafval Nieuwe Rijn' });
    expect((await service.drainOutbox()).sent).toBe(1);
    expect(index.settings.filterableAttributes).toEqual(expect.arrayContaining(MEILI_SETTINGS.filterableAttributes));
    expect((await health()).degraded).toBe(false);
    const repaired = (
      await http().get('/api/search').query({ q: 'zwerfafval', municipality: 'leiden' }).set('Authorization', clerk)
    ).body;
    expect(repaired.engine).toBe('meilisearch');
  });

  it('answers snippets as text and ranges, cropped with an ellipsis, and the page escapes markup in them', async () => {
    const set = await registerSet({
      subject: 'Vuurwerk <script>alert(1)</script> Breestraat',
      receivedOn: '2024-03-01',
    });
    const filler = Array.from({ length: 60 }, (_, i) => `woord${i}`).join(' ');
    await answerAndPublish(
      set,
      `${filler} De <mark>nep</mark> <script>alert(2)</script> vuurwerkoverlast neemt af. ${filler}`,
      { publish: true, answeredOn: '2024-04-01' },
    );
    expect((await service.drainOutbox()).failed).toBe(0);
    const body = (await http().get('/api/search').query({ q: 'vuurwerkoverlast' }).expect(200)).body;
    expect(body.engine).toBe('meilisearch');
    const hit = body.items.find((h: { questionSetId: number }) => h.questionSetId === set.id);
    const answer = hit.snippets.answer as { text: string; highlights: { start: number; end: number }[] };
    expect(answer.text.startsWith('… ')).toBe(true);
    expect(answer.text.endsWith(' …')).toBe(true);
    expect(answer.highlights.map((r) => answer.text.slice(r.start, r.end))).toEqual(['vuurwerkoverlast']);
    expect(answer.text).toContain('<mark>nep</mark> <script>alert(2)</script>');
    expect(hit.snippets.subject).toEqual({ text: 'Vuurwerk <script>alert(1)</script> Breestraat', highlights: [] });
    const page = (await http().get('/zoeken').query({ q: 'vuurwerkoverlast' }).expect(200)).text;
    expect(page).toContain(
      '&lt;mark&gt;nep&lt;/mark&gt; &lt;script&gt;alert(2)&lt;/script&gt; <mark>vuurwerkoverlast</mark>',
    );
    expect(page).toContain('Vuurwerk &lt;script&gt;alert(1)&lt;/script&gt; Breestraat');
    expect(page).not.toMatch(/<script>alert|<mark>nep/);
  });

  it('answers 400 to an impossible date without marking the engine down', async () => {
    const bad = await http().get('/api/search').query({ q: 'zwerfafval', from: '2024-13-01' }).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    await http().get('/api/search').query({ q: 'zwerfafval', to: '2024-02-30' }).expect(400);
    const next = (await http().get('/api/search').query({ q: 'zwerfafval' }).expect(200)).body;
    expect(next.engine).toBe('meilisearch');
    expect(next.degraded).toBe(false);
  });

  it('finds similar answered questions (filters on hasAnswer, not on the unfilterable answer)', async () => {
    const body = (
      await http()
        .post('/api/search/similar')
        .set('Authorization', clerk)
        .send({ municipality: 'leiden', text: 'Wordt het zwerfafval vaker opgeruimd?' })
        .expect(200)
    ).body;
    expect(body.engine).toBe('meilisearch');
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((h: { answer: string | null }) => h.answer !== null)).toBe(true);
    expect(stub.searches.at(-1)?.filter).toContain('hasAnswer = true');
  });

  it('sorts by date with a query, for staff and for a party merging its two lists', async () => {
    for (const token of [clerk, party]) {
      const body = (
        await http().get('/api/search').query({ q: 'zwerfafval', sort: 'date' }).set('Authorization', token).expect(200)
      ).body;
      expect(body.engine).toBe('meilisearch');
      const subjects = body.items.map((h: { subject: string }) => h.subject);
      // The published 2023 set mentions the word most often, yet comes after the newer ones.
      expect(subjects[subjects.length - 1]).toBe('Zwerfafval Stationsplein');
      expect(subjects.length).toBeGreaterThan(1);
    }
  });

  it("keeps a party's unpublished answer out of its results while finding its own question", async () => {
    const own = (await http().get('/api/search').query({ q: 'morspoort' }).set('Authorization', party).expect(200))
      .body;
    expect(own.engine).toBe('meilisearch');
    // One hit per question of the set, none with an answer.
    expect(own.items).toHaveLength(3);
    expect(
      own.items.every(
        (h: { subject: string; answer: string | null }) => h.subject === 'Zwerfafval Morspoort' && h.answer === null,
      ),
    ).toBe(true);
    const secret = (
      await http().get('/api/search').query({ q: 'kauwgomtegels' }).set('Authorization', party).expect(200)
    ).body;
    expect(secret.items).toEqual([]);
    expect(stub.searches.at(-1)?.attributesToSearchOn).toBeUndefined();
  });

  it('pushes the thesaurus as synonyms with the query stop words, and an admin entry at the next run', async () => {
    const before = stub.settingsOf('questions');
    expect(before?.synonyms.azc).toEqual(expect.arrayContaining(['asielzoekerscentrum']));
    expect(before?.stopWords).toEqual(expect.arrayContaining(['hoe', 'wat']));
    await http()
      .post('/api/search/thesaurus')
      .set('Authorization', admin)
      .send({ terms: ['kauwgomtegel', 'stoeptegel met kauwgom'] })
      .expect(201);
    // No set changed: the worker's run pushes the settings change all the same.
    await service.drainOutbox();
    for (const uid of ['questions', 'questions_without_answers']) {
      expect(stub.settingsOf(uid)?.synonyms.kauwgomtegel).toEqual(['stoeptegel met kauwgom']);
    }
  });

  it('relaxes to the hits with most words when every word finds too few, and says so', async () => {
    // One meaningful word (stop words dropped): never relaxed.
    const strict = (
      await http().get('/api/search').query({ q: 'het zwerfafval' }).set('Authorization', clerk).expect(200)
    ).body;
    expect(strict.engine).toBe('meilisearch');
    expect(strict.relaxed).toBe(false);
    expect(stub.searches.at(-1)?.matchingStrategy).toBe('all');
    const relaxed = (
      await http()
        .get('/api/search')
        .query({ q: 'zwerfafval lantaarnpaalbeleid' })
        .set('Authorization', clerk)
        .expect(200)
    ).body;
    expect(relaxed.engine).toBe('meilisearch');
    expect(relaxed.relaxed).toBe(true);
    expect(relaxed.items.length).toBeGreaterThan(0);
    // Every word first, then the relaxed strategy (one request per visibility branch each).
    const strategies = stub.searches.slice(-4).map((b) => b.matchingStrategy);
    expect(strategies).toContain('all');
    expect(strategies.at(-1)).toBe('frequency');
  });

  it('reads a party or municipality named in the query as a filter, as PostgreSQL does, and says so', async () => {
    const search = async (q: string) =>
      (await http().get('/api/search').query({ q }).set('Authorization', clerk).expect(200)).body as {
        engine: string;
        interpreted: Record<string, string> | null;
        items: { subject: string }[];
      };
    const named = await search('cda zwerfafval');
    expect(named.engine).toBe('meilisearch');
    expect(named.interpreted).toEqual({ party: 'CDA', as: 'filter' });
    expect([...new Set(named.items.map((i) => i.subject))]).toEqual(['Zwerfafval Haarlemmerstraat']);
    // The name left the words and became the exact-name filter.
    expect(stub.searches.at(-1)?.q).toBe('zwerfafval');
    expect(String(stub.searches.at(-1)?.filter)).toContain('partyKey');
    const place = await search('zwerfafval leiden');
    expect(place.interpreted).toEqual({ municipality: 'leiden', municipalityName: 'Leiden', as: 'filter' });
    // A name that narrows to nothing: the words as typed, no interpretation.
    const none = await search('groenlinks haarlemmerstraat');
    expect(none.interpreted).toBeNull();
    expect(stub.searches.at(-1)?.q).toBe('groenlinks haarlemmerstraat');
  });

  it('pages past 1,000 hits up to the API offset limit, and says when a facet was cut', async () => {
    const documents: MeiliQuestionDocument[] = Array.from({ length: 1_100 }, (_, i) => ({
      id: 1_000_000 + i,
      questionSetId: 1_000_000 + i,
      municipality: 'leiden',
      municipalityId,
      party: `Partij ${i}`,
      partyKey: null,
      partyId: null,
      portfolioHolder: null,
      portfolioHolderKey: null,
      status: 'published',
      number: '1',
      position: 0,
      subject: `Lantaarnpaal ${i}`,
      question: 'Wanneer wordt de lantaarnpaal vervangen?',
      answer: 'Volgend jaar.',
      hasAnswer: true,
      meta: '',
      answerMeta: '',
      answeredOn: '2024-01-01',
      year: 2024,
      date: 19_000 + i,
      documentIds: [],
      answerDocumentIds: [],
      openCommitments: false,
      registered: true,
    }));
    await engine.replaceSets(
      documents.map((d) => d.questionSetId),
      documents,
    );
    const body = (
      await http()
        .get('/api/search')
        .query({ q: 'lantaarnpaal', sort: 'date', offset: 1_050, limit: 20 })
        .set('Authorization', admin)
        .expect(200)
    ).body;
    expect(body.engine).toBe('meilisearch');
    expect(body.total).toBe(1_100);
    expect(body.items).toHaveLength(20);
    expect(body.items[0].subject).toBe('Lantaarnpaal 49');
    // 1,100 parties: the facet is cut at 1,000 values and says so.
    expect(Object.keys(body.facets.party)).toHaveLength(1_000);
    expect(body.facetsEstimated).toBe(true);
  });
});
