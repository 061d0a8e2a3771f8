import { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { DemoService, DemoWebAccount } from '../../src/demo/demo.service';
import { BrowserChecks, screenshot } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';

jest.setTimeout(180_000);

/**
 * A month of the griffie's work, done on the pages as people do (the forms' default question numbers,
 * pickers for fractie and portefeuillehouder), alternating between a desk (1280 px) and a phone (390 px):
 * five sets from three fracties, one postponed, four answered across two portfolio holders (one late),
 * published, commitments confirmed and one fulfilled, one made in a meeting; then the numbers on the
 * work list, the commitments register and the figures page (/cijfers, per quarter and per portfolio
 * holder) have moved by exactly that, and the work list's filters and its CSV list what the API lists.
 */
describe('a month of work on the pages, at 1280 and 390 px', () => {
  let t: TestApp;
  let base = '';
  let token = '';
  let griffie: DemoWebAccount;
  const checks = new BrowserChecks(() => base);
  const api = (path: string) => request(t.app.getHttpServer()).get(path).set('Authorization', token).expect(200);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.current = '2026-11-20';
    const credentials = await t.app.get(DemoService).loadDemoData();
    token = `Bearer ${credentials.tokens.find((x) => x.municipality === 'amersfoort')?.secret ?? ''}`;
    const found = credentials.webAccounts.find((a) => a.email === 'griffie@amersfoort.demo');
    if (!found) throw new Error('no demo griffie account');
    griffie = found;
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    await checks.launch();
  });

  afterAll(async () => {
    await checks.close();
    await t?.close();
  });

  /** The numbers above the work list, by label ("Geregistreerd: 3", "te laat beantwoord: 2"). */
  async function workListCounts(page: Page): Promise<Record<string, number>> {
    await page.goto(`${base}/beheer/vragen`);
    const items = await page.locator('ul.counts li').allTextContents();
    const counts: Record<string, number> = {};
    for (const item of items) {
      const m = /^\s*(.+?):\s*(\d+)\s*$/.exec(item);
      if (m) counts[m[1]] = Number(m[2]);
    }
    const total = /([\d.]+) vragensets?/.exec((await page.locator('.result-count').textContent()) ?? '');
    counts.totaal = Number(total?.[1].replace('.', '') ?? 0);
    return counts;
  }

  /** One quarter's row of a /cijfers table: the numbers as the page shows them. */
  interface FigureRow {
    answered: number;
    onTime: number;
    postponements: number;
    commitments: number;
    open: number;
    overdue: number;
  }
  const NO_FIGURES: FigureRow = { answered: 0, onTime: 0, postponements: 0, commitments: 0, open: 0, overdue: 0 };

  /**
   * The tables of /cijfers for a year as the signed-in griffie sees them: by table ("gemeente" or the
   * portfolio holder's name), then by quarter ("K4"). /api/figures takes tokens only, so the page is read.
   */
  async function figuresPage(page: Page, year: number): Promise<Record<string, Record<string, FigureRow>>> {
    await page.goto(`${base}/cijfers?gemeente=amersfoort&jaar=${year}`);
    const tables = await page.locator('table.figures-table').evaluateAll((nodes) =>
      nodes.map((table) => {
        const el = table as unknown as {
          querySelector(s: string): { textContent: string | null } | null;
          querySelectorAll(
            s: string,
          ): ArrayLike<{ querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }>;
        };
        return {
          caption: el.querySelector('caption')?.textContent ?? '',
          rows: Array.from(el.querySelectorAll('tbody tr')).map((tr) =>
            Array.from(tr.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').trim()),
          ),
        };
      }),
    );
    const result: Record<string, Record<string, FigureRow>> = {};
    for (const [i, table] of tables.entries()) {
      const name = i === 0 ? 'gemeente' : table.caption.replace(/^Per kwartaal, /, '').replace(/ \d{4}$/, '');
      result[name] = {};
      for (const [quarter, answered, , onTime, postponements, commitments, open, overdue] of table.rows) {
        result[name][quarter.split(' ')[1]] = {
          answered: Number(answered),
          // "75 % (3 van 4)", or "geen" without answers.
          onTime: Number(/\((\d+) van \d+\)/.exec(onTime)?.[1] ?? 0),
          postponements: Number(postponements),
          commitments: Number(commitments),
          open: Number(open),
          overdue: Number(overdue),
        };
      }
    }
    return result;
  }

  /** How a quarter's row moved between two readings (a table absent before counts as zeros). */
  function moved(
    before: Record<string, Record<string, FigureRow>>,
    after: Record<string, Record<string, FigureRow>>,
    table: string,
    quarter: string,
  ): FigureRow {
    const a = after[table]?.[quarter] ?? NO_FIGURES;
    const b = before[table]?.[quarter] ?? NO_FIGURES;
    return {
      answered: a.answered - b.answered,
      onTime: a.onTime - b.onTime,
      postponements: a.postponements - b.postponements,
      commitments: a.commitments - b.commitments,
      open: a.open - b.open,
      overdue: a.overdue - b.overdue,
    };
  }

  async function registerSet(
    page: Page,
    set: { subject: string; receivedOn: string; party: string; holder: string; question: string },
  ): Promise<number> {
    await page.goto(`${base}/beheer/vragen/nieuw`);
    await page.getByLabel('Onderwerp', { exact: true }).fill(set.subject);
    await page.getByLabel('Datum van ontvangst').fill(set.receivedOn);
    await page.getByLabel('Fractie', { exact: true }).selectOption({ label: set.party });
    // The first signer: a raadslid of that fractie when the list has one.
    const member = page.locator('#veld-submitters-0-id option', { hasText: `(${set.party})` }).first();
    if ((await member.count()) > 0)
      await page.locator('#veld-submitters-0-id').selectOption((await member.getAttribute('value')) ?? '');
    const holder = page.locator('#veld-portfolioHolderId option', { hasText: set.holder }).first();
    await page.locator('#veld-portfolioHolderId').selectOption((await holder.getAttribute('value')) ?? '');
    // The form numbers its rows 1, 2, 3, …: people type the question and keep the number.
    expect(await page.locator('#veld-questions-0-number').inputValue()).toBe('1');
    await page.locator('#veld-questions-0-text').fill(set.question);
    await Promise.all([page.waitForURL(/\/vragen\/\d+/), page.getByRole('button', { name: 'Registreren' }).click()]);
    return Number(/\/vragen\/(\d+)/.exec(page.url())?.[1]);
  }

  async function answer(page: Page, id: number, text: string, answeredOn: string): Promise<void> {
    await page.goto(`${base}/vragen/${id}`);
    await page.getByRole('link', { name: 'Antwoorden vastleggen' }).click();
    await page.getByLabel('Antwoord op vraag 1', { exact: true }).fill(text);
    await page.getByLabel('Datum van beantwoording').fill(answeredOn);
    await Promise.all([
      page.waitForURL(new RegExp(`/vragen/${id}$`)),
      page.getByRole('button', { name: 'Antwoorden opslaan' }).click(),
    ]);
  }

  async function publish(page: Page, id: number): Promise<void> {
    await page.goto(`${base}/vragen/${id}`);
    await page.getByRole('link', { name: 'Publiceren' }).click();
    await page.getByLabel('Publicatiedatum').fill('2026-11-19');
    await Promise.all([
      page.waitForURL(new RegExp(`/vragen/${id}$`)),
      page.getByRole('button', { name: 'Publiceren' }).click(),
    ]);
  }

  it('registers, postpones, answers (one late), publishes, confirms, fulfils and records a meeting commitment', async () => {
    const desk = await checks.login(griffie.email, griffie.password, 1280);
    const phone = await checks.login(griffie.email, griffie.password, 390);
    const before = await workListCounts(desk);
    const registerBefore = (await api('/api/commitments/counts?municipality=amersfoort')).body;
    // The figures of this year (answers, postponement) and the next (the commitments' deadlines).
    const figuresBefore = { 2026: await figuresPage(desk, 2026), 2027: await figuresPage(phone, 2027) };

    // Week 1–2: five sets from three fracties, to two portfolio holders (three at the desk, two on the phone).
    const sets = [
      { subject: 'Laadpalen in Vathorst', party: 'GroenLinks', holder: 'Van der Berg', receivedOn: '2026-10-01' },
      { subject: 'Zwemles voor alle kinderen', party: 'D66', holder: 'Paffen-Zeenni', receivedOn: '2026-11-02' },
      { subject: 'Parkeren bij het ziekenhuis', party: 'VVD', holder: 'Van der Berg', receivedOn: '2026-11-03' },
      { subject: 'Eenzaamheid onder ouderen', party: 'GroenLinks', holder: 'Paffen-Zeenni', receivedOn: '2026-11-04' },
      { subject: 'Fietspad langs de Eem', party: 'D66', holder: 'Van der Berg', receivedOn: '2026-11-05' },
    ];
    const ids: number[] = [];
    for (const [i, set] of sets.entries()) {
      ids.push(
        await registerSet(i < 3 ? desk : phone, { ...set, question: `Wat doet het college aan: ${set.subject}?` }),
      );
    }
    await screenshot(phone, 'maand-geregistreerd-390.png');

    // The fifth one gets more time (on the phone).
    await phone.goto(`${base}/vragen/${ids[4]}`);
    await phone.getByRole('link', { name: 'Uitstel melden' }).click();
    await phone.getByLabel('Reden van het uitstel').fill('Het overleg met Rijkswaterstaat loopt nog.');
    await phone.getByLabel('Nieuwe uiterste datum').fill('2027-01-15');
    await Promise.all([
      phone.waitForURL(new RegExp(`/vragen/${ids[4]}$`)),
      phone.getByRole('button', { name: 'Uitstel vastleggen' }).click(),
    ]);

    // Week 3: four answers across both portfolio holders; the first was due on 21 October: late.
    const promise = 'Vóór 1 maart 2027 sturen wij u een raadsinformatiebrief over de uitkomst.';
    for (const [i, id] of ids.slice(0, 4).entries()) {
      await answer(i % 2 === 0 ? desk : phone, id, `Wij onderzoeken dit. ${promise}`, '2026-11-16');
    }
    // Week 4: published (two at the desk, two on the phone).
    for (const [i, id] of ids.slice(0, 4).entries()) await publish(i < 2 ? desk : phone, id);
    const late = (await api(`/api/question-sets/${ids[0]}`)).body;
    expect(late).toMatchObject({ status: 'published', answeredLate: true });

    // The register: the four proposals ticked and confirmed together, on the phone.
    const proposed = (
      await api('/api/commitments?municipality=amersfoort&status=proposed&limit=100')
    ).body.items.filter((c: { questionSetId: number }) => ids.includes(c.questionSetId));
    expect(proposed).toHaveLength(4);
    await phone.goto(`${base}/toezeggingen?status=proposed`);
    for (const c of proposed) await phone.getByLabel(`Kies toezegging ${c.id}`).check();
    await Promise.all([
      phone.waitForURL(/gedaan=bevestigd-4/),
      phone.getByRole('button', { name: 'Aangevinkte bevestigen' }).click(),
    ]);
    expect(await phone.locator('.notice-ok').textContent()).toContain('4 toezeggingen bevestigd.');
    await screenshot(phone, 'maand-bevestigd-390.png');

    // One is kept already: fulfilled at the desk with the council letter that did it.
    await desk.goto(`${base}/toezeggingen/${proposed[1].id}/afdoen`);
    await desk.getByLabel('Kenmerk van de nieuwe brief').fill('RIB 2026-88');
    await desk.getByLabel('Titel van de nieuwe brief').fill('Zwemles: de uitkomst');
    await Promise.all([desk.waitForURL(/\/toezeggingen$/), desk.getByRole('button', { name: 'Afdoen' }).click()]);

    // And a promise from the council meeting, entered on the phone.
    await phone.goto(`${base}/toezeggingen/nieuw`);
    await phone.getByLabel('Vergadering', { exact: true }).fill('Gemeenteraad');
    await phone.getByLabel('Datum van de vergadering').fill('2026-11-17');
    const holder = phone.locator('#veld-portfolioHolderId option', { hasText: 'Paffen-Zeenni' }).first();
    await phone.locator('#veld-portfolioHolderId').selectOption((await holder.getAttribute('value')) ?? '');
    await phone.getByLabel('Tekst van de toezegging').fill('De wethouder komt met een plan tegen eenzaamheid.');
    await phone.getByLabel('Termijn zoals toegezegd').fill('voor de zomer');
    await Promise.all([
      phone.waitForURL(/bron=vergadering/),
      phone.getByRole('button', { name: 'Toezegging vastleggen' }).click(),
    ]);
    expect(await phone.locator('table.commitment-table').textContent()).toContain('Gemeenteraad, 17 november 2026');

    // The numbers moved by exactly this month's work.
    const after = await workListCounts(desk);
    expect(after.totaal - before.totaal).toBe(5);
    expect((after['Beantwoord en gepubliceerd'] ?? 0) - (before['Beantwoord en gepubliceerd'] ?? 0)).toBe(4);
    expect((after.Uitgesteld ?? 0) - (before.Uitgesteld ?? 0)).toBe(1);
    expect((after['te laat beantwoord'] ?? 0) - (before['te laat beantwoord'] ?? 0)).toBe(1);
    const registerAfter = (await api('/api/commitments/counts?municipality=amersfoort')).body;
    expect(registerAfter.byStatus.open - registerBefore.byStatus.open).toBe(3 + 1);
    expect(registerAfter.byStatus.fulfilled - registerBefore.byStatus.fulfilled).toBe(1);
    expect(registerAfter.total - registerBefore.total).toBe(5);
    await desk.goto(`${base}/toezeggingen`);
    expect(await desk.locator('ul.counts').textContent()).toContain(`Open: ${registerAfter.byStatus.open}`);
    expect(await desk.locator('ul.counts').textContent()).toContain(`Nagekomen: ${registerAfter.byStatus.fulfilled}`);
    const fulfilledRow = desk.locator('tr', { hasText: 'RIB 2026-88' });
    expect(await fulfilledRow.textContent()).not.toContain('te laat');
    await screenshot(desk, 'maand-toezeggingen-1280.png');

    // The figures moved as they must, read at both widths (and the same at the other width).
    const figuresAfter = { 2026: await figuresPage(phone, 2026), 2027: await figuresPage(desk, 2027) };
    expect(await figuresPage(desk, 2026)).toEqual(figuresAfter[2026]);
    expect(await figuresPage(phone, 2027)).toEqual(figuresAfter[2027]);
    // Q4 2026: four answered on 16 November, one of them late; the postponement sent on 20 November.
    expect(moved(figuresBefore[2026], figuresAfter[2026], 'gemeente', 'K4')).toEqual({
      answered: 4,
      onTime: 3,
      postponements: 1,
      commitments: 0,
      open: 0,
      overdue: 0,
    });
    expect(moved(figuresBefore[2026], figuresAfter[2026], 'Van der Berg', 'K4')).toMatchObject({
      answered: 2,
      onTime: 1,
      postponements: 1,
    });
    expect(moved(figuresBefore[2026], figuresAfter[2026], 'Paffen-Zeenni', 'K4')).toMatchObject({
      answered: 2,
      onTime: 2,
      postponements: 0,
    });
    for (const quarter of ['K1', 'K2', 'K3'])
      expect(moved(figuresBefore[2026], figuresAfter[2026], 'gemeente', quarter)).toEqual(NO_FIGURES);
    // Q1 2027 ("vóór 1 maart 2027"): four confirmed commitments, three open, one fulfilled; none late yet.
    expect(moved(figuresBefore[2027], figuresAfter[2027], 'gemeente', 'K1')).toEqual({
      ...NO_FIGURES,
      commitments: 4,
      open: 3,
    });
    // Q2 2027: the meeting's "voor de zomer", open, Paffen-Zeenni's; nothing later in the year.
    expect(moved(figuresBefore[2027], figuresAfter[2027], 'gemeente', 'K2')).toEqual({
      ...NO_FIGURES,
      commitments: 1,
      open: 1,
    });
    expect(moved(figuresBefore[2027], figuresAfter[2027], 'Paffen-Zeenni', 'K2')).toEqual({
      ...NO_FIGURES,
      commitments: 1,
      open: 1,
    });
    for (const quarter of ['K3', 'K4'])
      expect(moved(figuresBefore[2027], figuresAfter[2027], 'gemeente', quarter)).toEqual(NO_FIGURES);
    // The page shows what the API computes for the same griffie (its token sees the same sets).
    const api2026 = (await api('/api/figures?municipality=amersfoort&year=2026')).body;
    expect(api2026.quarters[3]).toMatchObject({
      answered: figuresAfter[2026].gemeente.K4.answered,
      answeredOnTime: figuresAfter[2026].gemeente.K4.onTime,
      postponements: figuresAfter[2026].gemeente.K4.postponements,
    });

    // The work list's filters (through its form) and its CSV list what the API lists, at both widths.
    const [groenLinks] = await t.dataSource.query(`SELECT id FROM party WHERE name = 'GroenLinks'`);
    const expected = (
      await api(
        `/api/question-sets?municipality=amersfoort&party=${groenLinks.id}&status=published&sort=-receivedOn&limit=100`,
      )
    ).body.items.map((s: { id: number }) => s.id);
    expect(expected).toEqual(expect.arrayContaining([ids[0], ids[3]]));
    for (const page of [desk, phone]) {
      await page.goto(`${base}/beheer/vragen`);
      if (!(await page.locator('details.filters').getAttribute('open')))
        await page.locator('details.filters > summary').click();
      await page.getByLabel('Status', { exact: true }).selectOption('published');
      await page.getByLabel('Fractie', { exact: true }).selectOption(String(groenLinks.id));
      await Promise.all([page.waitForURL(/fractie=/), page.getByRole('button', { name: 'Filteren' }).click()]);
      const shown = (await page
        .locator('.set-table tbody tr td:nth-child(2) a')
        .evaluateAll((links) =>
          links.map((a) => (a as unknown as { getAttribute(n: string): string }).getAttribute('href')),
        )) as string[];
      expect(shown.map((href) => Number(href.split('/')[2]))).toEqual(expected);
      const csvHref = (await page.getByRole('link', { name: 'Downloaden als CSV' }).getAttribute('href')) ?? '';
      const csv = await (await page.context().request.get(`${base}${csvHref}`)).text();
      const csvIds = csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => Number(line.split(';')[0]));
      expect(csvIds).toEqual(expected);
    }
    await screenshot(phone, 'maand-werklijst-gefilterd-390.png');
    for (const page of [desk, phone]) await page.context().close();
  });
});
