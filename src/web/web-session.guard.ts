import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { AccountsService, SessionInfo } from '../auth/accounts.service';
import { RequestWithActor } from '../auth/actor.guard';
import { RequestWithSession } from '../auth/session-actor.resolver';
import { ForbiddenError } from '../common/domain-errors';
import { Role } from '../auth/actor';
import { WEB_ROLES } from './web-roles';
import { sameToken } from '../auth/accounts.service';

export type WebRequest = RequestWithActor & RequestWithSession & { cookies?: Record<string, string>; body?: unknown };

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

/** Synchronizer token check: the `_csrf` field must equal the token stored with the session. */
export function assertCsrf(request: WebRequest, sent: unknown): void {
  const session = request.webSession;
  if (!session || typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) throw new CsrfError();
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
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<WebRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    if (request.webSession === undefined) {
      request.webSession = await this.accounts.findSession(request.cookies?.rv_session);
    }
    exposeSession(response, request.webSession ?? null);
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
        isParty: user.role === 'party',
        isExecutive: user.role === 'executive',
        isStaff: user.role === 'clerk' || user.role === 'executive' || user.role === 'admin',
      }
    : null;
}
