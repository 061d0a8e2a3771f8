import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An uploaded document between the import preview and its confirmation. Kept in PostgreSQL
 * (not on local disk) so that the confirming request may reach another instance; bound to
 * the session that uploaded it and removed once confirmed or after a day.
 */
@Entity({ name: 'web_upload' })
export class StagedUpload {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'char', length: 64 })
  sessionId: string;

  @Column({ type: 'varchar', length: 255 })
  filename: string;

  @Column({ type: 'bytea' })
  bytes: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
