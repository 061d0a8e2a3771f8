import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
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

  /** Every token expires (default a year after creation); an expired one answers 401. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /**
   * The web account the token belongs to (made on its own /account page); it follows the account's
   * role and stops working when the account is disabled. Null for tokens made by the CLI or for a service.
   */
  @Index('IDX_api_token_user')
  @Column({ type: 'int', nullable: true })
  userId: number | null;

  /** Who made it, for the token lists: an actor's label, or `opdrachtregel`. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  createdBy: string | null;
}
