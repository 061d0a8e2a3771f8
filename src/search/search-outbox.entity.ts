import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A change that affects search, written in the same transaction as the change itself, so no
 * change is lost between the database and an external search engine.
 */
@Entity()
@Index(['processedAt', 'id'])
export class SearchOutbox {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column()
  questionSetId: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** What happened to the set (`created`, `question_set.published`, `reindex`, …), for the trail. */
  @Column({ type: 'varchar', length: 60, default: 'changed' })
  action: string;
}
