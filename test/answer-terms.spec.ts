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

  it('computes the due date again when the griffie corrects the date received, postponements still on top', async () => {
    const set = await register('2025-06-03', 'Verkeerde ontvangstdatum');
    expect(set.dueOn).toBe('2025-08-29');
    const patch = (id: number, body: Record<string, unknown>) =>
      http().patch(`/api/question-sets/${id}`).set('Authorization', clerk).send(body);
    // Received on 20 May after all: 45 days end on 4 July, before the zomerreces starts.
    const corrected = await patch(set.id, { version: set.version, receivedOn: '2025-05-20' }).expect(200);
    expect(corrected.body).toMatchObject({
      receivedOn: '2025-05-20',
      dueOn: '2025-07-04',
      dueExplanation: '45 dagen na ontvangst op 20 mei 2025',
      version: set.version + 1,
    });
    // And back into the recess: the pause is counted again.
    const back = await patch(set.id, { version: corrected.body.version, receivedOn: '2025-06-02' }).expect(200);
    expect(back.body.dueOn).toBe('2025-08-28');
    expect(back.body.dueExplanation).toContain('plus 42 dagen zomerreces');
    // The same optimistic check as every edit.
    const stale = await patch(set.id, { version: set.version, receivedOn: '2025-05-21' }).expect(409);
    expect(stale.headers['content-type']).toMatch(/problem\+json/);
    // Not in the future (today is 3 June 2025), a real calendar date, a date without a time.
    for (const [receivedOn, message] of [
      ['2025-06-04', 'mag niet in de toekomst liggen'],
      ['2025-02-29', 'is geen bestaande datum'],
      ['2025-05-20T10:00:00Z', 'moet een datum zijn (JJJJ-MM-DD)'],
      ['gisteren', 'moet een datum zijn (JJJJ-MM-DD)'],
    ]) {
      const refused = await patch(set.id, { version: back.body.version, receivedOn }).expect(400);
      expect(refused.headers['content-type']).toMatch(/problem\+json/);
      expect(JSON.stringify(refused.body)).toContain(message);
    }
    const unchanged = await http().get(`/api/question-sets/${set.id}`).set('Authorization', clerk).expect(200);
    expect(unchanged.body).toMatchObject({ receivedOn: '2025-06-02', dueOn: '2025-08-28', version: back.body.version });

    // A postponed set keeps the postponement's date; the correction may not pass it.
    const postponedSet = await register('2025-06-03', 'Uitstel en ontvangstdatum');
    const postponed = await http()
      .post(`/api/question-sets/${postponedSet.id}/postpone`)
      .set('Authorization', clerk)
      .send({ version: postponedSet.version, reason: 'Meer tijd nodig', newDueOn: '2025-09-15', sentOn: '2025-06-03' })
      .expect(200);
    const kept = await patch(postponedSet.id, { version: postponed.body.version, receivedOn: '2025-05-01' }).expect(
      200,
    );
    expect(kept.body).toMatchObject({
      receivedOn: '2025-05-01',
      dueOn: '2025-09-15',
      dueExplanation: 'uitgesteld tot 15 september 2025 (uitstelbericht van 3 juni 2025)',
    });

    // An answered set: the date received may not come after the answer date.
    const answeredSet = await register('2025-05-26', 'Al beantwoord');
    const answered = await http()
      .post(`/api/question-sets/${answeredSet.id}/answers`)
      .set('Authorization', clerk)
      .send({
        version: answeredSet.version,
        answeredOn: '2025-05-28',
        answers: [{ questions: ['1', '2a', '2b'], text: 'Zie de raadsinformatiebrief.' }],
      })
      .expect(200);
    expect(answered.body.status).toBe('answered');
    const after = await patch(answeredSet.id, { version: answered.body.version, receivedOn: '2025-05-30' }).expect(400);
    expect(JSON.stringify(after.body)).toContain('kan niet na de datum van beantwoording liggen');
    const earlier = await patch(answeredSet.id, { version: answered.body.version, receivedOn: '2025-04-01' }).expect(
      200,
    );
    expect(earlier.body).toMatchObject({ receivedOn: '2025-04-01', dueOn: '2025-05-16', answeredOn: '2025-05-28' });
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
