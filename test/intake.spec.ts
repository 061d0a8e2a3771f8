import request from 'supertest';
import { RemindersService } from '../src/reminders/reminders.service';
import { createMunicipality, MunicipalityFixture, questionSetBody } from './support/factories';
import { readMailbox } from './support/mailbox';
import { createTestApp, TestApp } from './support/test-app';
import { createWebUser, csrfOf, loginAgent } from './support/web';

describe("the griffie's intake of fractie submissions", () => {
  let t: TestApp;
  let gemeente: MunicipalityFixture;
  let clerk: string;
  let party: string;
  let reminders: RemindersService;
  let griffie: Awaited<ReturnType<typeof loginAgent>>;
  const http = () => request(t.app.getHttpServer());

  async function submit(subject: string): Promise<{ id: number; version: number }> {
    const draft = await http()
      .post('/api/question-sets')
      .set('Authorization', party)
      .send({ municipality: gemeente.slug, status: 'draft', subject, questions: [{ number: '1', text: 'Waarom?' }] })
      .expect(201);
    const submitted = await http()
      .post(`/api/question-sets/${draft.body.id}/register`)
      .set('Authorization', party)
      .send({ version: draft.body.version })
      .expect(200);
    return submitted.body;
  }

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.current = '2025-03-10';
    reminders = t.app.get(RemindersService);
    gemeente = await createMunicipality(t, { name: 'Intakedorp', slug: 'intakedorp', answerTermAmount: 30 });
    clerk = await t.token('clerk', gemeente.id);
    const known = await http()
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send(questionSetBody(gemeente.slug, { reference: '2025-001', documents: [], portfolioHolder: 'Jansen' }))
      .expect(201);
    party = await t.token('party', gemeente.id, { partyId: known.body.party.id });
    await createWebUser(t, { email: 'griffie@intakedorp.test', role: 'clerk', municipalityId: gemeente.id });
    await createWebUser(t, { email: 'griffier@intakedorp.test', role: 'clerk', municipalityId: gemeente.id });
    await createWebUser(t, { email: 'college@intakedorp.test', role: 'executive', municipalityId: gemeente.id });
    griffie = await loginAgent(t.app.getHttpServer(), 'griffie@intakedorp.test', 'geheim-wachtwoord-123');
  });

  afterAll(() => t.close());

  it("puts a fractie's submission in the intake and mails the griffie once", async () => {
    const set = await submit('Bomenkap in het park');
    const detail = await http().get(`/api/question-sets/${set.id}`).set('Authorization', clerk).expect(200);
    expect(detail.body).toMatchObject({
      status: 'registered',
      intakeStatus: 'pending',
      receivedOn: '2025-03-10',
      dueOn: '2025-04-09',
    });
    const list = await http().get('/api/question-sets?intake=pending').set('Authorization', clerk).expect(200);
    expect(list.body.items.map((s: { id: number }) => s.id)).toEqual([set.id]);
    const run = await reminders.run('2025-03-10');
    expect(run.sent).toBe(2);
    const mails = readMailbox(t.config.dataDir);
    expect(mails.map((m) => m.to).sort()).toEqual(['griffie@intakedorp.test', 'griffier@intakedorp.test']);
    expect(mails[0].text).toContain('GroenLinks heeft schriftelijke vragen ingediend bij de griffie');
    expect(mails[0].text).toContain('http://raadsvragen.test/beheer/intake');
    expect(mails[0].text).toContain('Uiterste antwoorddatum: 9 april 2025');
    expect((await reminders.run('2025-03-10')).sent).toBe(0);
  });

  it('lets the griffie register it from /beheer/intake with a reference and a portfolio holder', async () => {
    const page = await griffie.get('/beheer/intake').expect(200);
    expect(page.text).toContain('1 ingediende vragenset wacht op registratie');
    expect(page.text).toContain('Bomenkap in het park');
    expect(page.text).toContain('<option value="Jansen">');
    const [, id] = /action="\/beheer\/intake\/(\d+)\/registreren"/.exec(page.text) as RegExpExecArray;
    const version = /name="version" value="(\d+)"/.exec(page.text)?.[1] as string;
    const taken = await griffie
      .post(`/beheer/intake/${id}/registreren`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), version, reference: '2025-001', portfolioHolder: 'Jansen' })
      .expect(400);
    expect(taken.text).toContain('2025-001 is al in gebruik');
    const done = await griffie
      .post(`/beheer/intake/${id}/registreren`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), version, reference: '2025-002', portfolioHolder: 'Jansen' })
      .expect(303);
    expect(done.headers.location).toBe('/beheer/intake?melding=geregistreerd');
    const set = await http().get(`/api/question-sets/${id}`).set('Authorization', clerk).expect(200);
    expect(set.body).toMatchObject({ reference: '2025-002', intakeStatus: 'accepted', status: 'registered' });
    expect(set.body.portfolioHolder.name).toBe('Jansen');
    const after = await griffie.get('/beheer/intake?melding=geregistreerd').expect(200);
    expect(after.text).toContain('De vragen zijn geregistreerd.');
    expect(after.text).toContain('Geen ingediende vragen die op registratie wachten.');
    const again = await http()
      .post(`/api/question-sets/${id}/intake/accept`)
      .set('Authorization', clerk)
      .send({ version: set.body.version });
    expect(again.status).toBe(409);
  });

  it("sends a submission back to the fractie as a draft with the reason, out of the griffie's sight", async () => {
    const set = await submit('Vraag aan de gemeenteraad zelf');
    const executive = await t.token('executive', gemeente.id);
    await http()
      .post(`/api/question-sets/${set.id}/intake/return`)
      .set('Authorization', executive)
      .send({ version: set.version, reason: 'x' })
      .expect(403);
    const page = await griffie.get('/beheer/intake').expect(200);
    const empty = await griffie
      .post(`/beheer/intake/${set.id}/terugsturen`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), version: String(set.version), reason: '' })
      .expect(400);
    expect(empty.text).toContain('Reden');
    await griffie
      .post(`/beheer/intake/${set.id}/terugsturen`)
      .type('form')
      .send({
        _csrf: csrfOf(page.text),
        version: String(set.version),
        reason: 'Deze vraag is niet aan het college gericht.',
      })
      .expect(303);
    await http().get(`/api/question-sets/${set.id}`).set('Authorization', clerk).expect(404);
    const own = await http().get(`/api/question-sets/${set.id}`).set('Authorization', party).expect(200);
    expect(own.body).toMatchObject({
      status: 'draft',
      receivedOn: null,
      dueOn: null,
      intakeStatus: null,
      intakeNote: 'Deze vraag is niet aan het college gericht.',
    });
    // The notice queued for the submission is dropped: the set is a draft again.
    expect((await reminders.run('2025-03-10')).sent).toBe(0);
  });
});
