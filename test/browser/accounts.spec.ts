import { AddressInfo } from 'node:net';
import { Page } from 'playwright-core';
import { PasswordResetService } from '../../src/auth/password-reset.service';
import { AccountsService } from '../../src/auth/accounts.service';
import { PeopleService } from '../../src/people/people.service';
import { BrowserChecks } from '../support/browser';
import { createMunicipality, MunicipalityFixture } from '../support/factories';
import { readMailbox } from '../support/mailbox';
import { createTestApp, TestApp } from '../support/test-app';
import { createWebUser } from '../support/web';

jest.setTimeout(300_000);

const PASSWORD = 'geheim-wachtwoord-123';

/** The newest password link mailed to an address (the mail is sent after the page answered: wait for it). */
async function mailedLink(dataDir: string, to: string, count: number): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const mails = readMailbox(dataDir).filter((m) => m.to.includes(to));
    if (mails.length >= count) {
      const match = /(\/wachtwoord-kiezen\?token=[A-Za-z0-9_%-]+)/.exec(mails[mails.length - 1].text);
      if (match) return match[1];
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail to ${to}`);
}

/**
 * Accounts and tokens in the pages (issues 17 and 20) in headless Chromium at 1280 and 390 px: a
 * reset mail's link logs the user in once and fails the second time; every new page passes axe
 * (no serious or critical violations) and does not scroll sideways on a phone.
 */
describe('accounts, tokens and password links in headless Chromium', () => {
  let t: TestApp;
  let base = '';
  let m: MunicipalityFixture;
  const checks = new BrowserChecks(() => base);

  beforeAll(async () => {
    t = await createTestApp();
    m = await createMunicipality(t, { slug: 'linkstad', name: 'Linkstad' });
    const party = await t.app.get(PeopleService).findOrCreateParty(t.dataSource.manager, m.id, 'Lokaal Belang');
    await createWebUser(t, { email: 'griffie@linkstad.test', role: 'clerk', municipalityId: m.id, password: PASSWORD });
    await createWebUser(t, { email: 'beheer@linkstad.test', role: 'admin', municipalityId: null, password: PASSWORD });
    await createWebUser(t, {
      email: 'fractie.met.een.heel.lang.adres@lokaal-belang-linkstad.test',
      role: 'party',
      municipalityId: m.id,
      partyId: party.id,
      password: PASSWORD,
    });
    for (const width of [1280, 390]) {
      await createWebUser(t, { email: `vergeten-${width}@linkstad.test`, role: 'clerk', municipalityId: m.id });
    }
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    await checks.launch();
  });

  afterAll(async () => {
    await checks.close();
    await t?.close();
  });

  it.each([1280, 390])('logs a user in once with the link of a reset mail, at %i px', async (width) => {
    const email = `vergeten-${width}@linkstad.test`;
    const page = await checks.newPage(width);
    await page.goto(`${base}/inloggen`);
    await Promise.all([
      page.waitForURL(/\/wachtwoord-vergeten$/),
      page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click(),
    ]);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Kijk in uw mailbox');
    const link = await mailedLink(t.config.dataDir, email, 1);

    // A second tab opens the same link before the first one uses it.
    const other = await checks.newPage(width);
    await other.goto(`${base}${link}`);
    expect(await other.getByRole('heading', { level: 1 }).textContent()).toBe('Wachtwoord kiezen');

    await page.goto(`${base}${link}`);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('nieuw-wachtwoord-2026');
    await page.getByLabel('Nieuw wachtwoord herhalen').fill('nieuw-wachtwoord-2026');
    await Promise.all([
      page.waitForURL(/\/beheer$/),
      page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click(),
    ]);
    await page.goto(`${base}/account`);
    expect(await page.locator('main').textContent()).toContain(email);

    // The second use: from the other tab's form, and by opening the link again.
    await other.getByLabel('Nieuw wachtwoord', { exact: true }).fill('ander-wachtwoord-2026');
    await other.getByLabel('Nieuw wachtwoord herhalen').fill('ander-wachtwoord-2026');
    await other.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await other.waitForSelector('text=Deze link is al gebruikt.');
    expect(await other.getByRole('heading', { level: 1 }).textContent()).toBe('Deze link werkt niet');
    await other.goto(`${base}/account`);
    expect(other.url()).toContain('/inloggen');
    const again = await checks.newPage(width);
    const response = await again.goto(`${base}${link}`);
    expect(response?.status()).toBe(410);
    expect(await again.locator('main').textContent()).toContain('Deze link is al gebruikt.');
    if (width === 390) await checks.noHorizontalScroll(again, 'link-gebruikt');
    await checks.accessibility(again, `link-gebruikt-${width}`);

    // The new password works at the login form; the old one was never known.
    const login = await checks.login(email, 'nieuw-wachtwoord-2026', width);
    expect(login.url()).toContain('/beheer');
    for (const p of [page, other, again, login]) await p.context().close();
  });

  it('shows a created token once, at both widths, without sideways scrolling', async () => {
    for (const width of [1280, 390]) {
      const page = await checks.login('griffie@linkstad.test', PASSWORD, width);
      await page.goto(`${base}/beheer/tokens/nieuw`);
      await page.getByLabel('Omschrijving').fill(`koppeling ${width}`);
      await page.getByLabel('Rol').selectOption('executive');
      await page.getByLabel('Geldig (dagen)').fill('30');
      await page.getByRole('button', { name: 'Token aanmaken' }).click();
      const secret = await page.getByLabel(/Token #\d+/).inputValue();
      expect(secret).toMatch(/^rv_/);
      if (width === 390) await checks.noHorizontalScroll(page, 'token-aangemaakt');
      await checks.accessibility(page, `token-aangemaakt-${width}`);
      await page.goto(`${base}/beheer/tokens`);
      expect(await page.locator('main').textContent()).toContain(`koppeling ${width}`);
      expect(await page.content()).not.toContain(secret);
      await page.context().close();
    }
    expect(checks.wideScrolls).toEqual([]);
    expect(checks.violations).toEqual([]);
  });

  it('shows the account pages and the password pages without sideways scrolling; axe finds nothing serious', async () => {
    const clerk = await checks.login('griffie@linkstad.test', PASSWORD);
    const admin = await checks.login('beheer@linkstad.test', PASSWORD);
    const fractie = await checks.login('fractie.met.een.heel.lang.adres@lokaal-belang-linkstad.test', PASSWORD);
    const [fractieAccount] = await t.dataSource.query(`SELECT id FROM app_user WHERE role = 'party'`);
    const user = await t.app.get(AccountsService).findUserByEmail('vergeten-1280@linkstad.test');
    await t.app.get(PasswordResetService).sendLink(user!, 'reset');
    const validLink = await mailedLink(t.config.dataDir, 'vergeten-1280@linkstad.test', 2);

    await checks.visit('/inloggen', 'inloggen-met-vergeten');
    await checks.visit('/wachtwoord-vergeten', 'wachtwoord-vergeten');
    await checks.visit(validLink, 'wachtwoord-kiezen');
    await checks.visit('/beheer/accounts', 'accounts-griffie', clerk);
    await checks.visit('/beheer/accounts', 'accounts-beheerder', admin);
    await checks.visit('/beheer/accounts/nieuw', 'account-nieuw', clerk);
    await checks.visit(`/beheer/accounts/${fractieAccount.id}`, 'account-wijzigen', clerk);
    await checks.visit('/beheer/tokens?alle=ja', 'tokens', clerk);
    await checks.visit('/beheer/tokens/nieuw', 'token-nieuw', admin);
    await checks.visit('/account', 'mijn-account', fractie);
    await checks.visit('/account', 'mijn-account-griffie', clerk);
    // The link page for an unknown link answers 404 by design; measured apart from visit(), which counts >= 400.
    for (const width of [1280, 390]) {
      const page: Page = await checks.newPage(width);
      await page.goto(`${base}/wachtwoord-kiezen?token=verzonnen`);
      expect(await page.locator('main').textContent()).toContain('Deze link is ongeldig.');
      if (width === 390) await checks.noHorizontalScroll(page, 'link-ongeldig');
      await checks.accessibility(page, `link-ongeldig-${width}`);
      await page.context().close();
    }
    for (const page of [clerk, admin, fractie]) await page.context().close();
    expect(checks.wideScrolls).toEqual([]);
    expect(checks.violations).toEqual([]);
  });
});
