import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What the import said about a stored set (issue 19): the parser's warnings, kept for the griffie
 * on the set's page until dismissed, and a hash of the parsed text, by which a later file with
 * the same text in other bytes (a re-saved PDF, a Word export of it) is recognised as a near-duplicate.
 */
@Entity({ name: 'import_report' })
export class ImportReport {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'int' })
  questionSetId: number;

  @Index()
  @Column({ type: 'int' })
  municipalityId: number;

  @Index()
  @Column({ type: 'char', length: 64 })
  textSha256: string;

  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  warnings: string[];

  @Column({ type: 'timestamptz', nullable: true })
  dismissedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
