import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { AccountsService, SessionInfo } from '../auth/accounts.service';
import { RequestWithActor } from '../auth/actor.guard';
import { RequestWithSession } from '../auth/session-actor.resolver';
import { ForbiddenError } from '../common/domain-errors';
import { Role } from '../auth/actor';
import { WEB_ROLES } from './web-roles';
import { sameToken } from '../auth/accounts.service';
import { APP_CONFIG, AppConfig } from '../config/config';

export type WebRequest = RequestWithActor &
  RequestWithSession & { cookies?: Record<string, string>; body?: unknown; visitorCsrfToken?: string };

/**
 * A visitor without session (following a set by e-mail) gets a signed double-submit token: a
 * random value in this cookie, and in the form its HMAC under the session secret. A page on
 * another site can neither read the cookie nor compute the HMAC, and no session row is written
 * for every visitor who reads a page.
 */
const VISITOR_CSRF_COOKIE = 'rv_csrf';

function visitorCsrfToken(secret: string, nonce: string): string {
  return createHmac('sha256', secret).update(`csrf:${nonce}`).digest('base64url');
}

const CSRF_CHECKED_IN_HANDLER = 'web:csrf-in-handler';
/**
 * For multipart forms: the body (and its `_csrf` field) exists only after the upload
 * interceptor ran, which is after guards; the handler then calls `assertCsrf` itself.
 */
export const CsrfCheckedInHandler = () => SetMetadata(CSRF_CHECKED_IN_HANDLER, true);

export class CsrfError extends ForbiddenError {
  constructor() {
    super(
      'Dit formulier is verlopen of niet door deze site verstuurd. Laad de pagina opnieuw en probeer het nog eens.',
    );
  }
}

/** Synchronizer token check: the `_csrf` field must equal the session's token (or a visitor's signed one). */
export function assertCsrf(request: WebRequest, sent: unknown): void {
  const expected = request.webSession?.csrfToken ?? request.visitorCsrfToken;
  if (!expected || typeof sent !== 'string' || !sameToken(sent, expected)) throw new CsrfError();
}

/**
 * For every web page: loads the session (also when the request came with an API token, which
 * the pages ignore), exposes who is logged in and the CSRF token to every template through
 * `res.locals`, and checks the CSRF token of every POST.
 */
@Injectable()
export class WebSessionGuard implements CanActivate {
  constructor(
    private readonly accounts: AccountsService,
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<WebRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    if (request.webSession === undefined) {
      request.webSession = await this.accounts.findSession(request.cookies?.rv_session);
    }
    exposeSession(response, request.webSession ?? null);
    if (!request.webSession) this.exposeVisitorCsrf(request, response);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(WEB_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles) {
      const actor = request.actor;
      if (!request.webSession?.user || !actor || actor.role === 'public') {
        response.redirect(303, `/inloggen?terug=${encodeURIComponent(request.originalUrl)}`);
        return false;
      }
      if (!roles.includes(actor.role)) throw new ForbiddenError('Deze pagina is niet bedoeld voor uw rol.');
    }
    if (request.method === 'POST') {
      const inHandler = this.reflector.getAllAndOverride<boolean>(CSRF_CHECKED_IN_HANDLER, [
        context.getHandler(),
        context.getClass(),
      ]);
      if (!inHandler) assertCsrf(request, (request.body as Record<string, unknown> | undefined)?._csrf);
    }
    return true;
  }

  private exposeVisitorCsrf(request: WebRequest, response: Response): void {
    let nonce = request.cookies?.[VISITOR_CSRF_COOKIE];
    if (request.method === 'GET' && (typeof nonce !== 'string' || nonce.length < 16)) {
      nonce = randomBytes(18).toString('base64url');
      response.cookie(VISITOR_CSRF_COOKIE, nonce, {
        httpOnly: true,
        sameSite: 'lax',
        secure: request.secure,
        path: '/',
      });
    }
    if (typeof nonce !== 'string' || nonce.length < 16) return;
    request.visitorCsrfToken = visitorCsrfToken(this.config.sessionSecret, nonce);
    response.locals.csrfToken = request.visitorCsrfToken;
  }
}

const ROLE_LABELS: Record<string, string> = {
  party: 'fractie',
  executive: 'wethouder / bestuursondersteuning',
  clerk: 'griffie',
  admin: 'beheerder',
};

/** What the layout needs on every page: the logged-in user and the CSRF token. */
export function exposeSession(response: Response, session: SessionInfo | null): void {
  const user = session?.user ?? null;
  response.locals.csrfToken = session?.csrfToken ?? null;
  response.locals.me = user
    ? {
        name: user.displayName,
        email: user.email,
        roleLabel: ROLE_LABELS[user.role] ?? user.role,
        isClerk: user.role === 'clerk' || user.role === 'admin',
        isAdmin: user.role === 'admin',
        isParty: user.role === 'party',
        isExecutive: user.role === 'executive',
        isStaff: user.role === 'clerk' || user.role === 'executive' || user.role === 'admin',
      }
    : null;
}
