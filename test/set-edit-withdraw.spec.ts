import request from 'supertest';
import { DemoService } from '../src/demo/demo.service';
import { createTestApp, TestApp } from './support/test-app';
import { csrfOf, loginAgent } from './support/web';

/** Every named form field of a page's edit form, as a browser would post it unchanged. */
function formFields(html: string): Record<string, string> {
  const form = html.split('<form method="post" action="/vragen/')[1]?.split('</form>')[0] ?? '';
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) fields[m[1]] = m[2];
  for (const m of form.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) fields[m[1]] = m[2];
  for (const m of form.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    fields[m[1]] = /<option value="([^"]*)" selected>/.exec(m[2])?.[1] ?? '';
  }
  for (const key of Object.keys(fields))
    fields[key] = fields[key]
      .replace(/&amp;/g, '&')
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"');
  return fields;
}

describe('edit and withdraw pages for a question set', () => {
  let t: TestApp;
  let token: string;
  let clerk: ReturnType<typeof request.agent>;
  let fractie: ReturnType<typeof request.agent>;
  const http = () => request(t.app.getHttpServer());
  const idOf = async (subject: string): Promise<number> =>
    (await t.dataSource.query(`SELECT id FROM question_set WHERE subject = $1`, [subject]))[0].id;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.current = '2026-11-20';
    const credentials = await t.app.get(DemoService).loadDemoData();
    token = `Bearer ${credentials.tokens.find((x) => x.municipality === 'amersfoort')?.secret ?? ''}`;
    const login = async (email: string) => {
      const account = credentials.webAccounts.find((a) => a.email === email);
      return loginAgent(t.app.getHttpServer(), account?.email ?? '', account?.password ?? '');
    };
    clerk = await login('griffie@amersfoort.demo');
    fractie = await login('fractie@amersfoort.demo');
  });

  afterAll(() => t.close());

  it('lets the griffie edit subject, people and questions of a registered set through the form', async () => {
    const id = await idOf('Wachttijden schuldhulpverlening');
    const page = await clerk.get(`/vragen/${id}`).expect(200);
    expect(page.text).toContain(`href="/vragen/${id}/bewerken"`);
    expect(page.text).toContain(`href="/vragen/${id}/intrekken"`);
    const form = await clerk.get(`/vragen/${id}/bewerken`).expect(200);
    const fields = formFields(form.text);
    expect(fields.subject).toBe('Wachttijden schuldhulpverlening');
    const [holder] = await t.dataSource.query(`SELECT id FROM person WHERE name = 'Paffen-Zeenni'`);
    await clerk
      .post(`/vragen/${id}/bewerken`)
      .type('form')
      .send({
        ...fields,
        subject: 'Wachttijden bij de schuldhulpverlening',
        portfolioHolderId: String(holder.id),
        'questions[0][text]': 'Hoe lang wacht men nu gemiddeld?',
      })
      .expect(303)
      .expect('Location', `/vragen/${id}?melding=gewijzigd`);
    const set = await http().get(`/api/question-sets/${id}`).set('Authorization', token).expect(200);
    expect(set.body.subject).toBe('Wachttijden bij de schuldhulpverlening');
    expect(set.body.portfolioHolder.name).toBe('Paffen-Zeenni');
    expect(set.body.questions[0].text).toBe('Hoe lang wacht men nu gemiddeld?');
  });

  it('lets the griffie correct the date received on the form; the due date is computed again', async () => {
    const [row] = await t.dataSource.query(
      `SELECT s.id FROM question_set s WHERE s.status = 'registered' AND s.received_on IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM postponement p WHERE p.question_set_id = s.id) ORDER BY s.id LIMIT 1`,
    );
    const id: number = row.id;
    const form = await clerk.get(`/vragen/${id}/bewerken`).expect(200);
    expect(form.text).toContain('De antwoorddatum wordt bij opslaan opnieuw berekend');
    const fields = formFields(form.text);
    expect(fields.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const future = await clerk
      .post(`/vragen/${id}/bewerken`)
      .type('form')
      .send({ ...fields, receivedOn: '2026-11-21' })
      .expect(400);
    expect(future.text).toContain('Datum van ontvangst mag niet in de toekomst liggen');
    expect(future.text).toContain('value="2026-11-21"');
    await clerk
      .post(`/vragen/${id}/bewerken`)
      .type('form')
      .send({ ...fields, receivedOn: '2026-11-02' })
      .expect(303);
    const set = await http().get(`/api/question-sets/${id}`).set('Authorization', token).expect(200);
    expect(set.body.receivedOn).toBe('2026-11-02');
    expect(set.body.dueExplanation).toContain('na ontvangst op 2 november 2026');
    expect(set.body.dueOn > '2026-11-02').toBe(true);
  });

  it('answers a stale edit with 409, a Dutch message and the set as it is now, keeping what was typed', async () => {
    const id = await idOf('Wachttijden bij de schuldhulpverlening');
    const form = await clerk.get(`/vragen/${id}/bewerken`).expect(200);
    const fields = formFields(form.text);
    const current = await http().get(`/api/question-sets/${id}`).set('Authorization', token).expect(200);
    await http()
      .patch(`/api/question-sets/${id}`)
      .set('Authorization', token)
      .send({ version: current.body.version, subject: 'Schuldhulp: wachttijden (door een collega)' })
      .expect(200);
    const stale = await clerk
      .post(`/vragen/${id}/bewerken`)
      .type('form')
      .send({ ...fields, subject: 'Mijn eigen onderwerp' })
      .expect(409);
    expect(stale.text).toContain('Iemand anders heeft dit intussen gewijzigd');
    expect(stale.text).toContain('Zo staat de vragenset er nu in');
    expect(stale.text).toContain('Schuldhulp: wachttijden (door een collega)');
    expect(stale.text).toContain('value="Mijn eigen onderwerp"');
    // Saving again from that page (it carries the current version) overwrites knowingly.
    await clerk
      .post(`/vragen/${id}/bewerken`)
      .type('form')
      .send({ ...formFields(stale.text), _csrf: csrfOf(stale.text) })
      .expect(303);
    const after = await http().get(`/api/question-sets/${id}`).set('Authorization', token).expect(200);
    expect(after.body.subject).toBe('Mijn eigen onderwerp');
  });

  it('withdraws a set with a reason; the set then shows as withdrawn with the date and the reason', async () => {
    const id = await idOf('Mijn eigen onderwerp');
    const form = await clerk.get(`/vragen/${id}/intrekken`).expect(200);
    const empty = await clerk
      .post(`/vragen/${id}/intrekken`)
      .type('form')
      .send({ ...formFields(form.text), reason: '' })
      .expect(400);
    expect(empty.text).toContain('Reden is verplicht');
    await clerk
      .post(`/vragen/${id}/intrekken`)
      .type('form')
      .send({ ...formFields(form.text), reason: 'In de commissie van 18 november beantwoord.' })
      .expect(303);
    const set = await http().get(`/api/question-sets/${id}`).set('Authorization', token).expect(200);
    expect(set.body).toMatchObject({
      status: 'withdrawn',
      closedReason: 'In de commissie van 18 november beantwoord.',
    });
    const page = await http().get(`/vragen/${id}`).expect(200);
    expect(page.text).toContain(
      '<strong>Ingetrokken</strong> op 20 november 2026: In de commissie van 18 november beantwoord.',
    );
    // Withdrawn is final: no second withdrawal, no edit buttons for withdrawing.
    await clerk.get(`/vragen/${id}/intrekken`).expect(404);
    const again = await clerk
      .post(`/vragen/${id}/intrekken`)
      .type('form')
      .send({ ...formFields(form.text), reason: 'nogmaals' })
      .expect(404);
    expect(again.text).not.toContain('Vragen intrekken</button>');
  });

  it('answers a withdrawal that lost the race with 409 and the status it has now', async () => {
    const [open] = await t.dataSource.query(
      `SELECT id FROM question_set WHERE status = 'registered' AND subject <> 'Mijn eigen onderwerp' ORDER BY id LIMIT 1`,
    );
    const id: number = open.id;
    const set = await http().get(`/api/question-sets/${id}`).set('Authorization', token).expect(200);
    const form = await clerk.get(`/vragen/${id}/intrekken`).expect(200);
    await http()
      .post(`/api/question-sets/${id}/postpone`)
      .set('Authorization', token)
      .send({ version: set.body.version, reason: 'Meer tijd nodig.', newDueOn: '2027-01-31' })
      .expect(200);
    const stale = await clerk
      .post(`/vragen/${id}/intrekken`)
      .type('form')
      .send({ ...formFields(form.text), reason: 'Toch maar niet.' })
      .expect(409);
    expect(stale.text).toContain('Iemand anders heeft dit intussen gewijzigd');
    expect(stale.text).toContain('De vragenset heeft nu status Uitgesteld.');
  });

  it('lets a fractie withdraw its own draft, but not edit sets on the griffie form', async () => {
    const newForm = await fractie.get('/fractie/vragen/nieuw').expect(200);
    const created = await fractie
      .post('/fractie/vragen')
      .type('form')
      .send({
        _csrf: csrfOf(newForm.text),
        actie: 'opslaan',
        subject: 'Een concept dat niet meer nodig is',
        'questions[0][number]': '1',
        'questions[0][text]': 'Is dit nog nodig?',
      })
      .expect(303);
    const draft = { id: Number(/\/vragen\/(\d+)/.exec(created.headers.location)?.[1]) };
    const page = await fractie.get(`/vragen/${draft.id}`).expect(200);
    expect(page.text).toContain(`href="/vragen/${draft.id}/intrekken"`);
    expect(page.text).not.toContain(`href="/vragen/${draft.id}/bewerken"`);
    await fractie.get(`/vragen/${draft.id}/bewerken`).expect(403);
    const form = await fractie.get(`/vragen/${draft.id}/intrekken`).expect(200);
    await fractie
      .post(`/vragen/${draft.id}/intrekken`)
      .type('form')
      .send({ ...formFields(form.text), reason: 'Niet meer nodig.' })
      .expect(303);
    const set = await http().get(`/api/question-sets/${draft.id}`).set('Authorization', token);
    expect(set.body.status).toBe('withdrawn');
    // A withdrawn draft stays private: never public.
    await http().get(`/vragen/${draft.id}`).expect(404);
    const own = await fractie.get(`/vragen/${draft.id}`).expect(200);
    expect(own.text).toContain('<strong>Ingetrokken</strong>');
    // Another party's set: no withdrawal for this fractie.
    const [other] = await t.dataSource.query(
      `SELECT s.id FROM question_set s JOIN party p ON p.id = s.party_id WHERE s.status IN ('registered', 'postponed') AND p.name <> 'GroenLinks' LIMIT 1`,
    );
    expect(other).toBeDefined();
    await fractie.get(`/vragen/${other.id}/intrekken`).expect(403);
  });
});
