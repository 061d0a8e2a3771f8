import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { Actor } from './actor';
import { AccountsService, SESSION_COOKIE, SessionInfo, actorOfUser } from './accounts.service';
import { SessionActorResolver } from './actor.guard';

/** The request as the web module sees it after the ActorGuard: the session, when there is one. */
export type RequestWithSession = Request & { webSession?: SessionInfo | null };

/**
 * Web sessions: the `rv_session` cookie names a session row in PostgreSQL; a logged-in
 * session yields its user's Actor. The session is kept on the request for the CSRF check.
 */
@Injectable()
export class SessionActorResolverFromDb extends SessionActorResolver {
  constructor(private readonly accounts: AccountsService) {
    super();
  }

  async resolve(request: Request): Promise<Actor | null> {
    const req = request as RequestWithSession;
    const cookies = (request as Request & { cookies?: Record<string, string> }).cookies ?? {};
    const session = await this.accounts.findSession(cookies[SESSION_COOKIE]);
    req.webSession = session;
    return session?.user ? actorOfUser(session.user) : null;
  }
}
