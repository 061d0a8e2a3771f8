import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
// The parent is named by string and imported as a type: question-set imports this file, not the reverse.
import type { QuestionSet } from './question-set.entity';

/** Uitstelbericht: the answer will be late, with the reason and the new due date. */
@Entity()
@Index(['questionSetId'])
export class Postponement {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  questionSetId: number;

  @ManyToOne('QuestionSet', (set: QuestionSet) => set.postponements, { onDelete: 'CASCADE' })
  questionSet: QuestionSet;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'date' })
  sentOn: string;

  @Column({ type: 'date' })
  newDueOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
