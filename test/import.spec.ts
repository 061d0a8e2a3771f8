import { createHash } from 'node:crypto';
import { request as httpRequest, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createMunicipality, MunicipalityFixture } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const SEED = readFileSync(join(__dirname, 'fixtures/seeds/002_61424de74e848507.txt'));
/** An answer letter in the shape Word 2016 writes RTF (issue #19). */
const RTF_LETTER = readFileSync(join(__dirname, 'fixtures/parsing/word-2016.rtf'));
const MB = 1024 * 1024;

/** A minimal PDF with a text layer (Helvetica, one line per entry); no lines gives a PDF without text, like a scan. */
function makePdf(lines: string[]): Buffer {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = lines.length
    ? `BT /F1 11 Tf 14 TL 56 780 Td ${lines.map((l) => `(${escape(l)}) Tj T*`).join(' ')} ET`
    : '0.5 g 56 56 480 700 re f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const PDF_QUESTIONS = makePdf([
  'Schriftelijke vragen ex artikel 40 RvO',
  'Onderwerp: Fietsenstalling bij het station',
  '',
  'Vraag 1: Hoeveel plekken heeft de fietsenstalling bij het station?',
  'Antwoord 1: De stalling heeft 500 plekken.',
  '',
  'Vraag 2: Wanneer wordt de stalling uitgebreid?',
  'Antwoord 2: De uitbreiding start in 2025.',
]);
const PDF_SCANNED = makePdf([]);
const PDF_CORRUPT = Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), Buffer.alloc(2000, 0x9c)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(1000, 0x42)]);
const QUESTIONS_ONLY = Buffer.from(
  'Schriftelijke vragen van de fractie D66\nOnderwerp: Speeltuin Het Park\n\n1. Wanneer wordt de speeltuin in Het Park hersteld?\n\n2. Wie betaalt het herstel van de speeltoestellen?\n',
);
const NOT_A_QUESTION_SET = Buffer.from(
  'Boodschappenlijst voor het weekend\n\nMelk, brood, kaas en appels. Daarna naar de markt voor bloemen.\n',
);

const TABLES = ['question_set', 'question', 'answer', 'document', 'party', 'person', 'commitment', 'audit_event'];

describe('import: upload, preview, commit (issue 6)', () => {
  let t: TestApp;
  let amersfoort: MunicipalityFixture;
  let clerk: string;
  let otherClerk: string;
  let executive: string;
  let admin: string;
  const http = () => request(t.app.getHttpServer());

  async function counts(): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
      result[table] = row.n;
    }
    return result;
  }

  function preview(file: Buffer, filename: string, token = clerk, fields: Record<string, string> = {}) {
    const req = http().post('/api/imports/preview').set('Authorization', token);
    for (const [name, value] of Object.entries(fields)) req.field(name, value);
    return req.attach('file', file, filename);
  }

  function commit(file: Buffer, filename: string, set: unknown, token = clerk, fields: Record<string, string> = {}) {
    const req = http()
      .post('/api/imports')
      .set('Authorization', token)
      .field('set', typeof set === 'string' ? set : JSON.stringify(set));
    for (const [name, value] of Object.entries(fields)) req.field(name, value);
    return req.attach('file', file, filename);
  }

  function expectProblem(response: request.Response, status: number, type?: string): void {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.status).toBe(status);
    expect(typeof response.body.detail).toBe('string');
    if (type) expect(response.body.type).toMatch(new RegExp(`/${type}$`));
  }

  beforeAll(async () => {
    t = await createTestApp();
    amersfoort = await createMunicipality(t, {
      slug: 'amersfoort',
      name: 'Amersfoort',
      answerTermAmount: 20,
      answerTermUnit: 'days',
    });
    const utrecht = await createMunicipality(t, { slug: 'utrecht', name: 'Utrecht' });
    clerk = await t.token('clerk', amersfoort.id);
    otherClerk = await t.token('clerk', utrecht.id);
    executive = await t.token('executive', amersfoort.id);
    admin = await t.token('admin', null);
  });

  afterAll(() => t.close());

  describe('the Amersfoort seed', () => {
    let motionId: number;
    let holderId: number;
    let setId: number;
    let previewBody: Record<string, unknown>;

    beforeAll(async () => {
      // Known before the import: the motion and the alderman ("bestaand" in the preview).
      const motion = await http()
        .post('/api/documents')
        .set('Authorization', clerk)
        .send({ municipality: 'amersfoort', kind: 'motion', reference: '2918-115M' })
        .expect(201);
      motionId = motion.body.id;
      const holder = await http()
        .post('/api/people')
        .set('Authorization', clerk)
        .send({ municipality: 'amersfoort', name: 'Paffen-Zeenni', role: 'alderman' })
        .expect(201);
      holderId = holder.body.id;
    });

    it('previews the seed without storing anything and marks what already exists', async () => {
      const before = await counts();
      const response = await preview(SEED, '002_61424de74e848507.txt', clerk, { reference: '2024-11-05' }).expect(200);
      expect(await counts()).toEqual(before);
      previewBody = response.body;
      expect(response.body.sha256).toBe(createHash('sha256').update(SEED).digest('hex'));
      expect(response.body.existing).toBeNull();
      expect(response.body.municipality).toBe('Amersfoort');
      expect(response.body.municipalitySlug).toBe('amersfoort');
      expect(response.body.questions.map((q: { number: string }) => q.number)).toEqual([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
      ]);
      expect(response.body.answers).toHaveLength(7);
      expect(Array.isArray(response.body.warnings)).toBe(true);
      expect(response.body.portfolioHolder).toBe('Paffen-Zeenni');
      expect(response.body.matches.portfolioHolder).toEqual({ name: 'Paffen-Zeenni', id: holderId });
      const motionIndex = response.body.documents.findIndex(
        (d: { reference: string | null }) => d.reference === '2918-115M',
      );
      expect(motionIndex).toBeGreaterThanOrEqual(0);
      expect(response.body.matches.documents).toHaveLength(response.body.documents.length);
      expect(response.body.matches.documents[motionIndex]).toEqual({ index: motionIndex, id: motionId });
      const newDocuments = response.body.matches.documents.filter((m: { id: number | null }) => m.id === null);
      expect(newDocuments.length).toBe(response.body.documents.length - 1);
    });

    it('commits the edited preview as a published set with its questions, answers and documents', async () => {
      const before = await counts();
      const edited = {
        ...previewBody,
        reference: '2024-123',
        subject: 'Uitvoering motie antidiscriminatiebeleid',
        party: 'GroenLinks',
        submitters: [],
        receivedOn: '2024-10-02',
        answeredOn: '2024-11-05',
        status: 'published',
        publishedOn: '2024-11-07',
        sha256: '0'.repeat(64), // ignored: the hash comes from the uploaded bytes
      };
      const response = await commit(SEED, '002_61424de74e848507.txt', edited, clerk, {
        municipality: 'amersfoort',
      }).expect(201);
      expect(response.body).toEqual({ setId: expect.any(Number), created: true });
      setId = response.body.setId;
      const after = await counts();
      expect(after.question_set).toBe(before.question_set + 1);
      expect(after.question).toBe(before.question + 7);
      expect(after.answer).toBe(before.answer + 7);

      const set = await http().get(`/api/question-sets/${setId}`).expect(200); // public: published
      expect(set.body.status).toBe('published');
      expect(set.body.reference).toBe('2024-123');
      expect(set.body.publishedOn).toBe('2024-11-07');
      expect(set.body.answeredOn).toBe('2024-11-05');
      expect(set.body.party).toEqual(expect.objectContaining({ name: 'GroenLinks' }));
      expect(set.body.portfolioHolder).toEqual(expect.objectContaining({ id: holderId, name: 'Paffen-Zeenni' }));
      expect(set.body.questions).toHaveLength(7);
      expect(set.body.answers.map((a: { questions: string[] }) => a.questions)).toEqual([
        ['1'],
        ['2'],
        ['3'],
        ['4'],
        ['5'],
        ['6'],
        ['7'],
      ]);
      expect(set.body.documents).toEqual(
        expect.arrayContaining([expect.objectContaining({ id: motionId, reference: '2918-115M' })]),
      );
      const [{ sha }] = await t.dataSource.query('SELECT source_sha256 AS sha FROM question_set WHERE id = $1', [
        setId,
      ]);
      expect(sha).toBe(createHash('sha256').update(SEED).digest('hex'));
      const history = await http().get(`/api/question-sets/${setId}/history`).set('Authorization', clerk).expect(200);
      expect(history.body.items.map((e: { action: string }) => e.action)).toContain('question_set.imported');
    });

    it('proposes the commitments of the imported answers through the commitments hook', async () => {
      const response = await http()
        .get('/api/commitments')
        .query({ municipality: 'amersfoort', status: 'proposed', limit: 100 })
        .set('Authorization', clerk)
        .expect(200);
      const ofSet = response.body.items.filter((c: { questionSetId: number }) => c.questionSetId === setId);
      expect(ofSet.length).toBeGreaterThan(0);
      expect(ofSet.map((c: { phrase: string }) => c.phrase)).toEqual(
        expect.arrayContaining([expect.stringMatching(/april 2025/i)]),
      );
      const detail = await http().get(`/api/question-sets/${setId}`).set('Authorization', clerk).expect(200);
      expect(detail.body.commitments).toHaveLength(ofSet.length);
    });

    it('recognises the same file on a second upload and does not store it twice', async () => {
      const again = await preview(SEED, 'kopie.txt').expect(200);
      expect(again.body.existing).toEqual({ setId });
      const before = await counts();
      const response = await commit(SEED, 'kopie.txt', again.body).expect(200);
      expect(response.body).toEqual({ setId, created: false });
      expect(await counts()).toEqual(before);
    });
  });

  it('imports a PDF with answers as answered, and a text with questions only as registered', async () => {
    const pdfPreview = await preview(PDF_QUESTIONS, 'fietsenstalling.pdf').expect(200);
    expect(pdfPreview.body.questions.map((q: { number: string }) => q.number)).toEqual(['1', '2']);
    expect(pdfPreview.body.answers).toHaveLength(2);
    const pdf = await commit(PDF_QUESTIONS, 'fietsenstalling.pdf', {
      ...pdfPreview.body,
      subject: 'Fietsenstalling',
    }).expect(201);
    const answered = await http().get(`/api/question-sets/${pdf.body.setId}`).set('Authorization', clerk).expect(200);
    expect(answered.body.status).toBe('answered');
    expect(answered.body.answers[0].text).toContain('500 plekken');

    const textPreview = await preview(QUESTIONS_ONLY, 'speeltuin.eml').expect(200);
    expect(textPreview.body.answers).toEqual([]);
    const text = await commit(QUESTIONS_ONLY, 'speeltuin.eml', {
      ...textPreview.body,
      receivedOn: '2024-11-01',
    }).expect(201);
    const registered = await http()
      .get(`/api/question-sets/${text.body.setId}`)
      .set('Authorization', clerk)
      .expect(200);
    expect(registered.body.status).toBe('registered');
    expect(registered.body.dueOn).toBe('2024-11-21');
  });

  it('previews and imports an .rtf as Word writes it, its hyperlink a document with its URL (issue #19)', async () => {
    const rtfPreview = await preview(RTF_LETTER, 'beantwoording.rtf').expect(200);
    expect(rtfPreview.body.subject).toBe('Beantwoording schriftelijke vragen over het café aan de Dijk');
    expect(rtfPreview.body.questions).toEqual([
      {
        number: '1',
        text: 'Mag het terras van het café na 23.00 uur open blijven, en wat is het ‘stiltegebied’ precies?',
      },
      { number: '2', text: 'Wat kost een vergunning?' },
    ]);
    expect(rtfPreview.body.answers).toHaveLength(2);
    expect(rtfPreview.body.documents).toContainEqual(
      expect.objectContaining({
        title: 'Terrassenbeleid Waterland 2022',
        url: 'https://www.waterland.nl/terrassenbeleid',
      }),
    );
    // The letter names Waterland; the clerk imports into Amersfoort and is told.
    expect(rtfPreview.body.warnings).toContainEqual(expect.stringContaining('Waterland'));
    const stored = await commit(RTF_LETTER, 'beantwoording.rtf', rtfPreview.body).expect(201);
    const set = await http().get(`/api/question-sets/${stored.body.setId}`).set('Authorization', clerk).expect(200);
    expect(set.body.status).toBe('answered');
    expect(set.body.answers[1].text).toContain('Een vergunning kost € 150 per jaar.');
    const original = await http()
      .get(`/api/imports/sets/${stored.body.setId}/original`)
      .set('Authorization', clerk)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(original.headers['content-type']).toMatch(/^application\/rtf/);
    expect(Buffer.compare(original.body as Buffer, RTF_LETTER)).toBe(0);
  });

  it('lets only the griffie of the municipality or an admin import, with problem details', async () => {
    expectProblem(await preview(QUESTIONS_ONLY, 'a.txt', executive), 403);
    expectProblem(await http().post('/api/imports/preview').attach('file', QUESTIONS_ONLY, 'a.txt'), 403);
    expectProblem(await preview(QUESTIONS_ONLY, 'a.txt', otherClerk, { municipality: 'amersfoort' }), 403);
    const before = await counts();
    expectProblem(
      await commit(QUESTIONS_ONLY, 'a.txt', { questions: [{ number: '1', text: 'Vraag?' }] }, otherClerk, {
        municipality: 'amersfoort',
      }),
      403,
    );
    expect(await counts()).toEqual(before);
    const byAdmin = await preview(QUESTIONS_ONLY, 'a.txt', admin, { municipality: 'amersfoort' }).expect(200);
    expect(byAdmin.body.municipalitySlug).toBe('amersfoort');
  });

  it('validates the edited set and names the fields, storing nothing', async () => {
    const before = await counts();
    const badJson = await commit(QUESTIONS_ONLY, 'v.txt', '{niet json');
    expectProblem(badJson, 400, 'validation');
    expect(badJson.body.errors).toEqual([expect.objectContaining({ path: 'set' })]);

    const invalid = await commit(QUESTIONS_ONLY, 'v.txt', {
      questions: [{ number: 'een', text: 'Vraag?' }],
      receivedOn: '2 november',
      documents: [{ kind: 'brief', reference: 'X' }],
      onbekend: true,
    });
    expectProblem(invalid, 400, 'validation');
    const paths = invalid.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['questions.0.number', 'receivedOn', 'documents.0.kind', 'onbekend']));

    const noQuestions = await commit(QUESTIONS_ONLY, 'v.txt', { questions: [] });
    expectProblem(noQuestions, 400, 'validation');
    const publishedWithoutAnswers = await commit(QUESTIONS_ONLY, 'v.txt', {
      questions: [{ number: '1', text: 'Vraag?' }],
      status: 'published',
    });
    expectProblem(publishedWithoutAnswers, 400, 'validation');
    expect(publishedWithoutAnswers.body.errors).toEqual([expect.objectContaining({ path: 'status' })]);
    const missingSet = await http()
      .post('/api/imports')
      .set('Authorization', clerk)
      .attach('file', QUESTIONS_ONLY, 'v.txt');
    expectProblem(missingSet, 400);
    const missingFile = await http()
      .post('/api/imports/preview')
      .set('Authorization', clerk)
      .field('municipality', 'amersfoort');
    expectProblem(missingFile, 400);
    expect(missingFile.body.errors).toEqual([expect.objectContaining({ path: 'file' })]);
    expect(await counts()).toEqual(before);
  });

  it('documents both routes as multipart uploads in the OpenAPI document', async () => {
    const openapi = await http().get('/api/openapi.json').expect(200);
    for (const path of ['/api/imports/preview', '/api/imports']) {
      const content = openapi.body.paths[path].post.requestBody.content;
      expect(Object.keys(content)).toEqual(['multipart/form-data']);
      expect(content['multipart/form-data'].schema.properties.file).toEqual(
        expect.objectContaining({ type: 'string', format: 'binary' }),
      );
    }
    expect(openapi.body.paths['/api/imports'].post.responses).toEqual(
      expect.objectContaining({ '201': expect.anything(), '413': expect.anything() }),
    );
  });

  describe('files that cannot be imported give problem details and store nothing', () => {
    const minimalSet = { questions: [{ number: '1', text: 'Vraag?' }] };
    let before: Record<string, number>;
    beforeEach(async () => {
      before = await counts();
    });
    afterEach(async () => {
      expect(await counts()).toEqual(before);
    });

    it('refuses an empty file as empty', async () => {
      expectProblem(await preview(Buffer.alloc(0), 'leeg.txt'), 422, 'empty');
      expectProblem(await commit(Buffer.alloc(0), 'leeg.txt', minimalSet), 422, 'empty');
    });

    it('refuses a corrupt PDF as corrupt', async () => {
      expectProblem(await preview(PDF_CORRUPT, 'kapot.pdf'), 422, 'corrupt');
      expectProblem(await commit(PDF_CORRUPT, 'kapot.pdf', minimalSet), 422, 'corrupt');
    });

    it('refuses a PDF without a text layer as scanned', async () => {
      const response = await preview(PDF_SCANNED, 'scan.pdf');
      expectProblem(response, 422, 'scanned');
      expect(response.body.detail).toMatch(/scan/);
    });

    it('refuses an image as unsupported', async () => {
      expectProblem(await preview(PNG, 'foto.png'), 422, 'unsupported');
      expectProblem(await commit(PNG, 'foto.png', minimalSet), 422, 'unsupported');
    });

    it('refuses a text that holds no question set as not_a_question_set', async () => {
      expectProblem(await preview(NOT_A_QUESTION_SET, 'boodschappen.txt'), 422, 'not_a_question_set');
    });

    it('refuses a 30 MB upload with 413', async () => {
      const big = Buffer.alloc(30 * MB, 0x41);
      const response = await preview(big, 'groot.pdf');
      expectProblem(response, 413, 'payload-too-large');
      expect(response.body.detail).toMatch(/20 MB/);
      expectProblem(await commit(big, 'groot.pdf', minimalSet), 413, 'payload-too-large');
    });

    it('refuses a file just over 20 MB with 413 from the upload limit itself', async () => {
      // Under the announced-length check, so multer's fileSize limit is what refuses it.
      const response = await preview(Buffer.alloc(20 * MB + 1, 0x41), 'net-te-groot.txt');
      expectProblem(response, 413, 'payload-too-large');
    });

    it('refuses a 30 MB upload streamed without a length with 413', async () => {
      const boundary = 'raadsvragen-test-boundary';
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="stroom.txt"\r\nContent-Type: text/plain\r\n\r\n`,
      );
      const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
      const chunk = Buffer.alloc(MB, 0x41);
      // A raw request: chunked transfer, no Content-Length, so only multer's limit can stop it.
      const server = t.app.getHttpServer() as Server;
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const { status, type, body } = await new Promise<{ status: number; type: string; body: string }>(
        (resolve, reject) => {
          const req = httpRequest(
            {
              host: '127.0.0.1',
              port,
              method: 'POST',
              path: '/api/imports/preview',
              headers: {
                Authorization: clerk,
                'Content-Type': `multipart/form-data; boundary=${boundary}`,
                'Transfer-Encoding': 'chunked',
              },
            },
            (res) => {
              const parts: Buffer[] = [];
              res.on('data', (part: Buffer) => parts.push(part));
              res.on('end', () =>
                resolve({
                  status: res.statusCode ?? 0,
                  type: String(res.headers['content-type']),
                  body: Buffer.concat(parts).toString('utf8'),
                }),
              );
            },
          );
          // The server may answer and close before all 30 MB are sent; that is the point.
          req.on('error', (error: NodeJS.ErrnoException) =>
            error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
          );
          req.write(head);
          for (let i = 0; i < 30; i++) req.write(chunk);
          req.end(tail);
        },
      );
      expect(status).toBe(413);
      expect(type).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(body)).toEqual(
        expect.objectContaining({ status: 413, type: expect.stringMatching(/payload-too-large$/) }),
      );
    });
  });
});
