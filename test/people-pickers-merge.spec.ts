import request from 'supertest';
import { DemoService } from '../src/demo/demo.service';
import { createTestApp, TestApp } from './support/test-app';
import { csrfOf, loginAgent } from './support/web';

/** The set ids a page links to (`/vragen/:id`). */
function setIdsOn(html: string): number[] {
  return [...html.matchAll(/href="\/vragen\/(\d+)"/g)].map((m) => Number(m[1]));
}

describe('pickers for party, submitters and portfolio holder, and merging two that are the same', () => {
  let t: TestApp;
  let token: string;
  let clerk: ReturnType<typeof request.agent>;
  const http = () => request(t.app.getHttpServer());
  const personId = async (name: string): Promise<number> =>
    (await t.dataSource.query(`SELECT id FROM person WHERE name = $1`, [name]))[0]?.id;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.current = '2026-11-20';
    const credentials = await t.app.get(DemoService).loadDemoData();
    token = `Bearer ${credentials.tokens.find((x) => x.municipality === 'amersfoort')?.secret ?? ''}`;
    const account = credentials.webAccounts.find((a) => a.email === 'griffie@amersfoort.demo');
    clerk = await loginAgent(t.app.getHttpServer(), account?.email ?? '', account?.password ?? '');
  });

  afterAll(() => t.close());

  it('offers the municipality own parties and people on the register form, not free text', async () => {
    const form = await clerk.get('/beheer/vragen/nieuw').expect(200);
    const holder = await personId('Paffen-Zeenni');
    expect(form.text).toContain('<select id="veld-partyId" name="partyId">');
    expect(form.text).toContain('<select id="veld-portfolioHolderId" name="portfolioHolderId">');
    expect(form.text).toContain('<select id="veld-submitters-0-id" name="submitters[0][id]">');
    expect(form.text).toMatch(new RegExp(`<option value="${holder}">Paffen-Zeenni`));
    expect(form.text).not.toContain('name="portfolioHolder"');
  });

  it('refuses a chosen id of another municipality, a new name without choosing "nieuw", and a typo of an existing name', async () => {
    const form = await clerk.get('/beheer/vragen/nieuw').expect(200);
    const base = {
      _csrf: csrfOf(form.text),
      subject: 'Speelplekken',
      receivedOn: '2026-11-18',
      'questions[0][number]': '1',
      'questions[0][text]': 'Hoeveel speelplekken zijn er?',
    };
    const foreign = await clerk
      .post('/beheer/vragen')
      .type('form')
      .send({ ...base, portfolioHolderId: '999999' })
      .expect(400);
    expect(foreign.text).toContain('Portefeuillehouder kies een portefeuillehouder uit de lijst.');
    const unchosen = await clerk
      .post('/beheer/vragen')
      .type('form')
      .send({ ...base, newPortfolioHolder: 'J. Jansen' })
      .expect(400);
    expect(unchosen.text).toContain('wordt alleen gebruikt als u &quot;Nieuwe persoon&quot; kiest');
    const typo = await clerk
      .post('/beheer/vragen')
      .type('form')
      .send({ ...base, portfolioHolderId: 'nieuw', newPortfolioHolder: 'Paffen Zeenni' })
      .expect(400);
    expect(typo.text).toContain('bestaat al als &quot;Paffen-Zeenni&quot;: kies die uit de lijst.');
    expect(await personId('Paffen Zeenni')).toBeUndefined();
  });

  it('registers a set with chosen people, and a new submitter only when "nieuw" is chosen', async () => {
    const form = await clerk.get('/beheer/vragen/nieuw').expect(200);
    const [party] = await t.dataSource.query(`SELECT id FROM party WHERE name = 'D66'`);
    const holder = await personId('Paffen-Zeenni');
    const created = await clerk
      .post('/beheer/vragen')
      .type('form')
      .send({
        _csrf: csrfOf(form.text),
        subject: 'Schaduw op schoolpleinen',
        receivedOn: '2026-11-18',
        partyId: String(party.id),
        portfolioHolderId: String(holder),
        'submitters[0][id]': 'nieuw',
        'submitters[0][new]': 'M. Nieuwkomer',
        'questions[0][number]': '1',
        'questions[0][text]': 'Hoeveel schoolpleinen hebben geen schaduw?',
      })
      .expect(303);
    const id = Number(/\/vragen\/(\d+)/.exec(created.headers.location)?.[1]);
    const set = await http().get(`/api/question-sets/${id}`).set('Authorization', token).expect(200);
    expect(set.body).toMatchObject({
      party: { id: party.id, name: 'D66' },
      portfolioHolder: { id: holder, name: 'Paffen-Zeenni' },
      submitters: ['M. Nieuwkomer'],
    });
  });

  it('merges a typo\'d second alderman into the right one: "Paffen Zeenni" — the set appears on her page', async () => {
    // The API still takes names (imports, other systems): that is how the typo came in.
    const typo = await http()
      .post('/api/question-sets')
      .set('Authorization', token)
      .send({
        municipality: 'amersfoort',
        status: 'registered',
        subject: 'Bankjes in het Park Randenbroek',
        party: 'GroenLinks',
        submitters: ['J. de Vries'],
        portfolioHolder: 'Paffen Zeenni',
        receivedOn: '2026-11-16',
        questions: [{ number: '1', text: 'Komen er meer bankjes?' }],
      })
      .expect(201);
    const right = await personId('Paffen-Zeenni');
    const wrong = await personId('Paffen Zeenni');
    expect(wrong).toBeDefined();
    const before = await http().get(`/portefeuillehouders/${right}`).expect(200);
    expect(setIdsOn(before.text)).not.toContain(typo.body.id);

    const page = await clerk.get('/beheer/samenvoegen').expect(200);
    expect(page.text).toContain('Waarschijnlijk dezelfde: Paffen Zeenni en Paffen-Zeenni');
    const done = await clerk
      .post('/beheer/samenvoegen')
      .type('form')
      .send({ _csrf: csrfOf(page.text), soort: 'persoon', bewaren: String(right), opheffen: String(wrong) })
      .expect(303);
    const after = await clerk.get(done.headers.location).expect(200);
    expect(after.text).toContain('&quot;Paffen Zeenni&quot; is samengevoegd met &quot;Paffen-Zeenni&quot;.');

    expect(await personId('Paffen Zeenni')).toBeUndefined();
    const herPage = await http().get(`/portefeuillehouders/${right}`).expect(200);
    expect(setIdsOn(herPage.text)).toContain(typo.body.id);
    const set = await http().get(`/api/question-sets/${typo.body.id}`).set('Authorization', token).expect(200);
    expect(set.body.portfolioHolder).toEqual(expect.objectContaining({ id: right, name: 'Paffen-Zeenni' }));
    // Search indexed the kept name in the merge's transaction.
    const found = await http()
      .get('/api/search')
      .query({ q: 'bankjes', portfolioHolder: 'Paffen-Zeenni' })
      .set('Authorization', token)
      .expect(200);
    expect(found.body.items.map((h: { questionSetId: number }) => h.questionSetId)).toContain(typo.body.id);
    const history = await t.dataSource.query(
      `SELECT action, entity_id FROM audit_event WHERE action = 'person.merged' ORDER BY id DESC LIMIT 1`,
    );
    expect(history).toEqual([{ action: 'person.merged', entity_id: String(right) }]);
  });

  it('merges two parties over the API: sets, submitters and commitments follow, in one transaction', async () => {
    const admin = await t.token('admin', null);
    const created = await http()
      .post('/api/parties')
      .set('Authorization', admin)
      .send({ municipality: 'amersfoort', name: 'Groen Links' })
      .expect(201);
    const set = await http()
      .post('/api/question-sets')
      .set('Authorization', token)
      .send({
        municipality: 'amersfoort',
        status: 'registered',
        subject: 'Afvalbakken',
        party: 'Groen Links',
        submitters: ['J. de Vries', 'A. Tweede'],
        receivedOn: '2026-11-17',
        questions: [{ number: '1', text: 'Komen er meer afvalbakken?' }],
      })
      .expect(201);
    const [kept] = await t.dataSource.query(`SELECT id FROM party WHERE name = 'GroenLinks'`);
    const otherClerk = await t.token(
      'clerk',
      (await t.dataSource.query(`SELECT id FROM municipality WHERE slug <> 'amersfoort' LIMIT 1`))[0].id,
    );
    await http()
      .post('/api/parties/merge')
      .set('Authorization', otherClerk)
      .send({ keep: kept.id, remove: created.body.id })
      .expect(404);
    await http()
      .post('/api/parties/merge')
      .set('Authorization', token)
      .send({ keep: kept.id, remove: kept.id })
      .expect(400);
    const merged = await http()
      .post('/api/parties/merge')
      .set('Authorization', token)
      .send({ keep: kept.id, remove: created.body.id })
      .expect(200);
    expect(merged.body).toEqual({
      kind: 'party',
      kept: { id: kept.id, name: 'GroenLinks' },
      removed: { id: created.body.id, name: 'Groen Links' },
    });
    const after = await http().get(`/api/question-sets/${set.body.id}`).set('Authorization', token).expect(200);
    expect(after.body.party).toEqual(expect.objectContaining({ id: kept.id, name: 'GroenLinks' }));
    expect(after.body.submitters).toEqual(['J. de Vries', 'A. Tweede']);
    await http()
      .post('/api/parties/merge')
      .set('Authorization', token)
      .send({ keep: kept.id, remove: created.body.id })
      .expect(404);
  });

  it('keeps submitters in order and once when both people signed the same set', async () => {
    const set = await http()
      .post('/api/question-sets')
      .set('Authorization', token)
      .send({
        municipality: 'amersfoort',
        status: 'registered',
        subject: 'Dubbel getekend',
        submitters: ['B. Eerste', 'J. de Vries', 'J de Vries'],
        receivedOn: '2026-11-17',
        questions: [{ number: '1', text: 'Wie tekende?' }],
      })
      .expect(201);
    await http()
      .post('/api/people/merge')
      .set('Authorization', token)
      .send({ keep: await personId('J. de Vries'), remove: await personId('J de Vries') })
      .expect(200);
    const after = await http().get(`/api/question-sets/${set.body.id}`).set('Authorization', token).expect(200);
    expect(after.body.submitters).toEqual(['B. Eerste', 'J. de Vries']);
  });
});
