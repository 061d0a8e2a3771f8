import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Precision, Relation } from '../deadlines';
import { Document } from '../documents/document.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { Party } from '../people/party.entity';
import { Person } from '../people/person.entity';
import { QuestionSet } from '../questions/question-set.entity';

/** docs/domain.md: proposed → open → fulfilled | partially_fulfilled | withdrawn | not_kept; proposed → dismissed. */
export type CommitmentStatus =
  'proposed' | 'open' | 'fulfilled' | 'partially_fulfilled' | 'withdrawn' | 'not_kept' | 'dismissed';
export const COMMITMENT_STATUSES: CommitmentStatus[] = [
  'proposed',
  'open',
  'fulfilled',
  'partially_fulfilled',
  'withdrawn',
  'not_kept',
  'dismissed',
];
/** Statuses only the griffie and the college see (work in progress). */
export const UNCONFIRMED_STATUSES: CommitmentStatus[] = ['proposed', 'dismissed'];

export type CommitmentSource = 'proposal' | 'manual' | 'meeting';

/** Their Dutch labels: COMMITMENT_STATUS_LABELS in status-labels.ts. */

/** A toezegging: a promise of the college with its fuzzy time phrase, followed until kept. */
@Entity()
@Index(['municipalityId', 'status', 'deadline'])
export class Commitment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  municipalityId: number;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  municipality: Municipality;

  /** The set whose answer holds the promise; null for a commitment made in a meeting. */
  @Column({ type: 'int', nullable: true })
  questionSetId: number | null;

  @ManyToOne(() => QuestionSet, { onDelete: 'CASCADE', nullable: true })
  questionSet: QuestionSet | null;

  /** For a commitment made in a meeting: the meeting as the minutes name it (`Commissie Ruimte`). */
  @Column({ type: 'text', nullable: true })
  meetingName: string | null;

  @Column({ type: 'date', nullable: true })
  meetingDate: string | null;

  /** The answer the sentence stands in; null for the college's introduction or manual entries. */
  @Column({ type: 'int', nullable: true })
  answerId: number | null;

  /** Numbers of the questions it answers; [] for the introduction. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  questions: string[];

  @Column({ type: 'text' })
  sentence: string;

  /** SHA-256 of the normalised sentence as first proposed: the key that keeps re-recording from proposing it again. */
  @Column({ type: 'char', length: 64, nullable: true })
  sourceHash: string | null;

  /** The words as they stand: `rond april 2025`; null when none was found. */
  @Column({ type: 'text', nullable: true })
  phrase: string | null;

  @Column({ type: 'date', nullable: true })
  periodStart: string | null;

  @Column({ type: 'date', nullable: true })
  periodEnd: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  precision: Precision | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  relation: Relation | null;

  @Column({ default: false })
  approximate: boolean;

  /** From the engine; null when the phrase does not resolve ("geen termijn"). */
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  /** The answer's date the phrase resolved against. */
  @Column({ type: 'date' })
  referenceDate: string;

  @Column({ type: 'int', nullable: true })
  portfolioHolderId: number | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL', nullable: true })
  portfolioHolder: Person | null;

  /** The party the promise was made to (the submitting fractie). */
  @Column({ type: 'int', nullable: true })
  partyId: number | null;

  @ManyToOne(() => Party, { onDelete: 'SET NULL', nullable: true })
  party: Party | null;

  @Column({ type: 'varchar', length: 20 })
  status: CommitmentStatus;

  @Column({ type: 'date', nullable: true })
  statusChangedOn: string | null;

  @Column({ type: 'int', nullable: true })
  fulfilledByDocumentId: number | null;

  @ManyToOne(() => Document, { onDelete: 'SET NULL', nullable: true })
  fulfilledByDocument: Document | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /**
   * `proposal` (found in an answer), `manual` (entered by the griffie for a set) or `meeting` (made in
   * a meeting, entered by the griffie; no set).
   */
  @Column({ type: 'varchar', length: 10 })
  source: CommitmentSource;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
