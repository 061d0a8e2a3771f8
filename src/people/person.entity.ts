import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { Party } from './party.entity';

export type PersonRole = 'councillor' | 'alderman' | 'mayor';
export const PERSON_ROLES: PersonRole[] = ['councillor', 'alderman', 'mayor'];

/** A raadslid, wethouder or burgemeester of one municipality. */
@Entity()
@Index(['municipalityId', 'name'], { unique: true })
export class Person {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  municipalityId: number;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  municipality: Municipality;

  /** Printed name without titles, initials and prefixes kept: `J. de Vries`, `Paffen-Zeenni`. */
  @Column()
  name: string;

  @Column({ type: 'varchar', length: 12 })
  role: PersonRole;

  @Column({ type: 'int', nullable: true })
  partyId: number | null;

  @ManyToOne(() => Party, { onDelete: 'SET NULL', nullable: true })
  party: Party | null;

  /** For aldermen: the portfolio (portefeuille), free text. */
  @Column({ type: 'text', nullable: true })
  portfolio: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
