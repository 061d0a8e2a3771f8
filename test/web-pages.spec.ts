import request from 'supertest';
import { DemoService } from '../src/demo/demo.service';
import { createTestApp, TestApp } from './support/test-app';
import { createWebUser, csrfOf, loginAgent } from './support/web';

describe('web pages: Dutch, server-rendered, obeying the visibility table', () => {
  let t: TestApp;
  let amersfoortId: number;
  let seedSetId: number;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoService).loadDemoData();
    const [row] = await t.dataSource.query(`SELECT id FROM municipality WHERE slug = 'amersfoort'`);
    amersfoortId = row.id;
    const [set] = await t.dataSource.query(
      `SELECT id FROM question_set WHERE municipality_id = $1 AND reference = '2024-123'`,
      [amersfoortId],
    );
    seedSetId = set.id;
    await createWebUser(t, {
      email: 'griffie@amersfoort.test',
      role: 'clerk',
      municipalityId: amersfoortId,
      displayName: 'Griffie Amersfoort',
    });
    const [party] = await t.dataSource.query(
      `SELECT id FROM party WHERE municipality_id = $1 AND name = 'GroenLinks'`,
      [amersfoortId],
    );
    await createWebUser(t, {
      email: 'fractie@amersfoort.test',
      role: 'party',
      municipalityId: amersfoortId,
      partyId: party.id,
      displayName: 'Fractie GroenLinks',
    });
  });

  afterAll(() => t.close());

  it('gives each demo municipality a griffie web account with a bcrypt-hashed password', async () => {
    const rows = await t.dataSource.query(
      `SELECT email, role, password_hash FROM app_user WHERE email LIKE 'griffie@%.demo' ORDER BY email`,
    );
    expect(rows.map((r: { email: string }) => r.email)).toEqual(['griffie@amersfoort.demo', 'griffie@amstelveen.demo']);
    expect(
      rows.every(
        (r: { role: string; password_hash: string }) => r.role === 'clerk' && /^\$2[aby]\$/.test(r.password_hash),
      ),
    ).toBe(true);
  });

  it('shows the home page in Dutch with a GET search form on q and the recent answers', async () => {
    const response = await http().get('/').expect(200);
    expect(response.text).toContain('<html lang="nl">');
    expect(response.text).toMatch(/<form method="get" action="\/zoeken"[^>]*>/);
    expect(response.text).toContain('name="q"');
    expect(response.text).toContain('Recent beantwoord');
    expect(response.text).toContain(`/vragen/${seedSetId}`);
  });

  it('finds seed answers with highlighted snippets, facets and Dutch labels', async () => {
    const response = await http().get('/zoeken?q=meldingen').expect(200);
    expect(response.text).toContain('<mark>');
    expect(response.text).toContain('Gemeente');
    expect(response.text).toContain('Amersfoort');
    expect(response.text).toMatch(/\d+ resultaten/);
  });

  it('filters the search by a facet link and keeps the query in the link', async () => {
    const response = await http().get('/zoeken?q=discriminatie&gemeente=amstelveen').expect(200);
    expect(response.text).toContain('filter verwijderen');
    expect(response.text).not.toContain('Paffen-Zeenni</span>');
  });

  it('shows a set with questions beside answers, its documents as links and its timeline', async () => {
    const response = await http().get(`/vragen/${seedSetId}`).expect(200);
    expect(response.text).toContain('Vragen en antwoorden');
    expect(response.text).toContain('class="qa-answer"');
    expect(response.text).toMatch(/href="\/documenten\/\d+"/);
    expect(response.text).toContain('Verloop');
    expect(response.text).toContain('Antwoorden gepubliceerd');
  });

  it('lists everything that names a document on its page', async () => {
    const set = await http().get(`/vragen/${seedSetId}`);
    const documentUrl = /href="(\/documenten\/\d+)"/.exec(set.text)?.[1] as string;
    const response = await http().get(documentUrl).expect(200);
    expect(response.text).toContain('Alles over');
    expect(response.text).toContain(`/vragen/${seedSetId}`);
  });

  it('prints the answered set as an answer letter with print CSS', async () => {
    const response = await http().get(`/vragen/${seedSetId}/brief`).expect(200);
    expect(response.text).toContain('/static/letter.css');
    expect(response.text).toContain('Hoogachtend');
    expect(response.text).toContain('Gemeente Amersfoort');
    const css = await http().get('/static/letter.css').expect(200);
    expect(css.text).toContain('@media print');
  });

  it('answers 404 in Dutch HTML for a set that does not exist', async () => {
    const response = await http().get('/vragen/999999').set('Accept', 'text/html').expect(404);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toContain('Niet gevonden');
  });

  it('never shows embargoed answers to a visitor, on the set page or in search', async () => {
    const clerk = await t.token('clerk', amersfoortId);
    const created = await http()
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send({
        municipality: 'amersfoort',
        subject: 'Zwerfafval in het Bergkwartier',
        receivedOn: '2024-11-01',
        questions: [{ number: '1', text: 'Hoeveel klachten over zwerfafval kwamen binnen?' }],
      })
      .expect(201);
    await http()
      .post(`/api/question-sets/${created.body.id}/answers`)
      .set('Authorization', clerk)
      .send({
        version: created.body.version,
        answers: [{ questions: ['1'], text: 'Er kwamen 42 klachten over kauwgomresten binnen.' }],
      })
      .expect(200);
    // Questions are public on registration (the municipality's default); the answer is not.
    const asVisitor = await http().get(`/vragen/${created.body.id}`).set('Accept', 'text/html').expect(200);
    expect(asVisitor.text).toContain('Zwerfafval in het Bergkwartier');
    expect(asVisitor.text).not.toContain('kauwgomresten');
    const search = await http().get('/zoeken?q=kauwgomresten').expect(200);
    expect(search.text).not.toContain('kauwgomresten</mark>');
    expect(search.text).not.toContain('Zwerfafval in het Bergkwartier');
    const agent = await loginAgent(t.app.getHttpServer(), 'griffie@amersfoort.test', 'geheim-wachtwoord-123');
    const asClerk = await agent.get(`/vragen/${created.body.id}`).expect(200);
    expect(asClerk.text).toContain('kauwgomresten');
    expect(asClerk.text).toContain('Publiceren');
  });

  it('shows Dutch validation messages next to the fields and refills the register form', async () => {
    const agent = await loginAgent(t.app.getHttpServer(), 'griffie@amersfoort.test', 'geheim-wachtwoord-123');
    const form = await agent.get('/beheer/vragen/nieuw').expect(200);
    const response = await agent
      .post('/beheer/vragen')
      .type('form')
      .send({
        _csrf: csrfOf(form.text),
        subject: '',
        partyId: 'nieuw',
        newParty: 'D66',
        receivedOn: 'gisteren',
        'questions[0][number]': '1',
        'questions[0][text]': '',
      })
      .expect(400);
    expect(response.text).toContain('Onderwerp is verplicht');
    expect(response.text).toContain('Datum van ontvangst moet een geldige datum zijn');
    expect(response.text).toContain('Vragen: moet minstens één vraag bevatten');
    expect(response.text).toContain('value="D66"');
    expect(response.text).toContain('aria-invalid="true"');
    expect(response.text).not.toContain('"errors"');
  });

  it('registers a set through the form and shows it to the clerk with its due date', async () => {
    const agent = await loginAgent(t.app.getHttpServer(), 'griffie@amersfoort.test', 'geheim-wachtwoord-123');
    const form = await agent.get('/beheer/vragen/nieuw');
    const [holder] = await t.dataSource.query(`SELECT id FROM person WHERE name = 'Paffen-Zeenni'`);
    const created = await agent
      .post('/beheer/vragen')
      .type('form')
      .send({
        _csrf: csrfOf(form.text),
        subject: 'Fietsparkeren station',
        receivedOn: '2024-11-01',
        portfolioHolderId: String(holder.id),
        'questions[0][number]': '1',
        'questions[0][text]': 'Hoeveel plekken komen erbij?',
      })
      .expect(303);
    const page = await agent.get(created.headers.location).expect(200);
    expect(page.text).toContain('Fietsparkeren station');
    expect(page.text).toContain('21 november 2024');
    const dashboard = await agent.get('/beheer').expect(200);
    expect(dashboard.text).toContain('Paffen-Zeenni');
    expect(dashboard.text).toContain('Deze week');
  });

  it('sends a visitor to the login page for griffie pages and refuses other roles', async () => {
    const visitor = await http().get('/beheer').expect(303);
    expect(visitor.headers.location).toBe('/inloggen?terug=%2Fbeheer');
    const fractie = await loginAgent(t.app.getHttpServer(), 'fractie@amersfoort.test', 'geheim-wachtwoord-123');
    await fractie.get('/beheer').expect(403);
  });

  it('shows a fractie the similar earlier question without JavaScript', async () => {
    const agent = await loginAgent(t.app.getHttpServer(), 'fractie@amersfoort.test', 'geheim-wachtwoord-123');
    const form = await agent.get('/fractie/vragen/nieuw').expect(200);
    expect(form.text).toContain('Zoek eerder gestelde vragen');
    const response = await agent
      .post('/fractie/vragen')
      .type('form')
      .send({
        _csrf: csrfOf(form.text),
        actie: 'zoek',
        subject: 'Antidiscriminatiebeleid',
        'questions[0][number]': '1',
        'questions[0][text]': 'Hoe worden meldingen van discriminatie geregistreerd?',
      })
      .expect(200);
    expect(response.text).toContain('Eerder gevraagd');
    expect(response.text).toMatch(/href="\/vragen\/\d+#vraag-/);
    const fragment = await agent
      .get('/eerder-gevraagd?gemeente=amersfoort&tekst=meldingen%20discriminatie')
      .expect(200);
    expect(fragment.text).not.toContain('<html');
    expect(fragment.text).toContain('/vragen/');
    // The search's snippets: the passage with the shared words, marked.
    expect(fragment.text).toMatch(/<mark>(meldingen|discriminatie)<\/mark>/i);
  });
  it('sends the security headers on pages, API answers, errors and static files, with a relaxed CSP only for the API docs', async () => {
    const strict =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";
    for (const path of [
      '/',
      `/vragen/${seedSetId}`,
      '/api/question-sets',
      '/api/question-sets/999999',
      '/static/site.css',
      '/inloggen',
    ]) {
      const response = await http().get(path);
      expect({ path, csp: response.headers['content-security-policy'] }).toEqual({ path, csp: strict });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('same-origin');
      expect(response.headers['x-frame-options']).toBe('DENY');
    }
    const docs = await http().get('/api/docs/').expect(200);
    expect(docs.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
    expect(docs.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(docs.headers['x-frame-options']).toBe('DENY');
  });

  it('renders no page that breaks its own CSP: no inline scripts, styles or style attributes', async () => {
    const agent = await loginAgent(t.app.getHttpServer(), 'griffie@amersfoort.test', 'geheim-wachtwoord-123');
    for (const path of [
      '/',
      `/vragen/${seedSetId}`,
      `/vragen/${seedSetId}/brief`,
      '/zoeken?q=meldingen',
      '/beheer',
      '/toezeggingen',
      '/toezeggingen/afdrukken?municipality=amersfoort',
      `/vragen/${seedSetId}/uitstel`,
      `/vragen/${seedSetId}/antwoorden`,
    ]) {
      const page = await agent.get(path);
      expect({ path, status: page.status }).toEqual({ path, status: 200 });
      expect({ path, inline: page.text.match(/<style|<script(?![^>]*\ssrc=)[^>]*>|\sstyle="|\son[a-z]+="/gi) }).toEqual(
        { path, inline: null },
      );
    }
  });
  it('records one answer for several questions, the introduction and the answer date through the answers form', async () => {
    const clerk = await t.token('clerk', amersfoortId);
    const created = await http()
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send({
        municipality: 'amersfoort',
        subject: 'Bomenkap Randenbroek',
        receivedOn: '2024-11-01',
        questions: [
          { number: '1', text: 'Hoeveel bomen worden gekapt?' },
          { number: '2a', text: 'Wordt er herplant?' },
          { number: '2b', text: 'Waar wordt herplant?' },
        ],
      })
      .expect(201);
    const agent = await loginAgent(t.app.getHttpServer(), 'griffie@amersfoort.test', 'geheim-wachtwoord-123');
    const form = await agent.get(`/vragen/${created.body.id}/antwoorden`).expect(200);
    expect(form.text).toContain('<legend>Vraag 2b</legend>');
    expect(form.text).toContain('<label for="antwoord-2b-zelfde">');
    expect(form.text).toContain('<label for="veld-introduction">Inleiding van het college</label>');

    const both = await agent
      .post(`/vragen/${created.body.id}/antwoorden`)
      .type('form')
      .send({
        _csrf: csrfOf(form.text),
        version: created.body.version,
        'answers[v2a]': 'Ja.',
        'sameAs[v2b]': '2a',
        'answers[v2b]': 'In het park.',
      })
      .expect(400);
    expect(both.text).toContain('niet allebei');
    expect(both.text).toContain('In het park.');

    await agent
      .post(`/vragen/${created.body.id}/antwoorden`)
      .type('form')
      .send({
        _csrf: csrfOf(form.text),
        version: created.body.version,
        introduction: 'De kap volgt uit het bomenplan.',
        'answers[v1]': 'Twaalf bomen.',
        'answers[v2a]': 'Ja, in het park zelf.',
        'sameAs[v2b]': '2a',
        answeredOn: '2024-11-15',
      })
      .expect(303);
    const stored = await http().get(`/api/question-sets/${created.body.id}`).set('Authorization', clerk).expect(200);
    expect(stored.body).toMatchObject({
      status: 'answered',
      answeredOn: '2024-11-15',
      introduction: 'De kap volgt uit het bomenplan.',
    });
    expect(stored.body.answers.map((a: { questions: string[]; text: string }) => [a.questions, a.text])).toEqual([
      [['1'], 'Twaalf bomen.'],
      [['2a', '2b'], 'Ja, in het park zelf.'],
    ]);

    const again = await agent.get(`/vragen/${created.body.id}/antwoorden`).expect(200);
    expect(again.text).toContain('<option value="2a" selected>vraag 2a</option>');
    // Only the introduction changed: saved without replacing the answers.
    await agent
      .post(`/vragen/${created.body.id}/antwoorden`)
      .type('form')
      .send({
        _csrf: csrfOf(again.text),
        version: stored.body.version,
        introduction: 'De kap volgt uit het bomenplan 2024.',
        'answers[v1]': 'Twaalf bomen.',
        'answers[v2a]': 'Ja, in het park zelf.',
        'sameAs[v2b]': '2a',
        answeredOn: '2024-11-15',
      })
      .expect(303);
    const after = await http().get(`/api/question-sets/${created.body.id}`).set('Authorization', clerk).expect(200);
    expect(after.body.introduction).toBe('De kap volgt uit het bomenplan 2024.');
    expect(after.body.answers.map((a: { id: number }) => a.id)).toEqual(
      stored.body.answers.map((a: { id: number }) => a.id),
    );
  });
  it('lets the griffie fulfil a commitment with an existing or a new council letter, shown on the set page', async () => {
    const clerk = await t.token('clerk', amersfoortId);
    const open = await http()
      .get('/api/commitments')
      .query({ questionSet: seedSetId, status: 'open', sort: 'id' })
      .set('Authorization', clerk)
      .expect(200);
    const [first, second] = open.body.items as { id: number; version: number }[];
    const letter = await http()
      .post('/api/documents')
      .set('Authorization', clerk)
      .send({
        municipality: 'amersfoort',
        kind: 'council_letter',
        reference: '2025-010',
        title: 'Stand van zaken meldpunt',
      })
      .expect(201);
    const agent = await loginAgent(t.app.getHttpServer(), 'griffie@amersfoort.test', 'geheim-wachtwoord-123');
    const list = await agent.get('/toezeggingen').expect(200);
    expect(list.text).toContain(`href="/toezeggingen/${first.id}/afdoen"`);
    const form = await agent.get(`/toezeggingen/${first.id}/afdoen`).expect(200);
    expect(form.text).toContain(`<option value="${letter.body.id}">`);
    expect(form.text).toContain('<legend>Is de toezegging helemaal nagekomen?</legend>');

    const both = await agent
      .post(`/toezeggingen/${first.id}/nagekomen`)
      .type('form')
      .send({
        _csrf: csrfOf(form.text),
        version: first.version,
        documentId: letter.body.id,
        newReference: '2025-077',
        partial: 'nee',
      })
      .expect(400);
    expect(both.text).toContain('niet allebei');

    await agent
      .post(`/toezeggingen/${first.id}/nagekomen`)
      .type('form')
      .send({
        _csrf: csrfOf(form.text),
        version: first.version,
        documentId: '',
        newReference: '2025-077',
        newTitle: 'Evaluatie meldpunt discriminatie',
        partial: 'ja',
      })
      .expect(303);
    const fulfilled = await http().get(`/api/commitments/${first.id}`).set('Authorization', clerk).expect(200);
    expect(fulfilled.body).toMatchObject({
      status: 'partially_fulfilled',
      fulfilledBy: expect.objectContaining({
        kind: 'council_letter',
        reference: '2025-077',
        title: 'Evaluatie meldpunt discriminatie',
      }),
    });

    await agent
      .post(`/toezeggingen/${second.id}/nagekomen`)
      .type('form')
      .send({ _csrf: csrfOf(form.text), version: second.version, documentId: String(letter.body.id), partial: 'nee' })
      .expect(303);
    const other = await http().get(`/api/commitments/${second.id}`).set('Authorization', clerk).expect(200);
    expect(other.body).toMatchObject({
      status: 'fulfilled',
      fulfilledBy: expect.objectContaining({ id: letter.body.id }),
    });

    const setPage = await http().get(`/vragen/${seedSetId}`).expect(200);
    expect(setPage.text).toMatch(/Afgedaan met <a href="\/documenten\/\d+">[^<]*2025-077/);
    expect(setPage.text).toContain(`Afgedaan met <a href="/documenten/${letter.body.id}">`);
  });
});
