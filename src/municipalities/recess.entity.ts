import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from './municipality.entity';

/**
 * A recess (zomerreces, kerstreces …) of one municipality's council: the answer term pauses
 * from `startsOn` to `endsOn`, both included. Set by the griffie per year.
 */
@Entity()
@Index(['municipalityId', 'startsOn'])
@Check('CHK_recess_dates', '"ends_on" >= "starts_on"')
export class Recess {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  municipalityId: number;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  municipality: Municipality;

  /** As the council calls it: `zomerreces 2025`. */
  @Column()
  name: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
