import request from 'supertest';
import { DataSource } from 'typeorm';
import { AccountsService } from '../src/auth/accounts.service';
import { PasswordResetService } from '../src/auth/password-reset.service';
import { TokensService } from '../src/auth/tokens.service';
import { PeopleService } from '../src/people/people.service';
import { createMunicipality, MunicipalityFixture } from './support/factories';
import { readMailbox, StoredMail } from './support/mailbox';
import { createTestApp, TestApp } from './support/test-app';
import { createWebUser, csrfOf, loginAgent } from './support/web';

/** Polls the mail folder: "wachtwoord vergeten" mails after answering, so its timing tells nothing. */
async function waitForMail(dataDir: string, to: string, count: number): Promise<StoredMail[]> {
  for (let i = 0; i < 100; i++) {
    const mails = readMailbox(dataDir).filter((m) => m.to.includes(to));
    if (mails.length >= count) return mails;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail to ${to}`);
}

function linkOf(mail: StoredMail): string {
  const match = /http:\/\/raadsvragen\.test(\/wachtwoord-kiezen\?token=[A-Za-z0-9_%-]+)/.exec(mail.text);
  if (!match) throw new Error('no link in the mail');
  return match[1];
}

describe('accounts and API tokens: who manages what, expiry, revocation, password links (issues 17 and 20)', () => {
  let t: TestApp;
  let a: MunicipalityFixture;
  let b: MunicipalityFixture;
  let admin: string;
  let clerkA: string;
  let clerkB: string;
  let partyA: string;
  let executiveA: string;
  let partyIdA: number;
  let partyIdB: number;
  const http = () => request(t.app.getHttpServer());
  const db = () => t.app.get(DataSource);

  beforeAll(async () => {
    t = await createTestApp();
    a = await createMunicipality(t, { slug: 'aastad', name: 'Aastad' });
    b = await createMunicipality(t, { slug: 'beedorp', name: 'Beedorp' });
    const people = t.app.get(PeopleService);
    partyIdA = (await people.findOrCreateParty(db().manager, a.id, 'GroenLinks')).id;
    partyIdB = (await people.findOrCreateParty(db().manager, b.id, 'VVD')).id;
    admin = await t.token('admin', null);
    clerkA = await t.token('clerk', a.id);
    clerkB = await t.token('clerk', b.id);
    partyA = await t.token('party', a.id, { partyId: partyIdA });
    executiveA = await t.token('executive', a.id);
    await createWebUser(t, { email: 'griffie@aastad.test', role: 'clerk', municipalityId: a.id });
    await createWebUser(t, { email: 'fractie@aastad.test', role: 'party', municipalityId: a.id, partyId: partyIdA });
    await createWebUser(t, { email: 'griffie@beedorp.test', role: 'clerk', municipalityId: b.id });
    await createWebUser(t, { email: 'beheer@raadsvragen.test', role: 'admin', municipalityId: null });
  });

  afterAll(() => t.close());

  describe('the JSON API', () => {
    it('lets the admin list every account and a clerk only its own municipality', async () => {
      const all = await http().get('/api/accounts?limit=100').set('Authorization', admin).expect(200);
      expect(all.body.items.map((u: { email: string }) => u.email)).toEqual(
        expect.arrayContaining(['griffie@aastad.test', 'griffie@beedorp.test', 'beheer@raadsvragen.test']),
      );
      const own = await http().get('/api/accounts').set('Authorization', clerkA).expect(200);
      expect(own.body.items.map((u: { email: string }) => u.email).sort()).toEqual([
        'fractie@aastad.test',
        'griffie@aastad.test',
      ]);
      expect(own.body.items[0]).toEqual(
        expect.objectContaining({ lastLoginAt: null, disabled: false, municipality: 'aastad', version: 1 }),
      );
      // Asking for another municipality's accounts is asking for something hidden.
      await http().get('/api/accounts?municipality=beedorp').set('Authorization', clerkA).expect(404);
    });

    it('refuses fracties, aldermen and the public any account or token list (403 problem+json)', async () => {
      for (const who of [partyA, executiveA]) {
        const response = await http().get('/api/accounts').set('Authorization', who).expect(403);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body.detail).toContain('griffie en de beheerder');
        await http().get('/api/tokens').set('Authorization', who).expect(403);
        await http().post('/api/tokens').set('Authorization', who).send({ label: 'x', role: 'party' }).expect(403);
      }
      await http().get('/api/accounts').expect(403);
    });

    it('lets a clerk create a fractie account in its municipality and mails an invitation link', async () => {
      const created = await http()
        .post('/api/accounts')
        .set('Authorization', clerkA)
        .send({ email: 'Nieuw@Aastad.test', role: 'party', partyId: partyIdA, displayName: 'Nieuwe fractie' })
        .expect(201);
      expect(created.body).toEqual(
        expect.objectContaining({
          email: 'nieuw@aastad.test',
          role: 'party',
          party: 'GroenLinks',
          municipality: 'aastad',
        }),
      );
      const [mail] = await waitForMail(t.config.dataDir, 'nieuw@aastad.test', 1);
      expect(mail.subject).toBe('Uw account bij Raadsvragen');
      expect(mail.text).toContain('Kies uw wachtwoord met deze link');
      const [row] = await t.dataSource.query(
        `SELECT purpose, r.expires_at - r.created_at > interval '71 hours' AS three_days FROM password_reset r JOIN app_user u ON u.id = r.user_id WHERE u.email = 'nieuw@aastad.test'`,
      );
      expect(row).toEqual({ purpose: 'invite', three_days: true });
      const [audit] = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_type = 'app_user'`);
      expect(audit.action).toBe('account.created');
    });

    it('keeps a clerk within its reach: no admin role, no party of another municipality, no account of B', async () => {
      const adminRole = await http()
        .post('/api/accounts')
        .set('Authorization', clerkA)
        .send({ email: 'baas@aastad.test', role: 'admin' })
        .expect(403);
      expect(adminRole.body.detail).toBe('Alleen de beheerder maakt beheerders aan.');
      await http()
        .post('/api/accounts')
        .set('Authorization', clerkA)
        .send({ email: 'x@beedorp.test', role: 'clerk', municipality: 'beedorp' })
        .expect(403);
      const wrongParty = await http()
        .post('/api/accounts')
        .set('Authorization', clerkA)
        .send({ email: 'vvd@aastad.test', role: 'party', partyId: partyIdB })
        .expect(400);
      expect(wrongParty.body.errors).toEqual([{ path: 'partyId', message: 'is geen fractie van deze gemeente' }]);
      const [griffieB] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'griffie@beedorp.test'`);
      await http().get(`/api/accounts/${griffieB.id}`).set('Authorization', clerkA).expect(404);
      await http()
        .patch(`/api/accounts/${griffieB.id}`)
        .set('Authorization', clerkA)
        .send({ version: 1, disabled: true })
        .expect(404);
      await http().post(`/api/accounts/${griffieB.id}/password-reset`).set('Authorization', clerkA).expect(404);
      const [stillEnabled] = await t.dataSource.query(`SELECT disabled_at FROM app_user WHERE id = $1`, [griffieB.id]);
      expect(stillEnabled.disabled_at).toBeNull();
    });

    it('changes a role with the version read (409 when stale) and lets the account tokens follow it', async () => {
      const [fractie] = await t.dataSource.query(
        `SELECT id, version FROM app_user WHERE email = 'fractie@aastad.test'`,
      );
      const accounts = t.app.get(AccountsService);
      const user = await accounts.findUser(fractie.id);
      const { secret } = await t.app
        .get(TokensService)
        .createToken({ role: 'party', municipalityId: a.id, partyId: partyIdA, label: 'eigen', userId: user.id });
      const changed = await http()
        .patch(`/api/accounts/${fractie.id}`)
        .set('Authorization', clerkA)
        .send({ version: fractie.version, role: 'executive' })
        .expect(200);
      expect(changed.body).toEqual(expect.objectContaining({ role: 'executive', partyId: null, version: 2 }));
      await http()
        .patch(`/api/accounts/${fractie.id}`)
        .set('Authorization', clerkA)
        .send({ version: fractie.version, role: 'party', partyId: partyIdA })
        .expect(409);
      const [token] = await t.dataSource.query(`SELECT role, party_id FROM api_token WHERE user_id = $1`, [fractie.id]);
      expect(token).toEqual({ role: 'executive', party_id: null });
      await http().get('/api/accounts').set('Authorization', `Bearer ${secret}`).expect(403);
      await http()
        .patch(`/api/accounts/${fractie.id}`)
        .set('Authorization', clerkA)
        .send({ version: 2, role: 'party', partyId: partyIdA })
        .expect(200);
    });

    it('disables an account: its login, sessions and tokens stop; enabling restores the login', async () => {
      const { email, password } = await createWebUser(t, {
        email: 'weg@aastad.test',
        role: 'executive',
        municipalityId: a.id,
      });
      const agent = await loginAgent(t.app.getHttpServer(), email, password);
      await agent.get('/account').expect(200);
      const [user] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email]);
      const own = await t.app
        .get(TokensService)
        .createToken({ role: 'executive', municipalityId: a.id, label: 'eigen', userId: user.id });
      await http().get('/api/question-sets').set('Authorization', `Bearer ${own.secret}`).expect(200);
      await http()
        .patch(`/api/accounts/${user.id}`)
        .set('Authorization', clerkA)
        .send({ version: 1, disabled: true })
        .expect(200);
      expect((await agent.get('/account').expect(303)).headers.location).toBe('/inloggen?terug=%2Faccount');
      const refused = await http().get('/api/question-sets').set('Authorization', `Bearer ${own.secret}`).expect(401);
      expect(refused.body.detail).toBe('Het account van dit API-token is uitgeschakeld.');
      const login = request.agent(t.app.getHttpServer());
      const form = await login.get('/inloggen');
      const answer = await login
        .post('/inloggen')
        .type('form')
        .send({ _csrf: csrfOf(form.text), email, password })
        .expect(403);
      expect(answer.text).toContain('Dit account is uitgeschakeld.');
      await http()
        .patch(`/api/accounts/${user.id}`)
        .set('Authorization', clerkA)
        .send({ version: 2, disabled: false })
        .expect(200);
      await loginAgent(t.app.getHttpServer(), email, password);
    });

    it('does not let an account disable itself', async () => {
      const agent = await loginAgent(t.app.getHttpServer(), 'griffie@aastad.test', 'geheim-wachtwoord-123');
      const [me] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'griffie@aastad.test'`);
      const page = await agent.get(`/beheer/accounts/${me.id}`).expect(200);
      expect(page.text).not.toContain('Account uitschakelen');
      const refused = await agent
        .post(`/beheer/accounts/${me.id}/uitschakelen`)
        .type('form')
        .send({ _csrf: csrfOf(page.text), version: '1' })
        .expect(400);
      expect(refused.text).toContain('U kunt uw eigen account niet uitschakelen');
    });
  });

  describe('API tokens', () => {
    it('creates a token with an expiry, shows the secret once and stores only its hash', async () => {
      const created = await http()
        .post('/api/tokens')
        .set('Authorization', clerkA)
        .send({ label: 'koppeling iBabs', role: 'clerk', expiresInDays: 30 })
        .expect(201);
      expect(created.body.secret).toMatch(/^rv_/);
      expect(created.body).toEqual(
        expect.objectContaining({ label: 'koppeling iBabs', role: 'clerk', municipality: 'aastad', status: 'active' }),
      );
      const days = (Date.parse(created.body.expiresAt) - Date.parse(created.body.createdAt)) / 86_400_000;
      expect(Math.round(days)).toBe(30);
      const rows = await t.dataSource.query(`SELECT * FROM api_token WHERE id = $1`, [created.body.id]);
      expect(JSON.stringify(rows)).not.toContain(created.body.secret);
      const listed = await http().get('/api/tokens').set('Authorization', clerkA).expect(200);
      const item = listed.body.items.find((x: { id: number }) => x.id === created.body.id);
      expect(item).toBeDefined();
      expect(item.secret).toBeUndefined();
      const again = await http().get(`/api/tokens/${created.body.id}`).set('Authorization', clerkA).expect(200);
      expect(again.body.secret).toBeUndefined();
      // The default is a year.
      const yearly = await http()
        .post('/api/tokens')
        .set('Authorization', admin)
        .send({ label: 'jaar', role: 'executive', municipality: 'beedorp' })
        .expect(201);
      expect(Math.round((Date.parse(yearly.body.expiresAt) - Date.parse(yearly.body.createdAt)) / 86_400_000)).toBe(
        365,
      );
    });

    it('records the last use at most once a minute', async () => {
      const created = await http()
        .post('/api/tokens')
        .set('Authorization', clerkA)
        .send({ label: 'gebruik', role: 'executive' })
        .expect(201);
      expect(created.body.lastUsedAt).toBeNull();
      const token = `Bearer ${created.body.secret}`;
      await http().get('/api/question-sets').set('Authorization', token).expect(200);
      const [first] = await t.dataSource.query(`SELECT last_used_at FROM api_token WHERE id = $1`, [created.body.id]);
      expect(first.last_used_at).not.toBeNull();
      await http().get('/api/question-sets').set('Authorization', token).expect(200);
      const [second] = await t.dataSource.query(`SELECT last_used_at FROM api_token WHERE id = $1`, [created.body.id]);
      expect(second.last_used_at).toEqual(first.last_used_at);
      await t.dataSource.query(`UPDATE api_token SET last_used_at = now() - interval '2 minutes' WHERE id = $1`, [
        created.body.id,
      ]);
      await http().get('/api/question-sets').set('Authorization', token).expect(200);
      const [third] = await t.dataSource.query(
        `SELECT last_used_at > now() - interval '10 seconds' AS fresh FROM api_token WHERE id = $1`,
        [created.body.id],
      );
      expect(third.fresh).toBe(true);
    });

    it('answers 401 problem+json in Dutch for a revoked and for an expired token', async () => {
      const created = await http()
        .post('/api/tokens')
        .set('Authorization', clerkA)
        .send({ label: 'in te trekken', role: 'clerk' })
        .expect(201);
      const token = `Bearer ${created.body.secret}`;
      await http().get('/api/accounts').set('Authorization', token).expect(200);
      // Another municipality's clerk cannot see it, let alone revoke it.
      await http().post(`/api/tokens/${created.body.id}/revoke`).set('Authorization', clerkB).expect(404);
      const revoked = await http()
        .post(`/api/tokens/${created.body.id}/revoke`)
        .set('Authorization', clerkA)
        .expect(200);
      expect(revoked.body.status).toBe('revoked');
      const refused = await http().get('/api/accounts').set('Authorization', token).expect(401);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body.detail).toBe('Het API-token is ingetrokken.');

      const expiring = await http()
        .post('/api/tokens')
        .set('Authorization', clerkA)
        .send({ label: 'kort', role: 'clerk', expiresInDays: 1 })
        .expect(201);
      await t.dataSource.query(`UPDATE api_token SET expires_at = TIMESTAMPTZ '2026-03-01 12:00+01' WHERE id = $1`, [
        expiring.body.id,
      ]);
      const expired = await http()
        .get('/api/question-sets')
        .set('Authorization', `Bearer ${expiring.body.secret}`)
        .expect(401);
      expect(expired.body.detail).toBe('Het API-token is verlopen op 1 maart 2026. Maak een nieuw token aan.');
      const list = await http().get('/api/tokens?status=all').set('Authorization', clerkA).expect(200);
      const statuses = Object.fromEntries(list.body.items.map((x: { id: number; status: string }) => [x.id, x.status]));
      expect(statuses[created.body.id]).toBe('revoked');
      expect(statuses[expiring.body.id]).toBe('expired');
      const active = await http().get('/api/tokens').set('Authorization', clerkA).expect(200);
      expect(active.body.items.map((x: { id: number }) => x.id)).not.toContain(created.body.id);
    });

    it('refuses an expiry outside 1 to 3650 days and a token for another municipality', async () => {
      const tooLong = await http()
        .post('/api/tokens')
        .set('Authorization', clerkA)
        .send({ label: 'eeuwig', role: 'clerk', expiresInDays: 4000 })
        .expect(400);
      expect(tooLong.body.errors[0].path).toBe('expiresInDays');
      await http()
        .post('/api/tokens')
        .set('Authorization', clerkA)
        .send({ label: 'elders', role: 'clerk', municipality: 'beedorp' })
        .expect(403);
    });
  });

  describe('password links', () => {
    it('"wachtwoord vergeten" answers the same for known and unknown addresses and mails only a real account', async () => {
      const agent = request.agent(t.app.getHttpServer());
      const form = await agent.get('/wachtwoord-vergeten').expect(200);
      expect(form.headers['cache-control']).toBeUndefined();
      const known = await agent
        .post('/wachtwoord-vergeten')
        .type('form')
        .send({ _csrf: csrfOf(form.text), email: 'griffie@beedorp.test' })
        .expect(200);
      expect(known.headers['cache-control']).toBe('no-store');
      const unknown = await agent
        .post('/wachtwoord-vergeten')
        .type('form')
        .send({ _csrf: csrfOf(form.text), email: 'niemand@beedorp.test' })
        .expect(200);
      const strip = (html: string) => html.replace(/niemand@beedorp\.test|griffie@beedorp\.test/g, 'ADRES');
      expect(strip(unknown.text)).toBe(strip(known.text));
      const mails = await waitForMail(t.config.dataDir, 'griffie@beedorp.test', 1);
      expect(mails[0].subject).toBe('Een nieuw wachtwoord voor Raadsvragen');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(readMailbox(t.config.dataDir).filter((m) => m.to.includes('niemand'))).toEqual([]);
      await agent.post('/wachtwoord-vergeten').type('form').send({ email: 'griffie@beedorp.test' }).expect(403);
    });

    it('mails at most three links an hour to one address and answers 429 past ten requests from one IP address', async () => {
      const agent = request.agent(t.app.getHttpServer());
      const form = await agent.get('/wachtwoord-vergeten').expect(200);
      await t.dataSource.query(`DELETE FROM request_throttle`);
      const before = readMailbox(t.config.dataDir).filter((m) => m.to.includes('fractie@aastad.test')).length;
      for (let i = 0; i < 10; i++) {
        await agent
          .post('/wachtwoord-vergeten')
          .type('form')
          .send({ _csrf: csrfOf(form.text), email: 'fractie@aastad.test' })
          .expect(200);
      }
      const limited = await agent
        .post('/wachtwoord-vergeten')
        .type('form')
        .send({ _csrf: csrfOf(form.text), email: 'fractie@aastad.test' })
        .expect(429);
      expect(limited.text).toContain('Te veel aanvragen');
      await waitForMail(t.config.dataDir, 'fractie@aastad.test', before + 3);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(readMailbox(t.config.dataDir).filter((m) => m.to.includes('fractie@aastad.test'))).toHaveLength(
        before + 3,
      );
      await t.dataSource.query(`DELETE FROM request_throttle`);
    });

    it('logs a user in once with a reset link; a second use and an expired link say so in Dutch', async () => {
      const { email } = await createWebUser(t, {
        email: 'vergeetachtig@aastad.test',
        role: 'clerk',
        municipalityId: a.id,
      });
      const user = await t.app.get(AccountsService).findUserByEmail(email);
      await t.app.get(PasswordResetService).sendLink(user!, 'reset');
      const [mail] = await waitForMail(t.config.dataDir, email, 1);
      const link = linkOf(mail);
      const stored = await t.dataSource.query(`SELECT token_hash FROM password_reset`);
      expect(JSON.stringify(stored)).not.toContain(decodeURIComponent(link.split('token=')[1]));

      const browser = request.agent(t.app.getHttpServer());
      const page = await browser.get(link).expect(200);
      expect(page.text).toContain('Wachtwoord kiezen');
      expect(page.text).toContain(email);
      // Opening the link twice (a mail scanner) does not use it.
      await browser.get(link).expect(200);
      const short = await browser
        .post('/wachtwoord-kiezen')
        .type('form')
        .send({
          _csrf: csrfOf(page.text),
          token: decodeURIComponent(link.split('token=')[1]),
          password: 'kort',
          repeat: 'kort',
        })
        .expect(400);
      expect(short.text).toContain('minstens 10 tekens');
      const done = await browser
        .post('/wachtwoord-kiezen')
        .type('form')
        .send({
          _csrf: csrfOf(page.text),
          token: decodeURIComponent(link.split('token=')[1]),
          password: 'nieuw-wachtwoord-456',
          repeat: 'nieuw-wachtwoord-456',
        })
        .expect(303);
      expect(done.headers.location).toBe('/beheer');
      const home = await browser.get('/account').expect(200);
      expect(home.text).toContain('vergeetachtig@aastad.test');
      await loginAgent(t.app.getHttpServer(), email, 'nieuw-wachtwoord-456');

      const second = await request(t.app.getHttpServer()).get(link).expect(410);
      expect(second.text).toContain('Deze link is al gebruikt.');
      const other = request.agent(t.app.getHttpServer());
      const form = await other.get('/inloggen');
      const reuse = await other
        .post('/wachtwoord-kiezen')
        .type('form')
        .send({
          _csrf: csrfOf(form.text),
          token: decodeURIComponent(link.split('token=')[1]),
          password: 'derde-wachtwoord-789',
          repeat: 'derde-wachtwoord-789',
        })
        .expect(410);
      expect(reuse.text).toContain('Deze link is al gebruikt.');
      expect((await other.get('/account')).status).toBe(303);

      await t.app.get(PasswordResetService).sendLink(user!, 'reset');
      const mails = await waitForMail(t.config.dataDir, email, 2);
      const late = linkOf(mails[1]);
      await t.dataSource.query(
        `UPDATE password_reset SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL`,
      );
      const expired = await request(t.app.getHttpServer()).get(late).expect(410);
      expect(expired.text).toContain('Deze link is verlopen.');
      const unknown = await request(t.app.getHttpServer()).get('/wachtwoord-kiezen?token=verzonnen').expect(404);
      expect(unknown.text).toContain('Deze link is ongeldig.');
    });
  });

  describe('the pages', () => {
    it('shows a fractie no account pages, and its own account with tokens', async () => {
      const agent = await loginAgent(t.app.getHttpServer(), 'fractie@aastad.test', 'geheim-wachtwoord-123');
      await agent.get('/beheer/accounts').set('Accept', 'text/html').expect(403);
      await agent.get('/beheer/tokens').set('Accept', 'text/html').expect(403);
      const page = await agent.get('/account').expect(200);
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.text).toContain('Mijn API-tokens');
      const created = await agent
        .post('/account/tokens')
        .type('form')
        .send({ _csrf: csrfOf(page.text), label: 'mijn script', expiresInDays: '90' })
        .expect(201);
      const secret = /value="(rv_[^"]+)"/.exec(created.text)?.[1];
      expect(secret).toBeDefined();
      expect(created.text).toContain('het wordt niet meer getoond');
      const after = await agent.get('/account').expect(200);
      expect(after.text).toContain('mijn script');
      expect(after.text).not.toContain(secret as string);
      const fractieToken = `Bearer ${secret}`;
      const visible = await http().get('/api/question-sets').set('Authorization', fractieToken).expect(200);
      expect(visible.body.items).toBeDefined();
      const [row] = await t.dataSource.query(`SELECT id FROM api_token WHERE label = 'mijn script'`);
      await agent
        .post(`/account/tokens/${row.id}/intrekken`)
        .type('form')
        .send({ _csrf: csrfOf(after.text) })
        .expect(303);
      await http().get('/api/question-sets').set('Authorization', fractieToken).expect(401);
      // Someone else's token is not theirs to revoke.
      const [clerkToken] = await t.dataSource.query(
        `SELECT id FROM api_token WHERE user_id IS NULL AND role = 'clerk' LIMIT 1`,
      );
      await agent
        .post(`/account/tokens/${clerkToken.id}/intrekken`)
        .set('Accept', 'text/html')
        .type('form')
        .send({ _csrf: csrfOf(after.text) })
        .expect(404);
    });

    it('changes the own password: the current one first, other sessions end, and guessing stops at ten tries', async () => {
      const { email, password } = await createWebUser(t, {
        email: 'wissel@aastad.test',
        role: 'executive',
        municipalityId: a.id,
      });
      const elsewhere = await loginAgent(t.app.getHttpServer(), email, password);
      const agent = await loginAgent(t.app.getHttpServer(), email, password);
      const page = await agent.get('/account').expect(200);
      const wrong = await agent
        .post('/account/wachtwoord')
        .type('form')
        .send({
          _csrf: csrfOf(page.text),
          current: 'fout',
          password: 'nieuw-wachtwoord-1',
          repeat: 'nieuw-wachtwoord-1',
        })
        .expect(400);
      expect(wrong.text).toContain('Huidig wachtwoord klopt niet');
      const changed = await agent
        .post('/account/wachtwoord')
        .type('form')
        .send({
          _csrf: csrfOf(page.text),
          current: password,
          password: 'nieuw-wachtwoord-1',
          repeat: 'nieuw-wachtwoord-1',
        })
        .expect(200);
      expect(changed.text).toContain('Uw wachtwoord is gewijzigd.');
      await agent.get('/account').expect(200);
      expect((await elsewhere.get('/account')).status).toBe(303);
      for (let i = 0; i < 8; i++) {
        await agent
          .post('/account/wachtwoord')
          .type('form')
          .send({ _csrf: csrfOf(page.text), current: `fout-${i}`, password: 'x'.repeat(12), repeat: 'x'.repeat(12) })
          .expect(400);
      }
      const limited = await agent
        .post('/account/wachtwoord')
        .type('form')
        .send({
          _csrf: csrfOf(page.text),
          current: 'nieuw-wachtwoord-1',
          password: 'x'.repeat(12),
          repeat: 'x'.repeat(12),
        })
        .expect(429);
      expect(limited.text).toContain('Te veel pogingen om het wachtwoord te wijzigen.');
      await loginAgent(t.app.getHttpServer(), email, 'nieuw-wachtwoord-1');
    });

    it('lets a clerk create an account through the form, with only the roles it may grant', async () => {
      const agent = await loginAgent(t.app.getHttpServer(), 'griffie@aastad.test', 'geheim-wachtwoord-123');
      const list = await agent.get('/beheer/accounts').expect(200);
      expect(list.text).toContain('fractie@aastad.test');
      expect(list.text).not.toContain('griffie@beedorp.test');
      const form = await agent.get('/beheer/accounts/nieuw').expect(200);
      expect(form.text).not.toContain('value="admin"');
      expect(form.text).toContain('GroenLinks');
      expect(form.text).not.toContain('VVD');
      const invalid = await agent
        .post('/beheer/accounts/nieuw')
        .type('form')
        .send({ _csrf: csrfOf(form.text), email: 'geen-adres', role: 'party', partyId: '' })
        .expect(400);
      expect(invalid.text).toContain('E-mailadres moet een geldig e-mailadres zijn');
      const created = await agent
        .post('/beheer/accounts/nieuw')
        .type('form')
        .send({
          _csrf: csrfOf(form.text),
          email: 'wethouder@aastad.test',
          displayName: 'Bureau wethouder',
          role: 'executive',
        })
        .expect(303);
      const page = await agent.get(created.headers.location).expect(200);
      expect(page.text).toContain('krijgt een e-mail met een link');
      await waitForMail(t.config.dataDir, 'wethouder@aastad.test', 1);
      const [griffieB] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'griffie@beedorp.test'`);
      await agent.get(`/beheer/accounts/${griffieB.id}`).set('Accept', 'text/html').expect(404);
      await agent
        .post(`/beheer/accounts/${griffieB.id}/uitschakelen`)
        .set('Accept', 'text/html')
        .type('form')
        .send({ _csrf: csrfOf(form.text), version: '1' })
        .expect(404);
    });

    it('lets the admin create a token through the form and shows it once', async () => {
      const agent = await loginAgent(t.app.getHttpServer(), 'beheer@raadsvragen.test', 'geheim-wachtwoord-123');
      const form = await agent.get('/beheer/tokens/nieuw').expect(200);
      expect(form.text).toContain('value="admin"');
      const created = await agent
        .post('/beheer/tokens/nieuw')
        .type('form')
        .send({
          _csrf: csrfOf(form.text),
          label: 'harvest',
          role: 'clerk',
          municipality: 'beedorp',
          expiresInDays: '7',
        })
        .expect(201);
      const secret = /value="(rv_[^"]+)"/.exec(created.text)?.[1] as string;
      await http().get('/api/accounts').set('Authorization', `Bearer ${secret}`).expect(200);
      const list = await agent.get('/beheer/tokens').expect(200);
      expect(list.text).toContain('harvest');
      expect(list.text).not.toContain(secret);
    });
  });
});
