import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Requests counted per key within a window ("wachtwoord vergeten" per address, per IP address and
 * in total), in PostgreSQL so that every instance counts the same requests.
 */
@Entity({ name: 'request_throttle' })
export class RequestThrottle {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  @Column({ type: 'int', default: 0 })
  count: number;

  @Column({ type: 'timestamptz' })
  windowStartedAt: Date;
}
