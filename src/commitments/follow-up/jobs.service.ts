import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountsService } from '../../auth/accounts.service';
import { Clock } from '../../common/clock';
import { JOB_LOCKS, withJobLock } from './advisory-lock';
import { DigestService } from './digest.service';
import { FollowsService } from './follows.service';

const NOTIFICATIONS_EVERY_MS = 60_000;
const DIGEST_CHECK_EVERY_MS = 60 * 60_000;
const SESSION_PURGE_EVERY_MS = 60 * 60_000;
/** ISO weekday the digest goes out: Monday, the start of the council's working week. */
const DIGEST_WEEKDAY = 1;

/**
 * Runs the follow-up jobs inside the app. Each job takes an advisory lock, so several instances
 * may all run this. Off in tests (they call the jobs directly) and with JOBS_DISABLED=1.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly timers: NodeJS.Timeout[] = [];
  /** Runs in progress, by job name: a job does not start again while its last run goes on, and shutdown waits for them. */
  private readonly running = new Map<string, Promise<unknown>>();

  constructor(
    private readonly digest: DigestService,
    private readonly follows: FollowsService,
    private readonly clock: Clock,
    private readonly accounts: AccountsService,
    private readonly dataSource: DataSource,
  ) {}

  static enabled(env: NodeJS.ProcessEnv = process.env): boolean {
    return env.NODE_ENV !== 'test' && env.JOBS_DISABLED !== '1';
  }

  onApplicationBootstrap(): void {
    if (!JobsService.enabled()) return;
    this.every(NOTIFICATIONS_EVERY_MS, 'volgberichten', () => this.follows.sendPendingNotifications());
    this.every(DIGEST_CHECK_EVERY_MS, 'weekoverzicht', async () => {
      const today = this.clock.today();
      if (new Date(`${today}T12:00:00Z`).getUTCDay() === DIGEST_WEEKDAY) await this.digest.runDigest(today);
    });
    this.every(SESSION_PURGE_EVERY_MS, 'sessies opruimen', () => this.purgeSessions());
  }

  /**
   * Removes expired sessions, stale login counters and ended follow-request windows. One instance at a time (advisory lock):
   * the others skip this round. Returns false when another instance held the lock.
   */
  async purgeSessions(): Promise<boolean> {
    const ran = await withJobLock(this.dataSource, JOB_LOCKS.sessionPurge, async () => {
      await this.accounts.purgeExpired();
      await this.follows.purgeRequestCounters();
      return true;
    });
    return ran === true;
  }

  private every(ms: number, name: string, job: () => Promise<unknown>): void {
    const timer = setInterval(() => {
      if (this.running.has(name)) return;
      const run = job()
        .catch((error: unknown) =>
          this.logger.error(`Taak ${name} mislukt: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(() => this.running.delete(name));
      this.running.set(name, run);
    }, ms);
    // The jobs never keep the process alive on their own.
    timer.unref();
    this.timers.push(timer);
  }

  /**
   * Shutdown: no new runs, and the running ones (a batch of follow mails, a digest) finish while
   * the connection pool is still open (TypeORM closes it in the later shutdown hook).
   */
  async onModuleDestroy(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers.length = 0;
    await Promise.all(this.running.values());
  }
}
