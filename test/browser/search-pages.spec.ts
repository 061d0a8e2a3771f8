import { AddressInfo } from 'node:net';
import { Page } from 'playwright-core';
import { DemoService, DemoWebAccount } from '../../src/demo/demo.service';
import { BrowserChecks } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';

jest.setTimeout(300_000);

/** The search page's filters on a phone and a wide screen, and the admin's thesaurus page (issue 18), in Chromium. */
describe('search pages in headless Chromium', () => {
  let t: TestApp;
  let base = '';
  let accounts: DemoWebAccount[];
  const checks = new BrowserChecks(() => base);
  const account = (email: string) => {
    const found = accounts.find((a) => a.email === email);
    if (!found) throw new Error(`no demo account ${email}`);
    return found;
  };
  const box = async (page: Page, selector: string) => {
    const found = await page.locator(selector).first().boundingBox();
    if (!found) throw new Error(`${selector} is not shown`);
    return found;
  };
  const resultHeading = (page: Page) => page.locator('#resultaten-kop').textContent();

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.current = '2026-11-20';
    accounts = (await t.app.get(DemoService).loadDemoData()).webAccounts;
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    await checks.launch();
  });

  afterAll(async () => {
    await checks.close();
    await t?.close();
  });

  it('shows the filters collapsed below the result count at 390 px, and beside the results on a wide screen', async () => {
    const phone = await checks.newPage(390);
    await phone.goto(`${base}/zoeken?q=discriminatie`);
    const panel = phone.locator('details.facet-panel');
    expect(await panel.evaluate((el) => (el as unknown as { open: boolean }).open)).toBe(false);
    const summary = phone.locator('details.facet-panel > summary');
    expect(await summary.textContent()).toContain('Filters');
    expect(await phone.locator('.facets nav a').first().isVisible()).toBe(false);
    const count = await box(phone, '#resultaten-kop');
    const filters = await box(phone, 'details.facet-panel > summary');
    const firstHit = await box(phone, '.hit');
    expect(filters.y).toBeGreaterThan(count.y + count.height - 1);
    expect(firstHit.y).toBeGreaterThan(filters.y + filters.height - 1);
    await checks.noHorizontalScroll(phone, 'zoeken-390');
    await checks.accessibility(phone, 'zoeken-390');
    await summary.click();
    expect(await phone.locator('.facets nav a').first().isVisible()).toBe(true);
    await checks.noHorizontalScroll(phone, 'zoeken-390-filters-open');
    // A chosen filter is counted on the collapsed summary.
    await phone.goto(`${base}/zoeken?q=discriminatie&gemeente=amersfoort`);
    expect(await summary.textContent()).toMatch(/Filters\s*\(1 gekozen\)/);
    expect(await panel.evaluate((el) => (el as unknown as { open: boolean }).open)).toBe(false);
    await phone.context().close();

    const wide = await checks.newPage(1280);
    await wide.goto(`${base}/zoeken?q=discriminatie`);
    await wide.waitForFunction('document.querySelector("details.facet-panel").open === true');
    expect(await wide.locator('.facets nav a').first().isVisible()).toBe(true);
    const aside = await box(wide, '.facets');
    const heading = await box(wide, '#resultaten-kop');
    expect(aside.x + aside.width).toBeLessThanOrEqual(heading.x);
    expect(Math.abs(aside.y - heading.y)).toBeLessThan(40);
    await checks.accessibility(wide, 'zoeken-1280');
    await wide.context().close();
    expect(checks.wideScrolls).toEqual([]);
    expect(checks.violations).toEqual([]);
  });

  it('lets an admin add a synonym on /beheer/thesaurus that the next search uses, and delete it again', async () => {
    const admin = account('beheer@raadsvragen.demo');
    const page = await checks.login(admin.email, admin.password);
    await page.goto(`${base}/zoeken?q=kleurtjeskwestie`);
    expect(await resultHeading(page)).toContain('Geen resultaten');

    await page.getByRole('link', { name: 'Thesaurus' }).click();
    await page.waitForURL(/\/beheer\/thesaurus$/);
    expect(await page.locator('h1').textContent()).toBe('Thesaurus van het zoeken');
    expect(await page.locator('.thesaurus-domain').count()).toBeGreaterThan(5);
    await checks.accessibility(page, 'thesaurus-1280');

    // One term is no group: the form comes back with the message.
    await page.getByLabel('Termen').fill('kleurtjeskwestie, Kleurtjeskwestie');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.waitForSelector('.error-summary');
    expect(await page.locator('.error-summary').textContent()).toContain('minstens twee verschillende termen');
    expect(await page.getByLabel('Termen').inputValue()).toBe('kleurtjeskwestie, Kleurtjeskwestie');
    await checks.accessibility(page, 'thesaurus-fout-1280');

    await page.getByLabel('Termen').fill('kleurtjeskwestie, discriminatie');
    await Promise.all([page.waitForURL(/melding=toegevoegd/), page.getByRole('button', { name: 'Toevoegen' }).click()]);
    expect(await page.locator('.thesaurus-own').textContent()).toContain('kleurtjeskwestie, discriminatie');
    const [row] = await t.dataSource.query(`SELECT terms, created_by FROM search_thesaurus_entry`);
    expect(row.terms).toEqual(['kleurtjeskwestie', 'discriminatie']);

    // Effective at once: the next search finds the questions about discriminatie through it.
    await page.goto(`${base}/zoeken?q=kleurtjeskwestie`);
    expect(await resultHeading(page)).toMatch(/\d+ resultaten/);
    expect((await page.locator('.hits').textContent())?.toLowerCase()).toContain('discriminatie');

    await checks.visit('/beheer/thesaurus', 'thesaurus', page);

    // A form post without the session's token is refused (CSRF, as every web form).
    const forged = await page.request.post(`${base}/beheer/thesaurus`, {
      form: { terms: 'vals, onecht' },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
    const forgedDelete = await page.request.post(`${base}/beheer/thesaurus/1/verwijderen`, {
      form: { _csrf: 'niet-het-token' },
      maxRedirects: 0,
    });
    expect(forgedDelete.status()).toBe(403);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM search_thesaurus_entry`)).toEqual([{ n: 1 }]);

    await page.goto(`${base}/beheer/thesaurus`);
    await Promise.all([
      page.waitForURL(/melding=verwijderd/),
      page.getByRole('button', { name: /Verwijderen\W+kleurtjeskwestie/ }).click(),
    ]);
    expect(await page.getByText('Nog geen eigen groepen.').isVisible()).toBe(true);
    await page.goto(`${base}/zoeken?q=kleurtjeskwestie`);
    expect(await resultHeading(page)).toContain('Geen resultaten');
    await page.context().close();

    // Only for admins: a clerk is refused.
    const griffie = account('griffie@amersfoort.demo');
    const clerk = await checks.login(griffie.email, griffie.password);
    const refused = await clerk.goto(`${base}/beheer/thesaurus`);
    expect(refused?.status()).toBe(403);
    await clerk.context().close();
    expect(checks.wideScrolls).toEqual([]);
    expect(checks.violations).toEqual([]);
  });
});
