import request from 'supertest';
import { createMunicipality, MunicipalityFixture } from './support/factories';
import { readMailbox } from './support/mailbox';
import { createTestApp, TestApp } from './support/test-app';
import { createWebUser, csrfOf, loginAgent } from './support/web';

const unescapeHtml = (s: string) => s.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');

/**
 * The daily work of issue 15: each test here failed before its fix (answers misfiled by the web
 * form, embargo leaks through the history, visitors unable to follow, and the smaller ones).
 */
describe('griffie workflow: nothing lost or misfiled', () => {
  let t: TestApp;
  let m: MunicipalityFixture;
  let clerk: string;
  let party: string;
  let partyId: number;
  const http = () => request(t.app.getHttpServer());

  /** The form's own field names and values, as a browser posts them (textareas by name). */
  function formFields(html: string): Record<string, string> {
    const fields: Record<string, string> = {};
    for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
      fields[match[1]] = match[2];
    return fields;
  }
  function textareaName(html: string, id: string): string {
    const found = new RegExp(`<textarea id="${id}" name="([^"]+)"`).exec(html);
    if (!found) throw new Error(`no textarea ${id}`);
    return found[1];
  }

  async function createSet(numbers: string[], extra: Record<string, unknown> = {}) {
    const response = await http()
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send({
        municipality: m.slug,
        subject: `Set ${numbers.join('-')} ${Math.random().toString(36).slice(2, 6)}`,
        party: 'Fractie Een',
        receivedOn: '2024-11-01',
        questions: numbers.map((number) => ({ number, text: `Vraag ${number}?` })),
        ...extra,
      })
      .expect(201);
    return response.body as { id: number; version: number };
  }

  beforeAll(async () => {
    t = await createTestApp();
    m = await createMunicipality(t, { slug: 'workflowstad', name: 'Workflowstad' });
    clerk = await t.token('clerk', m.id);
    await createWebUser(t, { email: 'griffie@workflowstad.test', role: 'clerk', municipalityId: m.id });
    await createSet(['1']);
    const [row] = await t.dataSource.query(`SELECT id FROM party WHERE name = 'Fractie Een'`);
    partyId = row.id;
    party = await t.token('party', m.id, { partyId });
  });

  afterAll(() => t.close());

  it.each([[['1', '2', '3']], [['1']]])(
    'files each answer under its own question on the web form (%j)',
    async (numbers) => {
      const set = await createSet(numbers);
      const agent = await loginAgent(t.app.getHttpServer(), 'griffie@workflowstad.test', 'geheim-wachtwoord-123');
      const form = await agent.get(`/vragen/${set.id}/antwoorden`).expect(200);
      const body: Record<string, string> = { ...formFields(form.text), answeredOn: '2024-11-15' };
      for (const n of numbers) body[textareaName(form.text, `antwoord-${n}`)] = `Antwoord op ${n}.`;
      await agent.post(`/vragen/${set.id}/antwoorden`).type('form').send(body).expect(303);
      const stored = await http().get(`/api/question-sets/${set.id}`).set('Authorization', clerk).expect(200);
      expect(stored.body.answers.map((a: { questions: string[]; text: string }) => [a.questions, a.text])).toEqual(
        numbers.map((n) => [[n], `Antwoord op ${n}.`]),
      );
      expect(stored.body.status).toBe('answered');
    },
  );

  it('shows the history only as far as the caller may see it: no embargoed answer, proposal or token label', async () => {
    const set = await createSet(['1', '2']);
    const first = await http()
      .post(`/api/question-sets/${set.id}/answers`)
      .set('Authorization', clerk)
      .send({
        version: set.version,
        answers: [
          { questions: ['1'], text: 'Vóór 1 maart 2025 sturen wij u een raadsinformatiebrief over de zuurkool.' },
          { questions: ['2'], text: 'Nee.' },
        ],
      })
      .expect(200);
    await http()
      .patch(`/api/question-sets/${set.id}/answers/${first.body.answers[1].id}`)
      .set('Authorization', clerk)
      .send({ version: first.body.answers[1].version, text: 'Nee, de spinazie niet.', reason: 'typefout' })
      .expect(200);
    const asClerk = await http().get(`/api/question-sets/${set.id}/history`).set('Authorization', clerk).expect(200);
    expect(JSON.stringify(asClerk.body)).toContain('spinazie');
    expect(JSON.stringify(asClerk.body)).toContain('zuurkool');
    for (const token of [party, undefined]) {
      const call = http().get(`/api/question-sets/${set.id}/history`);
      if (token) call.set('Authorization', token);
      const body = JSON.stringify((await call.expect(200)).body);
      expect(body).not.toContain('spinazie');
      expect(body).not.toContain('zuurkool');
      expect(body).not.toMatch(/token|rv_/i);
      expect(body).toContain('griffie');
    }
  });

  it('lets a visitor follow a set from its page and confirm by the mail link', async () => {
    const created = await createSet(['1']);
    const answered = await http()
      .post(`/api/question-sets/${created.id}/answers`)
      .set('Authorization', clerk)
      .send({ version: created.version, answers: [{ questions: ['1'], text: 'Ja.' }] })
      .expect(200);
    const set = (
      await http()
        .post(`/api/question-sets/${created.id}/publish`)
        .set('Authorization', clerk)
        .send({ version: answered.body.version })
        .expect(200)
    ).body;
    const agent = request.agent(t.app.getHttpServer());
    const page = await agent.get(`/vragen/${set.id}`).expect(200);
    const token = csrfOf(page.text);
    expect(token).not.toBe('');
    const before = readMailbox(t.config.dataDir).length;
    const followed = await agent
      .post(`/vragen/${set.id}/volgen`)
      .type('form')
      .send({ _csrf: token, email: 'bezoeker@example.test' })
      .expect(200);
    expect(followed.text).toContain('bezoeker@example.test');
    // Without the cookie the token is worth nothing: a page on another site cannot post it.
    await http()
      .post(`/vragen/${set.id}/volgen`)
      .type('form')
      .send({ _csrf: token, email: 'bezoeker@example.test' })
      .expect(403);
    const mails = readMailbox(t.config.dataDir);
    expect(mails.length).toBe(before + 1);
    const link = /https?:\/\/\S+\/volgen\/bevestigen\?token=[\w-]+/.exec(mails[mails.length - 1].text)?.[0];
    expect(link).toBeDefined();
    const confirmed = await http()
      .get(new URL(link as string).pathname + new URL(link as string).search)
      .expect(200);
    expect(confirmed.text).toMatch(/bevestigd|volgt/i);
  });

  it('links the printable commitments list so that it opens, for visitors and the griffie', async () => {
    const page = await http().get('/toezeggingen').expect(200);
    const links = [...page.text.matchAll(/href="(\/toezeggingen\/afdrukken[^"]*)"/g)].map((x) => unescapeHtml(x[1]));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) await http().get(link).expect(200);
    const agent = await loginAgent(t.app.getHttpServer(), 'griffie@workflowstad.test', 'geheim-wachtwoord-123');
    const own = await agent.get('/toezeggingen').expect(200);
    const ownLink = /href="(\/toezeggingen\/afdrukken[^"]*)"/.exec(own.text)?.[1] as string;
    await agent.get(unescapeHtml(ownLink)).expect(200);
  });

  it('shows a commitment fulfilled before its deadline as kept on time, not "te laat"', async () => {
    const set = await createSet(['1']);
    const answered = await http()
      .post(`/api/question-sets/${set.id}/answers`)
      .set('Authorization', clerk)
      .send({
        version: set.version,
        answeredOn: '2024-11-10',
        answers: [{ questions: ['1'], text: 'Vóór 1 december 2024 sturen wij u een raadsinformatiebrief.' }],
      })
      .expect(200);
    await http()
      .post(`/api/question-sets/${set.id}/publish`)
      .set('Authorization', clerk)
      .send({ version: answered.body.version, publishedOn: '2024-11-12' })
      .expect(200);
    const list = await http()
      .get('/api/commitments')
      .query({ questionSet: set.id })
      .set('Authorization', clerk)
      .expect(200);
    let c = list.body.items[0];
    c = (await http().post(`/api/commitments/${c.id}/confirm`).set('Authorization', clerk).send({ version: c.version }))
      .body;
    t.clock.current = '2024-11-25';
    const fulfilled = await http()
      .post(`/api/commitments/${c.id}/fulfil`)
      .set('Authorization', clerk)
      .send({
        version: c.version,
        document: { kind: 'council_letter', reference: 'RIB 2024-1', title: 'Brief' },
        partial: false,
      });
    expect(fulfilled.status).toBe(200);
    t.clock.current = '2026-01-10';
    try {
      const after = await http().get(`/api/commitments/${c.id}`).set('Authorization', clerk).expect(200);
      expect(after.body.status).toBe('fulfilled');
      expect(after.body.display).not.toContain('te laat');
      expect(after.body.display).toContain('op tijd');
      const page = await http().get('/toezeggingen').query({ status: 'fulfilled' }).expect(200);
      expect(page.text).not.toMatch(/jaar te laat/);
    } finally {
      t.clock.current = '2024-11-20';
    }
  });

  it('does not call a partly answered set "beantwoord" nor offer its letter', async () => {
    const set = await createSet(['1', '2']);
    await http()
      .post(`/api/question-sets/${set.id}/answers`)
      .set('Authorization', clerk)
      .send({ version: set.version, answeredOn: '2024-11-12', answers: [{ questions: ['1'], text: 'Ja.' }] })
      .expect(200);
    const agent = await loginAgent(t.app.getHttpServer(), 'griffie@workflowstad.test', 'geheim-wachtwoord-123');
    const page = await agent.get(`/vragen/${set.id}`).expect(200);
    expect(page.text).not.toContain('<dt>Beantwoord</dt>');
    expect(page.text).not.toContain('Antwoordbrief afdrukken');
    expect(page.text).toContain('deels beantwoord');
    await agent.get(`/vragen/${set.id}/brief`).expect(404);
  });

  it('refuses an answer date before the received date', async () => {
    const set = await createSet(['1']);
    const response = await http()
      .post(`/api/question-sets/${set.id}/answers`)
      .set('Authorization', clerk)
      .send({ version: set.version, answeredOn: '2024-10-01', answers: [{ questions: ['1'], text: 'Ja.' }] })
      .expect(400);
    expect(response.body.errors).toEqual([{ path: 'answeredOn', message: expect.stringContaining('ontvangst') }]);
  });

  it('lets a party token name its own party, and refuses another', async () => {
    const body = { municipality: m.slug, subject: 'Eigen fractie', questions: [{ number: '1', text: 'Waarom?' }] };
    await http()
      .post('/api/question-sets')
      .set('Authorization', party)
      .send({ ...body, party: 'fractie een' })
      .expect(201);
    await http()
      .post('/api/question-sets')
      .set('Authorization', party)
      .send({ ...body, party: String(partyId) })
      .expect(201);
    await http()
      .post('/api/question-sets')
      .set('Authorization', party)
      .send({ ...body, party: 'Andere Fractie' })
      .expect(400);
  });

  it('keeps the submitters in the order entered, first signer first', async () => {
    const set = await createSet(['1'], { submitters: ['Zwaan', 'Aalders', 'Mulder'] });
    const stored = await http().get(`/api/question-sets/${set.id}`).set('Authorization', clerk).expect(200);
    expect(stored.body.submitters).toEqual(['Zwaan', 'Aalders', 'Mulder']);
    const changed = await http()
      .patch(`/api/question-sets/${set.id}`)
      .set('Authorization', clerk)
      .send({ version: stored.body.version, submitters: ['Mulder', 'Zwaan'] })
      .expect(200);
    expect(changed.body.submitters).toEqual(['Mulder', 'Zwaan']);
  });

  it('lets a fractie edit, submit and delete its drafts on pages, and shows the griffie a submission at once', async () => {
    await createWebUser(t, { email: 'fractie@workflowstad.test', role: 'party', municipalityId: m.id, partyId });
    const fractie = await loginAgent(t.app.getHttpServer(), 'fractie@workflowstad.test', 'geheim-wachtwoord-123');
    const newForm = await fractie.get('/fractie/vragen/nieuw').expect(200);
    const created = await fractie
      .post('/fractie/vragen')
      .type('form')
      .send({
        _csrf: csrfOf(newForm.text),
        actie: 'opslaan',
        subject: 'Hondenpoep in het Wilhelminapark',
        'questions[0][number]': '1',
        'questions[0][text]': 'Hoeveel klachten kwamen er binnen?',
      })
      .expect(303);
    const id = Number(/\/vragen\/(\d+)/.exec(created.headers.location)?.[1]);
    const page = await fractie.get(`/vragen/${id}`).expect(200);
    expect(page.text).toContain(`href="/fractie/vragen/${id}/bewerken"`);
    const edit = await fractie.get(`/fractie/vragen/${id}/bewerken`).expect(200);
    expect(edit.text).toContain('Hoeveel klachten kwamen er binnen?');
    await fractie
      .post(`/fractie/vragen/${id}`)
      .type('form')
      .send({
        ...formFields(edit.text),
        actie: 'indienen',
        subject: 'Hondenpoep in het Wilhelminapark en omgeving',
        'questions[0][number]': '1',
        'questions[0][text]': 'Hoeveel klachten kwamen er binnen?',
        'questions[1][number]': '2',
        'questions[1][text]': 'Komen er meer afvalbakken?',
      })
      .expect(303);
    const submitted = await http().get(`/api/question-sets/${id}`).set('Authorization', clerk).expect(200);
    expect(submitted.body).toMatchObject({
      status: 'registered',
      subject: 'Hondenpoep in het Wilhelminapark en omgeving',
      questions: [
        { number: '1', text: 'Hoeveel klachten kwamen er binnen?' },
        { number: '2', text: 'Komen er meer afvalbakken?' },
      ],
    });
    const griffie = await loginAgent(t.app.getHttpServer(), 'griffie@workflowstad.test', 'geheim-wachtwoord-123');
    const dashboard = await griffie.get('/beheer').expect(200);
    expect(dashboard.text).toContain('Nieuw binnengekomen');
    expect(dashboard.text).toContain('Hondenpoep in het Wilhelminapark en omgeving');
    // A submitted set is no longer the fractie's to edit; a new draft can be deleted.
    await fractie.get(`/fractie/vragen/${id}/bewerken`).expect(404);
    const another = await fractie
      .post('/fractie/vragen')
      .type('form')
      .send({
        _csrf: csrfOf(newForm.text),
        actie: 'opslaan',
        subject: 'Weg ermee',
        'questions[0][number]': '1',
        'questions[0][text]': 'Waarom?',
      })
      .expect(303);
    const draftId = Number(/\/vragen\/(\d+)/.exec(another.headers.location)?.[1]);
    const form = await fractie.get(`/fractie/vragen/${draftId}/bewerken`).expect(200);
    await fractie
      .post(`/fractie/vragen/${draftId}/verwijderen`)
      .type('form')
      .send({ _csrf: csrfOf(form.text), version: formFields(form.text).version })
      .expect(303);
    await http().get(`/api/question-sets/${draftId}`).set('Authorization', party).expect(404);
    await fractie.get(`/vragen/${draftId}`).expect(404);
  });

  it('lists the overdue questions of a municipality live: page, JSON and Atom, without answers', async () => {
    const late = await createSet(['1', '2'], {
      subject: 'Te late vragen over de Dierenweide',
      receivedOn: '2024-09-01',
    });
    await http()
      .post(`/api/question-sets/${late.id}/answers`)
      .set('Authorization', clerk)
      .send({ version: late.version, answers: [{ questions: ['1'], text: 'Geheim deelantwoord Dierenweide.' }] })
      .expect(200);
    const json = await http().get(`/api/municipalities/${m.slug}/overdue`).expect(200);
    const item = json.body.items.find((i: { id: number }) => i.id === late.id);
    expect(item).toMatchObject({ subject: 'Te late vragen over de Dierenweide', dueOn: expect.any(String) });
    expect(item.daysOverdue).toBeGreaterThan(0);
    expect(json.body.items.every((i: { dueOn: string }) => i.dueOn < '2024-11-20')).toBe(true);
    const page = await http().get(`/gemeenten/${m.slug}/te-laat`).expect(200);
    expect(page.text).toContain('Te late vragen over de Dierenweide');
    expect(page.text).toContain(`/gemeenten/${m.slug}/te-laat.atom`);
    const atom = await http().get(`/gemeenten/${m.slug}/te-laat.atom`).expect(200);
    expect(atom.headers['content-type']).toMatch(/application\/atom\+xml/);
    expect(atom.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(atom.text).toContain('Te late vragen over de Dierenweide');
    for (const body of [JSON.stringify(json.body), page.text, atom.text]) expect(body).not.toContain('deelantwoord');
    await t.dataSource.query(`UPDATE municipality SET questions_public = false WHERE id = $1`, [m.id]);
    try {
      const closed = await http().get(`/api/municipalities/${m.slug}/overdue`).expect(200);
      expect(closed.body.items).toEqual([]);
      const forClerk = await http().get(`/api/municipalities/${m.slug}/overdue`).set('Authorization', clerk);
      expect(forClerk.body.items.map((i: { id: number }) => i.id)).toContain(late.id);
    } finally {
      await t.dataSource.query(`UPDATE municipality SET questions_public = true WHERE id = $1`, [m.id]);
    }
  });
});
