import { CanActivate, ExecutionContext, Injectable, createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';
import { Actor, PUBLIC_ACTOR } from './actor';
import { TokensService } from './tokens.service';

export type RequestWithActor = Request & { actor?: Actor };

/** Looks up additional ways to sign in (web sessions); registered by the web accounts. */
export abstract class SessionActorResolver {
  abstract resolve(request: Request): Promise<Actor | null>;
}

/**
 * Resolves who is asking for every request: a Bearer API token, else a web session, else a
 * public visitor. It never refuses a request by itself: services decide per resource, so a
 * hidden resource answers 404 whatever the role.
 */
@Injectable()
export class ActorGuard implements CanActivate {
  constructor(
    private readonly tokens: TokensService,
    private readonly sessions: SessionActorResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    if (request.actor) return true;
    // The health checks need no actor, and must answer (with `down`) when the database does not.
    if (request.path.startsWith('/health')) {
      request.actor = PUBLIC_ACTOR;
      return true;
    }
    const header = request.headers.authorization;
    if (header && /^Bearer\s+/i.test(header)) {
      request.actor = await this.tokens.resolveToken(header.replace(/^Bearer\s+/i, '').trim());
      return true;
    }
    // The JSON API takes tokens only: a web session cookie there would let any site a signed-in
    // user visits send writes with it (no CSRF token on the API), so under /api it counts for nothing.
    if (request.path.startsWith('/api/') || request.path === '/api') {
      request.actor = PUBLIC_ACTOR;
      return true;
    }
    request.actor = (await this.sessions.resolve(request)) ?? PUBLIC_ACTOR;
    return true;
  }
}

/** The Actor of the current request (set by ActorGuard). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<RequestWithActor>();
  return request.actor ?? PUBLIC_ACTOR;
});

/** No web sessions: used until the web accounts provide a resolver. */
@Injectable()
export class NoSessionResolver extends SessionActorResolver {
  async resolve(): Promise<Actor | null> {
    return null;
  }
}
