import request from 'supertest';
import { AccountsService } from '../src/auth/accounts.service';
import { JOB_LOCKS } from '../src/commitments/follow-up/advisory-lock';
import { JobsService } from '../src/commitments/follow-up/jobs.service';
import { createTestApp, TestApp } from './support/test-app';
import { createMunicipality, MunicipalityFixture } from './support/factories';
import { createSecondInstance, createWebUser, csrfOf, loginAgent, loginCookie } from './support/web';

describe('web accounts: login, sessions, CSRF and the login rate limit', () => {
  let t: TestApp;
  let amersfoort: MunicipalityFixture;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    amersfoort = await createMunicipality(t, { slug: 'amersfoort', name: 'Amersfoort' });
    await createWebUser(t, {
      email: 'griffie@amersfoort.test',
      role: 'clerk',
      municipalityId: amersfoort.id,
      displayName: 'Griffie Amersfoort',
    });
  });

  afterAll(() => t.close());

  it('logs a clerk in with a hashed password and an httpOnly SameSite=Lax session cookie', async () => {
    const hash = await t.dataSource.query(`SELECT password_hash FROM app_user WHERE email = 'griffie@amersfoort.test'`);
    expect(hash[0].password_hash).toMatch(/^\$2[aby]\$/);
    const agent = request.agent(t.app.getHttpServer());
    const form = await agent.get('/inloggen').expect(200);
    expect(form.text).toContain('E-mailadres');
    const response = await agent
      .post('/inloggen')
      .type('form')
      .send({ _csrf: csrfOf(form.text), email: 'Griffie@Amersfoort.test', password: 'geheim-wachtwoord-123' })
      .expect(303);
    expect(response.headers.location).toBe('/beheer');
    const cookie = ([] as string[])
      .concat(response.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('rv_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const home = await agent.get('/').expect(200);
    expect(home.text).toContain('Griffie Amersfoort');
  });

  it('marks the session cookie Secure when the request came over TLS through a trusted proxy', async () => {
    const tls = await createTestApp({ TRUST_PROXY: 'true' });
    try {
      const response = await request(tls.app.getHttpServer())
        .get('/inloggen')
        .set('X-Forwarded-Proto', 'https')
        .expect(200);
      const cookie = ([] as string[])
        .concat(response.headers['set-cookie'] ?? [])
        .find((c) => c.startsWith('rv_session='));
      expect(cookie).toMatch(/Secure/);
    } finally {
      await tls.close();
    }
  });

  it('refuses a POST without the session CSRF token with a Dutch message', async () => {
    const agent = await loginAgent(t.app.getHttpServer(), 'griffie@amersfoort.test', 'geheim-wachtwoord-123');
    const response = await agent
      .post('/uitloggen')
      .set('Accept', 'text/html')
      .type('form')
      .send({ _csrf: 'verkeerd' })
      .expect(403);
    expect(response.text).toContain('Dit formulier is verlopen');
    const stillIn = await agent.get('/').expect(200);
    expect(stillIn.text).toContain('Uitloggen');
  });

  it('refuses the login form without a CSRF token', async () => {
    await http()
      .post('/inloggen')
      .type('form')
      .send({ email: 'griffie@amersfoort.test', password: 'geheim-wachtwoord-123' })
      .expect(403);
  });

  it('shows a Dutch message for a wrong password and keeps the e-mail address in the form', async () => {
    const agent = request.agent(t.app.getHttpServer());
    const form = await agent.get('/inloggen');
    const response = await agent
      .post('/inloggen')
      .type('form')
      .send({ _csrf: csrfOf(form.text), email: 'griffie@amersfoort.test', password: 'fout' })
      .expect(401);
    expect(response.text).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(response.text).toContain('value="griffie@amersfoort.test"');
  });

  it('blocks an account and IP after five failures in fifteen minutes, counted in PostgreSQL', async () => {
    await createWebUser(t, { email: 'slot@amersfoort.test', role: 'clerk', municipalityId: amersfoort.id });
    const agent = request.agent(t.app.getHttpServer());
    const form = await agent.get('/inloggen');
    const csrf = csrfOf(form.text);
    for (let i = 0; i < 5; i++) {
      await agent
        .post('/inloggen')
        .type('form')
        .send({ _csrf: csrf, email: 'slot@amersfoort.test', password: `fout-${i}` })
        .expect(401);
    }
    const blocked = await agent
      .post('/inloggen')
      .type('form')
      .send({ _csrf: csrf, email: 'slot@amersfoort.test', password: 'geheim-wachtwoord-123' })
      .expect(429);
    expect(blocked.text).toContain('Te veel mislukte pogingen');
    const rows = await t.dataSource.query(
      `SELECT failures FROM login_attempt WHERE account_key = 'slot@amersfoort.test'`,
    );
    expect(rows[0].failures).toBe(5);
    // After the window the account may try again (the window is moved back instead of waiting).
    await t.dataSource.query(`UPDATE login_attempt SET window_started_at = now() - interval '16 minutes'`);
    await agent
      .post('/inloggen')
      .type('form')
      .send({ _csrf: csrf, email: 'slot@amersfoort.test', password: 'geheim-wachtwoord-123' })
      .expect(303);
  });

  it('keeps a session valid on a second app instance on the same database', async () => {
    const sessionCookie = await loginCookie(t.app.getHttpServer(), 'griffie@amersfoort.test', 'geheim-wachtwoord-123');
    await http().get('/beheer').set('Cookie', sessionCookie).expect(200);
    const second = await createSecondInstance(t);
    try {
      const cookies = await t.dataSource.query(`SELECT count(*)::int AS n FROM web_session WHERE user_id IS NOT NULL`);
      expect(cookies[0].n).toBeGreaterThan(0);
      const viaSecond = await request(second.getHttpServer()).get('/beheer').set('Cookie', sessionCookie).expect(200);
      expect(viaSecond.text).toContain('Griffie Amersfoort');
    } finally {
      await second.close();
    }
  });

  it('logs out: the session row is removed and the cookie no longer works', async () => {
    const agent = await loginAgent(t.app.getHttpServer(), 'griffie@amersfoort.test', 'geheim-wachtwoord-123');
    const page = await agent.get('/').expect(200);
    await agent
      .post('/uitloggen')
      .type('form')
      .send({ _csrf: csrfOf(page.text) })
      .expect(303);
    const after = await agent.get('/beheer').expect(303);
    expect(after.headers.location).toBe('/inloggen?terug=%2Fbeheer');
  });
  it('purges expired sessions and stale login counters, and keeps live ones', async () => {
    const accounts = t.app.get(AccountsService);
    const live = await accounts.createSession(null);
    const expired = await accounts.createSession(null);
    await t.dataSource.query(`UPDATE web_session SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      expired.info.id,
    ]);
    await t.dataSource.query(
      `INSERT INTO login_attempt (account_key, ip, failures, window_started_at) VALUES ('oud@example.test', '10.0.0.1', 3, now() - interval '1 hour'), ('nieuw@example.test', '10.0.0.1', 2, now())`,
    );
    await accounts.purgeExpired();
    const sessions: { id: string }[] = await t.dataSource.query(`SELECT id FROM web_session WHERE id = ANY($1)`, [
      [live.info.id, expired.info.id],
    ]);
    expect(sessions.map((r) => r.id)).toEqual([live.info.id]);
    const attempts: { account_key: string }[] = await t.dataSource.query(
      `SELECT account_key FROM login_attempt WHERE ip = '10.0.0.1'`,
    );
    expect(attempts.map((r) => r.account_key)).toEqual(['nieuw@example.test']);
  });

  it('lets one instance at a time purge sessions from the jobs runner (advisory lock)', async () => {
    const jobs = t.app.get(JobsService);
    const expired = await t.app.get(AccountsService).createSession(null);
    await t.dataSource.query(`UPDATE web_session SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      expired.info.id,
    ]);
    const other = t.dataSource.createQueryRunner();
    await other.connect();
    try {
      // Another instance is purging right now: this one skips the round and deletes nothing.
      await other.query('SELECT pg_advisory_lock($1)', [JOB_LOCKS.sessionPurge]);
      expect(await jobs.purgeSessions()).toBe(false);
      expect(await t.dataSource.query(`SELECT id FROM web_session WHERE id = $1`, [expired.info.id])).toHaveLength(1);
      await other.query('SELECT pg_advisory_unlock($1)', [JOB_LOCKS.sessionPurge]);
    } finally {
      await other.release();
    }
    expect(await jobs.purgeSessions()).toBe(true);
    expect(await t.dataSource.query(`SELECT id FROM web_session WHERE id = $1`, [expired.info.id])).toHaveLength(0);
  });
});
