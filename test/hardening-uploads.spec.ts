import request from 'supertest';
import { runParseCommand } from '../src/cli/parse-command';
import { docxBomb, mailWithAttachments, nestedForwardedMail } from './fixtures/parsing/hostile';
import { captureCommand } from './support/cli';
import { createMunicipality } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MB = 1024 * 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Issue 17: the uploads that aborted the server (an e-mail with 1,000 attachments, one forwarded
 * 3,000 levels deep) and .docx decompression bombs answer 4xx, are parsed outside the server's
 * process, and leave another client's searches and the server's memory as they were.
 */
describe('hostile uploads (issue 17)', () => {
  let t: TestApp;
  let clerk: string;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    const municipality = await createMunicipality(t, { name: 'Amersfoort', slug: 'amersfoort' });
    clerk = await t.token('clerk', municipality.id);
  });
  afterAll(() => t.close());

  async function searchTimes(count: number): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      await http().get('/api/search').query({ q: 'brug' }).expect(200);
      times.push(performance.now() - started);
    }
    return times;
  }

  it('answers 422 to each, keeps searches answering and returns to its memory', async () => {
    const hostile: Array<[string, Buffer]> = [
      ['bijlagen.eml', mailWithAttachments(1000)],
      ['doorgestuurd.eml', nestedForwardedMail(3000, 250_000)],
      ['bom.docx', docxBomb(1024)],
      ['leugen.docx', docxBomb(256, true)],
    ];
    expect(hostile.every(([, bytes]) => bytes.length < 2 * MB)).toBe(true);
    await searchTimes(5);
    const before = process.memoryUsage().rss;
    const normal = median(await searchTimes(10));

    let uploading = true;
    const during: number[] = [];
    const searching = (async () => {
      while (uploading) during.push(...(await searchTimes(1)));
    })();
    const answers = await Promise.all(
      [...hostile, ...hostile].map(([name, bytes]) =>
        http().post('/api/imports/preview').set('Authorization', clerk).attach('file', bytes, name),
      ),
    );
    uploading = false;
    await searching;

    for (const answer of answers) {
      expect(answer.status).toBe(422);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.body.type).toMatch(/\/too_complex$/);
      expect(answer.body.detail).toMatch(/wordt niet ingelezen/);
    }
    const grown = process.memoryUsage().rss - before;
    console.log(
      `hostile uploads: ${answers.length} answered 422; searches median ${normal.toFixed(0)} ms quiet, ${median(during).toFixed(0)} ms during (${during.length}); RSS ${(grown / MB).toFixed(0)} MB`,
    );
    expect(during.length).toBeGreaterThan(0);
    // Normal time on a busy 2-core machine: the median stays within a few times the quiet median.
    expect(median(during)).toBeLessThan(normal * 4 + 100);
    expect(grown).toBeLessThan(100 * MB);
  });

  it('the CLI refuses the same documents with the same words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'raadsvragen-hostile-'));
    const file = join(dir, 'doorgestuurd.eml');
    writeFileSync(file, nestedForwardedMail(3000, 250_000));
    const result = await captureCommand(runParseCommand, [file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('doorgestuurd of ingepakt en wordt niet ingelezen');
  });

  it('still imports an ordinary e-mail through the worker', async () => {
    const mail = Buffer.from(
      'From: Fractie D66 <d66@example.nl>\r\nTo: griffie@amersfoort.nl\r\nSubject: Schriftelijke vragen speeltuin\r\nMessage-ID: <a@b>\r\nDate: Tue, 5 Nov 2024 10:00:00 +0100\r\n\r\nSchriftelijke vragen van de fractie D66\r\nOnderwerp: Speeltuin Het Park\r\n\r\n1. Wanneer wordt de speeltuin hersteld?\r\n\r\n2. Wie betaalt het herstel?\r\n',
    );
    const answer = await http()
      .post('/api/imports/preview')
      .set('Authorization', clerk)
      .attach('file', mail, 'vragen.eml')
      .expect(200);
    expect(answer.body.questions.map((q: { number: string }) => q.number)).toEqual(['1', '2']);
  });
});
