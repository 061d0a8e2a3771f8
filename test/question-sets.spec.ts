import request from 'supertest';
import { createMunicipality, MunicipalityFixture, questionSetBody } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

describe('question sets: register, track, answer, publish', () => {
  let t: TestApp;
  let amersfoort: MunicipalityFixture;
  let utrecht: MunicipalityFixture;
  let clerk: string;
  let executive: string;
  let otherClerk: string;
  let admin: string;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    amersfoort = await createMunicipality(t, {
      slug: 'amersfoort',
      name: 'Amersfoort',
      answerTermAmount: 20,
      answerTermUnit: 'days',
    });
    utrecht = await createMunicipality(t, {
      slug: 'utrecht',
      name: 'Utrecht',
      answerTermAmount: 4,
      answerTermUnit: 'weeks',
    });
    clerk = await t.token('clerk', amersfoort.id);
    executive = await t.token('executive', amersfoort.id);
    otherClerk = await t.token('clerk', utrecht.id);
    admin = await t.token('admin', null);
  });

  afterAll(() => t.close());

  async function register(overrides: Record<string, unknown> = {}, token = clerk) {
    const response = await http()
      .post('/api/question-sets')
      .set('Authorization', token)
      .send(questionSetBody('amersfoort', overrides));
    expect(response.status).toBe(201);
    return response.body;
  }

  it('registers a set with normalised question numbers and a due date from the term in days', async () => {
    const set = await register({ reference: 'REG-1' });
    expect(set.status).toBe('registered');
    expect(set.questions.map((q: { number: string }) => q.number)).toEqual(['1', '2a', '2b']);
    expect(set.receivedOn).toBe('2024-10-01');
    expect(set.dueOn).toBe('2024-10-21');
    expect(set.party).toEqual(expect.objectContaining({ name: 'GroenLinks' }));
    expect(set.portfolioHolder).toEqual(expect.objectContaining({ name: 'Paffen-Zeenni' }));
    expect(set.documents).toEqual([
      expect.objectContaining({ kind: 'motion', reference: '2018-115M', date: '2018-11-06' }),
    ]);
  });

  it('counts a term in weeks as seven days a week', async () => {
    const response = await http()
      .post('/api/question-sets')
      .set('Authorization', otherClerk)
      .send(questionSetBody('utrecht', { receivedOn: '2024-10-01' }))
      .expect(201);
    expect(response.body.dueOn).toBe('2024-10-29');
  });

  it('runs the whole lifecycle with two postponements and keeps the audit history', async () => {
    const set = await register();
    const first = await http()
      .post(`/api/question-sets/${set.id}/postpone`)
      .set('Authorization', executive)
      .send({
        version: set.version,
        reason: 'Afstemming met de politie kost meer tijd.',
        newDueOn: '2024-11-04',
        sentOn: '2024-10-18',
      })
      .expect(200);
    expect(first.body.status).toBe('postponed');
    expect(first.body.dueOn).toBe('2024-11-04');

    const second = await http()
      .post(`/api/question-sets/${set.id}/postpone`)
      .set('Authorization', clerk)
      .send({
        version: first.body.version,
        reason: 'Het college besluit pas op 12 november.',
        newDueOn: '2024-11-15',
        sentOn: '2024-11-01',
      })
      .expect(200);
    expect(second.body.dueOn).toBe('2024-11-15');
    expect(second.body.postponements).toHaveLength(2);

    const partial = await http()
      .post(`/api/question-sets/${set.id}/answers`)
      .set('Authorization', executive)
      .send({ version: second.body.version, answers: [{ questions: ['1'], text: 'We evalueren jaarlijks.' }] })
      .expect(200);
    expect(partial.body.status).toBe('postponed');

    const answered = await http()
      .post(`/api/question-sets/${set.id}/answers`)
      .set('Authorization', executive)
      .send({
        version: partial.body.version,
        answeredOn: '2024-11-12',
        answers: [
          { questions: ['2a', '2b'], text: 'Er waren 40 meldingen. Zie het antwoord op vraag 1.', refersTo: ['1'] },
        ],
      })
      .expect(200);
    expect(answered.body.status).toBe('answered');
    expect(answered.body.answeredOn).toBe('2024-11-12');
    expect(answered.body.answers.map((a: { questions: string[] }) => a.questions)).toEqual([['1'], ['2a', '2b']]);
    expect(answered.body.answers[1].refersTo).toEqual(['1']);

    const published = await http()
      .post(`/api/question-sets/${set.id}/publish`)
      .set('Authorization', clerk)
      .send({ version: answered.body.version, publishedOn: '2024-11-14' })
      .expect(200);
    expect(published.body.status).toBe('published');

    const history = await http().get(`/api/question-sets/${set.id}/history`).set('Authorization', clerk).expect(200);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual([
      'question_set.registered',
      'question_set.postponed',
      'question_set.postponed',
      'answers.recorded',
      'answers.recorded',
      'question_set.published',
    ]);
    const postponed = history.body.items[1];
    expect(postponed.before).toEqual(expect.objectContaining({ status: 'registered', dueOn: '2024-10-21' }));
    expect(postponed.after).toEqual(expect.objectContaining({ status: 'postponed', dueOn: '2024-11-04' }));
    expect(postponed.actor).toContain('executive');
  });

  it('derives overdue from the due date: not on the due date, yes the day after, never once answered', async () => {
    const set = await register({ receivedOn: '2024-10-01' });
    t.clock.current = '2024-10-21';
    let response = await http().get(`/api/question-sets/${set.id}`).set('Authorization', clerk).expect(200);
    expect(response.body.overdue).toBe(false);
    t.clock.current = '2024-10-22';
    response = await http().get(`/api/question-sets/${set.id}`).set('Authorization', clerk).expect(200);
    expect(response.body.overdue).toBe(true);
    const listed = await http()
      .get('/api/question-sets?municipality=amersfoort&overdue=true')
      .set('Authorization', clerk)
      .expect(200);
    expect(listed.body.items.map((s: { id: number }) => s.id)).toContain(set.id);
    const answered = await http()
      .post(`/api/question-sets/${set.id}/answers`)
      .set('Authorization', clerk)
      .send({
        version: response.body.version,
        answers: [
          { questions: ['1'], text: 'a' },
          { questions: ['2a', '2b'], text: 'b' },
        ],
      })
      .expect(200);
    expect(answered.body.overdue).toBe(false);
    const after = await http()
      .get('/api/question-sets?municipality=amersfoort&overdue=true')
      .set('Authorization', clerk)
      .expect(200);
    expect(after.body.items.map((s: { id: number }) => s.id)).not.toContain(set.id);
    t.clock.current = '2024-11-20';
  });

  it('keeps answers under embargo until publication, for every role', async () => {
    const set = await register();
    const answered = await http()
      .post(`/api/question-sets/${set.id}/answers`)
      .set('Authorization', clerk)
      .send({
        version: set.version,
        answers: [{ questions: ['1', '2a', '2b'], text: 'Geheim antwoord tot publicatie.' }],
      })
      .expect(200);
    const partyId = answered.body.party.id as number;
    const ownParty = await t.token('party', amersfoort.id, { partyId });
    const views: Array<[string, string | null, number, boolean]> = [
      // The municipality publishes questions on registration (the default): the set, not its answers.
      ['public', null, 200, false],
      ['own party', ownParty, 200, false],
      ['clerk', clerk, 200, true],
      ['executive', executive, 200, true],
      ['clerk elsewhere', otherClerk, 200, false],
      ['admin', admin, 200, true],
    ];
    for (const [who, token, status, seesAnswers] of views) {
      const req = http().get(`/api/question-sets/${set.id}`);
      if (token) req.set('Authorization', token);
      const response = await req;
      expect({ who, status: response.status }).toEqual({ who, status });
      if (status === 200) {
        expect({ who, answers: response.body.answers.length > 0 }).toEqual({ who, answers: seesAnswers });
        expect({ who, embargoed: response.body.answersEmbargoed }).toEqual({ who, embargoed: !seesAnswers });
        expect(JSON.stringify(response.body)).toContain(seesAnswers ? 'Geheim antwoord' : 'Hoe worden');
        if (!seesAnswers) expect(JSON.stringify(response.body)).not.toContain('Geheim antwoord');
      }
    }
    await http()
      .post(`/api/question-sets/${set.id}/publish`)
      .set('Authorization', clerk)
      .send({ version: answered.body.version })
      .expect(200);
    const visitor = await http().get(`/api/question-sets/${set.id}`).expect(200);
    expect(visitor.body.answers[0].text).toBe('Geheim antwoord tot publicatie.');
  });

  it('shows drafts only to the own party', async () => {
    const party = await http().get('/api/parties?municipality=amersfoort').expect(200);
    const groenLinks = party.body.items.find((p: { name: string }) => p.name === 'GroenLinks');
    const ownParty = await t.token('party', amersfoort.id, { partyId: groenLinks.id });
    const otherPartyId = (
      await http()
        .post('/api/parties')
        .set('Authorization', clerk)
        .send({ municipality: 'amersfoort', name: 'VVD' })
        .expect(201)
    ).body.id;
    const otherParty = await t.token('party', amersfoort.id, { partyId: otherPartyId });
    const draft = await http()
      .post('/api/question-sets')
      .set('Authorization', ownParty)
      .send(
        questionSetBody('amersfoort', { party: undefined, receivedOn: undefined, subject: 'Concept over fietspaden' }),
      )
      .expect(201);
    expect(draft.body.status).toBe('draft');
    expect(draft.body.dueOn).toBeNull();
    await http().get(`/api/question-sets/${draft.body.id}`).set('Authorization', ownParty).expect(200);
    for (const token of [otherParty, clerk, executive]) {
      await http().get(`/api/question-sets/${draft.body.id}`).set('Authorization', token).expect(404);
    }
    await http().get(`/api/question-sets/${draft.body.id}`).expect(404);
    const submitted = await http()
      .post(`/api/question-sets/${draft.body.id}/register`)
      .set('Authorization', ownParty)
      .send({ version: draft.body.version, receivedOn: '2024-11-01' })
      .expect(200);
    expect(submitted.body.status).toBe('registered');
    expect(submitted.body.dueOn).toBe('2024-11-21');
    await http().get(`/api/question-sets/${draft.body.id}`).set('Authorization', clerk).expect(200);
  });

  it('isolates municipalities: another municipality sees public questions only, 404 without them, and cannot write', async () => {
    const set = await register();
    const seen = await http().get(`/api/question-sets/${set.id}`).set('Authorization', otherClerk).expect(200);
    expect(seen.body.answers).toEqual([]);
    await http()
      .post(`/api/question-sets/${set.id}/postpone`)
      .set('Authorization', otherClerk)
      .send({ version: set.version, reason: 'x', newDueOn: '2024-12-01' })
      .expect(403);
    await t.dataSource.query(`UPDATE municipality SET questions_public = false WHERE slug = 'amersfoort'`);
    try {
      await http().get(`/api/question-sets/${set.id}`).set('Authorization', otherClerk).expect(404);
      await http().get(`/api/question-sets/${set.id}`).expect(404);
      await http()
        .post(`/api/question-sets/${set.id}/postpone`)
        .set('Authorization', otherClerk)
        .send({ version: set.version, reason: 'x', newDueOn: '2024-12-01' })
        .expect(404);
      const list = await http().get('/api/question-sets').set('Authorization', otherClerk).expect(200);
      expect(
        list.body.items.every(
          (s: { municipality: { slug: string }; status: string }) =>
            s.municipality.slug !== 'amersfoort' || s.status === 'published',
        ),
      ).toBe(true);
    } finally {
      await t.dataSource.query(`UPDATE municipality SET questions_public = true WHERE slug = 'amersfoort'`);
    }
    await http()
      .post('/api/question-sets')
      .set('Authorization', otherClerk)
      .send(questionSetBody('amersfoort'))
      .expect(403);
  });

  it('answers 403 for a write the role may not make on a set it can see', async () => {
    const set = await register();
    const response = await http()
      .post(`/api/question-sets/${set.id}/publish`)
      .set('Authorization', executive)
      .send({ version: set.version });
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses invalid input with 400 problem+json, field paths, and writes nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM question_set');
    const response = await http()
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send({
        municipality: 'amersfoort',
        subject: '',
        receivedOn: '1 oktober',
        questions: [{ number: 'een', text: 'Waarom?' }, { number: '2' }],
        unknownField: true,
      });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toEqual(
      expect.objectContaining({
        type: expect.any(String),
        title: expect.any(String),
        status: 400,
        detail: expect.any(String),
      }),
    );
    const paths = response.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['subject', 'receivedOn', 'questions.0.number', 'questions.1.text', 'unknownField']),
    );
    expect(response.body.errors.find((e: { path: string }) => e.path === 'subject').message).toBe('is verplicht');
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM question_set');
    expect(after[0].n).toBe(before[0].n);
  });

  it('writes nothing when an answer names a question that does not exist (one transaction)', async () => {
    const set = await register();
    const response = await http()
      .post(`/api/question-sets/${set.id}/answers`)
      .set('Authorization', clerk)
      .send({
        version: set.version,
        answers: [
          { questions: ['1'], text: 'Goed.' },
          { questions: ['9'], text: 'Bestaat niet.' },
        ],
      });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { path: 'answers.1.questions.0', message: 'vraag 9 bestaat niet in deze set' },
    ]);
    const answers = await t.dataSource.query('SELECT count(*)::int AS n FROM answer WHERE question_set_id = $1', [
      set.id,
    ]);
    expect(answers[0].n).toBe(0);
  });

  it('answers 409 with the current resource on a stale version and overwrites nothing', async () => {
    const set = await register();
    await http()
      .patch(`/api/question-sets/${set.id}`)
      .set('Authorization', clerk)
      .send({ version: set.version, subject: 'Eerste wijziging' })
      .expect(200);
    const stale = await http()
      .patch(`/api/question-sets/${set.id}`)
      .set('Authorization', clerk)
      .send({ version: set.version, subject: 'Tweede wijziging' });
    expect(stale.status).toBe(409);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.body.current.subject).toBe('Eerste wijziging');
    expect(stale.body.currentVersion).toBe(set.version + 1);
    const current = await http().get(`/api/question-sets/${set.id}`).set('Authorization', clerk).expect(200);
    expect(current.body.subject).toBe('Eerste wijziging');
  });

  it('answers 409 with the current status on a transition that is not allowed', async () => {
    const set = await register();
    const response = await http()
      .post(`/api/question-sets/${set.id}/publish`)
      .set('Authorization', clerk)
      .send({ version: set.version });
    expect(response.status).toBe(409);
    expect(response.body.currentStatus).toBe('registered');
    const withdrawn = await http()
      .post(`/api/question-sets/${set.id}/withdraw`)
      .set('Authorization', clerk)
      .send({ version: set.version })
      .expect(200);
    const again = await http()
      .post(`/api/question-sets/${set.id}/postpone`)
      .set('Authorization', clerk)
      .send({ version: withdrawn.body.version, reason: 'x', newDueOn: '2024-12-01' });
    expect(again.status).toBe(409);
    expect(again.body.currentStatus).toBe('withdrawn');
  });

  it('keeps the original text visible when a published answer is corrected', async () => {
    const set = await register();
    const answered = await http()
      .post(`/api/question-sets/${set.id}/answers`)
      .set('Authorization', clerk)
      .send({ version: set.version, answers: [{ questions: ['1', '2a', '2b'], text: 'Er waren 40 meldingen.' }] })
      .expect(200);
    await http()
      .post(`/api/question-sets/${set.id}/publish`)
      .set('Authorization', clerk)
      .send({ version: answered.body.version })
      .expect(200);
    const answer = answered.body.answers[0];
    const corrected = await http()
      .patch(`/api/question-sets/${set.id}/answers/${answer.id}`)
      .set('Authorization', clerk)
      .send({ version: answer.version, text: 'Er waren 44 meldingen.', reason: 'Telfout hersteld.' })
      .expect(200);
    expect(corrected.body.answers[0].text).toBe('Er waren 44 meldingen.');
    expect(corrected.body.answers[0].corrections).toEqual([
      { previousText: 'Er waren 40 meldingen.', reason: 'Telfout hersteld.', correctedOn: '2024-11-20' },
    ]);
  });

  it('lists with filters, sorting and pagination', async () => {
    const page = await http()
      .get('/api/question-sets?municipality=amersfoort&limit=2&offset=0&sort=-receivedOn')
      .set('Authorization', clerk)
      .expect(200);
    expect(page.body.limit).toBe(2);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThan(2);
    const byParty = await http()
      .get('/api/question-sets?party=GroenLinks&year=2024')
      .set('Authorization', clerk)
      .expect(200);
    expect(byParty.body.items.every((s: { party: { name: string } }) => s.party.name === 'GroenLinks')).toBe(true);
    await http().get('/api/question-sets?limit=500').expect(400);
    const badSort = await http().get('/api/question-sets?sort=password').expect(400);
    expect(badSort.body.errors[0].path).toBe('sort');
  });

  it('pages the municipalities like every other list', async () => {
    const response = await http().get('/api/municipalities?limit=1&offset=1').expect(200);
    expect(response.body).toEqual({
      items: [expect.objectContaining({ slug: 'utrecht' })],
      total: 2,
      limit: 1,
      offset: 1,
    });
  });

  it('serves the OpenAPI document', async () => {
    const response = await http().get('/api/openapi.json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/question-sets', '/api/question-sets/{id}/postpone', '/health']),
    );
  });

  it('reports the database in /health', async () => {
    const response = await http().get('/health').expect(200);
    expect(response.body).toEqual(expect.objectContaining({ status: 'ok', database: 'up' }));
  });
});
