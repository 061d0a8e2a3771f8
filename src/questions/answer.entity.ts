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
  VersionColumn,
} from 'typeorm';
import { Document } from '../documents/document.entity';
import { AnswerCorrection } from './answer-correction.entity';
import { Question } from './question.entity';
// The parent set is named by string and imported as a type: question-set imports this file, not the reverse.
import type { QuestionSet } from './question-set.entity';

/** The college's answer to one or more questions of a set. */
@Entity()
@Index(['questionSetId'])
export class Answer {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  questionSetId: number;

  @ManyToOne('QuestionSet', (set: QuestionSet) => set.answers, { onDelete: 'CASCADE' })
  questionSet: QuestionSet;

  @OneToMany(() => Question, (question) => question.answer)
  questions: Question[];

  @Column({ type: 'text' })
  text: string;

  /** Question numbers this answer points to (`Zie beantwoording op vraag 1b`). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  refersTo: string[];

  @Column({ type: 'int' })
  position: number;

  @OneToMany(() => AnswerCorrection, (correction) => correction.answer)
  corrections: AnswerCorrection[];

  @ManyToMany(() => Document)
  @JoinTable({ name: 'answer_document' })
  documents: Document[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
