import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../../auth/actor';

/** A secret calendar URL; it shows what its creator could see (stored as a snapshot of the creator's rights). */
@Entity()
export class IcalFeed {
  @PrimaryGeneratedColumn()
  id: number;

  /** SHA-256 of the secret in the URL; the secret itself is shown once. */
  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column()
  municipalityId: number;

  @Column({ type: 'int', nullable: true })
  portfolioHolderId: number | null;

  @Column()
  creatorLabel: string;

  @Column({ type: 'varchar', length: 12 })
  creatorRole: Role;

  @Column({ type: 'int', nullable: true })
  creatorMunicipalityId: number | null;

  @Column({ type: 'int', nullable: true })
  creatorPartyId: number | null;

  @Column({ type: 'int', nullable: true })
  creatorPortfolioHolderId: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

/** A weekly digest for one role in one municipality (independent of the web accounts). */
@Entity()
export class NotificationSubscription {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column()
  municipalityId: number;

  /** Whose view the digest shows: clerk, executive, party or public. */
  @Column({ type: 'varchar', length: 12 })
  role: Role;

  @Column({ type: 'int', nullable: true })
  portfolioHolderId: number | null;

  @Column({ type: 'int', nullable: true })
  partyId: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'varchar', length: 64, unique: true })
  unsubscribeToken: string;

  /** The day the last digest went out: a second run on the same day (or a second instance) sends nothing. */
  @Column({ type: 'date', nullable: true })
  lastDigestOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Someone following one question set by e-mail (double opt-in). */
@Entity()
export class QuestionSetFollow {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  questionSetId: number;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  /** The rights of whoever asked to follow: a mail never shows more than they could see. */
  @Column({ type: 'varchar', length: 12 })
  viewerRole: Role;

  @Column({ type: 'int', nullable: true })
  viewerMunicipalityId: number | null;

  @Column({ type: 'int', nullable: true })
  viewerPartyId: number | null;

  @Column({ type: 'char', length: 64, unique: true })
  confirmTokenHash: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  unsubscribeToken: string;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  /** When the last confirmation link went out: another is sent only some minutes later. */
  @Column({ type: 'timestamptz' })
  confirmSentAt: Date;

  /**
   * The last queued notice (FollowNotification id) this follower was mailed about, committed
   * right after the mail: a job that fails halfway re-sends only to those not mailed yet.
   */
  @Column({ type: 'bigint', nullable: true })
  notifiedThroughId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Queue of changes to followed sets, written in the transaction of the change; a job mails them. */
@Entity()
export class FollowNotification {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column()
  questionSetId: number;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'int', nullable: true })
  commitmentId: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}

/**
 * Follow requests from one IP address in the current window (FollowsService): in PostgreSQL, so
 * that every instance counts the same requests (a counter in process memory would multiply the limit).
 */
@Entity({ name: 'follow_request_limit' })
export class FollowRequestLimit {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  ip: string;

  @Column({ type: 'int', default: 0 })
  requests: number;

  @Column({ type: 'timestamptz' })
  windowStartedAt: Date;
}
