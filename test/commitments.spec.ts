import ICAL from 'ical.js';
import request from 'supertest';
import { importSeed, ImportedSeed } from './support/seed-sets';
import { createTestApp, TestApp } from './support/test-app';

interface CommitmentBody {
  id: number;
  version: number;
  status: string;
  phrase: string | null;
  deadline: string | null;
  questions: string[];
  sentence: string;
  overdue: boolean;
  display: string;
  period: { start: string; end: string } | null;
  precision: string | null;
  relation: string | null;
  questionSetId: number;
}

describe('commitments: proposed from answers, followed until kept', () => {
  let t: TestApp;
  let amersfoort: ImportedSeed;
  let amstelveen: ImportedSeed;
  let clerk: string;
  let executive: string;
  let party: string;
  let otherClerk: string;
  const http = () => request(t.app.getHttpServer());

  async function list(
    token: string | null,
    query: Record<string, string | number | boolean> = {},
  ): Promise<CommitmentBody[]> {
    const req = http()
      .get('/api/commitments')
      .query({ limit: 100, ...query });
    if (token) req.set('Authorization', token);
    const response = await req.expect(200);
    return response.body.items;
  }

  async function ofSet(setId: number, token = clerk): Promise<CommitmentBody[]> {
    return (await list(token, { questionSet: setId })).sort((a, b) => a.id - b.id);
  }

  async function post(path: string, token: string, body: Record<string, unknown>, status = 200) {
    const response = await http().post(path).set('Authorization', token).send(body);
    expect({ status: response.status, body: response.body }).toEqual(expect.objectContaining({ status }));
    return response.body;
  }

  beforeAll(async () => {
    t = await createTestApp();
    amersfoort = await importSeed(t, 'amersfoort', { publish: true });
    amstelveen = await importSeed(t, 'amstelveen', { publish: true });
    clerk = await t.token('clerk', amersfoort.municipalityId);
    executive = await t.token('executive', amersfoort.municipalityId);
    otherClerk = await t.token('clerk', amstelveen.municipalityId);
    const groenLinks = await http().get('/api/parties').query({ municipality: 'amersfoort' }).expect(200);
    party = await t.token('party', amersfoort.municipalityId, { partyId: groenLinks.body.items[0].id });
  });

  afterAll(() => t.close());

  beforeEach(() => {
    t.clock.current = '2024-11-20';
  });

  it('proposes the six commitments of the Amersfoort seed with their deadlines', async () => {
    const found = await ofSet(amersfoort.setId);
    expect(found.map((c) => [c.questions, c.phrase, c.deadline, c.status])).toEqual([
      [[], 'In april komend jaar', '2025-04-30', 'proposed'],
      [[], 'In 2025', '2025-12-31', 'proposed'],
      [['1'], 'In het eerste kwartaal van 2025', '2025-03-31', 'proposed'],
      [['1'], 'rond april 2025', '2025-04-30', 'proposed'],
      [['6'], 'in 2025', '2025-12-31', 'proposed'],
      [['7'], 'rond april 2025', '2025-04-30', 'proposed'],
    ]);
    expect(found[3]).toMatchObject({
      sentence: 'We verwachten deze voortgang rond april 2025 met u te delen.',
      period: { start: '2025-04-01', end: '2025-04-30' },
      precision: 'month',
      relation: 'in',
      municipality: 'amersfoort',
      portfolioHolder: expect.objectContaining({ name: 'Paffen-Zeenni' }),
      party: expect.objectContaining({ name: 'GroenLinks' }),
    });
    expect(found[5].sentence).toBe(
      'Dit doen wij nadat de voortgang is gemeten en wij uw Raad middels een Raadsinformatiebrief hierover hebben geïnformeerd. Dit zal rond april 2025 zijn.',
    );
  });

  it('proposes the spring 2025 Raadsgesprek of the Amstelveen seed, due 31 May 2025', async () => {
    const found = await ofSet(amstelveen.setId, otherClerk);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      questions: ['4b'],
      phrase: 'in het voorjaar 2025',
      deadline: '2025-05-31',
      precision: 'season',
      status: 'proposed',
    });
  });

  it('shows proposals only to the griffie and the college of the municipality', async () => {
    const [first] = await ofSet(amersfoort.setId);
    expect(await list(null, { municipality: 'amersfoort' })).toEqual([]);
    expect(await list(party, { municipality: 'amersfoort' })).toEqual([]);
    expect(await list(otherClerk, { municipality: 'amersfoort' })).toEqual([]);
    expect((await list(executive, { municipality: 'amersfoort' })).length).toBe(6);
    await http().get(`/api/commitments/${first.id}`).expect(404);
    await http().get(`/api/commitments/${first.id}`).set('Authorization', party).expect(404);
    await http().get(`/api/commitments/${first.id}`).set('Authorization', clerk).expect(200);
    const publicSet = await http().get(`/api/question-sets/${amersfoort.setId}`).expect(200);
    expect(publicSet.body.commitments).toEqual([]);
    const clerkSet = await http().get(`/api/question-sets/${amersfoort.setId}`).set('Authorization', clerk).expect(200);
    expect(clerkSet.body.commitments).toHaveLength(6);
  });

  it('confirms a proposal and fulfils it with a council letter, with the history in the audit trail', async () => {
    const rond = (await ofSet(amersfoort.setId)).find(
      (c) => c.questions[0] === '1' && c.phrase === 'rond april 2025',
    ) as CommitmentBody;
    const confirmed = await post(`/api/commitments/${rond.id}/confirm`, executive, { version: rond.version });
    expect(confirmed.status).toBe('open');
    const publicView = await http().get(`/api/commitments/${rond.id}`).expect(200);
    expect(publicView.body).toMatchObject({ status: 'open', phrase: 'rond april 2025', deadline: '2025-04-30' });
    expect(publicView.body.display).toBe('rond april 2025 · uiterlijk 30 april 2025 · over 5 maanden');

    const letter = await post(
      '/api/documents',
      clerk,
      {
        municipality: 'amersfoort',
        kind: 'council_letter',
        reference: '2025-031',
        title: 'Voortgang anti-discriminatieagenda',
      },
      201,
    );
    await post(`/api/commitments/${rond.id}/fulfil`, party, { version: confirmed.version, documentId: letter.id }, 403);
    t.clock.current = '2025-04-22';
    const fulfilled = await post(`/api/commitments/${rond.id}/fulfil`, clerk, {
      version: confirmed.version,
      documentId: letter.id,
      partial: false,
    });
    expect(fulfilled).toMatchObject({
      status: 'fulfilled',
      statusChangedOn: '2025-04-22',
      fulfilledBy: expect.objectContaining({ reference: '2025-031', kind: 'council_letter' }),
    });
    await post(`/api/commitments/${rond.id}/withdraw`, clerk, { version: fulfilled.version }, 409);

    const history = await http().get(`/api/commitments/${rond.id}/history`).set('Authorization', clerk).expect(200);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual([
      'commitment.proposed',
      'commitment.confirmed',
      'commitment.fulfilled',
    ]);
    t.clock.current = '2024-11-20';
  });

  it('derives overdue the day after the deadline, not on it', async () => {
    const q1 = (await ofSet(amersfoort.setId)).find(
      (c) => c.phrase === 'In het eerste kwartaal van 2025',
    ) as CommitmentBody;
    await post(`/api/commitments/${q1.id}/confirm`, clerk, { version: q1.version });
    t.clock.current = '2025-03-31';
    expect((await http().get(`/api/commitments/${q1.id}`).expect(200)).body.overdue).toBe(false);
    expect((await list(null, { overdue: true })).map((c) => c.id)).not.toContain(q1.id);
    t.clock.current = '2025-04-01';
    const late = await http().get(`/api/commitments/${q1.id}`).expect(200);
    expect(late.body.overdue).toBe(true);
    expect(late.body.display).toMatch(
      /^In het eerste kwartaal van 2025 · uiterlijk 31 maart 2025 · (gisteren|1 dag te laat)$/,
    );
    expect((await list(null, { overdue: true })).map((c) => c.id)).toEqual([q1.id]);
    expect((await list(null, { overdue: false })).map((c) => c.id)).not.toContain(q1.id);
    t.clock.current = '2024-11-20';
  });

  it('filters by status, portfolio holder, party and deadline range', async () => {
    const open = await list(clerk, { status: 'open' });
    expect(open.every((c) => c.status === 'open')).toBe(true);
    expect((await list(clerk, { portfolioHolder: 'Paffen-Zeenni' })).length).toBe(6);
    expect((await list(clerk, { portfolioHolder: 'Iemand Anders' })).length).toBe(0);
    expect(
      (await list(clerk, { party: 'GroenLinks', dueFrom: '2025-04-01', dueTo: '2025-04-30' })).map((c) => c.deadline),
    ).toEqual(['2025-04-30', '2025-04-30', '2025-04-30']);
    await http().get('/api/commitments').query({ dueFrom: 'morgen' }).expect(400);
  });

  it('lets the griffie edit the phrase, re-resolved against the answer date, and rejects stale versions', async () => {
    const c = (await ofSet(amersfoort.setId)).find((x) => x.questions[0] === '6') as CommitmentBody;
    await http()
      .patch(`/api/commitments/${c.id}`)
      .set('Authorization', executive)
      .send({ version: c.version, notes: 'x' })
      .expect(403);
    const edited = await http()
      .patch(`/api/commitments/${c.id}`)
      .set('Authorization', clerk)
      .send({ version: c.version, phrase: 'voor de zomer', notes: 'Afgestemd met de griffier' })
      .expect(200);
    expect(edited.body).toMatchObject({
      phrase: 'voor de zomer',
      deadline: '2025-06-30',
      relation: 'before',
      notes: 'Afgestemd met de griffier',
    });
    const vague = await http()
      .patch(`/api/commitments/${c.id}`)
      .set('Authorization', clerk)
      .send({ version: edited.body.version, phrase: 'binnenkort' })
      .expect(200);
    expect(vague.body).toMatchObject({
      phrase: 'binnenkort',
      deadline: null,
      period: null,
      display: 'binnenkort · geen termijn',
    });
    const stale = await http()
      .patch(`/api/commitments/${c.id}`)
      .set('Authorization', clerk)
      .send({ version: edited.body.version, notes: 'oud' })
      .expect(409);
    expect(stale.body.current).toMatchObject({ id: c.id, version: vague.body.version });
  });

  it('accepts a commitment entered by hand as open, also without a term', async () => {
    const manual = await post(
      '/api/commitments',
      clerk,
      { questionSetId: amersfoort.setId, sentence: 'De wethouder stuurt de raad de monitor toe.', questions: ['3'] },
      201,
    );
    expect(manual).toMatchObject({
      status: 'open',
      source: 'manual',
      phrase: null,
      deadline: null,
      display: 'geen termijn',
      overdue: false,
      questions: ['3'],
    });
    await post('/api/commitments', executive, { questionSetId: amersfoort.setId, sentence: 'x' }, 403);
    await post('/api/commitments', otherClerk, { questionSetId: amersfoort.setId, sentence: 'x' }, 403);
  });

  it('proposes nothing twice when the same answers are recorded again, and keeps dismissed ones dismissed', async () => {
    const created = await post(
      '/api/question-sets',
      clerk,
      {
        municipality: 'amersfoort',
        subject: 'Fietsparkeren bij het station',
        receivedOn: '2024-10-01',
        questions: [
          { number: '1', text: 'Wanneer komt er een nieuwe stalling?' },
          { number: '2', text: 'Wat kost het?' },
        ],
      },
      201,
    );
    const answers = [
      {
        questions: ['1'],
        text: 'Wij informeren uw raad uiterlijk eind 2025 over de nieuwe stalling. In 2023 heeft er een telling plaatsgevonden.',
      },
      { questions: ['2'], text: 'In het eerste kwartaal van 2025 sturen wij u de raming.' },
    ];
    const first = await post(`/api/question-sets/${created.id}/answers`, executive, {
      version: created.version,
      answers,
      answeredOn: '2024-11-01',
    });
    const proposed = await ofSet(created.id);
    expect(proposed.map((c) => [c.questions, c.phrase, c.deadline])).toEqual([
      [['1'], 'uiterlijk eind 2025', '2025-12-31'],
      [['2'], 'In het eerste kwartaal van 2025', '2025-03-31'],
    ]);
    await post(`/api/commitments/${proposed[1].id}/dismiss`, clerk, { version: proposed[1].version });
    await post(`/api/question-sets/${created.id}/answers`, executive, {
      version: first.version,
      answers,
      answeredOn: '2024-11-01',
    });
    const after = await ofSet(created.id);
    expect(after.map((c) => [c.id, c.status])).toEqual([
      [proposed[0].id, 'proposed'],
      [proposed[1].id, 'dismissed'],
    ]);
  });

  it('documents the commitment routes in the OpenAPI document', async () => {
    const response = await http().get('/api/openapi.json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/commitments',
        '/api/commitments.csv',
        '/api/commitments/{id}',
        '/api/commitments/{id}/fulfil',
        '/api/ical-feeds',
        '/api/question-sets/{id}/follow',
      ]),
    );
  });

  describe('embargo', () => {
    let embargoed: ImportedSeed;
    let open: CommitmentBody;

    beforeAll(async () => {
      embargoed = await importSeed(t, 'amersfoort', { publish: false });
      const found = await ofSet(embargoed.setId);
      open = found[0];
      await post(`/api/commitments/${open.id}/confirm`, clerk, { version: open.version });
    });

    it('hides a confirmed commitment of an unpublished answer from the public and from parties in list and detail', async () => {
      expect((await list(clerk, { questionSet: embargoed.setId })).map((c) => c.id)).toContain(open.id);
      expect((await list(null)).map((c) => c.questionSetId)).not.toContain(embargoed.setId);
      expect((await list(party)).map((c) => c.questionSetId)).not.toContain(embargoed.setId);
      await http().get(`/api/commitments/${open.id}`).expect(404);
      await http().get(`/api/commitments/${open.id}`).set('Authorization', party).expect(404);
      await http().get(`/api/commitments/${open.id}/history`).set('Authorization', party).expect(404);
      await post(`/api/commitments/${open.id}/withdraw`, party, { version: 2 }, 404);
      const partySet = await http()
        .get(`/api/question-sets/${embargoed.setId}`)
        .set('Authorization', party)
        .expect(200);
      expect(partySet.body.commitments).toEqual([]);
    });

    it('hides it from the public and parties in the CSV export', async () => {
      const publicCsv = await http().get('/api/commitments.csv').query({ municipality: 'amersfoort' }).expect(200);
      const partyCsv = await http().get('/api/commitments.csv').set('Authorization', party).expect(200);
      const clerkCsv = await http().get('/api/commitments.csv').set('Authorization', clerk).expect(200);
      const idColumn = (csv: string) =>
        csv
          .split('\r\n')
          .slice(1)
          .filter(Boolean)
          .map((line) => Number(line.split(';')[0]));
      expect(idColumn(publicCsv.text)).not.toContain(open.id);
      expect(idColumn(partyCsv.text)).not.toContain(open.id);
      expect(idColumn(clerkCsv.text)).toContain(open.id);
    });

    it("hides it from the public calendar and shows it in the griffie's private one", async () => {
      const publicFeed = await http().get('/ical/amersfoort.ics').expect(200);
      expect(publicFeed.text).not.toContain(`toezegging-${open.id}@`);
      const feed = await post('/api/ical-feeds', clerk, { municipality: 'amersfoort' }, 201);
      const path = new URL(feed.url).pathname;
      const privateFeed = await http().get(path).expect(200);
      expect(privateFeed.text).toContain(`toezegging-${open.id}@`);
    });
  });

  describe('exports', () => {
    it('writes the CSV with a BOM, Dutch headers, semicolons and the phrase next to the deadline', async () => {
      const response = await http()
        .get('/api/commitments.csv')
        .query({ municipality: 'amersfoort', status: 'open' })
        .expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(
        response.text.startsWith('\uFEFFNummer;Gemeente;Status;Termijn (zoals toegezegd);Uiterlijk;Te laat;Toezegging'),
      ).toBe(true);
      const rows = response.text.split('\r\n');
      const q1 = rows.find((r) => r.includes('In het eerste kwartaal van 2025;2025-03-31;')) as string;
      expect(q1).toContain(
        ';Open;In het eerste kwartaal van 2025;2025-03-31;nee;In het eerste kwartaal van 2025 evalueren we de voortgang opnieuw.;1;',
      );
    });

    it('renders the printable list with the print layout', async () => {
      const response = await http()
        .get('/toezeggingen/afdrukken')
        .query({ municipality: 'amersfoort' })
        .set('Accept', 'text/html')
        .expect(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.text).toContain('<h1>Toezeggingenlijst Amersfoort</h1>');
      expect(response.text).toContain('In het eerste kwartaal van 2025 · uiterlijk 31 maart 2025');
      expect(response.text).toContain('<link rel="stylesheet" href="/static/print.css">');
      expect(response.text).not.toContain('<style');
      const css = await http().get('/static/print.css').expect(200);
      expect(css.text).toContain('@page');
      expect(response.text).not.toContain('In april komend jaar delen wij');
    });

    it('publishes a public calendar that ical.js parses, each event carrying phrase and deadline', async () => {
      const response = await http().get('/ical/amersfoort.ics').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/calendar/);
      expect(response.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
      const calendar = new ICAL.Component(ICAL.parse(response.text));
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events.length).toBeGreaterThanOrEqual(2);
      for (const event of events) {
        expect(event.startDate.isDate).toBe(true);
        expect(event.summary).toMatch(/^Toezegging( \([^)]+\))?: .+ · uiterlijk \d{1,2} \w+ \d{4} – /);
        expect(event.description).toMatch(/Termijn: .+ · uiterlijk/);
      }
      const q1 = events.find((e) => e.summary.includes('In het eerste kwartaal van 2025')) as ICAL.Event;
      expect(q1.startDate.toString()).toBe('2025-03-31');
      expect(q1.summary).toBe(
        'Toezegging: In het eerste kwartaal van 2025 · uiterlijk 31 maart 2025 – In het eerste kwartaal van 2025 evalueren we de voortgang opnieuw.',
      );
      const filtered = await http().get('/ical/amersfoort.ics').query({ portfolioHolder: 'Iemand Anders' }).expect(404);
      expect(filtered.body.status).toBe(404);
      await http().get('/ical/private/onbekend.ics').expect(404);
    });

    it('puts the answer due dates of open sets in the private feed, and in the public one while questions are public', async () => {
      const open = await post(
        '/api/question-sets',
        clerk,
        {
          municipality: 'amersfoort',
          subject: 'Onderhoud speeltuinen',
          receivedOn: '2024-11-18',
          portfolioHolder: 'Paffen-Zeenni',
          questions: [{ number: '1', text: 'Wanneer?' }],
        },
        201,
      );
      const feed = await post(
        '/api/ical-feeds',
        executive,
        { municipality: 'amersfoort', portfolioHolder: 'Paffen-Zeenni' },
        201,
      );
      await post('/api/ical-feeds', party, { municipality: 'amersfoort' }, 403);
      const privateText = (await http().get(new URL(feed.url).pathname).expect(200)).text;
      const events = new ICAL.Component(ICAL.parse(privateText))
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v));
      const due = events.find((e) => e.uid.startsWith(`antwoord-${open.id}@`)) as ICAL.Event;
      expect(due.summary).toBe('Antwoord verwacht: Onderhoud speeltuinen · uiterlijk 8 december 2024');
      // The public feed has it only while the municipality publishes questions on registration.
      const publicText = (await http().get('/ical/amersfoort.ics').expect(200)).text;
      expect(publicText).toContain(`antwoord-${open.id}@`);
      await t.dataSource.query(`UPDATE municipality SET questions_public = false WHERE slug = 'amersfoort'`);
      try {
        const closedText = (await http().get('/ical/amersfoort.ics').expect(200)).text;
        expect(closedText).not.toContain(`antwoord-${open.id}@`);
      } finally {
        await t.dataSource.query(`UPDATE municipality SET questions_public = true WHERE slug = 'amersfoort'`);
      }
    });
  });
  it('keeps the search filter openCommitments in step with confirming and fulfilling, without a reindex', async () => {
    const fresh = await importSeed(t, 'amstelveen', { publish: true });
    const openSets = async (): Promise<number[]> => {
      const response = await http()
        .get('/api/search')
        .query({ q: 'discriminatie', municipality: 'amstelveen', openCommitments: true })
        .set('Authorization', otherClerk)
        .expect(200);
      return response.body.items.map((h: { questionSetId: number }) => h.questionSetId);
    };
    expect(await openSets()).not.toContain(fresh.setId);
    const [proposal] = await ofSet(fresh.setId, otherClerk);
    const confirmed = await post(`/api/commitments/${proposal.id}/confirm`, otherClerk, { version: proposal.version });
    expect(await openSets()).toContain(fresh.setId);
    await post(`/api/commitments/${proposal.id}/fulfil`, otherClerk, { version: confirmed.version });
    expect(await openSets()).not.toContain(fresh.setId);
    // A commitment entered by hand is open at once: the set matches again.
    await post(
      '/api/commitments',
      otherClerk,
      { questionSetId: fresh.setId, sentence: 'Wij informeren de raad over de meldingen.' },
      201,
    );
    expect(await openSets()).toContain(fresh.setId);
  });
});
