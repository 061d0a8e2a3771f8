import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';

/** A fractie: a party group in one municipality's council. */
@Entity()
@Index(['municipalityId', 'name'], { unique: true })
export class Party {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  municipalityId: number;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  municipality: Municipality;

  @Column()
  name: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
