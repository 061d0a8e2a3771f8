import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
// The parent is named by string and imported as a type: answer imports this file, not the reverse.
import type { Answer } from './answer.entity';

/** A correction of a published answer: the original text stays visible with its date. */
@Entity()
@Index(['answerId'])
export class AnswerCorrection {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  answerId: number;

  @ManyToOne('Answer', (answer: Answer) => answer.corrections, { onDelete: 'CASCADE' })
  answer: Answer;

  @Column({ type: 'text' })
  previousText: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'date' })
  correctedOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
