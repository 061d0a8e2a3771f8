import request from 'supertest';
import { DemoService } from '../src/demo/demo.service';
import { createMunicipality } from './support/factories';
import { importSeed } from './support/seed-sets';
import { createTestApp, TestApp } from './support/test-app';
import { csrfOf, loginAgent } from './support/web';

interface Row {
  id: number;
  version: number;
  status: string;
  overdue: boolean;
  source: string;
  questionSetId: number | null;
  meeting: { name: string; date: string } | null;
  deadline: string | null;
  phrase: string | null;
  display: string;
  fulfilledBy: { id: number } | null;
}

/** Ids of the commitments in the register's table, in order (first cell of each row). */
function idsOnPage(html: string): number[] {
  const table = html.split('<tbody>')[1]?.split('</tbody>')[0] ?? '';
  return [...table.matchAll(/<td data-label="Nr\.">(\d+)<\/td>/g)].map((m) => Number(m[1]));
}

function idsInCsv(csv: string): number[] {
  return csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => Number(line.split(';')[0]));
}

const unescapeHtml = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x3D;/g, '=');

describe('the commitments register: a table with filters, bulk decisions and commitments made in meetings', () => {
  let t: TestApp;
  let token: string;
  let clerk: ReturnType<typeof request.agent>;
  const http = () => request(t.app.getHttpServer());
  const api = async (query: string): Promise<{ items: Row[]; total: number }> =>
    (await http().get(`/api/commitments?limit=100&${query}`).set('Authorization', token).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.current = '2026-11-20';
    const credentials = await t.app.get(DemoService).loadDemoData();
    // Six more proposals: the Amersfoort seed once more.
    await importSeed(t, 'amersfoort', { publish: true });
    token = `Bearer ${credentials.tokens.find((x) => x.municipality === 'amersfoort')?.secret ?? ''}`;
    const account = credentials.webAccounts.find((a) => a.email === 'griffie@amersfoort.demo');
    clerk = await loginAgent(t.app.getHttpServer(), account?.email ?? '', account?.password ?? '');
  });

  afterAll(() => t.close());

  it('shows the register as a table with counts per status, the same rows as the API', async () => {
    const page = await clerk.get('/toezeggingen').expect(200);
    const all = await api('municipality=amersfoort&sort=deadline');
    expect(page.text).toContain('<table class="set-table commitment-table">');
    expect(idsOnPage(page.text)).toEqual(all.items.slice(0, 25).map((c) => c.id));
    const counts = (
      await http().get('/api/commitments/counts?municipality=amersfoort').set('Authorization', token).expect(200)
    ).body;
    expect(counts.total).toBe(all.total);
    for (const [status, label] of [
      ['proposed', 'Voorgesteld'],
      ['open', 'Open'],
    ]) {
      expect(counts.byStatus[status]).toBeGreaterThan(0);
      expect(page.text).toContain(`${label}: ${counts.byStatus[status]}`);
    }
    expect(page.text).toMatch(/href="\/toezeggingen\.csv"/);
    expect(page.text).toMatch(/href="\/ical\/amersfoort\.ics"/);
  });

  it('filters on status, portfolio holder, period, overdue and source as the API, its CSV and its print page do', async () => {
    const [holder] = await t.dataSource.query(`SELECT id FROM person WHERE name = 'Paffen-Zeenni'`);
    const cases: [string, string][] = [
      ['status=open', 'status=open'],
      ['status=proposed', 'status=proposed'],
      [`portefeuillehouder=${holder.id}`, `portfolioHolder=${holder.id}`],
      ['uiterlijkVan=2026-01-01&uiterlijkTot=2026-12-31', 'dueFrom=2026-01-01&dueTo=2026-12-31'],
      ['teLaat=ja', 'overdue=true'],
      ['bron=schriftelijk', 'source=answer'],
    ];
    for (const [web, apiQuery] of cases) {
      const expected = (await api(`municipality=amersfoort&sort=deadline&${apiQuery}`)).items.map((c) => c.id);
      const page = await clerk.get(`/toezeggingen?${web}`).expect(200);
      const csv = await clerk.get(`/toezeggingen.csv?${web}`).expect(200);
      expect([web, idsOnPage(page.text)]).toEqual([web, expected]);
      expect([web, idsInCsv(csv.text)]).toEqual([web, expected]);
      const printUrl = unescapeHtml(/href="(\/toezeggingen\/afdrukken[^"]*)"/.exec(page.text)?.[1] ?? '');
      const print = await clerk.get(printUrl).expect(200);
      expect([web, print.text]).toEqual([web, expect.stringContaining('/static/print.css')]);
      const printed = [...print.text.matchAll(/<tr[^>]*>\s*<td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
      expect([web, printed]).toEqual([web, expected]);
    }
    const overdue = await api('municipality=amersfoort&overdue=true');
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.items.every((c) => c.overdue && c.status === 'open')).toBe(true);
  });

  it('renders the print page for visitors without a municipality and for one municipality', async () => {
    const page = await http().get('/toezeggingen').expect(200);
    const link = unescapeHtml(/href="(\/toezeggingen\/afdrukken[^"]*)"/.exec(page.text)?.[1] ?? '');
    const all = await http().get(link).expect(200);
    expect(all.text).toContain('<h1>Toezeggingenlijst</h1>');
    const one = await http().get('/toezeggingen/afdrukken?municipality=amersfoort&status=open').expect(200);
    expect(one.text).toContain('<h1>Toezeggingenlijst Amersfoort</h1>');
    expect(one.text).not.toContain('Voorgesteld');
  });

  it('confirms several proposals with one form, in one transaction', async () => {
    const proposed = (await api('municipality=amersfoort&status=proposed')).items;
    expect(proposed.length).toBeGreaterThanOrEqual(2);
    const [a, b] = proposed;
    const page = await clerk.get('/toezeggingen?status=proposed').expect(200);
    expect(page.text).toContain(`name="keuze" value="${a.id}:${a.version}"`);
    const done = await clerk
      .post('/toezeggingen/bulk')
      .type('form')
      .send(
        `_csrf=${encodeURIComponent(csrfOf(page.text))}&terug=${encodeURIComponent('/toezeggingen?status=proposed')}` +
          `&keuze=${a.id}:${a.version}&keuze=${b.id}:${b.version}&actie=bevestigen`,
      )
      .expect(303);
    expect(done.headers.location).toBe('/toezeggingen?status=proposed&gedaan=bevestigd-2');
    const after = await clerk.get(done.headers.location).expect(200);
    expect(after.text).toContain('2 toezeggingen bevestigd.');
    for (const c of [a, b]) {
      const now = await http().get(`/api/commitments/${c.id}`).set('Authorization', token).expect(200);
      expect(now.body.status).toBe('open');
    }
  });

  it('changes nothing when one of the chosen proposals was changed meanwhile, and says so in Dutch', async () => {
    const [a, b] = (await api('municipality=amersfoort&status=proposed')).items;
    const page = await clerk.get('/toezeggingen?status=proposed').expect(200);
    // Someone else dismisses b first.
    await http()
      .post(`/api/commitments/${b.id}/dismiss`)
      .set('Authorization', token)
      .send({ version: b.version })
      .expect(200);
    const response = await clerk
      .post('/toezeggingen/bulk')
      .type('form')
      .send(
        `_csrf=${encodeURIComponent(csrfOf(page.text))}&keuze=${a.id}:${a.version}&keuze=${b.id}:${b.version}&actie=bevestigen`,
      )
      .expect(409);
    expect(response.text).toContain('Er is niets gewijzigd.');
    expect(response.text).toContain(`Toezegging ${b.id} is nu: afgewezen.`);
    const stillProposed = await http().get(`/api/commitments/${a.id}`).set('Authorization', token).expect(200);
    expect(stillProposed.body.status).toBe('proposed');
    // The API does the same: one stale item rolls the others back.
    const stale = await http()
      .post('/api/commitments/bulk')
      .set('Authorization', token)
      .send({
        action: 'dismiss',
        items: [
          { id: a.id, version: a.version },
          { id: b.id, version: b.version },
        ],
      })
      .expect(409);
    expect(stale.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await http().get(`/api/commitments/${a.id}`).set('Authorization', token)).body.status).toBe('proposed');
    const ok = await http()
      .post('/api/commitments/bulk')
      .set('Authorization', token)
      .send({ action: 'dismiss', items: [{ id: a.id, version: a.version }] })
      .expect(200);
    expect(ok.body.items.map((c: Row) => c.status)).toEqual(['dismissed']);
  });

  it('asks for a choice before a bulk decision and refuses one without the CSRF token', async () => {
    const page = await clerk.get('/toezeggingen').expect(200);
    const none = await clerk
      .post('/toezeggingen/bulk')
      .type('form')
      .send({ _csrf: csrfOf(page.text), actie: 'bevestigen' })
      .expect(400);
    expect(none.text).toContain('Kies eerst een of meer voorgestelde toezeggingen.');
    await clerk.post('/toezeggingen/bulk').type('form').send({ actie: 'bevestigen', keuze: '1:1' }).expect(403);
  });

  it('registers a commitment made in a meeting, its phrase resolved against the meeting date', async () => {
    const [holder] = await t.dataSource.query(`SELECT id FROM person WHERE name = 'Paffen-Zeenni'`);
    const form = await clerk.get('/toezeggingen/nieuw').expect(200);
    expect(form.text).toContain(`<option value="${holder.id}">`);
    const invalid = await clerk
      .post('/toezeggingen/nieuw')
      .type('form')
      .send({ _csrf: csrfOf(form.text), meetingName: 'Gemeenteraad', sentence: 'Wij komen erop terug.' })
      .expect(400);
    expect(invalid.text).toContain('Portefeuillehouder is verplicht.');
    expect(invalid.text).toContain('Datum van de vergadering');
    await clerk
      .post('/toezeggingen/nieuw')
      .type('form')
      .send({
        _csrf: csrfOf(form.text),
        meetingName: 'Commissie Ruimte',
        meetingDate: '2026-11-10',
        portfolioHolderId: String(holder.id),
        sentence: 'De wethouder stuurt de raad een overzicht van de speelplekken.',
        phrase: 'binnen drie maanden',
      })
      .expect(303)
      .expect('Location', '/toezeggingen?bron=vergadering');
    const meeting = (await api('municipality=amersfoort&source=meeting')).items;
    expect(meeting).toHaveLength(1);
    expect(meeting[0]).toMatchObject({
      source: 'meeting',
      questionSetId: null,
      meeting: { name: 'Commissie Ruimte', date: '2026-11-10' },
      status: 'open',
      phrase: 'binnen drie maanden',
      deadline: '2027-02-10',
    });
    const page = await clerk.get('/toezeggingen?bron=vergadering').expect(200);
    expect(idsOnPage(page.text)).toEqual([meeting[0].id]);
    expect(page.text).toContain('Commissie Ruimte, 10 november 2026');
    // A meeting is public: visitors see the open commitment, in the list, the CSV and the calendar.
    const publicList = await http().get('/api/commitments?source=meeting').expect(200);
    expect(publicList.body.items.map((c: Row) => c.id)).toEqual([meeting[0].id]);
    const csv = await http().get('/toezeggingen.csv?bron=vergadering').expect(200);
    expect(csv.text).toContain(';vergadering;Commissie Ruimte;2026-11-10');
    const ical = await http().get('/ical/amersfoort.ics').expect(200);
    expect(ical.text).toContain('Vergadering: Commissie Ruimte');
  });

  it('registers a meeting commitment over the API with a date, and checks the people belong to the municipality', async () => {
    const elsewhere = await createMunicipality(t, { name: 'Elders', slug: 'elders' });
    const other = (
      await http()
        .post('/api/people')
        .set('Authorization', await t.token('admin', null))
        .send({ municipality: elsewhere.slug, name: 'A. Elders', role: 'alderman' })
        .expect(201)
    ).body;
    const bad = await http()
      .post('/api/commitments')
      .set('Authorization', token)
      .send({
        meeting: { name: 'Gemeenteraad', date: '2026-11-12' },
        sentence: 'Toezegging',
        deadline: '2027-01-31',
        portfolioHolderId: other.id,
      })
      .expect(400);
    expect(bad.body.errors).toEqual([{ path: 'portfolioHolderId', message: 'is geen persoon van deze gemeente' }]);
    const both = await http()
      .post('/api/commitments')
      .set('Authorization', token)
      .send({ meeting: { name: 'Gemeenteraad', date: '2026-11-12' }, questionSetId: 1, sentence: 'x' })
      .expect(400);
    expect(both.body.errors[0].path).toBe('meeting');
    const created = await http()
      .post('/api/commitments')
      .set('Authorization', token)
      .send({
        meeting: { name: 'Gemeenteraad', date: '2026-11-12' },
        sentence: 'Wij sturen een brief.',
        deadline: '2027-01-31',
      })
      .expect(201);
    expect(created.body).toMatchObject({ deadline: '2027-01-31', phrase: null, source: 'meeting', status: 'open' });
    const executive = await t.token('executive', created.body.municipalityId);
    await http()
      .post('/api/commitments')
      .set('Authorization', executive)
      .send({ meeting: { name: 'Gemeenteraad', date: '2026-11-12' }, sentence: 'x', municipality: 'amersfoort' })
      .expect(403);
  });

  it('shows a fulfilled commitment with its document and date, never "te laat"', async () => {
    const overdue = (await api('municipality=amersfoort&overdue=true')).items[0];
    const form = await clerk.get(`/toezeggingen/${overdue.id}/afdoen`).expect(200);
    await clerk
      .post(`/toezeggingen/${overdue.id}/nagekomen`)
      .type('form')
      .send({
        _csrf: csrfOf(form.text),
        version: String(overdue.version),
        partial: 'nee',
        newReference: 'RIB 2026-77',
        newTitle: 'Raadsinformatiebrief speelplekken',
      })
      .expect(303);
    const now = (await http().get(`/api/commitments/${overdue.id}`).set('Authorization', token).expect(200)).body;
    expect(now.status).toBe('fulfilled');
    expect(now.overdue).toBe(false);
    expect(now.display).toContain('nagekomen op 20 november 2026');
    expect(now.display).not.toContain('te laat');
    const page = await clerk.get('/toezeggingen?status=fulfilled').expect(200);
    const row = page.text.split(`<td data-label="Nr.">${overdue.id}</td>`)[1].split('</tr>')[0];
    expect(row).toContain('RIB 2026-77: Raadsinformatiebrief speelplekken</a>');
    expect(row).toContain(', 20 november 2026');
    expect(row).not.toContain('te laat');
  });

  it('keeps the meeting form for the griffie and reports filter values it cannot use', async () => {
    await http().get('/toezeggingen/nieuw').expect(303);
    const page = await clerk.get('/toezeggingen?status=kapot&bron=elders').expect(200);
    expect(page.text).toContain('status &quot;kapot&quot;');
    expect(page.text).toContain('bron &quot;elders&quot;');
  });
});
