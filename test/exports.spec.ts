import request from 'supertest';
import { DataSource } from 'typeorm';
import { Actor, PUBLIC_ACTOR } from '../src/auth/actor';
import { Clock } from '../src/common/clock';
import { DemoService } from '../src/demo/demo.service';
import { loadQuestionSets } from '../src/questions/question-set.queries';
import { toQuestionSetDto } from '../src/questions/question-set.mapper';
import { QuestionsService } from '../src/questions/questions.service';
import { createMunicipality, questionSetBody } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const EMBARGO_MARKER = 'Kroketcontract';
const DRAFT_MARKER = 'Fietsenstallingsgeheim';
const TRICKY_SUBJECT = 'Kosten; "parkeren"\nen meer';

/** A small RFC 4180 reader with `;`: enough to check that every cell comes back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('bulk dumps', () => {
  let t: TestApp;
  let http: ReturnType<typeof request>;
  let clerk: string;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp();
    http = request(t.app.getHttpServer());
    await t.app.get(DemoService).loadDemoData();
    const municipality = await createMunicipality(t, { name: 'Deventer', slug: 'deventer' });
    clerk = await t.token('clerk', municipality.id);
    const create = async (overrides: Record<string, unknown>) =>
      (
        await http
          .post('/api/question-sets')
          .set('Authorization', clerk)
          .send(questionSetBody('deventer', overrides))
          .expect(201)
      ).body as { id: number; version: number };
    const answer = async (set: { id: number; version: number }, text: string, numbers = ['1', '2a', '2b']) =>
      (
        await http
          .post(`/api/question-sets/${set.id}/answers`)
          .set('Authorization', clerk)
          .send({ version: set.version, answeredOn: '2024-10-20', answers: [{ questions: numbers, text }] })
          .expect(200)
      ).body as { id: number; version: number };
    const tricky = await answer(
      await create({
        subject: TRICKY_SUBJECT,
        reference: '=HYPERLINK("x")',
        questions: [{ number: '1', text: '=SUM(A1) is geen formule' }],
      }),
      'Nee.',
      ['1'],
    );
    await http
      .post(`/api/question-sets/${tricky.id}/publish`)
      .set('Authorization', clerk)
      .send({ version: tricky.version })
      .expect(200);
    ids.tricky = tricky.id;
    ids.embargo = (
      await answer(await create({}), `Wij informeren uw raad uiterlijk eind 2025 over het ${EMBARGO_MARKER}.`)
    ).id;
    const partyId = (await http.get('/api/parties').query({ municipality: 'deventer' })).body.items[0].id;
    const party = await t.token('party', municipality.id, { partyId });
    ids.draft = (
      await http
        .post('/api/question-sets')
        .set('Authorization', party)
        .send(
          questionSetBody('deventer', {
            status: 'draft',
            party: undefined,
            questions: [{ number: '1', text: `Wat weet u van het ${DRAFT_MARKER}?` }],
          }),
        )
        .expect(201)
    ).body.id;
  });

  afterAll(() => t.close());

  const jsonl = (text: string) =>
    text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as { id: number; status: string; answers: unknown[] });

  it('question-sets.jsonl gives the public exactly the sets the public list shows, in id order', async () => {
    const dump = await http.get('/api/exports/question-sets.jsonl').expect(200);
    expect(dump.headers['content-type']).toMatch(/^application\/jsonl/);
    expect(dump.headers['content-disposition']).toBe('attachment; filename="question-sets.jsonl"');
    expect(dump.text).not.toContain(EMBARGO_MARKER);
    expect(dump.text).not.toContain(DRAFT_MARKER);
    const rows = jsonl(dump.text);
    const list = await http.get('/api/question-sets').query({ limit: 100 }).expect(200);
    const listed = list.body.items.map((s: { id: number }) => s.id).sort((x: number, y: number) => x - y);
    expect(rows.map((r) => r.id)).toEqual(listed);
    expect(rows.map((r) => r.id)).toContain(ids.tricky);
    const [one] = rows.filter((r) => r.id === ids.tricky);
    expect(one).toEqual((await http.get(`/api/question-sets/${ids.tricky}`).expect(200)).body);
  });

  it("a clerk's dump adds what the clerk may see: the embargoed answers of the own municipality, no party drafts", async () => {
    const dump = await http.get('/api/exports/question-sets.jsonl').set('Authorization', clerk).expect(200);
    expect(dump.text).toContain(EMBARGO_MARKER);
    expect(dump.text).not.toContain(DRAFT_MARKER);
    expect(jsonl(dump.text).map((r) => r.id)).toEqual(expect.arrayContaining([ids.embargo, ids.tricky]));
    const csv = await http.get('/api/exports/question-sets.csv').set('Authorization', clerk).expect(200);
    expect(csv.text).toContain(EMBARGO_MARKER);
  });

  it('question-sets.csv is one row per set, quoted so every cell reads back as written, formulas neutralised', async () => {
    const response = await http.get('/api/exports/question-sets.csv').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.text.startsWith('\uFEFFNummer;Gemeente;Registratienummer;Onderwerp;Status;')).toBe(true);
    const [header, ...rows] = parseCsv(response.text.slice(1));
    const publicCount = jsonl((await http.get('/api/exports/question-sets.jsonl')).text).length;
    expect(rows).toHaveLength(publicCount);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    const row = rows.find((r) => r[0] === String(ids.tricky)) as string[];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Onderwerp')).toBe(TRICKY_SUBJECT);
    expect(cell('Vragen')).toBe('1. =SUM(A1) is geen formule');
    expect(cell('Registratienummer')).toBe(`'=HYPERLINK("x")`);
    expect(cell('Status')).toBe('Beantwoord en gepubliceerd');
    expect(cell('Antwoorden')).toBe('1. Nee.');
  });

  it('reads in keyset batches: a batch of one gives the same sets in the same order', async () => {
    const seen: number[] = [];
    for await (const batch of t.app.get(QuestionsService).streamQuestionSets(PUBLIC_ACTOR, 1)) {
      expect(batch).toHaveLength(1);
      seen.push(batch[0].id);
    }
    const dump = jsonl((await http.get('/api/exports/question-sets.jsonl')).text).map((r) => r.id);
    expect(seen).toEqual(dump);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('the dump reads plain rows, yet gives every set exactly as the entity loader of the detail view does', async () => {
    const service = t.app.get(QuestionsService);
    const em = t.app.get(DataSource).manager;
    const today = t.app.get(Clock).today();
    // The demo has no corrections or answer documents: give one answer of each (rows the dump must find).
    await em.query(
      `INSERT INTO answer_correction (answer_id, previous_text, reason, corrected_on)
       SELECT id, 'Oude tekst.', 'Typefout', '2024-10-22' FROM answer WHERE question_set_id = $1`,
      [ids.tricky],
    );
    await em.query(
      `INSERT INTO answer_document (answer_id, document_id)
       SELECT a.id, (SELECT min(id) FROM document) FROM answer a WHERE a.question_set_id = $1`,
      [ids.tricky],
    );
    // The admin sees every set, embargoed answers too: all relations of the demo are compared.
    const admin: Actor = {
      role: 'admin',
      municipalityId: null,
      partyId: null,
      portfolioHolderId: null,
      label: 'beheer',
    };
    for (const actor of [PUBLIC_ACTOR, admin]) {
      const dumped: unknown[] = [];
      for await (const batch of service.streamQuestionSets(actor, 7)) dumped.push(...batch);
      const setIds = dumped.map((set) => (set as { id: number }).id);
      const entities = await loadQuestionSets(em, setIds);
      const expected = setIds.map((id) => toQuestionSetDto(entities.get(id)!, actor, today));
      expect(dumped.length).toBeGreaterThan(5);
      expect(JSON.stringify(dumped)).toBe(JSON.stringify(expected));
    }
  });

  it('commitments: the public gets the confirmed ones, the griffie also the proposed ones of its municipality', async () => {
    const publicDump = jsonl((await http.get('/api/exports/commitments.jsonl').expect(200)).text) as unknown as {
      id: number;
      status: string;
    }[];
    const publicList = await http.get('/api/commitments').query({ limit: 100 }).expect(200);
    expect(publicDump.map((c) => c.id).sort()).toEqual(publicList.body.items.map((c: { id: number }) => c.id).sort());
    expect(publicDump.length).toBeGreaterThan(0);
    expect(publicDump.some((c) => c.status === 'proposed')).toBe(false);
    const clerkDump = jsonl(
      (await http.get('/api/exports/commitments.jsonl').set('Authorization', clerk).expect(200)).text,
    ) as unknown as { status: string }[];
    expect(clerkDump.some((c) => c.status === 'proposed')).toBe(true);
    const csv = await http.get('/api/exports/commitments.csv').expect(200);
    const listCsv = await http.get('/api/commitments.csv').expect(200);
    expect(parseCsv(csv.text.slice(1))[0]).toEqual(parseCsv(listCsv.text.slice(1))[0]);
    expect(parseCsv(csv.text.slice(1))).toHaveLength(publicDump.length + 1);
  });

  it('documents: every document, as JSON Lines and CSV', async () => {
    const list = await http.get('/api/documents').query({ limit: 100 }).expect(200);
    const dump = jsonl((await http.get('/api/exports/documents.jsonl').expect(200)).text);
    expect(dump.map((d) => d.id).sort()).toEqual(list.body.items.map((d: { id: number }) => d.id).sort());
    const rows = parseCsv((await http.get('/api/exports/documents.csv').expect(200)).text.slice(1));
    expect(rows[0]).toEqual(['Nummer', 'Gemeente', 'Soort', 'Kenmerk', 'Titel', 'Datum', 'URL']);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(dump.map((d) => d.id));
    expect(rows.find((r) => r[3] === '2018-115M')?.[2]).toBe('Motie');
  });
});
