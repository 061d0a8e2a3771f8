import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { PUBLIC_ACTOR, SYSTEM_ACTOR } from '../src/auth/actor';
import { DEMO_QUESTION_SETS } from '../src/demo/demo-data';
import { parsedToImportedSet } from '../src/import/parsed-to-set';
import { parseQuestionSetText } from '../src/parsing';
import { QuestionsService } from '../src/questions/questions.service';
import { markedHtml } from '../src/common/html';
import { snippetOf, termsOfTsQuery } from '../src/search/postgres/highlight';
import { compileSearch, monthOf, runCompiledSearch } from '../src/search/postgres/postgres-search-engine';
import { buildTsQueryText, parseQuery } from '../src/search/postgres/query-text';
import { createMunicipality, MunicipalityFixture } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

interface Hit {
  questionSetId: number;
  municipality: string;
  number: string;
  question: string;
  answer: string | null;
  status: string;
  party: string | null;
  snippets: { subject: Snippet; question: Snippet; answer: Snippet | null };
}

interface Snippet {
  text: string;
  highlights: { start: number; end: number }[];
}

/** A snippet as the search page shows it: escaped, with `<mark>` from its ranges. */
const html = (snippet: Snippet | null | undefined) => (snippet ? markedHtml(snippet.text, snippet.highlights) : null);

describe('search on the PostgreSQL engine', () => {
  let t: TestApp;
  let amersfoort: MunicipalityFixture;
  let amstelveen: MunicipalityFixture;
  let clerk: string;
  let executive: string;
  let partyToken: string;
  let otherClerk: string;
  let admin: string;
  let embargoedSetId: number;
  let embargoedVersion: number;
  let compoundSetId: number;
  let meldingSetId: number;
  const http = () => request(t.app.getHttpServer());

  async function search(query: Record<string, string | number | boolean>, token?: string) {
    const call = http().get('/api/search').query(query);
    if (token) call.set('Authorization', token);
    const response = await call;
    expect(response.status).toBe(200);
    return response.body as {
      items: Hit[];
      total: number;
      facets: Record<string, Record<string, number>>;
      engine: string;
      degraded: boolean;
      totalEstimated: boolean;
    };
  }

  async function published(
    body: Record<string, unknown>,
    answers: { questions: string[]; text: string }[],
  ): Promise<number> {
    const created = await http().post('/api/question-sets').set('Authorization', clerk).send(body).expect(201);
    const answered = await http()
      .post(`/api/question-sets/${created.body.id}/answers`)
      .set('Authorization', clerk)
      .send({ version: created.body.version, answers, answeredOn: '2024-11-10' })
      .expect(200);
    await http()
      .post(`/api/question-sets/${created.body.id}/publish`)
      .set('Authorization', clerk)
      .send({ version: answered.body.version, publishedOn: '2024-11-12' })
      .expect(200);
    return created.body.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    amersfoort = await createMunicipality(t, {
      slug: 'amersfoort',
      name: 'Amersfoort',
      answerTermAmount: 20,
      answerTermUnit: 'days',
    });
    amstelveen = await createMunicipality(t, {
      slug: 'amstelveen',
      name: 'Amstelveen',
      answerTermAmount: 30,
      answerTermUnit: 'days',
    });
    clerk = await t.token('clerk', amersfoort.id);
    executive = await t.token('executive', amersfoort.id);
    otherClerk = await t.token('clerk', amstelveen.id);
    admin = await t.token('admin', null);

    // The two seed documents, imported as the demo does (parser + parsedToImportedSet).
    const questions = t.app.get(QuestionsService);
    for (const demo of DEMO_QUESTION_SETS) {
      const text = readFileSync(join(__dirname, 'fixtures', 'seeds', demo.file), 'utf8');
      const name = demo.municipality === 'amersfoort' ? 'Amersfoort' : 'Amstelveen';
      const parsed = parseQuestionSetText(text, { municipality: name, reference: demo.answeredOn });
      await questions.importQuestionSet(
        SYSTEM_ACTOR,
        parsedToImportedSet(parsed, {
          municipality: demo.municipality,
          reference: demo.reference,
          subject: demo.subject,
          party: demo.party,
          portfolioHolder: demo.portfolioHolder,
          receivedOn: demo.receivedOn,
          answeredOn: demo.answeredOn,
          publishedOn: demo.publishedOn,
        }),
      );
    }

    meldingSetId = await published(
      {
        municipality: 'amersfoort',
        subject: 'Meldpunt overlast',
        party: 'VVD',
        portfolioHolder: 'Tigchelaar',
        receivedOn: '2023-03-01',
        questions: [{ number: '1', text: 'Is er een melding gedaan over het terras van Café De Zwaan?' }],
      },
      [{ questions: ['1'], text: 'Ja, het terras is geëvalueerd in het coördinatieoverleg.' }],
    );
    compoundSetId = await published(
      {
        municipality: 'amersfoort',
        subject: 'Opening voorziening',
        party: 'D66',
        portfolioHolder: 'Paffen-Zeenni',
        receivedOn: '2024-10-01',
        questions: [{ number: '1', text: 'Wanneer opent de anti-discriminatievoorziening?' }],
        documents: [{ kind: 'motion', reference: '2018-115M', date: '2018-11-06' }],
      },
      [{ questions: ['1'], text: 'De anti-discriminatieagenda 2021-2026 wordt in 2025 uitgevoerd.' }],
    );
    // Answered but not published: embargoed for everyone but the griffie and college of Amersfoort.
    const party = await http().get('/api/parties').query({ municipality: 'amersfoort' }).set('Authorization', admin);
    const created = await http()
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send({
        municipality: 'amersfoort',
        subject: 'Geurhinder Kruiskamp',
        party: 'GroenLinks',
        portfolioHolder: 'Tigchelaar',
        receivedOn: '2024-11-01',
        questions: [{ number: '1', text: 'Wat doet het college aan de geurhinder?' }],
      })
      .expect(201);
    const answered = await http()
      .post(`/api/question-sets/${created.body.id}/answers`)
      .set('Authorization', clerk)
      .send({
        version: created.body.version,
        answers: [{ questions: ['1'], text: 'De zwavelzuurfabriek sluit in 2025; discriminatie speelt geen rol.' }],
      })
      .expect(200);
    embargoedSetId = created.body.id;
    embargoedVersion = answered.body.version;
    const groenLinks = (party.body.items ?? party.body).find((p: { name: string }) => p.name === 'GroenLinks');
    partyToken = await t.token('party', amersfoort.id, { partyId: groenLinks.id });
  });

  afterAll(() => t.close());

  const setIds = (body: { items: Hit[] }) => body.items.map((h) => h.questionSetId);

  it('finds `melding` when searching for `meldingen` (Dutch stemming) and marks the word', async () => {
    const body = await search({ q: 'meldingen', limit: 100 });
    expect(body.engine).toBe('postgres');
    expect(body.degraded).toBe(false);
    const hit = body.items.find((h) => h.questionSetId === meldingSetId);
    expect(html(hit?.snippets.question)).toContain('<mark>melding</mark>');
  });

  it('finds the compound `anti-discriminatievoorziening` for `discriminatie`, also typed as `discrimnatie`', async () => {
    expect(setIds(await search({ q: 'discriminatie', limit: 100 }))).toContain(compoundSetId);
    const typo = await search({ q: 'discrimnatie', limit: 100 });
    expect(setIds(typo)).toContain(compoundSetId);
    expect(html(typo.items.find((h) => h.questionSetId === compoundSetId)?.snippets.question)).toContain('<mark>');
  });

  it('finds `anti-discriminatieagenda` for `anti discriminatie agenda`', async () => {
    const body = await search({ q: 'anti discriminatie agenda' });
    const hit = body.items.find((h) => h.questionSetId === compoundSetId);
    expect(html(hit?.snippets.answer)).toMatch(
      /<mark>anti-discriminatieagenda<\/mark>|<mark>discriminatieagenda<\/mark>|<mark>anti<\/mark>/,
    );
  });

  it('folds accents both ways: `cafe` finds `Café`, `geevalueerd coordinatieoverleg` finds `geëvalueerd coördinatieoverleg`', async () => {
    expect(setIds(await search({ q: 'cafe' }))).toContain(meldingSetId);
    const body = await search({ q: 'geevalueerd coordinatieoverleg' });
    // The set with both words first; sets with one of two words about as rare may follow (relaxedMinShare).
    expect(setIds(body)[0]).toBe(meldingSetId);
    expect(html(body.items[0].snippets.answer)).toContain('<mark>geëvalueerd</mark>');
  });

  it('marks where ts_headline marks for the same highlight query, on every seed question and answer', async () => {
    // The app highlights instead of ts_headline (docs/search.md); PostgreSQL's own headline with
    // HighlightAll is the reference. Its parser sees some tokens whole (`discriminatie.nl` as a
    // host), where the app marks the word inside: every region it marks must hold an app mark,
    // and every app mark must lie inside one of its regions.
    const queries = [
      'meldingen',
      'discriminatie',
      'anti discriminatie agenda',
      'cafe',
      'geevalueerd coordinatieoverleg',
      'woningen',
      'parkeer*',
      'college raad',
      'vragen',
    ];
    const regions = (headline: string) => {
      const marks: [number, number][] = [];
      let plain = '';
      headline.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
        const text = part.startsWith('<mark>') ? part.slice(6, -7) : part;
        if (part.startsWith('<mark>')) marks.push([plain.length, plain.length + text.length]);
        plain += text;
      });
      return { plain, marks };
    };
    const everything = { maxWords: 1_000_000, minWords: 1_000_000, maxFragments: 1, delimiter: ' … ' };
    let compared = 0;
    for (const q of queries) {
      const highlight = buildTsQueryText(parseQuery(q), new Map(), 'highlight');
      const rows = (await t.dataSource.query(
        `SELECT to_tsquery('public.dutch_unaccent', $1)::text AS stemmed, x.text,
                ts_headline('public.dutch_unaccent', x.text, to_tsquery('public.dutch_unaccent', $1), 'HighlightAll=true, StartSel=<mark>, StopSel=</mark>') AS headline
         FROM search_document d, LATERAL (VALUES (d.question), (d.answer)) AS x(text) WHERE x.text IS NOT NULL`,
        [highlight],
      )) as { stemmed: string; text: string; headline: string }[];
      const terms = termsOfTsQuery(rows[0].stemmed);
      for (const row of rows) {
        const snippet = snippetOf(row.text, terms, everything);
        const app = { plain: snippet.text, marks: snippet.highlights.map((r): [number, number] => [r.start, r.end]) };
        const reference = regions(row.headline);
        expect(app.plain).toBe(row.text);
        const inside = (mark: [number, number], of: [number, number][]) =>
          of.some(([s, e]) => s <= mark[0] && mark[1] <= e);
        const overlaps = (region: [number, number]) => app.marks.some(([s, e]) => s < region[1] && region[0] < e);
        const word = ([s, e]: [number, number], plain: string) => plain.slice(s, e);
        expect({
          q,
          outside: app.marks.filter((m) => !inside(m, reference.marks)).map((m) => word(m, app.plain)),
        }).toEqual({ q, outside: [] });
        expect({
          q,
          unmarked: reference.marks.filter((r) => !overlaps(r)).map((r) => word(r, reference.plain)),
        }).toEqual({ q, unmarked: [] });
        compared += reference.marks.length;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('searches the seeds of both municipalities and finds document references and names', async () => {
    const body = await search({ q: 'discriminatie', limit: 100 });
    expect(Object.keys(body.facets.municipality).sort()).toEqual(['amersfoort', 'amstelveen']);
    expect(setIds(await search({ q: '2018-115M' }))).toContain(compoundSetId);
    expect(setIds(await search({ q: 'Paffen-Zeenni' }))).toContain(compoundSetId);
    expect(setIds(await search({ q: 'meldpunt', document: '2018-115M' }))).toEqual([]);
    expect(setIds(await search({ q: 'voorziening', document: '2018-115M' }))).toEqual([compoundSetId]);
  });

  it('returns facet counts that agree with the rows, and filters that agree with the facets', async () => {
    const body = await search({ q: 'discriminatie', limit: 100 });
    expect(body.totalEstimated).toBe(false);
    expect(body.items.length).toBe(body.total);
    const count = (key: (h: Hit) => string | null) =>
      body.items.reduce<Record<string, number>>((acc, h) => {
        const k = key(h);
        if (k !== null) acc[k] = (acc[k] ?? 0) + 1;
        return acc;
      }, {});
    expect(body.facets.municipality).toEqual(count((h) => h.municipality));
    expect(body.facets.status).toEqual(count((h) => h.status));
    expect(body.facets.party).toEqual(count((h) => h.party));
    for (const [slug, n] of Object.entries(body.facets.municipality)) {
      const filtered = await search({ q: 'discriminatie', municipality: slug, limit: 100 });
      expect(filtered.total).toBe(n);
      expect(filtered.items.every((h) => h.municipality === slug)).toBe(true);
    }
    const byYear = await search({ q: 'discriminatie', year: 2023 });
    expect(byYear.total).toBe(body.facets.year['2023'] ?? 0);
    const byRange = await search({ q: 'discriminatie', from: '2024-01-01', to: '2024-12-31', limit: 100 });
    expect(byRange.total).toBe(body.facets.year['2024'] ?? 0);
  });

  it('sorts by date and pages through the results', async () => {
    const all = await search({ q: 'discriminatie', sort: 'date', limit: 100 });
    const page = await search({ q: 'discriminatie', sort: 'date', limit: 2, offset: 2 });
    expect(page.items.map((h) => `${h.questionSetId}/${h.number}`)).toEqual(
      all.items.slice(2, 4).map((h) => `${h.questionSetId}/${h.number}`),
    );
    expect(page.total).toBe(all.total);
  });

  describe('embargo: an unpublished answer', () => {
    it('is found by the griffie and the college of its municipality, and by admin', async () => {
      for (const token of [clerk, executive, admin]) {
        const body = await search({ q: 'zwavelzuurfabriek' }, token);
        expect(setIds(body)).toEqual([embargoedSetId]);
        expect(html(body.items[0].snippets.answer)).toContain('<mark>zwavelzuurfabriek</mark>');
      }
    });

    it('never appears for the public, the asking party or another municipality: not in items, snippets or facets', async () => {
      for (const token of [undefined, partyToken, otherClerk]) {
        const body = await search({ q: 'zwavelzuurfabriek' }, token);
        expect(body.items).toEqual([]);
        expect(body.total).toBe(0);
        expect(body.facets.municipality).toEqual({});
        expect(body.facets.status).toEqual({});
        // `discriminatie` is in the embargoed answer: it must not count in facets either.
        const broad = await search({ q: 'discriminatie', limit: 100 }, token);
        expect(setIds(broad)).not.toContain(embargoedSetId);
        expect(broad.facets.status.answered).toBeUndefined();
        expect(JSON.stringify(broad)).not.toContain('zwavelzuurfabriek');
      }
    });

    it('lets the party, and the public (questions public on registration), find the set by the question, without the answer', async () => {
      for (const token of [partyToken, undefined]) {
        const body = await search({ q: 'geurhinder' }, token);
        expect(setIds(body)).toEqual([embargoedSetId]);
        expect(body.items[0].answer).toBeNull();
        expect(body.items[0].snippets.answer).toBeNull();
      }
      await t.dataSource.query(`UPDATE municipality SET questions_public = false WHERE slug = 'amersfoort'`);
      try {
        expect((await search({ q: 'geurhinder' })).items).toEqual([]);
      } finally {
        await t.dataSource.query(`UPDATE municipality SET questions_public = true WHERE slug = 'amersfoort'`);
      }
    });

    it('is left out of similar questions for everyone but the municipality staff', async () => {
      const text = 'Wat gaat het college doen aan de zwavelzuurfabriek en de geurhinder?';
      for (const token of [undefined, partyToken, otherClerk]) {
        const call = http().post('/api/search/similar').send({ municipality: 'amersfoort', text });
        if (token) call.set('Authorization', token);
        const response = await call.expect(200);
        expect(response.body.items.map((h: Hit) => h.questionSetId)).not.toContain(embargoedSetId);
        expect(JSON.stringify(response.body)).not.toContain('zwavelzuurfabriek');
      }
      const staff = await http()
        .post('/api/search/similar')
        .set('Authorization', clerk)
        .send({ municipality: 'amersfoort', text })
        .expect(200);
      expect(staff.body.items[0].questionSetId).toBe(embargoedSetId);
    });

    it('is found by everyone right after publication, without waiting', async () => {
      await http()
        .post(`/api/question-sets/${embargoedSetId}/publish`)
        .set('Authorization', clerk)
        .send({ version: embargoedVersion, publishedOn: '2024-11-20' })
        .expect(200);
      const body = await search({ q: 'zwavelzuurfabriek' });
      expect(setIds(body)).toEqual([embargoedSetId]);
      expect(body.items[0].answer).toContain('zwavelzuurfabriek');
    });
  });

  it('suggests similar answered questions of the municipality for a draft text', async () => {
    const response = await http()
      .post('/api/search/similar')
      .send({
        municipality: 'amersfoort',
        text: 'Hoe staat het met de anti-discriminatievoorziening en de meldingen van discriminatie?',
      })
      .expect(200);
    expect(response.body.engine).toBe('postgres');
    expect(response.body.items.length).toBeGreaterThan(0);
    expect(response.body.items.every((h: Hit) => h.municipality === 'amersfoort' && h.answer !== null)).toBe(true);
  });

  it('rejects an invalid filter with problem details in Dutch', async () => {
    const response = await http().get('/api/search').query({ q: 'x', year: 'vorig jaar' }).expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('finds a part at the end or in the middle of a compound written as one word, and `*` still asks for a prefix', async () => {
    const setId = await published(
      {
        municipality: 'amersfoort',
        subject: 'Stalling bij het station',
        party: 'VVD',
        portfolioHolder: 'Tigchelaar',
        receivedOn: '2024-09-01',
        questions: [{ number: '1', text: 'Wanneer is het fietsparkeerplan klaar?' }],
      },
      [{ questions: ['1'], text: 'Het plan komt in het voorjaar.' }],
    );
    const middle = await search({ q: 'parkeer', municipality: 'amersfoort', limit: 100 });
    expect(setIds(middle)).toContain(setId);
    expect(setIds(await search({ q: 'fietsparkeer*', municipality: 'amersfoort', limit: 100 }))).toContain(setId);
  });

  it('finds the same page from the newest months as from the walk and the bitmap, and says when the months hold too few', async () => {
    // On a small archive every search takes the exact pass; these are the statements of a large one.
    const run = (sql: string, params: unknown[]) =>
      t.dataSource.query(sql, params) as Promise<Record<string, unknown>[]>;
    const [{ oldest, newest }] = await run(
      `SELECT to_char(min(rank_date), 'YYYY-MM-DD') AS oldest, to_char(max(rank_date), 'YYYY-MM-DD') AS newest FROM search_document`,
      [],
    );
    const allMonths = Array.from(
      { length: monthOf(newest as string) - monthOf(oldest as string) + 1 },
      (_, i) => monthOf(oldest as string) + i,
    );
    for (const query of [
      { q: 'discriminatie', sort: 'relevance' as const, limit: 5, offset: 0 },
      { q: 'melding', sort: 'date' as const, limit: 3, offset: 1, municipalityId: amersfoort.id },
    ]) {
      const compiled = compileSearch(PUBLIC_ACTOR, query, `'${query.q}'`);
      const pageOf = (rows: Record<string, unknown>[]) =>
        rows.map((r) => [r.question_set_id, r.number, r.answer, Number(r.score).toFixed(6)]);
      const walk = pageOf(await run(compiled.itemsSql, compiled.itemParams.values));
      expect(walk.length).toBeGreaterThan(0);
      expect(pageOf(await run(compiled.itemsBitmapSql, compiled.itemParams.values))).toEqual(walk);
      const inMonths = await run(compiled.itemsInMonthsSql, [...compiled.itemParams.values, allMonths]);
      expect(pageOf(inMonths)).toEqual(walk);
      // Fewer matches than candidates: `found` tells the engine to fall back.
      expect(Number(inMonths[0].found)).toBeLessThan(compiled.candidates);
      const none = await run(compiled.itemsInMonthsSql, [
        ...compiled.itemParams.values,
        [monthOf(oldest as string) - 1],
      ]);
      expect(none).toEqual([]);
    }
  });

  it('samples a small municipality on its own first, with the same counts and page as the coarse sample', async () => {
    const issued: string[] = [];
    const run = (sql: string, params: unknown[]) => {
      issued.push(sql);
      return t.dataSource.query(sql, params) as Promise<unknown[]>;
    };
    const query = { q: 'melding', sort: 'relevance' as const, limit: 5, offset: 0, municipalityId: amersfoort.id };
    const viaCoarse = compileSearch(PUBLIC_ACTOR, query, "'melding'");
    const viaOwn = compileSearch(PUBLIC_ACTOR, query, "'melding'", "'melding':*", { smallMunicipality: true });
    const coarse = await runCompiledSearch(viaCoarse, run);
    expect(issued[0]).toBe(viaCoarse.sampleFacetsSql);
    issued.length = 0;
    const own = await runCompiledSearch(viaOwn, run);
    expect(issued).toEqual([viaOwn.fineSampleFacetsSql, viaOwn.exactWithItemsSql]);
    expect(own.scale).toBe(1);
    expect(own.rows.length).toBeGreaterThan(0);
    expect(own.rows.map((r) => [r.question_set_id, r.number, Number(r.score).toFixed(6)])).toEqual(
      coarse.rows.map((r) => [r.question_set_id, r.number, Number(r.score).toFixed(6)]),
    );
    const sorted = (rows: { dim: string; key: string | null; n: string | number }[]) =>
      rows.map((r) => `${r.dim}/${r.key}/${r.n}`).sort();
    expect(sorted(own.counts)).toEqual(sorted(coarse.counts));
  });

  it('answers snippets as plain text with ranges, cut at words with an ellipsis; the page escapes markup in them', async () => {
    const filler = (from: number) => Array.from({ length: 40 }, (_, i) => `woord${from + i}`).join(' ');
    const hostile = `${filler(0)} vuurwerkoverlast. ${filler(100)}, dus <mark>nep</mark> <script>alert(2)</script> over vuurwerkoverlast in de Breestraat en de binnenstad. ${filler(200)}`;
    const setId = await published(
      {
        municipality: 'amersfoort',
        subject: 'Vuurwerkoverlast <script>alert(1)</script> Breestraat',
        receivedOn: '2024-03-01',
        questions: [{ number: '1', text: 'Wat doet het college aan <b>vuurwerkoverlast</b>?' }],
      },
      [{ questions: ['1'], text: hostile }],
    );
    const body = await search({ q: 'vuurwerkoverlast breestraat' });
    const hit = body.items.find((h) => h.questionSetId === setId);
    const marked = (snippet: Snippet | null | undefined) =>
      (snippet?.highlights ?? []).map((r) => snippet?.text.slice(r.start, r.end));
    expect(marked(hit?.snippets.subject)).toEqual(['Vuurwerkoverlast', 'Breestraat']);
    expect(hit?.snippets.question).toEqual({
      text: 'Wat doet het college aan <b>vuurwerkoverlast</b>?',
      highlights: [{ start: 28, end: 44 }],
    });
    const answer = hit?.snippets.answer as Snippet;
    // Two passages, the one with both words first in weight, each cut at a word with an ellipsis.
    expect(answer.text).toMatch(/^… woord\d+ .* … .* woord2\d\d …$/);
    expect(answer.text).toContain('<mark>nep</mark> <script>alert(2)</script> over vuurwerkoverlast in de Breestraat');
    expect(marked(answer)).toEqual(['vuurwerkoverlast', 'vuurwerkoverlast', 'Breestraat']);
    const page = (await http().get('/zoeken').query({ q: 'vuurwerkoverlast breestraat' }).expect(200)).text;
    expect(page).toContain(
      '<mark>Vuurwerkoverlast</mark> &lt;script&gt;alert(1)&lt;/script&gt; <mark>Breestraat</mark>',
    );
    expect(page).toContain('&lt;b&gt;<mark>vuurwerkoverlast</mark>&lt;/b&gt;');
    expect(page).toContain(
      '&lt;mark&gt;nep&lt;/mark&gt; &lt;script&gt;alert(2)&lt;/script&gt; over <mark>vuurwerkoverlast</mark>',
    );
    expect(page).not.toMatch(/<script>alert|<mark>nep|<b>/);
  });

  it('documents the snippets in the OpenAPI response schema of /api/search', async () => {
    const document = (await http().get('/api/openapi.json').expect(200)).body;
    const schemas = document.components.schemas;
    const ok = document.paths['/api/search'].get.responses['200'].content['application/json'].schema;
    expect(ok.$ref).toBe('#/components/schemas/SearchResponseDto');
    expect(schemas.SearchHitDto.properties.snippets.allOf ?? [schemas.SearchHitDto.properties.snippets]).toEqual(
      expect.arrayContaining([expect.objectContaining({ $ref: '#/components/schemas/SearchSnippetsDto' })]),
    );
    expect(Object.keys(schemas.SearchSnippetsDto.properties)).toEqual(['subject', 'question', 'answer']);
    expect(schemas.SnippetDto.required).toEqual(['text', 'highlights']);
    expect(schemas.SnippetDto.properties.highlights).toMatchObject({
      type: 'array',
      items: { $ref: '#/components/schemas/HighlightRangeDto' },
    });
    expect(schemas.HighlightRangeDto.required).toEqual(['start', 'end']);
    expect(schemas.SearchHitDto.properties.highlights).toBeUndefined();
  });

  it('reports the engine and an empty outbox backlog on /health', async () => {
    const response = await http().get('/health').expect(200);
    expect(response.body.search).toEqual({ engine: 'postgres', degraded: false, backlog: 0 });
  });
});
