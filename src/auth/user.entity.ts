import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Role } from './actor';

/** A web account: like an API token it has a role and a municipality; the password is stored as a bcrypt hash. */
@Entity({ name: 'app_user' })
export class AppUser {
  @PrimaryGeneratedColumn()
  id: number;

  /** Lower-cased; unique across the installation. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 100 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 12 })
  role: Exclude<Role, 'public'>;

  @Column({ type: 'int', nullable: true })
  municipalityId: number | null;

  @Column({ type: 'int', nullable: true })
  partyId: number | null;

  /** An executive account may name the portfolio holder (alderman) it works for. */
  @Column({ type: 'int', nullable: true })
  portfolioHolderId: number | null;

  @Column({ type: 'varchar' })
  displayName: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** A disabled account cannot log in; its sessions end and its API tokens answer 401. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;
}
