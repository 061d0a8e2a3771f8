import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Clock } from '../common/clock';
import { JobsService } from '../commitments/follow-up/jobs.service';
import { RemindersService } from './reminders.service';

/** Reminders become due at most once a day, intake notices any minute: one cheap run a minute does both. */
const NOTICES_EVERY_MS = 60_000;

/**
 * Runs the reminders beside the follow-up jobs (same switch: off in tests, which call
 * `RemindersService.run` with a fixed day, and with JOBS_DISABLED=1). Each run takes an advisory
 * lock, so every instance may run this.
 */
@Injectable()
export class RemindersJobs implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private timer: NodeJS.Timeout | null = null;
  /** The run in progress: the next does not start over it, and shutdown waits for it. */
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly reminders: RemindersService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!JobsService.enabled()) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.reminders
        .run(this.clock.today())
        .catch((error: unknown) =>
          this.logger.error(`Taak herinneringen mislukt: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(() => (this.running = null));
    }, NOTICES_EVERY_MS);
    this.timer.unref();
  }

  /** Shutdown: no new run; a running one (mails half sent) finishes while the connection pool is still open. */
  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
