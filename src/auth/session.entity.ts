import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A browser session, kept in PostgreSQL so that any instance behind the load balancer knows it.
 * The id is the SHA-256 of the cookie's random value: a leaked table does not yield cookies.
 * A session without user is a visitor's, only there to carry the CSRF token of the login form.
 */
@Entity({ name: 'web_session' })
export class WebSession {
  @PrimaryColumn({ type: 'char', length: 64 })
  id: string;

  @Index()
  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Column({ type: 'varchar', length: 64 })
  csrfToken: string;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
