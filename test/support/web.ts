import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/configure-app';
import type { App } from 'supertest/types';
import { AccountsService } from '../../src/auth/accounts.service';
import { Role } from '../../src/auth/actor';
import { TestApp } from './test-app';

/** The CSRF token of the first form on a page. */
export function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no _csrf field on the page');
  return match[1];
}

/** A web account created as `user create` does. */
export async function createWebUser(
  t: TestApp,
  input: {
    email: string;
    role: Exclude<Role, 'public'>;
    municipalityId: number | null;
    partyId?: number;
    portfolioHolderId?: number;
    password?: string;
    displayName?: string;
  },
): Promise<{ email: string; password: string }> {
  const password = input.password ?? 'geheim-wachtwoord-123';
  await t.app.get(AccountsService).createUser({ ...input, password });
  return { email: input.email, password };
}

/** A supertest agent (keeps cookies) logged in through the login form. */
export async function loginAgent(server: App, email: string, password: string) {
  const agent = request.agent(server);
  const form = await agent.get('/inloggen').expect(200);
  const response = await agent
    .post('/inloggen')
    .type('form')
    .send({ _csrf: csrfOf(form.text), email, password });
  if (response.status !== 303) throw new Error(`login failed with ${response.status}`);
  return agent;
}

/** A second application instance on an existing test database (as a second server behind a load balancer). */
export async function createSecondInstance(t: TestApp) {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(t.config, t.databaseUrl)] }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['error'] });
  configureApp(app, t.config);
  await app.init();
  return app;
}

function sessionCookieOf(response: { headers: Record<string, unknown> }): string {
  const cookies = ([] as string[]).concat((response.headers['set-cookie'] as string[] | undefined) ?? []);
  const found = cookies.find((c) => c.startsWith('rv_session='));
  if (!found) throw new Error('no rv_session cookie');
  return found.split(';')[0];
}

/** Logs in through the form and returns the `rv_session=…` cookie for a `Cookie` header. */
export async function loginCookie(server: App, email: string, password: string): Promise<string> {
  const form = await request(server).get('/inloggen').expect(200);
  const visitor = sessionCookieOf(form);
  const response = await request(server)
    .post('/inloggen')
    .set('Cookie', visitor)
    .type('form')
    .send({ _csrf: csrfOf(form.text), email, password })
    .expect(303);
  return sessionCookieOf(response);
}
