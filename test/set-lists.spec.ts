import request from 'supertest';
import { DemoService } from '../src/demo/demo.service';
import { createTestApp, TestApp } from './support/test-app';
import { loginAgent } from './support/web';

/** Ids of the sets in a list page, in order (rows link to /vragen/:id). */
function idsOnPage(html: string): number[] {
  const table = html.split('<tbody>')[1]?.split('</tbody>')[0] ?? '';
  return [...table.matchAll(/href="\/vragen\/(\d+)"/g)].map((m) => Number(m[1]));
}

/** Ids in a CSV export (first column). */
function idsInCsv(csv: string): number[] {
  return csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => Number(line.split(';')[0]));
}

describe('lists of question sets: the griffie work list and the public list', () => {
  let t: TestApp;
  let clerkToken: string;
  let clerk: ReturnType<typeof request.agent>;
  const http = () => request(t.app.getHttpServer());
  const api = (query: string) =>
    http().get(`/api/question-sets?${query}`).set('Authorization', `Bearer ${clerkToken}`).expect(200);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.current = '2026-11-20';
    const credentials = await t.app.get(DemoService).loadDemoData();
    clerkToken = credentials.tokens.find((token) => token.municipality === 'amersfoort')?.secret ?? '';
    const account = credentials.webAccounts.find((a) => a.email === 'griffie@amersfoort.demo');
    clerk = await loginAgent(t.app.getHttpServer(), account?.email ?? '', account?.password ?? '');
  });

  afterAll(() => t.close());

  it('shows the griffie every set of its municipality with counts per status', async () => {
    const page = await clerk.get('/beheer/vragen').expect(200);
    const all = await api('municipality=amersfoort&limit=100&sort=-receivedOn');
    expect(idsOnPage(page.text)).toEqual(all.body.items.map((s: { id: number }) => s.id));
    expect(page.text).toContain(`${all.body.total} vragensets`);
    expect(page.text).toMatch(/Geregistreerd: 3/);
    expect(page.text).toMatch(/Uitgesteld: 1/);
    expect(page.text).toMatch(/te laat: 1</);
  });

  it('filters on status, party, holder, periods, lateness and text the same way as the API and its CSV', async () => {
    const [vvd] = await t.dataSource.query(`SELECT id FROM party WHERE name = 'VVD'`);
    const [holder] = await t.dataSource.query(`SELECT id FROM person WHERE name = 'Paffen-Zeenni'`);
    const cases: [string, string][] = [
      ['status=registered', 'status=registered'],
      [`fractie=${vvd.id}`, `party=${vvd.id}`],
      [`portefeuillehouder=${holder.id}`, `portfolioHolder=${holder.id}`],
      ['ontvangenVan=2026-10-01&ontvangenTot=2026-11-30', 'receivedFrom=2026-10-01&receivedTo=2026-11-30'],
      ['uiterlijkVan=2026-11-01&uiterlijkTot=2026-12-31', 'dueFrom=2026-11-01&dueTo=2026-12-31'],
      ['teLaat=ja', 'overdue=true'],
      ['laatBeantwoord=ja', 'answeredLate=true'],
      ['tekst=speeltoestellen', 'text=speeltoestellen'],
      ['tekst=Kattenbroek%20speeltoestellen&sorteer=uiterlijk', 'text=Kattenbroek%20speeltoestellen&sort=dueOn'],
      ['sorteer=-fractie', 'sort=-party'],
    ];
    for (const [web, apiQuery] of cases) {
      const expected = (await api(`municipality=amersfoort&limit=100&${apiQuery}`)).body;
      const page = await clerk.get(`/beheer/vragen?${web}`).expect(200);
      const csv = await clerk.get(`/beheer/vragen.csv?${web}`).expect(200);
      const ids = expected.items.map((s: { id: number }) => s.id);
      expect([web, idsOnPage(page.text)]).toEqual([web, ids]);
      expect([web, idsInCsv(csv.text)]).toEqual([web, ids]);
    }
    const one = await clerk.get('/beheer/vragen?tekst=speeltoestellen').expect(200);
    expect(one.text).toContain('<strong>1 vragenset</strong> met deze filters');
  });

  it('exports CSV for a spreadsheet and a print page with the same rows', async () => {
    const csv = await clerk.get('/beheer/vragen.csv?laatBeantwoord=ja').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="vragen-2026-11-20\.csv"/);
    expect(csv.text.startsWith('\uFEFFid;gemeente;registratienummer;onderwerp')).toBe(true);
    expect(csv.text).toContain('Meldingen van discriminatie dit jaar;Beantwoord en gepubliceerd;D66');
    expect(csv.text).toMatch(/;ja;5;http/);
    const print = await clerk.get('/beheer/vragen/afdrukken?laatBeantwoord=ja').expect(200);
    expect(print.text).toContain('/static/print.css');
    expect(print.text).toContain('5 dagen te laat beantwoord');
    expect(print.text).toContain('2 vragensets');
  });

  it('reports values it cannot use instead of failing', async () => {
    const page = await clerk.get('/beheer/vragen?status=kapot&ontvangenVan=31-12-2026&sorteer=hoogte').expect(200);
    expect(page.text).toContain('Niet gebruikt bij het filteren');
    expect(page.text).toContain('status &quot;kapot&quot;');
    expect(page.text).toContain('ontvangen vanaf &quot;31-12-2026&quot;');
  });

  it('keeps the work list for the griffie and sends visitors to the login', async () => {
    await http().get('/beheer/vragen').expect(303);
    await http().get('/beheer/vragen.csv').expect(303);
  });

  it('lists to the public at /vragen what the API shows it, with late answers marked', async () => {
    const page = await http().get('/vragen').expect(200);
    const visible = await http().get('/api/question-sets?limit=100&sort=-receivedOn').expect(200);
    expect(idsOnPage(page.text)).toEqual(visible.body.items.map((s: { id: number }) => s.id));
    expect(visible.body.items.some((s: { status: string }) => s.status === 'draft')).toBe(false);
    expect(page.text).toContain('5 dagen te laat beantwoord');
    // A fractie's draft is its own until submitted.
    expect(page.text).not.toContain('Fietsparkeren bij station Schothorst');
    const late = await http().get('/vragen?laatBeantwoord=ja&gemeente=amersfoort').expect(200);
    expect(idsOnPage(late.text)).toHaveLength(2);
  });

  it('shows on the set page that it was answered late, with the due date and the days', async () => {
    const [set] = await t.dataSource.query(
      `SELECT id FROM question_set WHERE subject = 'Meldingen van discriminatie dit jaar'`,
    );
    const page = await http().get(`/vragen/${set.id}`).expect(200);
    expect(page.text).toContain('5 dagen te laat beantwoord (uiterlijk 1 oktober 2026)');
  });

  it('serves a favicon', async () => {
    await http().get('/favicon.ico').expect(301).expect('Location', '/static/favicon.svg');
    await http().get('/static/favicon.svg').expect(200);
  });
});
