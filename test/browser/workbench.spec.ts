import { AddressInfo } from 'node:net';
import request from 'supertest';
import { DemoService, DemoWebAccount } from '../../src/demo/demo.service';
import { BrowserChecks } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';

jest.setTimeout(300_000);

/** The griffie's workbench in Chromium at 1280 and 390 px, on the demo data of a first start. */
describe('the griffie workbench in headless Chromium', () => {
  let t: TestApp;
  let base = '';
  let accounts: DemoWebAccount[];
  let clerkToken = '';
  const checks = new BrowserChecks(() => base);
  const account = (email: string) => {
    const found = accounts.find((a) => a.email === email);
    if (!found) throw new Error(`no demo account ${email}`);
    return found;
  };

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.current = '2026-11-20';
    const credentials = await t.app.get(DemoService).loadDemoData();
    accounts = credentials.webAccounts;
    clerkToken = credentials.tokens.find((token) => token.municipality === 'amersfoort')?.secret ?? '';
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    await checks.launch();
  });

  afterAll(async () => {
    await checks.close();
    await t?.close();
  });

  it('filters the work list through its form, in agreement with the API', async () => {
    const griffie = account('griffie@amersfoort.demo');
    const page = await checks.login(griffie.email, griffie.password);
    await page.goto(`${base}/beheer/vragen`);
    await page.locator('details.filters > summary').click();
    await page.getByLabel('Status').selectOption('registered');
    await Promise.all([page.waitForURL(/status=registered/), page.getByRole('button', { name: 'Filteren' }).click()]);
    const shown = await page
      .locator('.set-table tbody tr td:nth-child(2) a')
      .evaluateAll((links) =>
        links.map((a) =>
          Number((a as unknown as { getAttribute(n: string): string }).getAttribute('href').split('/')[2]),
        ),
      );
    const api = await request(t.app.getHttpServer())
      .get('/api/question-sets?municipality=amersfoort&status=registered&limit=100')
      .set('Authorization', `Bearer ${clerkToken}`)
      .expect(200);
    expect(shown).toEqual(api.body.items.map((s: { id: number }) => s.id));
    expect(await page.locator('.result-count').textContent()).toContain('3 vragensets');
    await page.getByRole('link', { name: /Uiterlijk/ }).click();
    await page.waitForURL(/sorteer=uiterlijk/);
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Uiterlijk');
    await page.context().close();
  });

  it('folds the logged-in menu behind a button on a phone', async () => {
    const griffie = account('griffie@amersfoort.demo');
    const page = await checks.login(griffie.email, griffie.password, 390);
    const button = page.getByRole('button', { name: 'Menu' });
    expect(await button.isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Werklijst' }).isVisible()).toBe(false);
    const headerHeight = await page
      .locator('.site-header')
      .evaluate((el) => (el as unknown as { offsetHeight: number }).offsetHeight);
    expect(headerHeight).toBeLessThan(100);
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('link', { name: 'Werklijst' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows every page without horizontal scrolling at 390 px; new pages pass axe at both widths', async () => {
    const [late] = await t.dataSource.query(
      `SELECT id FROM question_set WHERE subject = 'Meldingen van discriminatie dit jaar'`,
    );
    const [open] = await t.dataSource.query(
      `SELECT id FROM question_set WHERE subject = 'Wachttijden schuldhulpverlening'`,
    );
    const [seed] = await t.dataSource.query(`SELECT id FROM question_set WHERE reference = '2024-123'`);
    const [party] = await t.dataSource.query(`SELECT id FROM party WHERE name = 'GroenLinks'`);
    const [holder] = await t.dataSource.query(`SELECT id FROM person WHERE name = 'Paffen-Zeenni'`);
    const [document] = await t.dataSource.query(`SELECT id FROM document ORDER BY id LIMIT 1`);
    const griffie = account('griffie@amersfoort.demo');
    const clerk = await checks.login(griffie.email, griffie.password);
    const fractieAccount = account('fractie@amersfoort.demo');
    const fractie = await checks.login(fractieAccount.email, fractieAccount.password);
    const officeAccount = account('wethouder@amersfoort.demo');
    const office = await checks.login(officeAccount.email, officeAccount.password);
    const adminAccount = account('beheer@raadsvragen.demo');
    const admin = await checks.login(adminAccount.email, adminAccount.password);

    // Pages for everyone.
    await checks.visit('/', 'home', undefined, true);
    await checks.visit('/vragen', 'vragen-openbaar');
    await checks.visit(`/vragen/${late.id}`, 'vragenset-te-laat-beantwoord');
    await checks.visit(`/vragen/${seed.id}`, 'vragenset', undefined, true);
    await checks.visit(`/vragen/${seed.id}/brief`, 'antwoordbrief', undefined, true);
    await checks.visit('/zoeken?q=discriminatie', 'zoeken', undefined, true);
    await checks.visit('/toezeggingen', 'toezeggingen');
    await checks.visit('/toezeggingen/afdrukken', 'toezeggingen-afdrukken');
    await checks.visit('/fracties', 'fracties', undefined, true);
    await checks.visit(`/fracties/${party.id}`, 'fractie', undefined, true);
    await checks.visit('/portefeuillehouders', 'portefeuillehouders', undefined, true);
    await checks.visit(`/portefeuillehouders/${holder.id}`, 'portefeuillehouder', undefined, true);
    await checks.visit(`/documenten/${document.id}`, 'document', undefined, true);
    await checks.visit('/inloggen', 'inloggen', undefined, true);
    // The griffie.
    await checks.visit('/beheer', 'griffie-overzicht', clerk);
    await checks.visit('/beheer/vragen', 'werklijst', clerk);
    await checks.visit('/beheer/vragen?teLaat=ja&sorteer=uiterlijk', 'werklijst-te-laat', clerk);
    await checks.visit('/beheer/vragen/afdrukken', 'werklijst-afdrukken', clerk);
    await checks.visit('/beheer/vragen/nieuw', 'registreren', clerk);
    await checks.visit('/beheer/samenvoegen', 'samenvoegen', clerk);
    await checks.visit('/beheer/import', 'importeren', clerk, true);
    await checks.visit('/beheer/termijn', 'termijn-en-reces', clerk);
    await checks.visit('/beheer/intake', 'intake', clerk);
    await checks.visit('/cijfers', 'cijfers');
    await checks.visit('/cijfers', 'cijfers-griffie', clerk);
    // Accounts and tokens (axe at both widths in test/browser/accounts.spec.ts; here on the demo data, at 390 px).
    await checks.visit('/beheer/accounts', 'accounts-demo', clerk, true);
    await checks.visit('/beheer/tokens?alle=ja', 'tokens-demo', clerk, true);
    await checks.visit('/account', 'mijn-account-demo', clerk, true);
    await checks.visit('/wachtwoord-vergeten', 'wachtwoord-vergeten-demo', undefined, true);
    await checks.visit(`/vragen/${open.id}`, 'vragenset-open', clerk, true);
    await checks.visit(`/vragen/${open.id}/uitstel`, 'uitstel', clerk, true);
    await checks.visit(`/vragen/${open.id}/antwoorden`, 'antwoorden', clerk, true);
    await checks.visit(`/vragen/${open.id}/bewerken`, 'vragenset-bewerken', clerk);
    await checks.visit(`/vragen/${open.id}/intrekken`, 'vragenset-intrekken', clerk);
    await checks.visit('/toezeggingen', 'toezeggingen-griffie', clerk);
    await checks.visit('/toezeggingen?status=proposed', 'toezeggingen-voorstellen', clerk);
    await checks.visit('/toezeggingen?teLaat=ja', 'toezeggingen-te-laat', clerk);
    await checks.visit('/toezeggingen/nieuw', 'toezegging-vergadering', clerk);
    await checks.visit('/toezeggingen/afdrukken?municipality=amersfoort', 'toezeggingen-afdrukken-griffie', clerk);
    // The fractie and the alderman's office.
    await checks.visit('/fractie', 'fractie-overzicht', fractie, true);
    await checks.visit('/fractie/vragen/nieuw', 'fractie-opstellen', fractie);
    await checks.visit('/wethouder', 'wethouder-overzicht', office, true);
    await checks.visit('/account', 'mijn-account-fractie-demo', fractie, true);
    // The admin.
    await checks.visit('/beheer/thesaurus', 'thesaurus', admin);
    await checks.visit('/beheer/accounts', 'accounts-demo-beheerder', admin, true);
    for (const page of [clerk, fractie, office, admin]) await page.context().close();
    expect(checks.wideScrolls).toEqual([]);
    expect(checks.violations).toEqual([]);
  });
});
