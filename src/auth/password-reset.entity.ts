import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type PasswordLinkPurpose = 'reset' | 'invite';

/**
 * A link that lets a user set a password and logs them in: "wachtwoord vergeten", a reset sent
 * by the griffie, or the invitation of a new account. Only the SHA-256 of the secret is kept;
 * the link works once and until `expiresAt`.
 */
@Entity({ name: 'password_reset' })
export class PasswordReset {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('IDX_password_reset_user')
  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column({ type: 'varchar', length: 12 })
  purpose: PasswordLinkPurpose;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
