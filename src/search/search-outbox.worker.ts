import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MeilisearchSearchEngine, isMeiliOutage, toMeiliDocument } from './meilisearch/meilisearch-search-engine';
import { SearchIndexer } from './search-indexer';

/** pg_advisory lock key of the outbox worker: one instance sends at a time. */
export const OUTBOX_LOCK_KEY = 7_720_240_001;
const BATCH_SIZE = 200;
const MAX_BACKOFF_SECONDS = 300;

export interface OutboxRunResult {
  /** False when another instance holds the lock. */
  locked: boolean;
  sent: number;
  failed: number;
}

/**
 * Sends outbox rows to Meilisearch: a batch is marked processed only after Meilisearch
 * confirmed the task, so an outage loses nothing; failures back off exponentially (2^attempts s,
 * at most 5 min). Documents are keyed by question id, so sending a set twice never duplicates.
 */
@Injectable()
export class SearchOutboxWorker implements OnModuleDestroy {
  private readonly logger = new Logger('SearchOutbox');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly indexer: SearchIndexer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Written inside the transaction that changed the set (QuestionSetHooks.setChanged). */
  async enqueue(em: EntityManager, questionSetId: number, action: string, meiliEnabled: boolean): Promise<void> {
    // Without Meilisearch nothing waits for the row; it is kept as processed for the trail.
    await em.query(
      `INSERT INTO search_outbox (question_set_id, action, processed_at) VALUES ($1, $2, ${meiliEnabled ? 'NULL' : 'now()'})`,
      [questionSetId, action.slice(0, 60)],
    );
  }

  start(engine: MeilisearchSearchEngine, intervalMs = 1_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runOnce(engine)
        .catch((error: unknown) =>
          this.logger.warn(`outbox: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(() => (this.running = null));
    }, intervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.running) await this.running;
  }

  /** Rows whose last send failed and that are still waiting: the index is behind. */
  async failing(): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM search_outbox WHERE processed_at IS NULL AND attempts > 0`,
    )) as { n: number }[];
    return row.n;
  }

  async backlog(): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM search_outbox WHERE processed_at IS NULL`,
    )) as { n: number }[];
    return row.n;
  }

  /** One batch under the advisory lock; rows stay pending (with backoff) when Meilisearch fails. */
  async runOnce(engine: MeilisearchSearchEngine): Promise<OutboxRunResult> {
    return this.dataSource.transaction(async (em) => {
      const [lock] = (await em.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [OUTBOX_LOCK_KEY])) as {
        locked: boolean;
      }[];
      if (!lock.locked) return { locked: false, sent: 0, failed: 0 };
      const rows = (await em.query(
        `SELECT id, question_set_id FROM search_outbox WHERE processed_at IS NULL AND available_at <= now()
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      )) as { id: string; question_set_id: number }[];
      if (rows.length === 0) {
        // Settings changes (an admin's new synonym) reach the server even when no set changed; cheap when unchanged.
        await engine
          .ensureSettings()
          .catch((error: unknown) =>
            this.logger.warn(
              `Meilisearch-instellingen niet bijgewerkt: ${error instanceof Error ? error.message : String(error)}`,
            ),
          );
        return { locked: true, sent: 0, failed: 0 };
      }
      const ids = rows.map((r) => r.id);
      const setIds = [...new Set(rows.map((r) => r.question_set_id))];
      try {
        // A server that lost or never got the settings would index into a half-configured index.
        await engine.ensureSettings();
        const documents = (await this.indexer.rowsOfSets(setIds, em)).map(toMeiliDocument);
        await engine.replaceSets(setIds, documents);
        await em.query(
          `UPDATE search_outbox SET processed_at = now(), last_error = NULL WHERE id = ANY($1::bigint[])`,
          [ids],
        );
        return { locked: true, sent: rows.length, failed: 0 };
      } catch (error) {
        // A refused task may mean the index lost its settings (a server restarted empty): check them next time.
        if (!isMeiliOutage(error)) engine.invalidateSettings();
        const message = error instanceof Error ? error.message : String(error);
        await em.query(
          `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2,
             available_at = now() + make_interval(secs => least($3, power(2, attempts + 1)))
           WHERE id = ANY($1::bigint[])`,
          [ids, message.slice(0, 2000), MAX_BACKOFF_SECONDS],
        );
        this.logger.warn(
          isMeiliOutage(error)
            ? `Meilisearch niet bereikbaar; ${rows.length} wijzigingen wachten (${message})`
            : `Meilisearch weigerde de wijzigingen; ${rows.length} wijzigingen wachten (${message})`,
        );
        return { locked: true, sent: 0, failed: rows.length };
      }
    });
  }

  /** Runs batches until nothing is due (tests, reindex). */
  async drain(engine: MeilisearchSearchEngine, maxBatches = 1_000): Promise<OutboxRunResult> {
    const total: OutboxRunResult = { locked: true, sent: 0, failed: 0 };
    for (let i = 0; i < maxBatches; i++) {
      const result = await this.runOnce(engine);
      total.locked = total.locked && result.locked;
      total.sent += result.sent;
      total.failed += result.failed;
      if (result.sent === 0) break;
    }
    return total;
  }

  get meiliUrl(): string | null {
    return this.config.meiliUrl;
  }
}
