import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
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
export class RemindersJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly reminders: RemindersService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!JobsService.enabled()) return;
    this.timer = setInterval(() => {
      this.reminders
        .run(this.clock.today())
        .catch((error: unknown) =>
          this.logger.error(`Taak herinneringen mislukt: ${error instanceof Error ? error.message : String(error)}`),
        );
    }, NOTICES_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
