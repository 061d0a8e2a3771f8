import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinTable,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Document } from '../documents/document.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { Party } from '../people/party.entity';
import { Person } from '../people/person.entity';
import { Answer } from './answer.entity';
import { Postponement } from './postponement.entity';
import { Question } from './question.entity';

/** A fractie's submission waits for the griffie (`pending`) until it registers it (`accepted`). */
export type IntakeStatus = 'pending' | 'accepted';

export type QuestionSetStatus = 'draft' | 'registered' | 'postponed' | 'answered' | 'published' | 'withdrawn';
export const QUESTION_SET_STATUSES: QuestionSetStatus[] = [
  'draft',
  'registered',
  'postponed',
  'answered',
  'published',
  'withdrawn',
];

/** Schriftelijke vragen: one submission with numbered questions, its answers and its lifecycle. */
@Entity()
@Index(['municipalityId', 'reference'], { unique: true, where: 'reference IS NOT NULL' })
@Index(['municipalityId', 'sourceSha256'], { unique: true, where: 'source_sha256 IS NOT NULL' })
@Index('IDX_question_set_source_url', ['municipalityId', 'sourceUrl'], {
  unique: true,
  where: 'source_url IS NOT NULL',
})
@Index(['municipalityId', 'status', 'dueOn'])
@Index('IDX_question_set_intake_pending', ['municipalityId'], { where: "intake_status = 'pending'" })
@Index(['partyId'])
@Index(['portfolioHolderId'])
export class QuestionSet {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  municipalityId: number;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  municipality: Municipality;

  /** The griffie's registration number, unique per municipality. */
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Column()
  subject: string;

  @Column()
  legalBasis: string;

  @Column({ type: 'int', nullable: true })
  partyId: number | null;

  @ManyToOne(() => Party, { onDelete: 'SET NULL', nullable: true })
  party: Party | null;

  @ManyToMany(() => Person)
  @JoinTable({ name: 'question_set_submitter' })
  submitters: Person[];

  /** The submitters' person ids in the order entered, first signer first (the join table has no order). */
  @Column({ type: 'int', array: true, default: () => "'{}'" })
  submitterOrder: number[];

  @Column({ type: 'int', nullable: true })
  portfolioHolderId: number | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL', nullable: true })
  portfolioHolder: Person | null;

  /** Toelichting door de fractie. */
  @Column({ type: 'text', nullable: true })
  explanation: string | null;

  /** Inleiding door het college, before the answers. */
  @Column({ type: 'text', nullable: true })
  introduction: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: QuestionSetStatus;

  @Column({ type: 'date', nullable: true })
  receivedOn: string | null;

  /** receivedOn + the municipality's term, or the latest postponement's new date; stored so lists can filter. */
  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  /** How dueOn was computed, in Dutch: "20 dagen na ontvangst op 1 oktober 2024", or the postponement. */
  @Column({ type: 'text', nullable: true })
  dueExplanation: string | null;

  @Column({ type: 'date', nullable: true })
  answeredOn: string | null;

  @Column({ type: 'date', nullable: true })
  publishedOn: string | null;

  @Column({ type: 'date', nullable: true })
  withdrawnOn: string | null;

  /** Set when a fractie submits its draft: the griffie's intake (/beheer/intake) takes it in. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  intakeStatus: IntakeStatus | null;

  /** The griffie's note when it sent a submission back to the fractie as a draft. */
  @Column({ type: 'text', nullable: true })
  intakeNote: string | null;

  /** Why the clerk closed the set with questions left unanswered. */
  @Column({ type: 'text', nullable: true })
  closedReason: string | null;

  /** SHA-256 of the imported file: importing the same document twice returns this set. */
  @Column({ type: 'char', length: 64, nullable: true })
  sourceSha256: string | null;

  /** Where a harvested set came from (an OParl Paper's id): a second harvest finds it and adds nothing. */
  @Column({ type: 'text', nullable: true })
  sourceUrl: string | null;

  @OneToMany(() => Question, (question) => question.questionSet, { cascade: ['insert'] })
  questions: Question[];

  @OneToMany(() => Answer, (answer) => answer.questionSet)
  answers: Answer[];

  @OneToMany(() => Postponement, (postponement) => postponement.questionSet)
  postponements: Postponement[];

  @ManyToMany(() => Document)
  @JoinTable({ name: 'question_set_document' })
  documents: Document[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
