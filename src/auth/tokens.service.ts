import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { DomainValidationError, NotFoundError, UnauthenticatedError } from '../common/domain-errors';
import { formatDutchDate } from '../deadlines';
import { Actor, Role } from './actor';
import { ApiToken } from './api-token.entity';
import { AppUser } from './user.entity';

/** A token lives a year unless its creator chooses otherwise. */
export const DEFAULT_TOKEN_DAYS = 365;
export const MAX_TOKEN_DAYS = 3650;
/** `last_used_at` is written at most once per this interval per token: a busy client costs one UPDATE a minute. */
export const TOKEN_USE_RESOLUTION_MS = 60_000;

export interface CreateTokenInput {
  role: Exclude<Role, 'public'>;
  municipalityId: number | null;
  partyId?: number | null;
  portfolioHolderId?: number | null;
  label: string;
  /** Days until it expires (1 to 3650; default 365). */
  expiresInDays?: number;
  /** The web account it belongs to (tokens made on /account). */
  userId?: number | null;
  /** Who made it (an actor's label, or `opdrachtregel`). */
  createdBy?: string;
}

export type TokenStatus = 'active' | 'expired' | 'revoked';

/** A token as lists show it: never its secret or hash. */
export interface TokenView {
  id: number;
  label: string;
  role: Exclude<Role, 'public'>;
  municipalityId: number | null;
  partyId: number | null;
  portfolioHolderId: number | null;
  userId: number | null;
  userEmail: string | null;
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  status: TokenStatus;
}

export interface TokenFilter {
  /** Only this municipality's tokens (undefined: every municipality). */
  municipalityId?: number;
  /** Only the tokens of this web account. */
  userId?: number;
  /** Leave out revoked and expired tokens. */
  activeOnly?: boolean;
  id?: number;
}

export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

interface ResolvedRow {
  id: number;
  label: string;
  role: Exclude<Role, 'public'>;
  municipality_id: number | null;
  party_id: number | null;
  portfolio_holder_id: number | null;
  revoked: boolean;
  expired: boolean;
  expires_on: string;
  use_is_stale: boolean;
  user_disabled: boolean | null;
  user_email: string | null;
  user_id: number | null;
}

/**
 * API tokens: stored hashed, resolved to an Actor on every request, expiring, revocable, with
 * their last use. Security timers (expiry, last use) use the database's clock, as sessions do.
 */
@Injectable()
export class TokensService {
  constructor(
    @InjectRepository(ApiToken) private readonly tokens: Repository<ApiToken>,
    private readonly dataSource: DataSource,
  ) {}

  /** Returns the secret once; only its hash is kept. */
  async createToken(input: CreateTokenInput): Promise<{ id: number; secret: string; token: ApiToken }> {
    const errors = [];
    if (input.role !== 'admin' && input.municipalityId === null) {
      errors.push({ path: 'municipality', message: 'is verplicht voor deze rol' });
    }
    if (input.role === 'party' && !input.partyId) {
      errors.push({ path: 'party', message: 'is verplicht voor een fractie' });
    }
    const days = input.expiresInDays ?? DEFAULT_TOKEN_DAYS;
    if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS) {
      errors.push({
        path: 'expiresInDays',
        message: `moet een heel aantal dagen zijn van 1 tot en met ${MAX_TOKEN_DAYS}`,
      });
    }
    const label = input.label.trim();
    if (!label || label.length > 200) errors.push({ path: 'label', message: 'moet 1 tot 200 tekens lang zijn' });
    if (errors.length > 0) throw new DomainValidationError(errors);
    const secret = `rv_${randomBytes(24).toString('base64url')}`;
    const [row]: { id: number }[] = await this.dataSource.query(
      `INSERT INTO api_token (token_hash, label, role, municipality_id, party_id, portfolio_holder_id, user_id, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() + ($9::int * interval '1 day')) RETURNING id`,
      [
        hashToken(secret),
        label,
        input.role,
        input.role === 'admin' ? null : input.municipalityId,
        input.partyId ?? null,
        input.portfolioHolderId ?? null,
        input.userId ?? null,
        input.createdBy?.slice(0, 300) ?? null,
        days,
      ],
    );
    const token = await this.tokens.findOneByOrFail({ id: row.id });
    return { id: token.id, secret, token };
  }

  /**
   * The Actor of a token, or 401 when it is unknown, revoked, expired or its account disabled.
   * One SELECT per request; the last use is written only when the stored one is a minute old.
   */
  async resolveToken(secret: string): Promise<Actor> {
    if (secret.length > 200) throw new UnauthenticatedError('Het API-token is onbekend.');
    const rows: ResolvedRow[] = await this.dataSource.query(
      `SELECT t.id, t.label, t.role, t.municipality_id, t.party_id, t.portfolio_holder_id,
              t.revoked_at IS NOT NULL AS revoked,
              t.expires_at <= now() AS expired,
              to_char(t.expires_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS expires_on,
              (t.last_used_at IS NULL OR t.last_used_at < now() - ($2::int * interval '1 millisecond')) AS use_is_stale,
              u.disabled_at IS NOT NULL AS user_disabled, u.email AS user_email, t.user_id
         FROM api_token t LEFT JOIN app_user u ON u.id = t.user_id
        WHERE t.token_hash = $1`,
      [hashToken(secret), TOKEN_USE_RESOLUTION_MS],
    );
    const token = rows[0];
    if (!token) throw new UnauthenticatedError('Het API-token is onbekend.');
    if (token.revoked) throw new UnauthenticatedError('Het API-token is ingetrokken.');
    if (token.expired) {
      throw new UnauthenticatedError(
        `Het API-token is verlopen op ${formatDutchDate(token.expires_on)}. Maak een nieuw token aan.`,
      );
    }
    if (token.user_disabled) throw new UnauthenticatedError('Het account van dit API-token is uitgeschakeld.');
    if (token.use_is_stale) {
      // The condition is repeated so that concurrent requests on several instances write once.
      await this.dataSource.query(
        `UPDATE api_token SET last_used_at = now()
          WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - ($2::int * interval '1 millisecond'))`,
        [token.id, TOKEN_USE_RESOLUTION_MS],
      );
    }
    return {
      role: token.role,
      municipalityId: token.municipality_id,
      partyId: token.party_id,
      portfolioHolderId: token.portfolio_holder_id,
      label: token.user_email
        ? `token #${token.id} (${token.label}) van ${token.user_email}`
        : `token #${token.id} (${token.label})`,
      tokenId: token.id,
      ...(token.user_id !== null ? { userId: token.user_id } : {}),
    };
  }

  /** Tokens, newest first, with the e-mail address of the account they belong to. */
  async listTokens(filter: TokenFilter = {}): Promise<TokenView[]> {
    const query = this.tokens
      .createQueryBuilder('t')
      .leftJoin(AppUser, 'u', 'u.id = t.userId')
      .addSelect('u.email', 'user_email')
      .addSelect(
        `CASE WHEN t.revokedAt IS NOT NULL THEN 'revoked' WHEN t.expiresAt <= now() THEN 'expired' ELSE 'active' END`,
        'token_status',
      )
      .orderBy('t.createdAt', 'DESC')
      .addOrderBy('t.id', 'DESC');
    if (filter.municipalityId !== undefined) query.andWhere('t.municipalityId = :m', { m: filter.municipalityId });
    if (filter.userId !== undefined) query.andWhere('t.userId = :u', { u: filter.userId });
    if (filter.id !== undefined) query.andWhere('t.id = :id', { id: filter.id });
    if (filter.activeOnly) query.andWhere('t.revokedAt IS NULL AND t.expiresAt > now()');
    const { entities, raw } = await query.getRawAndEntities<{ user_email: string | null; token_status: TokenStatus }>();
    return entities.map((token, i) => toTokenView(token, raw[i].user_email, raw[i].token_status));
  }

  async findToken(id: number): Promise<TokenView> {
    const [view] = await this.listTokens({ id });
    if (!view) throw new NotFoundError('Dit API-token');
    return view;
  }

  /** Revokes a token (kept in the list as `revoked`); revoking twice changes nothing. */
  async revokeToken(id: number): Promise<TokenView> {
    await this.dataSource.query(`UPDATE api_token SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id]);
    return this.findToken(id);
  }

  /** A web account's tokens follow its role and scope (called in the transaction that changes the account). */
  async followAccount(em: EntityManager, user: AppUser): Promise<void> {
    await em.update(
      ApiToken,
      { userId: user.id },
      {
        role: user.role,
        municipalityId: user.municipalityId,
        partyId: user.partyId,
        portfolioHolderId: user.portfolioHolderId,
      },
    );
  }
}

function toTokenView(token: ApiToken, userEmail: string | null, status: TokenStatus): TokenView {
  return {
    id: token.id,
    label: token.label,
    role: token.role as Exclude<Role, 'public'>,
    municipalityId: token.municipalityId,
    partyId: token.partyId,
    portfolioHolderId: token.portfolioHolderId,
    userId: token.userId,
    userEmail,
    createdBy: token.createdBy,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
    status,
  };
}
