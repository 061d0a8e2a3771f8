import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what, when, with the state before and after: the history of every change. */
@Entity()
@Index(['questionSetId', 'at'])
@Index(['entityType', 'entityId'])
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** A readable label of the actor: `token #3 (clerk, amersfoort)`, `j.jansen@amersfoort.nl`, `system`. */
  @Column()
  actor: string;

  @Column({ type: 'varchar', length: 12 })
  actorRole: string;

  @Column({ type: 'int', nullable: true })
  municipalityId: number | null;

  @Column({ type: 'int', nullable: true })
  questionSetId: number | null;

  @Column({ type: 'varchar', length: 40 })
  entityType: string;

  @Column({ type: 'text' })
  entityId: string;

  /** What the user did: `question_set.registered`, `answers.recorded`, `commitment.confirmed`. */
  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;
}
