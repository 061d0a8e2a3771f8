import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { SearchHealth, SearchHealthReport } from './search-health';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { CommitmentStatusChanged } from '../commitments/commitment.events';
import { DomainEvents } from '../common/domain-events';
import { QuestionSetChanged } from '../questions/question-set.events';
import { SearchQueryDto, SimilarQuestionsDto } from './dto/search.dto';
import {
  MeilisearchSearchEngine,
  isMeiliOutage,
  meiliErrorCode,
  toMeiliDocument,
} from './meilisearch/meilisearch-search-engine';
import { PostgresSearchEngine } from './postgres/postgres-search-engine';
import { EngineName, QueryInterpretation, SearchHit, SearchQuery, SearchResult } from './search-engine';
import { SearchIndexer } from './search-indexer';
import { SearchOutboxWorker } from './search-outbox.worker';
import { ThesaurusService } from './thesaurus/thesaurus.service';

export interface SearchResponse extends SearchResult {
  limit: number;
  offset: number;
  relaxed: boolean;
  interpreted: QueryInterpretation | null;
  didYouMean: string | null;
  suggestion: string | null;
}

export interface SimilarResponse {
  items: SearchHit[];
  engine: EngineName;
  degraded: boolean;
}

/** How long a failed Meilisearch call sends searches straight to PostgreSQL before trying again. */
const RETRY_MEILI_AFTER_MS = 10_000;

/**
 * Search for the API and the /zoeken page: Meilisearch when MEILI_URL is set and reachable,
 * PostgreSQL otherwise (then `degraded: true` if Meilisearch was meant to answer).
 */
@Injectable()
export class SearchService extends SearchHealth implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Search');
  readonly meili: MeilisearchSearchEngine | null;
  private meiliDownSince: number | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly municipalities: MunicipalitiesService,
    private readonly postgres: PostgresSearchEngine,
    private readonly indexer: SearchIndexer,
    private readonly outbox: SearchOutboxWorker,
    thesaurus: ThesaurusService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super();
    this.meili = config.meiliUrl
      ? new MeilisearchSearchEngine(config.meiliUrl, config.meiliApiKey, undefined, config.meiliSearchApiKey)
      : null;
    if (this.meili) {
      this.meili.questionsPublicMunicipalities = () => this.municipalities.questionsPublicIds();
      // The same thesaurus as the PostgreSQL engine, pushed as Meilisearch synonyms by the worker.
      this.meili.synonymsSource = async () => ({
        revision: (await thesaurus.entries()).revision,
        synonyms: await thesaurus.meilisearchSynonyms(),
      });
    }
  }

  onModuleInit(): void {
    // Same transaction as the change: the PostgreSQL rows are current when it commits, and the
    // outbox row guarantees Meilisearch gets the change even if it is down right now.
    this.events.on(QuestionSetChanged, 'search', (event, em) => this.refreshSets(em, [event.set.id], event.action));
    // The filter openCommitments is stored with the set's search rows: a commitment's status change
    // refreshes them in its transaction, so search never disagrees with the register after a commit.
    this.events.on(CommitmentStatusChanged, 'search', async (event, em) => {
      if (event.from !== event.to && event.questionSetId !== null)
        await this.refreshSets(em, [event.questionSetId], event.action);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.meili || process.env.SEARCH_OUTBOX_WORKER === 'off') return;
    try {
      await this.meili.ensureSettings();
    } catch (error) {
      // The worker ensures them again before every send; nothing is indexed without them.
      this.meiliFailed(error);
    }
    this.outbox.start(this.meili);
  }

  /** Re-indexes sets in the caller's transaction and queues them for Meilisearch (also `reindex`). */
  async refreshSets(em: EntityManager, setIds: number[], action = 'refreshed'): Promise<void> {
    await this.indexer.indexSets(em, setIds);
    for (const id of setIds) await this.outbox.enqueue(em, id, action, this.meili !== null);
  }

  async search(actor: Actor, dto: SearchQueryDto): Promise<SearchResponse> {
    const query = await this.toQuery(dto);
    const run = async (): Promise<SearchResult> => {
      if (this.meili && this.meiliUsable()) {
        try {
          // Names in the query become filters as on PostgreSQL; when they narrow to nothing, the words as typed.
          const named = await this.postgres.interpret(query);
          let result = named ? await this.meili.search(actor, named.query) : null;
          const interpreted = result && result.total > 0 ? named!.interpreted : null;
          if (!result || result.total === 0) result = await this.meili.search(actor, query);
          this.meiliDownSince = null;
          return { ...result, interpreted, engine: 'meilisearch', degraded: false };
        } catch (error) {
          this.meiliFailed(error);
        }
      }
      const result = await this.postgres.search(actor, query);
      return { ...result, engine: 'postgres', degraded: this.meili !== null };
    };
    const result = await run();
    return {
      ...result,
      relaxed: result.relaxed ?? false,
      interpreted: result.interpreted ?? null,
      didYouMean: result.didYouMean ?? null,
      suggestion: result.suggestion ?? null,
      limit: query.limit,
      offset: query.offset,
    };
  }

  async similar(actor: Actor, dto: SimilarQuestionsDto): Promise<SimilarResponse> {
    const municipality = await this.municipalities.findMunicipality(dto.municipality);
    const query = { municipalityId: municipality.id, text: dto.text, limit: dto.limit ?? 5 };
    if (this.meili && this.meiliUsable()) {
      try {
        return { items: await this.meili.similar(actor, query), engine: 'meilisearch', degraded: false };
      } catch (error) {
        this.meiliFailed(error);
      }
    }
    return { items: await this.postgres.similar(actor, query), engine: 'postgres', degraded: this.meili !== null };
  }

  async report(): Promise<SearchHealthReport> {
    const backlog = await this.outbox.backlog();
    if (!this.meili) return { engine: 'postgres', degraded: false, backlog };
    const healthy = await this.meili.isHealthy();
    if (healthy) this.meiliDownSince = null;
    // Reachable is not enough: failed sends or a half-configured index leave searches behind or wrong.
    const failing = await this.outbox.failing();
    return { engine: 'meilisearch', degraded: !healthy || failing > 0 || this.meili.settingsBroken, backlog };
  }

  /**
   * Rebuilds the PostgreSQL rows of every set and, with Meilisearch, queues them all in the
   * outbox (sent by the worker or by drainOutbox). `progress(done, total)` for the progress bar.
   */
  async reindex(
    progress: (done: number, total: number) => void,
    batchSize = 500,
  ): Promise<{ sets: number; rows: number }> {
    const ids = await this.indexer.allSetIds();
    let done = 0;
    for (let i = 0; i < ids.length; i += batchSize) {
      const batch = ids.slice(i, i + batchSize);
      await this.dataSource.transaction(async (em) => {
        await this.indexer.indexSets(em, batch);
        if (this.meili) {
          await em.query(`INSERT INTO search_outbox (question_set_id, action) SELECT unnest($1::int[]), 'reindex'`, [
            batch,
          ]);
        }
      });
      done += batch.length;
      progress(done, ids.length);
    }
    if (this.meili) await this.meili.applySettings();
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM search_document`)) as { n: number }[];
    return { sets: ids.length, rows: row.n };
  }

  /** Sends everything due in the outbox now (reindex, tests). */
  async drainOutbox() {
    if (!this.meili) return { locked: true, sent: 0, failed: 0 };
    return this.outbox.drain(this.meili);
  }

  /** The Meilisearch documents of sets, as the worker sends them (tests, diagnostics). */
  async meiliDocumentsOf(setIds: number[]) {
    return (await this.indexer.rowsOfSets(setIds)).map(toMeiliDocument);
  }

  private meiliUsable(): boolean {
    return this.meiliDownSince === null || Date.now() - this.meiliDownSince > RETRY_MEILI_AFTER_MS;
  }

  /**
   * An outage sends searches to PostgreSQL for a while. A refusal (4xx) concerns this request or
   * the index's settings, not the server: this search falls back, the worker checks the settings
   * before its next send, and other searches keep using Meilisearch.
   */
  private meiliFailed(error: unknown): void {
    if (isMeiliOutage(error)) return this.markMeiliDown(error);
    this.meili?.invalidateSettings();
    this.logger.warn(
      `Meilisearch weigerde een zoekopdracht (${meiliErrorCode(error) ?? 'onbekend'}), deze via PostgreSQL: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }

  private markMeiliDown(error: unknown): void {
    if (this.meiliDownSince === null) {
      this.logger.warn(
        `Meilisearch niet bereikbaar, zoeken via PostgreSQL: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    this.meiliDownSince = Date.now();
  }

  private async toQuery(dto: SearchQueryDto): Promise<SearchQuery> {
    const municipalityId = dto.municipality ? await this.municipalities.municipalityId(dto.municipality) : undefined;
    let documentIds: number[] | undefined;
    if (dto.document) {
      const rows = (await this.dataSource.query(
        /^\d+$/.test(dto.document)
          ? `SELECT id FROM document WHERE id = $1::int`
          : `SELECT id FROM document WHERE lower(reference) = lower($1) OR lower(title) = lower($1)`,
        [dto.document],
      )) as { id: number }[];
      documentIds = rows.length > 0 ? rows.map((r) => r.id) : [-1];
    }
    return {
      q: dto.q ?? '',
      municipalityId,
      party: dto.party,
      portfolioHolder: dto.portfolioHolder,
      status: dto.status,
      year: dto.year,
      from: dto.from,
      to: dto.to,
      documentIds,
      openCommitments: dto.openCommitments,
      interpret: dto.interpret,
      sort: dto.sort === 'date' || dto.sort === '-date' ? 'date' : 'relevance',
      limit: dto.limit ?? 20,
      offset: dto.offset ?? 0,
    };
  }
}
