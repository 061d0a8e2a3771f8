import fc from 'fast-check';
import request from 'supertest';
import { createMunicipality } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  pathParams: string[];
  queryParams: string[];
  bodyProperties: string[];
  multipart: boolean;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
}

interface OpenApiOperation {
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: { content?: Record<string, { schema?: { $ref?: string; properties?: Record<string, unknown> } }> };
}

/** Every operation of the OpenAPI document with the names of its parameters and body fields. */
function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const parameters = operation.parameters ?? [];
      const content = operation.requestBody?.content ?? {};
      const schema = content['application/json']?.schema;
      const referenced = schema?.$ref ? document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''] : schema;
      operations.push({
        method: method as Operation['method'],
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        bodyProperties: Object.keys(referenced?.properties ?? {}),
        multipart: 'multipart/form-data' in content,
      });
    }
  }
  return operations;
}

/** The classes of input that answered 500 before issue 17, and some that look almost right. */
const ADVERSARIAL_TEXT = [
  '0',
  '-1',
  '2147483647',
  '2147483648',
  '99999999999999999999',
  '1e308',
  'NaN',
  '1.5',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '2024-02-30',
  '2024-13-01',
  '0000-00-00',
  '2024-02-29',
  "' OR 1=1 --",
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '%',
  '',
  ' ',
  'ja',
  'true',
  '[]',
  '{}',
  'x'.repeat(5000),
];

const text = fc.oneof(
  fc.constantFrom(...ADVERSARIAL_TEXT),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

const value: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.integer(),
  fc.constantFrom(2147483648, -2147483649, 1e21, Number.MAX_SAFE_INTEGER, 0.5, -0, true, false, null),
  fc.constantFrom(nested(40), nested(1000), [], {}, ['\u0000'], { '\u0000': 1 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Percent-encodes a path segment; a lone surrogate (which encodeURIComponent refuses) as its WTF-8 bytes; `%` left raw. */
function encodeSegment(segment: string): string {
  return Array.from(segment, (char) =>
    /[\ud800-\udfff]/.test(char) && char.length === 1
      ? Array.from(
          Buffer.from([
            0xe0 | (char.charCodeAt(0) >> 12),
            0x80 | ((char.charCodeAt(0) >> 6) & 63),
            0x80 | (char.charCodeAt(0) & 63),
          ]),
          (b) => `%${b.toString(16).toUpperCase()}`,
        ).join('')
      : char === '%'
        ? '%'
        : encodeURIComponent(char),
  ).join('');
}

/** A body sent as written: JSON nested 5,000 deep (too deep for JSON.stringify here) and broken JSON. */
class RawBody {
  constructor(readonly text: string) {}
}
const RAW_BODIES = [
  new RawBody(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`),
  new RawBody('{"a": '),
  new RawBody('\u0000'),
];

const bodyFor = (properties: string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(...RAW_BODIES),
    properties.length > 0
      ? fc.dictionary(fc.constantFrom(...properties), value, { maxKeys: properties.length })
      : fc.constant({}),
    fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 4 }),
    value,
  );

const credentials = fc.constantFrom('none', 'garbage', 'admin', 'clerk');

const TABLES = [
  'municipality',
  'party',
  'person',
  'document',
  'question_set',
  'question',
  'answer',
  'commitment',
  'api_token',
  'app_user',
];

/**
 * Issue 17, "must show": random and adversarial path parameters, query strings and bodies for
 * every route of /api/openapi.json. No answer is 5xx, every 4xx is problem details, and no row
 * is added or lost. Reads go with every kind of credentials; writes without valid ones (so
 * nothing may be stored), which still runs the edge checks and every DTO's validation.
 */
describe('fuzzing every route of the OpenAPI document (issue 17)', () => {
  let t: TestApp;
  let tokens: Record<string, string>;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    const municipality = await createMunicipality(t, { name: 'Amersfoort', slug: 'amersfoort' });
    tokens = {
      admin: await t.token('admin', null),
      clerk: await t.token('clerk', municipality.id),
      garbage: 'Bearer rv_nietbestaand',
    };
  });
  afterAll(() => t.close());

  async function rowCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
      counts[table] = row.n;
    }
    return counts;
  }

  it('answers no 5xx and only problem details to random and adversarial requests', async () => {
    const document = (await http().get('/api/openapi.json').expect(200)).body as OpenApiDocument;
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(20);
    const before = await rowCounts();
    const seed = Number(process.env.FUZZ_SEED ?? 17);
    const perOperation = Number(process.env.FUZZ_RUNS ?? 12);
    const failures: string[] = [];
    let sent = 0;
    const started = Date.now();

    for (const operation of operations) {
      const cases = fc.sample(
        fc.record({
          params: fc.array(text, { minLength: operation.pathParams.length, maxLength: operation.pathParams.length }),
          query: fc.dictionary(fc.constantFrom(...operation.queryParams, 'limit', 'offset', 'onbekend'), text, {
            maxKeys: 4,
          }),
          body: bodyFor(operation.bodyProperties),
          who: credentials,
        }),
        { numRuns: perOperation, seed: seed + sent },
      );
      for (const c of cases) {
        let path = operation.path;
        operation.pathParams.forEach((name, i) => {
          path = path.replace(`{${name}}`, encodeSegment(c.params[i]) || '0');
        });
        const write = operation.method !== 'get';
        const who = write && (c.who === 'admin' || c.who === 'clerk') ? 'none' : c.who;
        let call = http()[operation.method](path).query(c.query).timeout(15_000);
        if (who !== 'none') call = call.set('Authorization', tokens[who]);
        if (write)
          call = call
            .set('Content-Type', 'application/json')
            .send(c.body instanceof RawBody ? c.body.text : (JSON.stringify(c.body) ?? 'null'));
        const response = await call.catch((error: { response?: request.Response; message: string }) => {
          if (error.response) return error.response;
          failures.push(`${operation.method.toUpperCase()} ${path}: ${error.message}`);
          return null;
        });
        sent++;
        if (!response) continue;
        const where = `${operation.method.toUpperCase()} ${path}?${new URLSearchParams(c.query as Record<string, string>)} (${who}) → ${response.status}`;
        if (response.status >= 500) failures.push(`${where}: ${response.text.slice(0, 200)}`);
        else if (response.status >= 400 && !/^application\/problem\+json/.test(response.headers['content-type'] ?? ''))
          failures.push(`${where}: not problem+json (${response.headers['content-type']})`);
      }
    }
    const after = await rowCounts();
    console.log(
      `fuzz: ${sent} requests to ${operations.length} operations in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed}), ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
    expect(after).toEqual(before);
  });
});
