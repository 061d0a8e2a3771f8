import request from 'supertest';
import { AccountsService, LOGIN_MAX_FAILURES_PER_IP, loginDelayMs } from '../src/auth/accounts.service';
import {
  FOLLOW_MAILS_PER_ADDRESS_PER_DAY,
  FOLLOW_REQUEST_WINDOW_MS,
  FOLLOW_REQUESTS_PER_IP,
} from '../src/commitments/follow-up/follows.service';
import { createMunicipality, MunicipalityFixture, questionSetBody } from './support/factories';
import { readMailbox } from './support/mailbox';
import { createTestApp, TestApp } from './support/test-app';
import { csrfOf } from './support/web';

/** Issue 17: follow mails are capped per address and per day; a clerk cannot store a draft it would not see. */
describe('abuse limits (issue 17)', () => {
  let t: TestApp;
  let amersfoort: MunicipalityFixture;
  let clerk: string;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    amersfoort = await createMunicipality(t, { name: 'Amersfoort', slug: 'amersfoort' });
    clerk = await t.token('clerk', amersfoort.id);
  });
  afterAll(() => t.close());

  async function setCount(): Promise<number> {
    const [row] = await t.dataSource.query('SELECT count(*)::int AS n FROM question_set');
    return row.n;
  }

  it('refuses a clerk who creates a draft (403) instead of storing a set that answers 404', async () => {
    const before = await setCount();
    const response = await http()
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send(questionSetBody('amersfoort', { status: 'draft' }));
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await setCount()).toBe(before);
  });

  it(`sends at most ${FOLLOW_MAILS_PER_ADDRESS_PER_DAY} confirmation mails a day to one address, then answers 429`, async () => {
    const ids: number[] = [];
    for (let i = 0; i <= FOLLOW_MAILS_PER_ADDRESS_PER_DAY; i++) {
      const created = await http()
        .post('/api/question-sets')
        .set('Authorization', clerk)
        .send(questionSetBody('amersfoort', { subject: `Vragen ${i}` }))
        .expect(201);
      ids.push(created.body.id);
    }
    const before = readMailbox(t.config.dataDir).length;
    for (const id of ids.slice(0, FOLLOW_MAILS_PER_ADDRESS_PER_DAY)) {
      await http().post(`/api/question-sets/${id}/follow`).send({ email: 'Slachtoffer@example.nl' }).expect(202);
    }
    const refused = await http()
      .post(`/api/question-sets/${ids[FOLLOW_MAILS_PER_ADDRESS_PER_DAY]}/follow`)
      .send({ email: 'slachtoffer@example.nl' });
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(readMailbox(t.config.dataDir).length - before).toBe(FOLLOW_MAILS_PER_ADDRESS_PER_DAY);
    // Another address is not affected.
    await http().post(`/api/question-sets/${ids[0]}/follow`).send({ email: 'iemand-anders@example.nl' }).expect(202);
  });

  it('limits password spraying per IP address over all accounts; other addresses are not locked out', async () => {
    const accounts = t.app.get(AccountsService);
    for (let i = 0; i < LOGIN_MAX_FAILURES_PER_IP; i++) {
      expect((await accounts.login(`raad-${i}@example.nl`, 'fout', '10.0.0.1', null)).ok).toBe(false);
    }
    const sprayed = await accounts.login('nog-een@example.nl', 'fout', '10.0.0.1', null);
    expect(sprayed).toEqual({ ok: false, reason: 'rate-limited' });
    const elsewhere = await accounts.login('nog-een@example.nl', 'fout', '10.0.0.2', null);
    expect(elsewhere).toEqual({ ok: false, reason: 'invalid' });
  });

  it('slows logins down after many failures on one account or in total, without locking anyone out', () => {
    expect(loginDelayMs(0, 0)).toBe(0);
    expect(loginDelayMs(9, 400)).toBe(0);
    expect(loginDelayMs(10, 0)).toBe(250);
    expect(loginDelayMs(11, 0)).toBe(500);
    expect(loginDelayMs(40, 0)).toBe(5000);
    expect(loginDelayMs(0, 500)).toBe(250);
    expect(loginDelayMs(0, 5000)).toBe(5000);
  });
});

/** Issue 17: one client (IP address) cannot make the server mail many inboxes through the follow forms. */
describe('follow requests per IP address (issue 17)', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    // Behind a proxy: the client's address comes from X-Forwarded-For, so the test can play several clients.
    t = await createTestApp({ TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  it(`accepts ${FOLLOW_REQUESTS_PER_IP} follow requests an hour from one IP address, then answers 429 with Retry-After`, async () => {
    const amersfoort = await createMunicipality(t, { name: 'Amersfoort', slug: 'amersfoort' });
    const clerk = await t.token('clerk', amersfoort.id);
    const set = await http()
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send(questionSetBody('amersfoort', { subject: 'Vragen over de ringweg' }))
      .expect(201);
    const id = set.body.id as number;
    const before = readMailbox(t.config.dataDir).length;
    // A different address every time: the per-address cap never applies, only the per-IP one.
    for (let i = 0; i < FOLLOW_REQUESTS_PER_IP; i++) {
      await http()
        .post(`/api/question-sets/${id}/follow`)
        .set('X-Forwarded-For', '203.0.113.7')
        .send({ email: `inbox-${i}@example.nl` })
        .expect(202);
    }
    expect(readMailbox(t.config.dataDir).length - before).toBe(FOLLOW_REQUESTS_PER_IP);

    const refused = await http()
      .post(`/api/question-sets/${id}/follow`)
      .set('X-Forwarded-For', '203.0.113.7')
      .send({ email: 'nog-een@example.nl' });
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.detail).toMatch(/te veel volgverzoeken gedaan\. Probeer het over \d+ minuten opnieuw\./);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(FOLLOW_REQUEST_WINDOW_MS / 1000);
    expect(refused.body.retryAfter).toBe(retryAfter);
    expect(readMailbox(t.config.dataDir).length - before).toBe(FOLLOW_REQUESTS_PER_IP);

    // The web form of the same client is refused too, as a Dutch page with the same header.
    const agent = request.agent(t.app.getHttpServer());
    // The session's CSRF token from the login form (the set's own page shows the form once it is published).
    const page = await agent.get('/inloggen').set('X-Forwarded-For', '203.0.113.7').expect(200);
    const form = await agent
      .post(`/vragen/${id}/volgen`)
      .set('X-Forwarded-For', '203.0.113.7')
      .set('Accept', 'text/html')
      .type('form')
      .send({ _csrf: csrfOf(page.text), email: 'via-formulier@example.nl' });
    expect(form.status).toBe(429);
    expect(form.headers['retry-after']).toBeDefined();
    expect(form.text).toContain('te veel volgverzoeken');

    // Another client is not affected.
    await http()
      .post(`/api/question-sets/${id}/follow`)
      .set('X-Forwarded-For', '198.51.100.23')
      .send({ email: 'buurman@example.nl' })
      .expect(202);
    expect(readMailbox(t.config.dataDir).length - before).toBe(FOLLOW_REQUESTS_PER_IP + 1);

    // When the window has ended the client may ask again (the window is moved back rather than waited for).
    await t.dataSource.query(
      `UPDATE follow_request_limit SET window_started_at = now() - ($1::int * interval '1 millisecond') - interval '1 second'`,
      [FOLLOW_REQUEST_WINDOW_MS],
    );
    await http()
      .post(`/api/question-sets/${id}/follow`)
      .set('X-Forwarded-For', '203.0.113.7')
      .send({ email: 'later@example.nl' })
      .expect(202);
  });
});
