import { mkdirSync, readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import request from 'supertest';
import { DemoService } from '../../src/demo/demo.service';
import { screenshot, SCREENSHOTS } from '../support/browser';
import { createMunicipality } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';
import { createWebUser } from '../support/web';

jest.setTimeout(240_000);

const SEED = join(__dirname, '..', 'fixtures', 'seeds', '002_61424de74e848507.txt');
const AXE_SOURCE = readFileSync(require.resolve('axe-core'), 'utf8');
const PASSWORD = 'geheim-wachtwoord-123';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe('the site in headless Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  const violations: { page: string; id: string; impact: string | null; help: string; targets: string }[] = [];
  /** Chromium enforces the Content-Security-Policy; anything it refuses is a page that breaks its own policy. */
  const cspViolations: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    t = await createTestApp();
    await t.app.get(DemoService).loadDemoData();
    const leusden = await createMunicipality(t, {
      slug: 'leusden',
      name: 'Leusden',
      answerTermAmount: 4,
      answerTermUnit: 'weeks',
    });
    await createWebUser(t, {
      email: 'griffie@leusden.test',
      role: 'clerk',
      municipalityId: leusden.id,
      displayName: 'Griffie Leusden',
      password: PASSWORD,
    });
    const [amersfoort] = await t.dataSource.query(`SELECT id FROM municipality WHERE slug = 'amersfoort'`);
    const [party] = await t.dataSource.query(
      `SELECT id FROM party WHERE municipality_id = $1 AND name = 'GroenLinks'`,
      [amersfoort.id],
    );
    await createWebUser(t, {
      email: 'griffie@amersfoort.test',
      role: 'clerk',
      municipalityId: amersfoort.id,
      displayName: 'Griffie Amersfoort',
      password: PASSWORD,
    });
    await createWebUser(t, {
      email: 'fractie@amersfoort.test',
      role: 'party',
      municipalityId: amersfoort.id,
      partyId: party.id,
      displayName: 'Fractie GroenLinks',
      password: PASSWORD,
    });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-quic',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function newPage(width = 1280): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 844 }, locale: 'nl-NL' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
    });
    return page;
  }

  /** axe-core on the current page; serious and critical violations are collected and fail the last test. */
  async function checkAccessibility(page: Page, name: string): Promise<void> {
    // Evaluated through the DevTools protocol, not as an inline <script>: the CSP forbids those.
    await page.evaluate(AXE_SOURCE);
    // A string, not a function: the test project compiles without the DOM library.
    const found = (await page.evaluate(`(async () => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    })()`)) as AxeViolation[];
    for (const v of found) {
      if (v.impact === 'serious' || v.impact === 'critical') {
        violations.push({
          page: name,
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(' ')).join(', '),
        });
      }
    }
  }

  /** A URL at desktop (1280) and phone (390) width, answered without error; screenshots for people to look at. */
  async function screenshots(path: string, name: string, session?: Page): Promise<void> {
    for (const width of [1280, 390]) {
      const page = session && width === 1280 ? session : await newPage(width);
      if (session && width === 390) await page.context().addCookies(await session.context().cookies());
      const response = await page.goto(`${base}${path}`);
      expect([path, response?.status()]).toEqual([path, 200]);
      await screenshot(page, `${name}-${width}.png`);
      if (page !== session) await page.context().close();
    }
  }

  async function login(page: Page, email: string): Promise<void> {
    await page.goto(`${base}/inloggen`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await Promise.all([
      page.waitForURL((url) => !url.pathname.startsWith('/inloggen')),
      page.getByRole('button', { name: 'Inloggen' }).click(),
    ]);
  }

  it('lets a visitor search the archive and open a question set', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await checkAccessibility(page, 'home');
    await page.getByLabel('Zoek in vragen en antwoorden').fill('meldingen discriminatie');
    await Promise.all([page.waitForURL(/\/zoeken\?q=/), page.getByRole('button', { name: 'Zoeken' }).click()]);
    await page.waitForSelector('.hit mark');
    await checkAccessibility(page, 'zoeken');
    await Promise.all([page.waitForURL(/\/vragen\/\d+/), page.locator('.hit h3 a').first().click()]);
    await page.waitForSelector('.qa-answer');
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await checkAccessibility(page, 'vragenset');
    const setPath = new URL(page.url()).pathname;
    await page.context().close();
    await screenshots('/', 'home');
    await screenshots('/zoeken?q=meldingen+discriminatie', 'zoeken');
    await screenshots(setPath, 'vragenset');
    await screenshots(`${setPath}/brief`, 'antwoordbrief');
    const letter = await newPage();
    await letter.goto(`${base}${setPath}/brief`);
    await letter.emulateMedia({ media: 'print' });
    await screenshot(letter, 'antwoordbrief-print.png');
    await letter.context().close();
  });

  it('lets a clerk register a set, record a postponement, import a seed through the preview and publish it', async () => {
    const page = await newPage();
    await login(page, 'griffie@leusden.test');
    expect(new URL(page.url()).pathname).toBe('/beheer');
    await checkAccessibility(page, 'griffie-overzicht');

    await page.getByRole('link', { name: 'Vragen registreren' }).click();
    await page.getByRole('button', { name: 'Registreren' }).click();
    await page.waitForSelector('.error-summary');
    expect(await page.locator('.error-summary').textContent()).toContain('Onderwerp is verplicht');
    await checkAccessibility(page, 'registreren-fouten');
    await screenshot(page, 'registreren-fouten-1280.png');
    await page.getByLabel('Onderwerp', { exact: true }).fill('Verkeersveiligheid rond basisschool De Regenboog');
    await page.getByLabel('Datum van ontvangst').fill('2024-11-04');
    // Leusden has no aldermen yet: a new portfolio holder is an explicit choice.
    await page.getByLabel('Portefeuillehouder', { exact: true }).selectOption('nieuw');
    await page.getByLabel('Naam nieuwe portefeuillehouder').fill('J. Jansen');
    await page
      .locator('#veld-questions-0-text')
      .fill('Welke maatregelen neemt het college om de oversteekplaats veiliger te maken?');
    await Promise.all([page.waitForURL(/\/vragen\/\d+/), page.getByRole('button', { name: 'Registreren' }).click()]);
    await page.waitForSelector('text=Geregistreerd');

    await page.getByRole('link', { name: 'Uitstel melden' }).click();
    await page.getByLabel('Reden van het uitstel').fill('Het overleg met de school en de politie loopt nog.');
    await page.getByLabel('Nieuwe uiterste datum').fill('2024-12-20');
    await Promise.all([
      page.waitForURL(/\/vragen\/\d+$/),
      page.getByRole('button', { name: 'Uitstel vastleggen' }).click(),
    ]);
    await page.waitForSelector('text=Uitstelbericht');
    expect(await page.locator('.status').first().textContent()).toContain('Uitgesteld');
    const registeredPath = new URL(page.url()).pathname;
    await page.goto(`${base}${registeredPath}/antwoorden`);
    await checkAccessibility(page, 'antwoorden');
    await screenshot(page, 'antwoorden-1280.png');

    await page.goto(`${base}/beheer/import`);
    await checkAccessibility(page, 'import-upload');
    await page.getByLabel('Bestand (hoogstens 20 MB)').setInputFiles(SEED);
    await Promise.all([
      page.waitForURL(/\/beheer\/import\/voorbeeld/),
      page.getByRole('button', { name: 'Voorvertoning maken' }).click(),
    ]);
    await page.waitForSelector('text=Waarschuwingen');
    await checkAccessibility(page, 'import-voorvertoning');
    await screenshot(page, 'import-voorvertoning-1280.png');
    const motion = page.locator('input[name^="documents"][value="2918-115M"]');
    if ((await motion.count()) > 0) await motion.fill('2018-115M');
    await page.getByLabel('Status na het inlezen').selectOption('answered');
    await Promise.all([
      page.waitForURL(/\/vragen\/\d+$/),
      page.getByRole('button', { name: 'Bevestigen en opslaan' }).click(),
    ]);
    await page.waitForSelector('.qa-answer');
    const importedPath = new URL(page.url()).pathname;

    await page.getByRole('link', { name: 'Publiceren' }).click();
    await page.getByLabel('Publicatiedatum').fill('2024-11-20');
    await Promise.all([page.waitForURL(/\/vragen\/\d+$/), page.getByRole('button', { name: 'Publiceren' }).click()]);
    await page.waitForSelector('text=Beantwoord en gepubliceerd');

    const visitor = await newPage();
    await visitor.goto(`${base}${importedPath}`);
    await visitor.waitForSelector('.qa-answer');
    expect(await visitor.locator('h1').textContent()).toBeTruthy();
    await visitor.context().close();

    await screenshots('/beheer', 'griffie-overzicht', page);
    await screenshots('/toezeggingen', 'toezeggingen', page);
    await checkAccessibility(page, 'toezeggingen');
    await page.context().close();

    const amersfoort = await newPage();
    await login(amersfoort, 'griffie@amersfoort.test');
    await amersfoort.goto(`${base}/toezeggingen`);
    await Promise.all([
      amersfoort.waitForURL(/\/afdoen$/),
      amersfoort
        .getByRole('link', { name: /^Afdoen/ })
        .first()
        .click(),
    ]);
    await checkAccessibility(amersfoort, 'toezegging-afdoen');
    await screenshot(amersfoort, 'toezegging-afdoen-1280.png');
    await amersfoort.context().close();
  });

  it('shows a fractie the similar earlier question from the seeds while typing', async () => {
    const page = await newPage();
    await login(page, 'fractie@amersfoort.test');
    await page.goto(`${base}/fractie/vragen/nieuw`);
    await page.getByLabel('Onderwerp', { exact: true }).fill('Meldingen van discriminatie');
    await page
      .locator('#veld-questions-0-text')
      .pressSequentially('Hoe worden meldingen van discriminatie geregistreerd?', { delay: 5 });
    await page.waitForSelector('#eerder-gevraagd .similar-list a', { timeout: 30_000 });
    const earlier = await page.locator('#eerder-gevraagd').textContent();
    expect(earlier).toMatch(/discriminatie/i);
    await checkAccessibility(page, 'fractie-opstellen');
    await screenshot(page, 'fractie-opstellen-1280.png');
    await screenshots('/fractie', 'fractie-overzicht', page);
    await page.context().close();
  });

  it('never shows embargoed answers to a visitor', async () => {
    const [amersfoort] = await t.dataSource.query(`SELECT id FROM municipality WHERE slug = 'amersfoort'`);
    const clerk = await t.token('clerk', amersfoort.id);
    const http = request(t.app.getHttpServer());
    const created = await http
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send({
        municipality: 'amersfoort',
        subject: 'Embargo-test Hogewegzone',
        receivedOn: '2024-11-01',
        questions: [{ number: '1', text: 'Wanneer start de bouw in de Hogewegzone?' }],
      })
      .expect(201);
    await request(t.app.getHttpServer())
      .post(`/api/question-sets/${created.body.id}/answers`)
      .set('Authorization', clerk)
      .send({
        version: created.body.version,
        answers: [{ questions: ['1'], text: 'De bouw start met de sloop van de Hogewegloods.' }],
      })
      .expect(200);
    const page = await newPage(390);
    // The questions are public on registration (the municipality's default); the answer is not.
    const response = await page.goto(`${base}/vragen/${created.body.id}`);
    expect(response?.status()).toBe(200);
    expect(await page.content()).toContain('Embargo-test Hogewegzone');
    expect(await page.content()).not.toContain('Hogewegloods');
    await page.goto(`${base}/zoeken?q=Hogewegloods`);
    await page.waitForSelector('#resultaten-kop');
    expect(await page.content()).not.toContain('Hogewegloods</mark>');
    expect(await page.content()).not.toContain('Embargo-test');
    await page.context().close();
  });

  it('has no serious or critical accessibility violations on the main pages', () => {
    expect(violations).toEqual([]);
  });

  it('breaks the Content-Security-Policy on none of the pages visited', () => {
    expect(cspViolations).toEqual([]);
  });
});
