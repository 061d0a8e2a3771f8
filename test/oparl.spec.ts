import request from 'supertest';
import { DemoService } from '../src/demo/demo.service';
import { createMunicipality, questionSetBody } from './support/factories';
import { listItemType, oparlErrors } from './support/oparl-schema';
import { createTestApp, TestApp } from './support/test-app';

const BASE = 'http://raadsvragen.test';
const EMBARGO_MARKER = 'Zeppelinkwestie';

type Json = Record<string, unknown>;

describe('OParl 1.1 endpoint', () => {
  let t: TestApp;
  let http: ReturnType<typeof request>;
  let slug: string;
  const ids: Record<string, number> = {};

  const path = (url: string) => {
    expect(url.startsWith(`${BASE}/oparl/v1`)).toBe(true);
    return url.slice(BASE.length);
  };
  const get = async (url: string): Promise<Json> => (await http.get(path(url)).expect(200)).body as Json;

  beforeAll(async () => {
    t = await createTestApp();
    http = request(t.app.getHttpServer());
    await t.app.get(DemoService).loadDemoData();
    const municipality = await createMunicipality(t, { name: 'Zwolle', slug: 'zwolle' });
    // This file's expectations are those of a municipality that publishes questions only with their answers.
    await t.dataSource.query(`UPDATE municipality SET questions_public = false WHERE slug = 'zwolle'`);
    slug = municipality.slug;
    const clerk = await t.token('clerk', municipality.id);
    const create = async (overrides: Json) =>
      (
        await http
          .post('/api/question-sets')
          .set('Authorization', clerk)
          .send(questionSetBody(slug, overrides))
          .expect(201)
      ).body as { id: number; version: number };
    const answer = async (set: { id: number; version: number }, text: string) =>
      (
        await http
          .post(`/api/question-sets/${set.id}/answers`)
          .set('Authorization', clerk)
          .send({
            version: set.version,
            answeredOn: '2024-10-20',
            answers: [
              { questions: ['1'], text },
              {
                questions: ['2a', '2b'],
                text: 'Er waren drie meldingen.',
                documents: [
                  {
                    kind: 'council_letter',
                    reference: 'RIB-2024-7',
                    title: 'Raadsinformatiebrief meldingen',
                    url: 'https://zwolle.example/rib-7.pdf',
                  },
                ],
              },
            ],
          })
          .expect(200)
      ).body as { id: number; version: number };
    const published = await answer(
      await create({ reference: 'Z-1', subject: 'Gepubliceerd' }),
      'Dat doen wij jaarlijks.',
    );
    await http
      .post(`/api/question-sets/${published.id}/publish`)
      .set('Authorization', clerk)
      .send({ version: published.version, publishedOn: '2024-10-22' })
      .expect(200);
    ids.published = published.id;
    ids.embargo = (
      await answer(await create({ reference: 'Z-2', subject: 'Onder embargo' }), `Het ${EMBARGO_MARKER} loopt.`)
    ).id;
    ids.registered = (await create({ reference: 'Z-3', subject: 'Geregistreerd' })).id;
    const withdrawn = await create({ reference: 'Z-4', subject: 'Ingetrokken' });
    await http
      .post(`/api/question-sets/${withdrawn.id}/withdraw`)
      .set('Authorization', clerk)
      .send({ version: withdrawn.version, reason: 'Vervallen' })
      .expect(200);
    ids.withdrawn = withdrawn.id;
    const party = await t.token('party', municipality.id, {
      partyId: (await http.get('/api/parties').query({ municipality: slug })).body.items[0].id,
    });
    ids.draft = (
      await http
        .post('/api/question-sets')
        .set('Authorization', party)
        .send(questionSetBody(slug, { subject: 'Concept', status: 'draft', party: undefined }))
        .expect(201)
    ).body.id;
  });

  afterAll(() => t.close());

  /** Walks the endpoint from the System as a harvester does: every list page, every object by its id. */
  async function crawl(query: Record<string, string> = {}): Promise<{ objects: Json[]; raw: string[] }> {
    const objects: Json[] = [];
    const raw: string[] = [];
    const system = await get(`${BASE}/oparl/v1`);
    objects.push(system);
    const visitList = async (first: string, itemType: string) => {
      let url: string | undefined = `${first}?${new URLSearchParams({ limit: '2', ...query })}`;
      let pages = 0;
      while (url) {
        const response = await http.get(path(url)).expect(200);
        raw.push(response.text);
        const page = response.body as { data: Json[]; pagination: Json; links: Json };
        expect(Object.keys(page).sort()).toEqual(['data', 'links', 'pagination']);
        pages += 1;
        expect(page.pagination.currentPage).toBe(pages);
        for (const [name, value] of Object.entries(query))
          expect(String(page.links.self)).toContain(`${name}=${encodeURIComponent(value)}`);
        for (const item of page.data) {
          expect(String(item.type)).toBe(`https://schema.oparl.org/1.1/${itemType}`);
          objects.push(item);
          const own = await http.get(path(String(item.id))).expect(200);
          raw.push(own.text);
          expect(own.body).toEqual(item);
          await visitEmbedded(item);
        }
        url = page.links.next as string | undefined;
        if (url) expect(page.data).toHaveLength(2);
        else expect(page.links.self).toBe(page.links.last);
      }
      return pages;
    };
    const visitEmbedded = async (object: Json) => {
      for (const key of ['mainFile', 'auxiliaryFile', 'membership']) {
        const value = object[key];
        for (const embedded of (Array.isArray(value) ? value : value ? [value] : []) as Json[]) {
          objects.push(embedded);
          const own = await http.get(path(String(embedded.id))).expect(200);
          raw.push(own.text);
          expect(own.body).toEqual(embedded);
        }
      }
    };
    const bodies = await http.get(path(String(system.body))).expect(200);
    for (const body of bodies.body.data as Json[]) {
      objects.push(body);
      for (const list of ['organization', 'person', 'paper', 'meeting']) {
        await visitList(String(body[list]), listItemType('Body', list) as string);
      }
    }
    return { objects, raw };
  }

  it('serves only objects that validate against the OParl 1.1 schemas, over the demo data and fixtures', async () => {
    const { objects, raw } = await crawl();
    const errors = objects.flatMap((o) => oparlErrors(o).map((e) => `${String(o.id)}: ${e}`));
    expect(errors).toEqual([]);
    // OParl 1.1, 3.1: created and modified in every object, embedded ones too; no nulls (2.4).
    for (const object of objects) {
      if (object.type === 'https://schema.oparl.org/1.1/System') continue;
      expect([object.id, typeof object.created, typeof object.modified]).toEqual([object.id, 'string', 'string']);
    }
    expect(raw.join('\n')).not.toContain(':null');
    const types = new Map<string, number>();
    for (const o of objects)
      types.set(
        String(o.type).split('/').pop() as string,
        (types.get(String(o.type).split('/').pop() as string) ?? 0) + 1,
      );
    expect(Object.fromEntries(types)).toEqual(
      expect.objectContaining({
        System: 1,
        Body: 3,
        Organization: expect.any(Number),
        Person: expect.any(Number),
        Paper: expect.any(Number),
        File: expect.any(Number),
        Membership: expect.any(Number),
      }),
    );
    expect(types.get('Paper')).toBeGreaterThanOrEqual(5);
    // The validator itself refuses what the schemas refuse, embedded Files included.
    const paper = objects.find((o) => o.paperType === 'Schriftelijke vragen' && o.mainFile) as Json;
    expect(oparlErrors({ ...paper, date: '1 oktober 2024' })).not.toEqual([]);
    expect(oparlErrors({ ...paper, mainFile: { ...(paper.mainFile as Json), accessUrl: undefined } })).not.toEqual([]);
  });

  it('shows only what the public may see: no drafts, no embargoed answers, withdrawn sets only as deleted', async () => {
    const { objects, raw } = await crawl();
    const text = raw.join('\n');
    expect(text).not.toContain(EMBARGO_MARKER);
    const paperIds = objects.filter((o) => o.type === 'https://schema.oparl.org/1.1/Paper').map((o) => o.id);
    expect(paperIds).toContain(`${BASE}/oparl/v1/papers/${ids.published}`);
    expect(paperIds).not.toContain(`${BASE}/oparl/v1/papers/${ids.draft}`);
    expect(paperIds).not.toContain(`${BASE}/oparl/v1/papers/${ids.withdrawn}`);
    await http.get(`/oparl/v1/papers/${ids.draft}`).expect(404);
    await http.get(`/oparl/v1/files/antwoord-${ids.embargo}`).expect(404);

    const changed = await crawl({ modified_since: '2000-01-01T00:00:00+01:00' });
    const deleted = changed.objects.filter((o) => o.deleted === true);
    // The demo data holds a withdrawn set too (src/demo/demo-month.ts).
    const [demoWithdrawn] = await t.dataSource.query(
      `SELECT id FROM question_set WHERE status = 'withdrawn' AND id <> $1`,
      [ids.withdrawn],
    );
    expect(deleted).toEqual(
      [demoWithdrawn.id, ids.withdrawn]
        .sort((a, b) => a - b)
        .map((id) => ({
          id: `${BASE}/oparl/v1/papers/${id}`,
          type: 'https://schema.oparl.org/1.1/Paper',
          created: expect.any(String),
          modified: expect.any(String),
          deleted: true,
        })),
    );
    expect(changed.objects.flatMap((o) => oparlErrors(o))).toEqual([]);
    const later = await http
      .get(`/oparl/v1/bodies/${slug}/papers`)
      .query({ modified_since: '2999-01-01T00:00:00Z' })
      .expect(200);
    expect(later.body.data).toEqual([]);
  });

  it('maps a published set to a Paper with its questions, answer, people, fractie, college and related documents', async () => {
    const paper = await get(`${BASE}/oparl/v1/papers/${ids.published}`);
    expect(paper).toMatchObject({
      name: 'Gepubliceerd',
      reference: 'Z-1',
      date: '2024-10-01',
      paperType: 'Schriftelijke vragen',
      body: `${BASE}/oparl/v1/bodies/zwolle`,
      underDirectionOf: [expect.stringMatching(/\/organizations\/college-\d+$/)],
      originatorOrganization: [expect.stringMatching(/\/organizations\/fractie-\d+$/)],
      originatorPerson: [expect.stringMatching(/\/persons\/\d+$/)],
    });
    const related = await Promise.all((paper.relatedPaper as string[]).map(get));
    expect(related.map((p) => [p.paperType, p.reference]).sort()).toEqual([
      ['Motie', '2018-115M'],
      ['Raadsinformatiebrief', 'RIB-2024-7'],
    ]);
    const mainFile = paper.mainFile as Json;
    expect(mainFile.text).toContain('2a) Welke meldingen zijn er gedaan?');
    const content = await http.get(path(String(mainFile.accessUrl))).expect(200);
    expect(content.headers['content-type']).toMatch(/^text\/plain/);
    expect(content.headers['content-disposition']).toBeUndefined();
    expect(content.text).toBe(mainFile.text);
    const download = await http.get(path(String(mainFile.downloadUrl))).expect(200);
    expect(download.headers['content-disposition']).toBe('attachment; filename="vragen-Z-1.txt"');
    const [answer] = paper.auxiliaryFile as Json[];
    expect(answer).toMatchObject({ date: '2024-10-20', created: '2024-10-22T12:00:00+00:00', mimeType: 'text/plain' });
    expect(answer.text).toContain('Ad 2a en 2b.\nEr waren drie meldingen.');
    const person = await get(String((paper.originatorPerson as string[])[0]));
    expect(person.name).toBe('J. de Vries');
  });

  it('refuses bad filters with problem details and keeps paging stable', async () => {
    const bad = await http.get(`/oparl/v1/bodies/${slug}/papers`).query({ modified_since: 'gisteren' }).expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    await http.get(`/oparl/v1/bodies/${slug}/unknown`).expect(404);
    await http.get('/oparl/v1/bodies/nergens').expect(404);
    const page = await http.get(`/oparl/v1/bodies/${slug}/papers`).query({ limit: 1, page: 2 }).expect(200);
    expect(page.body.pagination).toEqual({ totalElements: 3, elementsPerPage: 1, currentPage: 2, totalPages: 3 });
    expect(page.body.links).toEqual({
      first: `${BASE}/oparl/v1/bodies/zwolle/papers?limit=1`,
      prev: `${BASE}/oparl/v1/bodies/zwolle/papers?limit=1`,
      self: `${BASE}/oparl/v1/bodies/zwolle/papers?limit=1&page=2`,
      next: `${BASE}/oparl/v1/bodies/zwolle/papers?limit=1&page=3`,
      last: `${BASE}/oparl/v1/bodies/zwolle/papers?limit=1&page=3`,
    });
  });
});
