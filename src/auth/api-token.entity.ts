import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from './actor';

/** An API token: only the SHA-256 of the secret is stored; the secret is printed once. */
@Entity()
export class ApiToken {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column()
  label: string;

  @Column({ type: 'varchar', length: 12 })
  role: Role;

  @Column({ type: 'int', nullable: true })
  municipalityId: number | null;

  @Column({ type: 'int', nullable: true })
  partyId: number | null;

  /** An executive token may name the portfolio holder (alderman) it works for. */
  @Column({ type: 'int', nullable: true })
  portfolioHolderId: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
