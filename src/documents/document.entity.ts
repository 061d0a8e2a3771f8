import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import type { DocumentKind } from '../parsing/types';

// One list of document kinds for the parser and the database (the parser is pure, so it owns it).
export { DOCUMENT_KINDS, type DocumentKind } from '../parsing/types';

/**
 * A document questions and answers refer to (motie, RIB, beleidsnota, verordening, web page),
 * stored once per municipality: by kind and reference, else by kind and normalised title, else
 * by URL (partial unique indexes in the migration).
 */
@Entity()
@Index(['municipalityId', 'kind', 'reference'], { unique: true, where: 'reference IS NOT NULL' })
@Index(['municipalityId', 'kind', 'titleKey'], { unique: true, where: 'reference IS NULL AND title_key IS NOT NULL' })
@Index(['municipalityId', 'url'], {
  unique: true,
  where: 'reference IS NULL AND title_key IS NULL AND url IS NOT NULL',
})
export class Document {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  municipalityId: number;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  municipality: Municipality;

  @Column({ type: 'varchar', length: 20 })
  kind: DocumentKind;

  /** As printed, never corrected silently: `2018-115M`, `2024-085`, `CVDR699462`. */
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  /** Lower-case title with accents and punctuation folded: the key for documents without a reference. */
  @Column({ type: 'text', nullable: true })
  titleKey: string | null;

  @Column({ type: 'date', nullable: true })
  date: string | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
