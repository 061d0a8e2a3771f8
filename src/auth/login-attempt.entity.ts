import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed logins per account and IP address within a window, in PostgreSQL so that every
 * instance counts the same failures (a counter in process memory would multiply the limit).
 */
@Entity({ name: 'login_attempt' })
export class LoginAttempt {
  /** Lower-cased e-mail address as typed (also for unknown accounts, so probing is limited too). */
  @PrimaryColumn({ type: 'varchar', length: 254 })
  accountKey: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  ip: string;

  @Column({ type: 'int', default: 0 })
  failures: number;

  @Column({ type: 'timestamptz' })
  windowStartedAt: Date;
}
