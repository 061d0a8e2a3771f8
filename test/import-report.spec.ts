import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createMunicipality } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const SEED = readFileSync(join(__dirname, 'fixtures/seeds/002_61424de74e848507.txt'));

/** Issue 19: the import report — warnings kept with the set, near-duplicates, wrong municipality, entered answer date. */
describe('import report', () => {
  let t: TestApp;
  let clerk: string;
  let utrechtClerk: string;
  const http = () => request(t.app.getHttpServer());

  const preview = (file: Buffer, filename: string, token: string, fields: Record<string, string> = {}) => {
    const req = http().post('/api/imports/preview').set('Authorization', token);
    for (const [name, value] of Object.entries(fields)) req.field(name, value);
    return req.attach('file', file, filename);
  };

  beforeAll(async () => {
    t = await createTestApp();
    const amersfoort = await createMunicipality(t, { slug: 'amersfoort', name: 'Amersfoort' });
    const utrecht = await createMunicipality(t, { slug: 'utrecht', name: 'Utrecht' });
    clerk = await t.token('clerk', amersfoort.id);
    utrechtClerk = await t.token('clerk', utrecht.id);
  });

  afterAll(() => t.close());

  it('warns when the document names another municipality than the one chosen', async () => {
    const res = await preview(SEED, 'vragen.txt', utrechtClerk).expect(200);
    expect(res.body.municipality).toBe('Utrecht');
    expect(res.body.warnings[0]).toBe(
      'Het document noemt gemeente Amersfoort, maar u importeert in Utrecht; controleer de gemeente.',
    );
    const own = await preview(SEED, 'vragen.txt', clerk).expect(200);
    expect(own.body.warnings.join(' ')).not.toMatch(/noemt gemeente/);
  });

  it('reads an answer letter without its questions and says the questions must be added before saving', async () => {
    const letter = Buffer.from(
      [
        'Gemeente Amersfoort',
        '',
        'Datum: 20 februari 2025',
        'Onderwerp: vragen over de kinderboerderij',
        '',
        'Geachte mevrouw Jansen,',
        '',
        'Op 12 januari 2025 heeft u twee vragen gesteld over de openingstijden van de kinderboerderij.',
        '',
        'Antwoord 1',
        'De kinderboerderij blijft op zondag open.',
        '',
        'Antwoord 2',
        'Nee, de toegang blijft gratis.',
        '',
        'Met vriendelijke groet,',
      ].join('\n'),
    );
    const res = await preview(letter, 'antwoorden.txt', clerk).expect(200);
    expect(res.body.questions).toEqual([]);
    expect(res.body.answers).toHaveLength(2);
    expect(res.body.warnings).toContain(
      'De brief bevat alleen de antwoorden, niet de vragen; neem de vragen over uit de brief van de indiener voordat u opslaat.',
    );
    // Saved as read, without questions, it is refused in the griffie's words, and nothing is stored.
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM question_set`);
    const saved = await http()
      .post('/api/imports')
      .set('Authorization', clerk)
      .field('set', JSON.stringify(res.body))
      .attach('file', letter, 'antwoorden.txt');
    expect(saved.status).toBe(400);
    expect(JSON.stringify(saved.body)).toMatch(/minstens één vraag/);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM question_set`)).toEqual(before);
  });

  it('computes the commitments against the answer date entered', async () => {
    const res = await preview(SEED, 'vragen.txt', clerk, { answeredOn: '2025-06-02' }).expect(200);
    expect(res.body.answeredOn).toBe('2025-06-02');
    // "In april komend jaar" counted from June 2025 is April 2026; "rond april 2025" is then past.
    expect(res.body.commitments.map((c: { deadline: string }) => c.deadline)).toContain('2026-04-30');
    expect(res.body.commitments.map((c: { deadline: string }) => c.deadline)).not.toContain('2025-04-30');
  });

  it('stores the warnings with the set until the griffie dismisses them, and finds the same text in other bytes', async () => {
    const first = await preview(SEED, 'vragen.txt', clerk, { reference: '2024-11-05' }).expect(200);
    expect(first.body.nearDuplicate).toBeNull();
    const warnings: string[] = first.body.warnings;
    expect(warnings.length).toBeGreaterThan(0);
    const committed = await http()
      .post('/api/imports')
      .set('Authorization', clerk)
      .field('set', JSON.stringify(first.body))
      .attach('file', SEED, 'vragen.txt')
      .expect(201);
    const setId: number = committed.body.setId;

    const report = await http().get(`/api/imports/sets/${setId}/report`).set('Authorization', clerk).expect(200);
    expect(report.body).toEqual({ setId, warnings, dismissedAt: null });

    // The same file: the set it became. The same text saved again (other line endings, spacing): a near-duplicate.
    const same = await preview(SEED, 'vragen.txt', clerk).expect(200);
    expect(same.body.existing).toEqual({ setId });
    expect(same.body.nearDuplicate).toBeNull();
    const resaved = Buffer.from(SEED.toString('utf8').replace(/\n/g, '\r\n').replace(/ {2,}/g, ' '));
    const near = await preview(resaved, 'vragen-opnieuw.txt', clerk).expect(200);
    expect(near.body.existing).toBeNull();
    expect(near.body.nearDuplicate).toEqual({ setId });
    expect(near.body.warnings[0]).toBe(
      `Vragenset ${setId} heeft dezelfde tekst uit een ander bestand; controleer of dit document al is ingelezen.`,
    );

    await http().post(`/api/imports/sets/${setId}/report/dismiss`).set('Authorization', utrechtClerk).expect(404);
    const dismissed = await http()
      .post(`/api/imports/sets/${setId}/report/dismiss`)
      .set('Authorization', clerk)
      .expect(200);
    expect(dismissed.body.dismissedAt).toEqual(expect.any(String));
    const after = await http().get(`/api/imports/sets/${setId}/report`).set('Authorization', clerk).expect(200);
    expect(after.body.dismissedAt).toBe(dismissed.body.dismissedAt);
  });
});
