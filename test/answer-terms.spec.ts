import request from 'supertest';
import { createMunicipality, MunicipalityFixture, questionSetBody } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';
import { createWebUser, csrfOf, loginAgent } from './support/web';

describe('answer terms as councils write them: days, weeks, werkdagen and recesses', () => {
  let t: TestApp;
  let gemeente: MunicipalityFixture;
  let clerk: string;
  const http = () => request(t.app.getHttpServer());

  async function register(receivedOn: string, subject: string) {
    const response = await http()
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send(questionSetBody(gemeente.slug, { receivedOn, subject, documents: [] }))
      .expect(201);
    return response.body as { id: number; version: number; dueOn: string; dueExplanation: string };
  }

  async function setTerm(amount: number, unit: string) {
    const current = await http().get(`/api/municipalities/${gemeente.slug}`).expect(200);
    return http()
      .patch(`/api/municipalities/${gemeente.slug}`)
      .set('Authorization', clerk)
      .send({ version: current.body.version, answerTermAmount: amount, answerTermUnit: unit });
  }

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.current = '2025-06-03';
    gemeente = await createMunicipality(t, { name: 'Reesdorp', slug: 'reesdorp', answerTermAmount: 45 });
    clerk = await t.token('clerk', gemeente.id);
  });

  afterAll(() => t.close());

  it('pauses a term in days during the zomerreces and says so', async () => {
    await http()
      .post(`/api/municipalities/${gemeente.slug}/recesses`)
      .set('Authorization', clerk)
      .send({ name: 'zomerreces', startsOn: '2025-07-12', endsOn: '2025-08-22' })
      .expect(201)
      .expect((res) => expect(res.body).toMatchObject({ name: 'zomerreces', days: 42 }));
    const set = await register('2025-06-03', 'Zwembad in de zomer');
    expect(set.dueOn).toBe('2025-08-29');
    expect(set.dueExplanation).toBe(
      '45 dagen na ontvangst op 3 juni 2025, plus 42 dagen zomerreces (12 juli 2025 – 22 augustus 2025)',
    );
    const page = await http().get(`/vragen/${set.id}`).expect(200);
    expect(page.text).toContain('plus 42 dagen zomerreces');
  });

  it('lists the recesses publicly and refuses an overlapping one, a reversed one and one from the college', async () => {
    const list = await http().get(`/api/municipalities/${gemeente.slug}/recesses`).expect(200);
    expect(list.body.map((r: { name: string }) => r.name)).toEqual(['zomerreces']);
    const overlap = await http()
      .post(`/api/municipalities/${gemeente.slug}/recesses`)
      .set('Authorization', clerk)
      .send({ name: 'ander reces', startsOn: '2025-08-20', endsOn: '2025-08-30' });
    expect(overlap.status).toBeGreaterThanOrEqual(400);
    expect(overlap.status).toBeLessThan(500);
    expect(overlap.headers['content-type']).toMatch(/problem\+json/);
    expect(JSON.stringify(overlap.body)).toContain('overlapt met zomerreces');
    const reversed = await http()
      .post(`/api/municipalities/${gemeente.slug}/recesses`)
      .set('Authorization', clerk)
      .send({ name: 'kerstreces', startsOn: '2026-01-04', endsOn: '2025-12-20' });
    expect(reversed.status).toBeGreaterThanOrEqual(400);
    expect(reversed.status).toBeLessThan(500);
    const executive = await t.token('executive', gemeente.id);
    await http()
      .post(`/api/municipalities/${gemeente.slug}/recesses`)
      .set('Authorization', executive)
      .send({ name: 'kerstreces', startsOn: '2025-12-20', endsOn: '2026-01-04' })
      .expect(403);
  });

  it('counts werkdagen without weekends, holidays and recesses', async () => {
    const changed = await setTerm(15, 'workingDays');
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ answerTermUnit: 'workingDays', answerTerm: '15 werkdagen' });
    // Tuesday 3 June 2025: Tweede Pinksterdag (9 June) does not count.
    const set = await register('2025-06-03', 'Werkdagen');
    expect(set.dueOn).toBe('2025-06-25');
    expect(set.dueExplanation).toBe('15 werkdagen na ontvangst op 3 juni 2025, zonder weekend, feestdagen en reces');
    // Received on 7 July: 4 working days before the recess, the other 11 after it.
    const summer = await register('2025-07-07', 'Werkdagen rond de zomer');
    expect(summer.dueOn).toBe('2025-09-08');
    expect(summer.dueExplanation).toContain('(zomerreces 12 juli 2025 – 22 augustus 2025)');
    const weeks = await setTerm(1, 'weeks');
    expect(weeks.body.answerTerm).toBe('1 week');
    expect((await register('2025-06-03', 'Een week')).dueOn).toBe('2025-06-10');
    const wrong = await setTerm(3, 'months');
    expect(wrong.status).toBe(400);
    await setTerm(45, 'days');
  });

  it('keeps postponements working: the new date replaces the term, with its own explanation', async () => {
    const set = await register('2025-06-03', 'Uitstel');
    const postponed = await http()
      .post(`/api/question-sets/${set.id}/postpone`)
      .set('Authorization', clerk)
      .send({ version: set.version, reason: 'Meer tijd nodig', newDueOn: '2025-09-15', sentOn: '2025-06-20' })
      .expect(200);
    expect(postponed.body.dueOn).toBe('2025-09-15');
    expect(postponed.body.dueExplanation).toBe('uitgesteld tot 15 september 2025 (uitstelbericht van 20 juni 2025)');
  });

  it('lets the griffie set the term and the recesses on /beheer/termijn', async () => {
    const user = await createWebUser(t, { email: 'griffie@reesdorp.test', role: 'clerk', municipalityId: gemeente.id });
    const agent = await loginAgent(t.app.getHttpServer(), user.email, user.password);
    const page = await agent.get('/beheer/termijn').expect(200);
    expect(page.text).toContain('45 dagen');
    expect(page.text).toContain('zomerreces');
    expect(page.text).toContain('Tweede Pinksterdag');
    const added = await agent
      .post('/beheer/termijn/reces')
      .type('form')
      .send({ _csrf: csrfOf(page.text), name: 'kerstreces 2025', startsOn: '2025-12-20', endsOn: '2026-01-04' })
      .expect(303);
    expect(added.headers.location).toContain('melding=reces-toegevoegd');
    const wrong = await agent
      .post('/beheer/termijn/reces')
      .type('form')
      .send({ _csrf: csrfOf(page.text), name: '', startsOn: '2025-12-20', endsOn: 'morgen' })
      .expect(400);
    expect(wrong.text).toContain('Controleer het formulier');
    const after = await agent.get('/beheer/termijn').expect(200);
    expect(after.text).toContain('kerstreces 2025');
    expect(after.text).toContain('16 dagen');
    const version = (await http().get(`/api/municipalities/${gemeente.slug}`)).body.version;
    await agent
      .post('/beheer/termijn')
      .type('form')
      .send({
        _csrf: csrfOf(after.text),
        version: String(version),
        answerTermAmount: '10',
        answerTermUnit: 'workingDays',
        reminderDaysBefore: '3',
        reminderEmail: 'college@reesdorp.test',
      })
      .expect(303);
    const saved = await http().get(`/api/municipalities/${gemeente.slug}`).set('Authorization', clerk);
    expect(saved.body).toMatchObject({
      answerTerm: '10 werkdagen',
      reminderDaysBefore: 3,
      reminderEmail: 'college@reesdorp.test',
    });
    // The reminder address is the griffie's business, not the public's.
    expect((await http().get(`/api/municipalities/${gemeente.slug}`)).body.reminderEmail).toBeNull();
    const recesses = (await http().get(`/api/municipalities/${gemeente.slug}/recesses`)).body as { id: number }[];
    const final = await agent.get('/beheer/termijn').expect(200);
    await agent
      .post(`/beheer/termijn/reces/${recesses[1].id}/verwijderen`)
      .type('form')
      .send({ _csrf: csrfOf(final.text) })
      .expect(303);
    expect((await http().get(`/api/municipalities/${gemeente.slug}/recesses`)).body).toHaveLength(1);
  });
});
