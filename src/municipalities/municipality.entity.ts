import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { AnswerTermUnit } from '../deadlines';

export type { AnswerTermUnit };

/** A gemeente: the tenant, with its own answer term and legal basis (Reglement van Orde). */
@Entity()
export class Municipality {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ unique: true })
  slug: string;

  @Column()
  name: string;

  /** RvO: the college answers within N days, weeks or werkdagen (VNG model: 30 days; Amersfoort: 20 days). */
  @Column({ type: 'int', default: 30 })
  answerTermAmount: number;

  @Column({ type: 'varchar', length: 12, default: 'days' })
  answerTermUnit: AnswerTermUnit;

  @Column({ default: 'artikel 40 RvO' })
  legalBasis: string;

  /** The college office gets a reminder this many days before a set's due date (and one when it passes). */
  @Column({ type: 'int', default: 5 })
  reminderDaysBefore: number;

  /** Where reminders go; null: the municipality's college (executive) web accounts. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  reminderEmail: string | null;

  /** Registered questions are public at once (answers stay under embargo until publication). */
  @Column({ default: true })
  questionsPublic: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
