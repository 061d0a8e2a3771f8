import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import bcrypt from 'bcryptjs';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, LessThan, Repository } from 'typeorm';
import { DomainValidationError } from '../common/domain-errors';
import { Actor, Role } from './actor';
import { WebSession } from './session.entity';
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
  | { ok: false; reason: 'invalid' | 'rate-limited' };

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
  ) {}

  async createUser(input: CreateUserInput): Promise<AppUser> {
    const email = input.email.trim().toLowerCase();
    const errors = [];
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) errors.push({ path: 'email', message: 'moet een geldig e-mailadres zijn' });
    if (input.password.length < 10) errors.push({ path: 'password', message: 'moet minstens 10 tekens lang zijn' });
    if (input.role !== 'admin' && input.municipalityId === null)
      errors.push({ path: 'municipality', message: 'is verplicht voor deze rol' });
    if (input.role === 'party' && !input.partyId)
      errors.push({ path: 'party', message: 'is verplicht voor de rol party' });
    if (errors.length > 0) throw new DomainValidationError(errors);
    const passwordHash = await bcrypt.hash(input.password, BCRYPT_ROUNDS);
    return this.users.save(
      this.users.create({
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

  findUserByEmail(email: string): Promise<AppUser | null> {
    return this.users.findOne({ where: { email: email.trim().toLowerCase() } });
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
    if (row.user_id !== null && !user) return null;
    return { id: row.id, csrfToken: row.csrf_token, user };
  }

  async endSession(id: string): Promise<void> {
    await this.sessions.delete({ id });
  }

  /** Removes expired sessions and stale login counters (called now and then, not on every request). */
  async purgeExpired(): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
    await this.dataSource.query(
      `DELETE FROM login_attempt WHERE window_started_at < now() - ($1::int * interval '1 millisecond')`,
      [LOGIN_WINDOW_MS],
    );
  }
}
