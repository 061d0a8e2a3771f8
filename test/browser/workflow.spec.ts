import { AddressInfo } from 'node:net';
import { Browser, chromium, Page } from 'playwright-core';
import request from 'supertest';
import { createMunicipality, MunicipalityFixture } from '../support/factories';
import { readMailbox } from '../support/mailbox';
import { createTestApp, TestApp } from '../support/test-app';
import { createWebUser } from '../support/web';

jest.setTimeout(240_000);

const PASSWORD = 'geheim-wachtwoord-123';

/**
 * The griffie workflow of issue 15 in headless Chromium: answers filed under the right question
 * (1/2/3 and a lone 1), a fractie's draft edited, submitted and seen by the griffie, and a
 * visitor following a set and confirming by the mail link.
 */
describe('the griffie workflow in headless Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let m: MunicipalityFixture;
  let clerk: string;

  beforeAll(async () => {
    t = await createTestApp();
    m = await createMunicipality(t, { slug: 'browserstad', name: 'Browserstad' });
    clerk = await t.token('clerk', m.id);
    await createWebUser(t, {
      email: 'griffie@browserstad.test',
      role: 'clerk',
      municipalityId: m.id,
      password: PASSWORD,
    });
    await request(t.app.getHttpServer())
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send({ municipality: m.slug, subject: 'Start', party: 'Stadspartij', questions: [{ number: '1', text: 'Nu?' }] })
      .expect(201);
    const [party] = await t.dataSource.query(`SELECT id FROM party WHERE name = 'Stadspartij'`);
    await createWebUser(t, {
      email: 'fractie@browserstad.test',
      role: 'party',
      municipalityId: m.id,
      partyId: party.id,
      password: PASSWORD,
    });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
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

  it.each([[['1', '2', '3']], [['1']]])(
    'files the answers typed for questions %j under those questions',
    async (numbers) => {
      const created = await request(t.app.getHttpServer())
        .post('/api/question-sets')
        .set('Authorization', clerk)
        .send({
          municipality: m.slug,
          subject: `Antwoorden ${numbers.join('')}`,
          receivedOn: '2024-11-01',
          questions: numbers.map((number) => ({ number, text: `Vraag ${number}?` })),
        })
        .expect(201);
      const page = await newPage();
      await login(page, 'griffie@browserstad.test');
      await page.goto(`${base}/vragen/${created.body.id}/antwoorden`);
      for (const n of numbers)
        await page.getByLabel(`Antwoord op vraag ${n}`, { exact: true }).fill(`Antwoord voor ${n}.`);
      await Promise.all([
        page.waitForURL(new RegExp(`/vragen/${created.body.id}$`)),
        page.getByRole('button', { name: 'Antwoorden opslaan' }).click(),
      ]);
      const stored = await request(t.app.getHttpServer())
        .get(`/api/question-sets/${created.body.id}`)
        .set('Authorization', clerk)
        .expect(200);
      expect(stored.body.answers.map((a: { questions: string[]; text: string }) => [a.questions, a.text])).toEqual(
        numbers.map((n) => [[n], `Antwoord voor ${n}.`]),
      );
      await page.context().close();
    },
  );

  it('lets a fractie edit its draft and submit it, and the griffie sees it at once', async () => {
    const page = await newPage();
    await login(page, 'fractie@browserstad.test');
    await page.goto(`${base}/fractie/vragen/nieuw`);
    await page.getByLabel('Onderwerp').fill('Speeltuin Zuid');
    await page.locator('#veld-questions-0-text').fill('Wanneer wordt de speeltuin hersteld?');
    await Promise.all([
      page.waitForURL(/\/vragen\/\d+$/),
      page.getByRole('button', { name: 'Opslaan als concept' }).click(),
    ]);
    await page.goto(`${base}/fractie`);
    await page.getByRole('link', { name: 'Speeltuin Zuid' }).click();
    await page.getByRole('link', { name: 'Concept bewerken' }).click();
    await page.getByLabel('Onderwerp').fill('Speeltuin Zuid en Noord');
    await page.locator('#veld-questions-1-number').fill('2');
    await page.locator('#veld-questions-1-text').fill('En die in Noord?');
    await Promise.all([
      page.waitForURL(/^[^?]*[^e]\/vragen\/\d+$/),
      page.getByRole('button', { name: 'Indienen bij de griffie' }).click(),
    ]);
    const griffie = await newPage();
    await login(griffie, 'griffie@browserstad.test');
    await griffie.goto(`${base}/beheer`);
    const link = griffie.getByRole('link', { name: 'Speeltuin Zuid en Noord' }).first();
    await link.waitFor();
    await link.click();
    await griffie.getByText('En die in Noord?').waitFor();
    await page.context().close();
    await griffie.context().close();
  });

  it('lets a visitor follow a published set and confirm by the link in the mail', async () => {
    const created = await request(t.app.getHttpServer())
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send({ municipality: m.slug, subject: 'Volgbare vragen', questions: [{ number: '1', text: 'Hoe?' }] })
      .expect(201);
    const answered = await request(t.app.getHttpServer())
      .post(`/api/question-sets/${created.body.id}/answers`)
      .set('Authorization', clerk)
      .send({ version: created.body.version, answers: [{ questions: ['1'], text: 'Zo.' }] })
      .expect(200);
    await request(t.app.getHttpServer())
      .post(`/api/question-sets/${created.body.id}/publish`)
      .set('Authorization', clerk)
      .send({ version: answered.body.version })
      .expect(200);
    const page = await newPage();
    await page.goto(`${base}/vragen/${created.body.id}`);
    await page.getByLabel('Uw e-mailadres').fill('volger@browserstad.test');
    await page.getByRole('button', { name: /volgen/i }).click();
    await page.getByText('volger@browserstad.test').waitFor();
    const mails = readMailbox(t.config.dataDir).filter((mail) => mail.to.includes('volger@browserstad.test'));
    expect(mails).toHaveLength(1);
    const link = /https?:\/\/\S+\/volgen\/bevestigen\?token=[\w-]+/.exec(mails[0].text)?.[0] as string;
    await page.goto(`${base}${new URL(link).pathname}${new URL(link).search}`);
    await page.getByText(/bevestigd/i).waitFor();
    const [row] = await t.dataSource.query(
      `SELECT confirmed_at FROM question_set_follow WHERE email = 'volger@browserstad.test'`,
    );
    expect(row.confirmed_at).not.toBeNull();
    await page.context().close();
  });
});
