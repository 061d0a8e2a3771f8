import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
// Parents are named by string and imported as types: question-set and answer import this file, not the reverse.
import type { Answer } from './answer.entity';
import type { QuestionSet } from './question-set.entity';

/** One numbered (sub)question, number normalised: `1`, `1a`, `3b`. */
@Entity()
@Index(['questionSetId', 'number'], { unique: true })
export class Question {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  questionSetId: number;

  @ManyToOne('QuestionSet', (set: QuestionSet) => set.questions, { onDelete: 'CASCADE' })
  questionSet: QuestionSet;

  @Column({ type: 'varchar', length: 12 })
  number: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'int' })
  position: number;

  /** The answer that covers this question; a question is in at most one answer. */
  @Index()
  @Column({ type: 'int', nullable: true })
  answerId: number | null;

  @ManyToOne('Answer', (answer: Answer) => answer.questions, { onDelete: 'SET NULL', nullable: true })
  answer: Answer | null;
}
