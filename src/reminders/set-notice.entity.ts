import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { QuestionSet } from '../questions/question-set.entity';

/** What a notice is about: the term ends in N days, the term has passed, a fractie submitted the set. */
export type SetNoticeKind = 'due_soon' | 'overdue' | 'submitted';

/**
 * One mail about one question set, claimed before it is sent: the unique key (set, kind, date)
 * makes every notice go out at most once, also with several instances and repeated runs.
 * `keyOn` is the due date the reminder is about (a postponement's new date gets new reminders),
 * or the received date of a submission.
 */
@Entity()
@Index('IDX_set_notice_key', ['questionSetId', 'kind', 'keyOn'], { unique: true })
@Index('IDX_set_notice_pending', ['id'], { where: 'sent_at IS NULL' })
export class SetNotice {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  questionSetId: number;

  @ManyToOne(() => QuestionSet, { onDelete: 'CASCADE' })
  questionSet: QuestionSet;

  @Column({ type: 'varchar', length: 12 })
  kind: SetNoticeKind;

  @Column({ type: 'date' })
  keyOn: string;

  /** The addresses it went to, for the griffie's questions later ("did the college get it?"). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sentTo: string[];

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
