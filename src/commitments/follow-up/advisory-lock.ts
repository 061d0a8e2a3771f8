import { DataSource, EntityManager } from 'typeorm';

/** Keys of the background jobs' PostgreSQL advisory locks: one instance runs each job at a time. */
export const JOB_LOCKS = {
  digest: 52_560_001,
  followNotifications: 52_560_002,
  sessionPurge: 52_560_003,
  setNotices: 52_560_004,
} as const;

/** Takes the transaction-scoped lock when free; false means another instance is running the job right now. */
export async function tryJobLock(em: EntityManager, key: number): Promise<boolean> {
  const rows: { locked: boolean }[] = await em.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [key]);
  return rows[0]?.locked === true;
}

/**
 * Runs a mail job under a session-scoped advisory lock on one dedicated connection, outside any
 * transaction: every statement the job runs through `em` commits at once. A job records each mail
 * as sent right after sending it, so an SMTP failure halfway re-sends only the mail that failed,
 * not the ones before it. Returns null (job not run) when another instance holds the lock.
 */
export async function withJobLock<T>(
  dataSource: DataSource,
  key: number,
  job: (em: EntityManager) => Promise<T>,
): Promise<T | null> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const rows: { locked: boolean }[] = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [key]);
    if (rows[0]?.locked !== true) return null;
    try {
      return await job(runner.manager);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await runner.release();
  }
}
