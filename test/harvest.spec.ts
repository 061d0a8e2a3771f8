import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { runHarvestCommand } from '../src/cli/harvest-command';
import { DEMO_MUNICIPALITIES } from '../src/demo/demo-data';
import { DemoService } from '../src/demo/demo.service';
import { Municipality } from '../src/municipalities/municipality.entity';
import { captureCommand } from './support/cli';
import { questionSetBody } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface SetJson {
  municipality: { slug: string };
  reference: string | null;
  subject: string;
  legalBasis: string;
  party: { name: string } | null;
  submitters: string[];
  portfolioHolder: { name: string } | null;
  explanation: string | null;
  introduction: string | null;
  status: string;
  receivedOn: string | null;
  dueOn: string | null;
  answeredOn: string | null;
  publishedOn: string | null;
  questions: { number: string; text: string }[];
  answers: { questions: string[]; text: string; refersTo: string[]; documents: DocumentJson[] }[];
  documents: DocumentJson[];
}
interface DocumentJson {
  kind: string;
  reference: string | null;
  title: string | null;
  date: string | null;
  url: string | null;
}

/** What must survive the trip: everything but ids, versions and times of the rows themselves. */
function comparable(set: SetJson) {
  const documents = new Map<string, DocumentJson>();
  for (const d of [...set.documents, ...set.answers.flatMap((a) => a.documents)]) {
    const { kind, reference, title, date, url } = d;
    documents.set(`${kind}|${reference}|${title}`, { kind, reference, title, date, url });
  }
  return {
    municipality: set.municipality.slug,
    reference: set.reference,
    subject: set.subject,
    legalBasis: set.legalBasis,
    party: set.party?.name ?? null,
    submitters: set.submitters,
    portfolioHolder: set.portfolioHolder?.name ?? null,
    explanation: set.explanation,
    introduction: set.introduction,
    // Questions are public on registration (docs/domain.md), answers only once published: of an
    // open or answered-but-unpublished set OParl carries the questions and the received date, not
    // the status, the answer date or A's due date (B computes its own from its answer term).
    status: set.status === 'published' ? 'published' : 'not published',
    dates: set.status === 'published' ? [set.receivedOn, set.dueOn, set.answeredOn, set.publishedOn] : [set.receivedOn],
    questions: set.questions,
    // Where a document was named (the set or an answer) is not in OParl: related papers are the Paper's.
    answers: set.answers.map(({ questions, text, refersTo }) => ({ questions, text, refersTo })),
    documents: [...documents.values()].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
  };
}

describe("harvest: another instance's OParl endpoint into an empty instance", () => {
  let a: TestApp;
  let b: TestApp;
  let source: string;
  const saved = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR };

  beforeAll(async () => {
    const port = await freePort();
    a = await createTestApp({ PUBLIC_URL: `http://127.0.0.1:${port}` });
    await a.app.listen(port, '127.0.0.1');
    source = `http://127.0.0.1:${port}/oparl/v1`;
    await a.app.get(DemoService).loadDemoData();
    const amersfoort = await a.dataSource.getRepository(Municipality).findOneByOrFail({ slug: 'amersfoort' });
    const clerk = await a.token('clerk', amersfoort.id);
    const http = request(a.app.getHttpServer());
    const created = (
      await http
        .post('/api/question-sets')
        .set('Authorization', clerk)
        .send(questionSetBody('amersfoort', { reference: 'RT-1', submitters: ['J. de Vries', 'A. Bakker'] }))
        .expect(201)
    ).body as { id: number; version: number };
    const answered = (
      await http
        .post(`/api/question-sets/${created.id}/answers`)
        .set('Authorization', clerk)
        .send({
          version: created.version,
          answeredOn: '2024-10-21',
          introduction: 'Het college beantwoordt de vragen als volgt.',
          answers: [
            { questions: ['1'], text: 'Wij evalueren jaarlijks.' },
            {
              questions: ['2a', '2b'],
              text: 'Er waren drie meldingen; zie de raadsinformatiebrief.',
              documents: [
                {
                  kind: 'council_letter',
                  reference: 'RIB-2024-7',
                  title: 'Meldingen discriminatie',
                  date: '2024-10-15',
                  url: 'https://amersfoort.example/rib-7.pdf',
                },
              ],
            },
          ],
        })
        .expect(200)
    ).body as { id: number; version: number };
    await http
      .post(`/api/question-sets/${created.id}/publish`)
      .set('Authorization', clerk)
      .send({ version: answered.version, publishedOn: '2024-10-23' })
      .expect(200);

    b = await createTestApp();
    const municipalities = b.dataSource.getRepository(Municipality);
    for (const m of DEMO_MUNICIPALITIES) await municipalities.save(municipalities.create(m));
    process.env.DATABASE_URL = b.databaseUrl;
    process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'raadsvragen-harvest-'));
  });

  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await a.close();
    await b.close();
  });

  const dump = async (t: TestApp): Promise<SetJson[]> =>
    (await request(t.app.getHttpServer()).get('/api/exports/question-sets.jsonl').expect(200)).text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as SetJson)
      .filter((set) => set.status !== 'withdrawn');
  const byKey = (sets: SetJson[]) =>
    sets
      .map(comparable)
      .sort((x, y) => `${x.municipality} ${x.reference}`.localeCompare(`${y.municipality} ${y.reference}`));

  it('brings the same sets, questions, answers, dates, parties and documents; a second harvest changes nothing', async () => {
    const expected = byKey(await dump(a));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    for (const slug of ['amersfoort', 'amstelveen']) {
      const run = await captureCommand(runHarvestCommand, [source, '--municipality', slug]);
      expect(run.stderr).not.toContain('Mislukt');
      expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('Mislukt: 0')]);
      expect(run.stdout).toContain(`Ingelezen: ${expected.filter((s) => s.municipality === slug).length}\n`);
    }
    const first = await dump(b);
    expect(byKey(first)).toEqual(expected);

    const again = await captureCommand(runHarvestCommand, [source, '--municipality', 'amersfoort']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Ingelezen: 0\n');
    expect(again.stdout).toContain(`Al aanwezig: ${expected.filter((s) => s.municipality === 'amersfoort').length}\n`);
    expect(await dump(b)).toEqual(first);
  });

  it('says what is wrong with a source it cannot read, in Dutch', async () => {
    const usage = await captureCommand(runHarvestCommand, [source]);
    expect([usage.code, usage.stderr]).toEqual([2, expect.stringContaining('Gebruik: npm run -s cli -- harvest')]);
    const missing = await captureCommand(runHarvestCommand, [`${source}/bestaat-niet`, '--municipality', 'amersfoort']);
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining('antwoordt met HTTP 404')]);
  });
});
