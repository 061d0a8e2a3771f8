import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createMunicipality } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const SEED = readFileSync(join(__dirname, 'fixtures/seeds/002_61424de74e848507.txt'));
const QUESTIONS_ONLY = readFileSync(join(__dirname, 'fixtures/parsing/email.txt'));

/** The binary body of a supertest response. */
const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

/**
 * Issue 19: the original file is kept with the imported set and downloadable (API and the set's page)
 * wherever the set is visible; a file with answers follows their embargo. Anonymous, fractie, griffie.
 */
describe('the original file of an imported set', () => {
  let t: TestApp;
  let clerk: string;
  let party: string;
  let otherClerk: string;
  let embargoed: number;
  let registered: number;
  const http = () => request(t.app.getHttpServer());

  const importFile = async (file: Buffer, filename: string, status: string): Promise<number> => {
    const preview = await http()
      .post('/api/imports/preview')
      .set('Authorization', clerk)
      .field('reference', '2024-11-05')
      .attach('file', file, filename)
      .expect(200);
    const committed = await http()
      .post('/api/imports')
      .set('Authorization', clerk)
      .field('set', JSON.stringify({ ...preview.body, status }))
      .attach('file', file, filename)
      .expect(201);
    return committed.body.setId as number;
  };

  const download = (path: string, token?: string) => {
    const req = http().get(path).buffer(true).parse(binary);
    return token ? req.set('Authorization', token) : req;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const amersfoort = await createMunicipality(t, { slug: 'amersfoort', name: 'Amersfoort' });
    const utrecht = await createMunicipality(t, { slug: 'utrecht', name: 'Utrecht' });
    clerk = await t.token('clerk', amersfoort.id);
    otherClerk = await t.token('clerk', utrecht.id);
    embargoed = await importFile(SEED, 'Beantwoording "raadsvragen" één.txt', 'answered');
    registered = await importFile(QUESTIONS_ONLY, 'C:\\mail\\vragen buurthuis.txt', 'registered');
    const set = await http().get(`/api/question-sets/${embargoed}`).set('Authorization', clerk).expect(200);
    party = await t.token('party', amersfoort.id, { partyId: set.body.party.id });
  });

  afterAll(() => t.close());

  it('gives the griffie the stored bytes as an attachment with a safe filename, not cached', async () => {
    const res = await download(`/api/imports/sets/${embargoed}/original`, clerk).expect(200);
    expect(Buffer.compare(res.body as Buffer, SEED)).toBe(0);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Beantwoording_raadsvragen_een.txt"; filename*=UTF-8''${encodeURIComponent('Beantwoording "raadsvragen" één.txt')}`,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers.etag).toBe(`"${createHash('sha256').update(SEED).digest('hex')}"`);
    // The folder part of an uploaded name is not kept.
    const other = await download(`/api/imports/sets/${registered}/original`, clerk).expect(200);
    expect(other.headers['content-disposition']).toMatch(/^attachment; filename="vragen_buurthuis.txt"/);
  });

  it('keeps a file with answers under embargo: not for anonymous visitors, the fractie or another municipality', async () => {
    for (const token of [undefined, party, otherClerk]) {
      const res = await download(`/api/imports/sets/${embargoed}/original`, token).expect(404);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    await download(`/vragen/${embargoed}/origineel`).expect(404);
    const page = await http().get(`/vragen/${embargoed}`).set('Authorization', party);
    expect(page.text).not.toContain('/origineel');
  });

  it('lets everyone who sees a registered set download its questions-only file, not cached', async () => {
    // Amersfoort publishes questions on registration (the default), so anonymous visitors see the set.
    await http().get(`/api/question-sets/${registered}`).expect(200);
    const res = await download(`/api/imports/sets/${registered}/original`).expect(200);
    expect(Buffer.compare(res.body as Buffer, QUESTIONS_ONLY)).toBe(0);
    expect(res.headers['cache-control']).toBe('no-store');
    await download(`/api/imports/sets/${registered}/original`, party).expect(200);
    const page = await http().get(`/vragen/${registered}`).expect(200);
    expect(page.text).toContain(`href="/vragen/${registered}/origineel"`);
  });

  it('opens the file with answers to everyone once the set is published, from the API and the set page', async () => {
    const set = await http().get(`/api/question-sets/${embargoed}`).set('Authorization', clerk).expect(200);
    await http()
      .post(`/api/question-sets/${embargoed}/publish`)
      .set('Authorization', clerk)
      .send({ version: set.body.version, publishedOn: '2024-11-20' })
      .expect(200);
    for (const token of [undefined, party]) {
      const res = await download(`/api/imports/sets/${embargoed}/original`, token).expect(200);
      expect(Buffer.compare(res.body as Buffer, SEED)).toBe(0);
      expect(res.headers['cache-control']).toBe('public, max-age=300');
    }
    const page = await http().get(`/vragen/${embargoed}`).expect(200);
    expect(page.text).toContain(`href="/vragen/${embargoed}/origineel"`);
    const web = await download(`/vragen/${embargoed}/origineel`).expect(200);
    expect(Buffer.compare(web.body as Buffer, SEED)).toBe(0);
    expect(web.headers['content-disposition']).toMatch(/^attachment; /);
  });

  it('answers 404 for a set that was not imported or does not exist', async () => {
    await download('/api/imports/sets/999999/original', clerk).expect(404);
    await download('/vragen/999999/origineel').expect(404);
  });
});
