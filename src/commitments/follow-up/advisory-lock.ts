import { EntityManager } from 'typeorm';

/** Keys of the background jobs' PostgreSQL advisory locks: one instance runs each job at a time. */
export const JOB_LOCKS = {
  digest: 52_560_001,
  followNotifications: 52_560_002,
} as const;

/** Takes the transaction-scoped lock when free; false means another instance is running the job right now. */
export async function tryJobLock(em: EntityManager, key: number): Promise<boolean> {
  const rows: { locked: boolean }[] = await em.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [key]);
  return rows[0]?.locked === true;
}
