import { Logger } from '@nestjs/common';
import request from 'supertest';
import { JsonLogger, loggedPath } from '../src/common/logging';
import { createTestApp, TestApp } from './support/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Issue 17 (operations): LOG_FORMAT=json logs one JSON object per line, each request with its id. */
describe('request ids and JSON log lines', () => {
  let t: TestApp;
  let written: string[];
  let spy: jest.SpyInstance;
  const http = () => request(t.app.getHttpServer());
  const entries = () =>
    written
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  beforeAll(async () => {
    t = await createTestApp({ LOG_FORMAT: 'json' });
  });
  beforeEach(() => {
    written = [];
    spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => spy.mockRestore());
  afterAll(() => t.close());

  it('keeps a valid X-Request-Id, echoes it, and logs the request as one JSON line', async () => {
    const response = await http().get('/api/municipalities').set('X-Request-Id', 'lb-7f3a.42:9').expect(200);
    expect(response.headers['x-request-id']).toBe('lb-7f3a.42:9');
    await new Promise((resolve) => setImmediate(resolve));
    const line = entries().find((e) => e.requestId === 'lb-7f3a.42:9');
    expect(line).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      level: 'info',
      context: 'HTTP',
      msg: expect.stringMatching(/^GET \/api\/municipalities 200 [\d.]+ ms$/),
      requestId: 'lb-7f3a.42:9',
      method: 'GET',
      path: '/api/municipalities',
      status: 200,
      durationMs: expect.any(Number),
    });
  });

  it.each([
    ['a tab (control characters)', 'abc\tdef'],
    ['a header that is too long', 'x'.repeat(129)],
    ['quotes and spaces', '"><script> id'],
  ])('replaces %s by a new UUID', async (_what, sent) => {
    const response = await http().get('/api/municipalities').set('X-Request-Id', sent).expect(200);
    expect(response.headers['x-request-id']).toMatch(UUID);
  });

  it('puts the request id in problem details, in the header and in the log line of the answer', async () => {
    const response = await http().get('/api/question-sets/999999').set('X-Request-Id', 'zoek-404');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['x-request-id']).toBe('zoek-404');
    expect(response.body).toMatchObject({ status: 404, instance: '/api/question-sets/999999', requestId: 'zoek-404' });
    const generated = await http().post('/api/question-sets').send('{"kapot"').set('Content-Type', 'application/json');
    expect(generated.status).toBe(400);
    expect(generated.body.requestId).toMatch(UUID);
    expect(generated.body.requestId).toBe(generated.headers['x-request-id']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(entries()).toContainEqual(
      expect.objectContaining({ requestId: 'zoek-404', status: 404, path: '/api/question-sets/999999' }),
    );
  });

  it('logs no query strings and no secret calendar URLs', async () => {
    await http().get('/volgen/bevestigen?token=geheim-token-123');
    await http().get('/ical/private/geheim-feed-456.ics');
    await new Promise((resolve) => setImmediate(resolve));
    const text = written.join('');
    expect(text).not.toContain('geheim-token-123');
    expect(text).not.toContain('geheim-feed-456');
    expect(loggedPath('/ical/private/abc.ics?x=1')).toBe('/ical/private/…');
    expect(loggedPath('/vragen/12?pagina=2')).toBe('/vragen/12');
  });

  it("writes Nest's log calls as JSON lines with the level, the context, the stack and the current request id", () => {
    const lines: string[] = [];
    const logger = new JsonLogger(['error', 'warn'], (line) => lines.push(line));
    logger.log('niet getoond', 'Jobs');
    logger.warn('let op', 'Database');
    logger.error('mislukt', 'Error: mislukt\n    at x', 'Errors');
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      { time: expect.any(String), level: 'warn', context: 'Database', msg: 'let op' },
      {
        time: expect.any(String),
        level: 'error',
        context: 'Errors',
        msg: 'mislukt',
        stack: 'Error: mislukt\n    at x',
      },
    ]);
    expect(lines.every((line) => line.endsWith('}\n') && line.indexOf('\n') === line.length - 1)).toBe(true);
    // Through Nest's Logger, as every service logs.
    Logger.overrideLogger(logger);
    new Logger('Mail').warn('langzaam');
    Logger.overrideLogger(['error']);
    expect(JSON.parse(lines[2])).toMatchObject({ level: 'warn', context: 'Mail', msg: 'langzaam' });
  });
});
