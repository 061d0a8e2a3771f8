import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { DomainValidationError } from '../common/domain-errors';
import { APP_CONFIG, AppConfig } from '../config/config';
import { formatDutchDate, todayInAmsterdam } from '../deadlines';
import { MailTemplates } from '../mail/mail-templates';
import { MailService } from '../mail/mail.service';
import { AccountsService, passwordProblems, SessionInfo } from './accounts.service';
import { ACCOUNT_ROLE_LABELS } from './account-permissions';
import { PasswordLinkPurpose } from './password-reset.entity';
import { countRequest } from './request-throttle';
import { hashToken } from './tokens.service';
import { AppUser } from './user.entity';

/** A "wachtwoord vergeten" link works for an hour; an invitation for a new account three days. */
export const LINK_LIFETIME_MS: Record<PasswordLinkPurpose, number> = {
  reset: 60 * 60_000,
  invite: 3 * 24 * 60 * 60_000,
};
export const RESET_WINDOW_MS = 60 * 60_000;
/** "Wachtwoord vergeten" per hour: per address (more mails to one inbox are dropped silently), per IP address and in total (429). */
export const RESET_REQUESTS_PER_ADDRESS = 3;
export const RESET_REQUESTS_PER_IP = 10;
export const RESET_REQUESTS_TOTAL = 300;

export type LinkState = 'valid' | 'used' | 'expired' | 'unknown' | 'disabled';

/** What the link page says when a link no longer works. */
export const LINK_STATE_MESSAGES: Record<Exclude<LinkState, 'valid'>, string> = {
  used: 'Deze link is al gebruikt. Een link om een wachtwoord te kiezen werkt maar één keer. Vraag hieronder een nieuwe aan.',
  expired: 'Deze link is verlopen. Vraag hieronder een nieuwe aan.',
  unknown:
    'Deze link is ongeldig. Controleer of u de hele link uit de e-mail heeft gebruikt, of vraag hieronder een nieuwe aan.',
  disabled: 'Dit account is uitgeschakeld. Neem contact op met de griffie.',
};

export type CompletedReset =
  | { ok: true; user: AppUser; session: { cookie: string; info: SessionInfo } }
  | { ok: false; state: Exclude<LinkState, 'valid'> };

/**
 * Links that let a user choose a password and log in once: "wachtwoord vergeten", a reset the
 * griffie sends, and the invitation of a new account. The secret is mailed; only its SHA-256 is
 * kept. Opening the link changes nothing (mail scanners open links); only choosing a password
 * uses it, in one UPDATE, so a second use fails even when two arrive at once.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger('Wachtwoord');
  private readonly templates = new MailTemplates();

  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * "Wachtwoord vergeten": mails a link when the address has an enabled account. The answer is
   * the same either way, and the mail is sent after answering, so neither the words nor the time
   * tell whether the account exists. `throttled` only for too many requests from one address or in total.
   */
  async requestReset(email: string, ip: string): Promise<'accepted' | 'throttled'> {
    const address = email.trim().toLowerCase().slice(0, 254);
    const perIp = await countRequest(this.dataSource, `reset:ip:${ip.slice(0, 64)}`, RESET_WINDOW_MS);
    const total = await countRequest(this.dataSource, 'reset:all', RESET_WINDOW_MS);
    if (perIp > RESET_REQUESTS_PER_IP || total > RESET_REQUESTS_TOTAL) return 'throttled';
    const perAddress = await countRequest(this.dataSource, `reset:address:${address}`, RESET_WINDOW_MS);
    if (perAddress > RESET_REQUESTS_PER_ADDRESS || !address) return 'accepted';
    void this.accounts
      .findUserByEmail(address)
      .then((user) => (user && !user.disabledAt ? this.sendLink(user, 'reset') : undefined))
      .catch((error: unknown) => this.logger.error(`Herstelmail niet verstuurd: ${String(error)}`));
    return 'accepted';
  }

  /**
   * Mails a new link to the account (a reset by the griffie, or the invitation of a new account);
   * earlier unused links of the account stop working. In `em` when given (the account's creation).
   */
  async sendLink(
    user: AppUser,
    purpose: PasswordLinkPurpose,
    em: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const secret = randomBytes(32).toString('base64url');
    await em.query(
      `UPDATE password_reset SET expires_at = now() WHERE user_id = $1 AND used_at IS NULL AND expires_at > now()`,
      [user.id],
    );
    const [row]: { day: string; time: string }[] = await em.query(
      `INSERT INTO password_reset (user_id, token_hash, purpose, expires_at)
       VALUES ($1, $2, $3, now() + ($4::int * interval '1 millisecond'))
       RETURNING to_char(expires_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS day,
                 to_char(expires_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS time`,
      [user.id, hashToken(secret), purpose, LINK_LIFETIME_MS[purpose]],
    );
    const link = `${this.config.publicUrl}/wachtwoord-kiezen?token=${encodeURIComponent(secret)}`;
    const rendered = this.templates.render(
      purpose === 'invite' ? 'account-invite' : 'password-reset',
      purpose === 'invite' ? 'Uw account bij Raadsvragen' : 'Een nieuw wachtwoord voor Raadsvragen',
      {
        name: user.displayName,
        email: user.email,
        roleLabel: ACCOUNT_ROLE_LABELS[user.role],
        link,
        loginUrl: `${this.config.publicUrl}/inloggen`,
        validUntil: `${row.time} op ${formatDutchDate(row.day)}`,
      },
      todayInAmsterdam(),
    );
    await this.mail.send({ to: user.email, ...rendered });
  }

  /** Whether a link still works, without using it (the page with the password form). */
  async checkLink(secret: string): Promise<{ state: LinkState; email: string | null }> {
    if (!secret || secret.length > 100) return { state: 'unknown', email: null };
    const rows: { used: boolean; expired: boolean; disabled: boolean; email: string }[] = await this.dataSource.query(
      `SELECT r.used_at IS NOT NULL AS used, r.expires_at <= now() AS expired, u.disabled_at IS NOT NULL AS disabled, u.email
         FROM password_reset r JOIN app_user u ON u.id = r.user_id WHERE r.token_hash = $1`,
      [hashToken(secret)],
    );
    const row = rows[0];
    if (!row) return { state: 'unknown', email: null };
    const state: LinkState = row.used ? 'used' : row.expired ? 'expired' : row.disabled ? 'disabled' : 'valid';
    return { state, email: row.email };
  }

  /**
   * Uses the link: sets the password, ends every other session of the account, clears its login
   * failures and logs the user in with a new session (replacing the visitor's).
   */
  async completeReset(secret: string, password: string, replacesSessionId: string | null): Promise<CompletedReset> {
    const before = await this.checkLink(secret);
    if (before.state !== 'valid') return { ok: false, state: before.state };
    const problems = passwordProblems(password);
    if (problems.length > 0) throw new DomainValidationError(problems);
    const used = await this.dataSource.transaction(async (em) => {
      // A CTE, so that the driver hands back the returned rows (for a bare UPDATE it answers [rows, count]).
      const rows: { user_id: number }[] = await em.query(
        `WITH used AS (
           UPDATE password_reset r SET used_at = now()
             FROM app_user u
            WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > now()
              AND u.id = r.user_id AND u.disabled_at IS NULL
            RETURNING r.user_id)
         SELECT user_id FROM used`,
        [hashToken(secret)],
      );
      if (rows.length === 0) return null;
      const userId = rows[0].user_id;
      await this.accounts.setPassword(em, userId, password);
      const user = await this.accounts.findUser(userId, em);
      await em.query(`DELETE FROM login_attempt WHERE account_key = $1`, [user.email]);
      await em.query(`UPDATE app_user SET last_login_at = now() WHERE id = $1`, [userId]);
      return user;
    });
    if (!used) {
      const { state } = await this.checkLink(secret);
      return { ok: false, state: state === 'valid' ? 'unknown' : state };
    }
    if (replacesSessionId) await this.accounts.endSession(replacesSessionId);
    const session = await this.accounts.createSession(used.id);
    return { ok: true, user: used, session };
  }
}
