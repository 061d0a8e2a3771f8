import request from 'supertest';
import { createMunicipality, MunicipalityFixture } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';
import { createWebUser, loginCookie } from './support/web';

function expectProblem(response: request.Response, status: number): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body.status).toBe(status);
  expect(typeof response.body.detail).toBe('string');
}

function nestedJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/**
 * Issue 17: the classes of malformed input that answered 500 answer 4xx problem details,
 * checked once at the edge for every route (src/common/input-guard.ts).
 */
describe('malformed input at the edge (issue 17)', () => {
  let t: TestApp;
  let admin: string;
  let amersfoort: MunicipalityFixture;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    amersfoort = await createMunicipality(t, { name: 'Amersfoort', slug: 'amersfoort' });
    admin = await t.token('admin', null);
  });
  afterAll(() => t.close());

  it.each([
    ['an id above 2^31-1 in the path', '/api/municipalities/2147483648'],
    ['a huge id in the path', '/api/municipalities/99999999999999999999'],
    ['an integer above 2^31-1 in the query', '/api/search?q=brug&limit=2147483648'],
    ['an exponent in the query', '/api/search?q=brug&offset=1e12'],
    ['a NUL byte in the query', '/api/search?q=br%00ug'],
    ['a NUL byte in the path', '/api/municipalities/amers%00foort'],
    ['a month 13', '/api/search?q=brug&from=2024-13-01'],
    ['30 February', '/api/search?q=brug&to=2024-02-30'],
  ])('%s answers 400', async (_, url) => {
    expectProblem(await http().get(url).set('Authorization', admin), 400);
  });

  it('takes search text as text, digits and all', async () => {
    await http().get('/api/search').query({ q: '99999999999' }).expect(200);
    await http().get('/api/search').query({ q: '2024-13-01' }).expect(200);
  });

  it.each([
    ['an integer above 2^31-1', { answerTermAmount: 2147483648 }],
    ['a lone surrogate', { name: 'Amers\ud800foort' }],
    ['a NUL byte', { name: 'Amers\u0000foort' }],
    ['a date that does not exist', { name: 'X', founded: '2023-02-29' }],
  ])('a body with %s answers 400', async (_, fields) => {
    const response = await http()
      .post('/api/municipalities')
      .set('Authorization', admin)
      .send({ name: 'Leusden', slug: 'leusden', answerTermAmount: 20, answerTermUnit: 'days', ...fields });
    expectProblem(response, 400);
    expect(response.body.errors.length).toBeGreaterThan(0);
  });

  it('JSON nested 5,000 deep answers 400 without overflowing the stack', async () => {
    const response = await http()
      .post('/api/municipalities')
      .set('Authorization', admin)
      .set('Content-Type', 'application/json')
      .send(nestedJson(5000));
    expectProblem(response, 400);
    expect(response.body.errors[0].message).toContain('dieper genest');
  });

  it('form fields nested too deep answer 400', async () => {
    const key = `a${'[b]'.repeat(60)}`;
    const response = await http()
      .post('/inloggen')
      .type('form')
      .send(`${encodeURIComponent(key)}=1&email=x&password=y`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('a body over the limit answers 413 problem details, not 500', async () => {
    const response = await http()
      .post('/api/municipalities')
      .set('Authorization', admin)
      .send({ name: 'x'.repeat(3 * 1024 * 1024) });
    expectProblem(response, 413);
  });

  it('malformed JSON answers 400 problem details', async () => {
    const response = await http()
      .post('/api/municipalities')
      .set('Authorization', admin)
      .set('Content-Type', 'application/json')
      .send('{"name": ');
    expectProblem(response, 400);
  });

  it('a page with a huge id answers a Dutch 400 page to a browser', async () => {
    const response = await http().get('/vragen/99999999999').set('Accept', 'text/html');
    expect(response.status).toBe(400);
    expect(response.text).toContain('Ongeldige invoer');
  });

  it('the municipality is untouched by all of it', async () => {
    const [row] = await t.dataSource.query('SELECT count(*)::int AS n FROM municipality');
    expect(row.n).toBe(1);
    expect(amersfoort.slug).toBe('amersfoort');
  });

  it('takes no web session cookie as credentials on the API, where no CSRF token guards it', async () => {
    const user = await createWebUser(t, { email: 'beheer@example.nl', role: 'admin', municipalityId: null });
    const cookie = await loginCookie(t.app.getHttpServer(), user.email, user.password);
    const response = await http()
      .post('/api/municipalities')
      .set('Cookie', cookie)
      .send({ name: 'Baarn', slug: 'baarn', answerTermAmount: 20, answerTermUnit: 'days' });
    expect([401, 403]).toContain(response.status);
    // The same cookie still opens the pages.
    const page = await http().get('/beheer').set('Cookie', cookie).set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
  });

  it('personal answers are no-store, anonymous ones cacheable; HSTS only over HTTPS', async () => {
    const personal = await http().get('/api/municipalities').set('Authorization', admin).expect(200);
    expect(personal.headers['cache-control']).toBe('no-store');
    expect(personal.headers['strict-transport-security']).toBeUndefined();
    const anonymous = await http().get('/api/municipalities').expect(200);
    expect(anonymous.headers['cache-control']).toBeUndefined();
    t.app.getHttpAdapter().getInstance().set('trust proxy', true);
    try {
      const secure = await http().get('/api/municipalities').set('X-Forwarded-Proto', 'https').expect(200);
      expect(secure.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      t.app.getHttpAdapter().getInstance().set('trust proxy', false);
    }
  });
});
