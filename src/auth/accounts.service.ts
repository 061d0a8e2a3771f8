import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import bcrypt from 'bcryptjs';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager, IsNull, LessThan, Repository } from 'typeorm';
import {
  DomainValidationError,
  FieldError,
  NotFoundError,
  StaleVersionError,
  TooManyRequestsError,
} from '../common/domain-errors';
import { Actor, Role } from './actor';
import { countRequest } from './request-throttle';
import { WebSession } from './session.entity';
import { TokensService } from './tokens.service';
import { AppUser } from './user.entity';

export const SESSION_COOKIE = 'rv_session';
/** Sessions end after this long without use. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** Login rate limit: at most this many failures per account and IP address in the window. */
export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failures from one IP address over all accounts in the window: spraying passwords across accounts stops here. */
export const LOGIN_MAX_FAILURES_PER_IP = 30;
/**
 * Failures on one account (from any address) or in total after which every answer is slowed
 * down, doubling per failure up to LOGIN_MAX_DELAY_MS. A delay, not a lockout: an attacker who
 * guesses from many addresses cannot lock the real user out, only make the login slower.
 */
export const LOGIN_DELAY_AFTER_ACCOUNT_FAILURES = 10;
export const LOGIN_DELAY_AFTER_TOTAL_FAILURES = 500;
export const LOGIN_MAX_DELAY_MS = 5000;

/** The wait before answering a login, from the failures in the window (0 below the thresholds). */
export function loginDelayMs(accountFailures: number, totalFailures: number): number {
  const over = Math.max(
    accountFailures - LOGIN_DELAY_AFTER_ACCOUNT_FAILURES + 1,
    Math.floor((totalFailures - LOGIN_DELAY_AFTER_TOTAL_FAILURES) / 100) + 1,
  );
  return over <= 0 ? 0 : Math.min(LOGIN_MAX_DELAY_MS, 250 * 2 ** (over - 1));
}
const BCRYPT_ROUNDS = 10;
export const MIN_PASSWORD_LENGTH = 10;
/** bcrypt reads only the first 72 bytes; a longer limit than that would promise more than it checks. */
export const MAX_PASSWORD_LENGTH = 72;

/** The rule every new password follows (the CLI, the account pages, a reset link). */
export function passwordProblems(password: string, path = 'password'): FieldError[] {
  if (password.length < MIN_PASSWORD_LENGTH)
    return [{ path, message: `moet minstens ${MIN_PASSWORD_LENGTH} tekens lang zijn` }];
  if (Buffer.byteLength(password) > MAX_PASSWORD_LENGTH)
    return [{ path, message: `mag hoogstens ${MAX_PASSWORD_LENGTH} tekens lang zijn` }];
  return [];
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_ROUNDS);
}

export interface CreateUserInput {
  email: string;
  password: string;
  role: Exclude<Role, 'public'>;
  municipalityId: number | null;
  partyId?: number | null;
  portfolioHolderId?: number | null;
  displayName?: string;
}

/** A session as the web pages need it: who, and the CSRF token of its forms. */
export interface SessionInfo {
  id: string;
  csrfToken: string;
  user: AppUser | null;
}

export type LoginResult =
  | { ok: true; user: AppUser; session: { cookie: string; info: SessionInfo } }
  | { ok: false; reason: 'invalid' | 'rate-limited' | 'disabled' };

/** What an admin or griffie may change of an account (the rule of who may is in account-permissions.ts). */
export interface AccountChanges {
  displayName?: string;
  role?: Exclude<Role, 'public'>;
  municipalityId?: number | null;
  partyId?: number | null;
  portfolioHolderId?: number | null;
  disabled?: boolean;
}

let dummy: string | null = null;
function dummyHash(): string {
  dummy ??= bcrypt.hashSync(randomBytes(12).toString('hex'), BCRYPT_ROUNDS);
  return dummy;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function actorOfUser(user: AppUser): Actor {
  return {
    role: user.role,
    municipalityId: user.municipalityId,
    partyId: user.partyId,
    portfolioHolderId: user.portfolioHolderId,
    label: `${user.displayName} <${user.email}>`,
    userId: user.id,
  };
}

/** Constant-time comparison of two tokens (CSRF). */
export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A readable random password for generated accounts: 20 characters, about 119 bits. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}

/**
 * Web accounts, sessions and the login rate limit, all in PostgreSQL so that the app stays
 * stateless and can run as several instances. Security timers (session expiry, login window)
 * use the database's clock, not the product's Clock: "today" for deadlines may be faked in
 * tests, the time a session ends may not.
 */
@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(AppUser) private readonly users: Repository<AppUser>,
    @InjectRepository(WebSession) private readonly sessions: Repository<WebSession>,
    private readonly dataSource: DataSource,
    private readonly tokens: TokensService,
  ) {}

  async createUser(input: CreateUserInput, em: EntityManager = this.dataSource.manager): Promise<AppUser> {
    const email = input.email.trim().toLowerCase();
    const errors: FieldError[] = [];
    if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254)
      errors.push({ path: 'email', message: 'moet een geldig e-mailadres zijn' });
    errors.push(...passwordProblems(input.password));
    errors.push(...scopeProblems(input));
    if (errors.length > 0) throw new DomainValidationError(errors);
    const passwordHash = await hashPassword(input.password);
    const users = em.getRepository(AppUser);
    return users.save(
      users.create({
        email,
        passwordHash,
        role: input.role,
        municipalityId: input.role === 'admin' ? null : input.municipalityId,
        partyId: input.partyId ?? null,
        portfolioHolderId: input.portfolioHolderId ?? null,
        displayName: input.displayName?.trim() || email,
      }),
    );
  }

  /** The active web accounts of one role in a municipality, for mails to that office (reminders, intake notices). */
  staffOf(municipalityId: number, role: 'clerk' | 'executive'): Promise<AppUser[]> {
    return this.users.find({ where: { municipalityId, role, disabledAt: IsNull() }, order: { id: 'ASC' } });
  }

  findUserByEmail(email: string): Promise<AppUser | null> {
    return this.users.findOne({ where: { email: email.trim().toLowerCase() } });
  }

  /** Accounts, by municipality (the beheerder's first), role and e-mail address. */
  listUsers(filter: { municipalityId?: number } = {}): Promise<AppUser[]> {
    const query = this.users
      .createQueryBuilder('u')
      .orderBy('u.municipalityId', 'ASC', 'NULLS FIRST')
      .addOrderBy('u.role', 'ASC')
      .addOrderBy('u.email', 'ASC');
    if (filter.municipalityId !== undefined) query.where('u.municipalityId = :m', { m: filter.municipalityId });
    return query.getMany();
  }

  async findUser(id: number, em: EntityManager = this.dataSource.manager): Promise<AppUser> {
    // findOneBy({ id: undefined }) would answer the first row, not none.
    if (!Number.isInteger(id)) throw new NotFoundError('Dit account');
    const user = await em.getRepository(AppUser).findOneBy({ id });
    if (!user) throw new NotFoundError('Dit account');
    return user;
  }

  /**
   * Changes an account in the caller's transaction, with the version the caller read (409 when
   * stale). Disabling ends its sessions; its API tokens follow the new role and scope.
   */
  async updateUser(em: EntityManager, id: number, version: number, changes: AccountChanges): Promise<AppUser> {
    const user = await em.getRepository(AppUser).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new NotFoundError('Dit account');
    if (user.version !== version)
      throw new StaleVersionError(version, { id: user.id, email: user.email }, user.version);
    const next = { ...user };
    if (changes.displayName !== undefined) next.displayName = changes.displayName.trim() || user.email;
    if (changes.role !== undefined) next.role = changes.role;
    if (changes.municipalityId !== undefined) next.municipalityId = changes.municipalityId;
    if (changes.partyId !== undefined) next.partyId = changes.partyId;
    if (changes.portfolioHolderId !== undefined) next.portfolioHolderId = changes.portfolioHolderId;
    if (next.role === 'admin') next.municipalityId = null;
    if (next.role !== 'party') next.partyId = null;
    if (next.role !== 'executive') next.portfolioHolderId = null;
    const errors = scopeProblems(next);
    if (errors.length > 0) throw new DomainValidationError(errors);
    if (changes.disabled !== undefined) next.disabledAt = changes.disabled ? (user.disabledAt ?? new Date()) : null;
    const saved = await em.getRepository(AppUser).save(next);
    if (saved.disabledAt) await em.delete(WebSession, { userId: saved.id });
    await this.tokens.followAccount(em, saved);
    return saved;
  }

  /** Sets a new password and ends the account's sessions (all but `keepSessionId`). */
  async setPassword(em: EntityManager, userId: number, password: string, keepSessionId?: string): Promise<void> {
    if (!Number.isInteger(userId)) throw new NotFoundError('Dit account');
    const errors = passwordProblems(password);
    if (errors.length > 0) throw new DomainValidationError(errors);
    await em.update(AppUser, { id: userId }, { passwordHash: await hashPassword(password) });
    await em.query(`DELETE FROM web_session WHERE user_id = $1 AND id <> $2`, [userId, keepSessionId ?? '']);
  }

  /** The user's own password change: the current password first, then the new one twice (the page checks the repeat). */
  async changeOwnPassword(userId: number, current: string, next: string, sessionId: string): Promise<void> {
    const user = await this.findUser(userId);
    // A session left open is no way to guess the password: at most this many tries per window.
    if ((await countRequest(this.dataSource, `password-change:${userId}`, LOGIN_WINDOW_MS)) > LOGIN_MAX_FAILURES * 2) {
      throw new TooManyRequestsError(
        'Te veel pogingen om het wachtwoord te wijzigen. Probeer het over 15 minuten opnieuw.',
      );
    }
    if (!(await bcrypt.compare(current, user.passwordHash))) {
      throw new DomainValidationError([{ path: 'current', message: 'klopt niet' }]);
    }
    await this.dataSource.transaction((em) => this.setPassword(em, userId, next, sessionId));
  }

  /**
   * Checks the password unless the account+IP pair is over the limit; a failure counts, a
   * success clears the counter. The limit is checked before bcrypt, so a blocked pair costs nothing.
   */
  async login(email: string, password: string, ip: string, replacesSessionId: string | null): Promise<LoginResult> {
    const accountKey = email.trim().toLowerCase().slice(0, 254);
    const ipKey = ip.slice(0, 64);
    if (await this.isRateLimited(accountKey, ipKey)) return { ok: false, reason: 'rate-limited' };
    const delay = await this.loginDelay(accountKey);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const user = accountKey ? await this.findUserByEmail(accountKey) : null;
    // Compare against a dummy hash for unknown accounts, so timing does not reveal which e-mail exists.
    const hash = user?.passwordHash ?? dummyHash();
    const valid = await bcrypt.compare(password, hash);
    if (!user || !valid) {
      await this.recordFailure(accountKey, ipKey);
      return { ok: false, reason: 'invalid' };
    }
    await this.dataSource.query(`DELETE FROM login_attempt WHERE account_key = $1 AND ip = $2`, [accountKey, ipKey]);
    // Said only to whoever knows the password: the account exists, but is switched off.
    if (user.disabledAt) return { ok: false, reason: 'disabled' };
    await this.dataSource.query(`UPDATE app_user SET last_login_at = now() WHERE id = $1`, [user.id]);
    // A new session id at login: a session fixed by an attacker before login is worthless after it.
    if (replacesSessionId) await this.sessions.delete({ id: replacesSessionId });
    const session = await this.createSession(user.id);
    return { ok: true, user, session };
  }

  /** Over the limit for this account from this address, or for this address over all accounts. */
  private async isRateLimited(accountKey: string, ip: string): Promise<boolean> {
    const [row]: { pair: number; address: number }[] = await this.dataSource.query(
      `SELECT coalesce(max(failures) FILTER (WHERE account_key = $1), 0)::int AS pair,
              coalesce(sum(failures), 0)::int AS address
         FROM login_attempt
        WHERE ip = $2 AND window_started_at > now() - ($3::int * interval '1 millisecond')`,
      [accountKey, ip, LOGIN_WINDOW_MS],
    );
    return row.pair >= LOGIN_MAX_FAILURES || row.address >= LOGIN_MAX_FAILURES_PER_IP;
  }

  private async loginDelay(accountKey: string): Promise<number> {
    const [row]: { account: number; total: number }[] = await this.dataSource.query(
      `SELECT coalesce(sum(failures) FILTER (WHERE account_key = $1), 0)::int AS account,
              coalesce(sum(failures), 0)::int AS total
         FROM login_attempt
        WHERE window_started_at > now() - ($2::int * interval '1 millisecond')`,
      [accountKey, LOGIN_WINDOW_MS],
    );
    return loginDelayMs(row.account, row.total);
  }

  private async recordFailure(accountKey: string, ip: string): Promise<void> {
    // One statement, so concurrent failures on several instances all count.
    await this.dataSource.query(
      `INSERT INTO login_attempt (account_key, ip, failures, window_started_at) VALUES ($1, $2, 1, now())
       ON CONFLICT (account_key, ip) DO UPDATE SET
         failures = CASE WHEN login_attempt.window_started_at > now() - ($3::int * interval '1 millisecond')
                         THEN login_attempt.failures + 1 ELSE 1 END,
         window_started_at = CASE WHEN login_attempt.window_started_at > now() - ($3::int * interval '1 millisecond')
                         THEN login_attempt.window_started_at ELSE now() END`,
      [accountKey, ip, LOGIN_WINDOW_MS],
    );
  }

  /** A new session (a user's, or a visitor's for the CSRF token of the login form); returns the cookie value once. */
  async createSession(userId: number | null): Promise<{ cookie: string; info: SessionInfo }> {
    const cookie = randomBytes(32).toString('base64url');
    const id = sha256(cookie);
    const csrfToken = randomBytes(24).toString('base64url');
    await this.dataSource.query(
      `INSERT INTO web_session (id, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, now() + ($4::int * interval '1 millisecond'))`,
      [id, userId, csrfToken, SESSION_IDLE_MS],
    );
    const user = userId === null ? null : await this.users.findOne({ where: { id: userId } });
    return { cookie, info: { id, csrfToken, user } };
  }

  /** The live session of a cookie value, or null; extends its idle timeout when used. */
  async findSession(cookie: string | undefined): Promise<SessionInfo | null> {
    if (!cookie || cookie.length > 100) return null;
    const id = sha256(cookie);
    const rows: { id: string; csrf_token: string; user_id: number | null; refresh: boolean }[] =
      await this.dataSource.query(
        `SELECT id, csrf_token, user_id,
              expires_at < now() + ($2::int * interval '1 millisecond') AS refresh
         FROM web_session WHERE id = $1 AND expires_at > now()`,
        [id, SESSION_IDLE_MS / 2],
      );
    if (rows.length === 0) return null;
    const row = rows[0];
    if (row.refresh) {
      await this.dataSource.query(
        `UPDATE web_session SET expires_at = now() + ($2::int * interval '1 millisecond') WHERE id = $1`,
        [id, SESSION_IDLE_MS],
      );
    }
    const user = row.user_id === null ? null : await this.users.findOne({ where: { id: row.user_id } });
    if (row.user_id !== null && (!user || user.disabledAt)) return null;
    return { id: row.id, csrfToken: row.csrf_token, user };
  }

  async endSession(id: string): Promise<void> {
    await this.sessions.delete({ id });
  }

  /** Removes expired sessions, stale login counters and old password links (called now and then, not on every request). */
  async purgeExpired(): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
    await this.dataSource.query(
      `DELETE FROM login_attempt WHERE window_started_at < now() - ($1::int * interval '1 millisecond')`,
      [LOGIN_WINDOW_MS],
    );
    // A used or expired link is kept a day, so that clicking it again says "al gebruikt" or "verlopen".
    await this.dataSource.query(`DELETE FROM password_reset WHERE expires_at < now() - interval '1 day'`);
    await this.dataSource.query(`DELETE FROM request_throttle WHERE window_started_at < now() - interval '1 day'`);
  }
}

/** A role's required scope: a municipality for all but the beheerder, a party for a fractie account. */
function scopeProblems(input: {
  role: Exclude<Role, 'public'>;
  municipalityId: number | null;
  partyId?: number | null;
}) {
  const errors: FieldError[] = [];
  if (input.role !== 'admin' && input.municipalityId === null)
    errors.push({ path: 'municipality', message: 'is verplicht voor deze rol' });
  if (input.role === 'party' && !input.partyId)
    errors.push({ path: 'party', message: 'is verplicht voor een fractie' });
  return errors;
}
