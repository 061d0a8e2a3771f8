import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The original file an imported set was made from (issue 19): the bytes as uploaded, with the
 * filename, content type (from the extension, not from the browser) and SHA-256, so that anyone
 * who may see the set — and, when the file carries answers, its answers — can download what the
 * griffie received.
 */
@Entity({ name: 'import_source' })
export class ImportSource {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'int' })
  questionSetId: number;

  @Column({ type: 'varchar', length: 255 })
  filename: string;

  @Column({ type: 'varchar', length: 127 })
  contentType: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'int' })
  size: number;

  /** The file holds answers (the parser found some, or the set was stored with some): it follows the answers' embargo. */
  @Column({ type: 'boolean' })
  containsAnswers: boolean;

  @Column({ type: 'bytea', select: false })
  bytes: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
