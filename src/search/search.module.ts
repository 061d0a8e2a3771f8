import { Module } from '@nestjs/common';
import { SearchHealth } from './search-health';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { QuestionsModule } from '../questions/questions.module';
import { PostgresSearchEngine } from './postgres/postgres-search-engine';
import { SearchController } from './search.controller';
import { SearchIndexer } from './search-indexer';
import { SearchOutboxWorker } from './search-outbox.worker';
import { SearchService } from './search.service';
import { ThesaurusController } from './thesaurus/thesaurus.controller';
import { ThesaurusService } from './thesaurus/thesaurus.service';

/** Search (issue 7): PostgreSQL full-text search by default, Meilisearch when MEILI_URL is set. */
@Module({
  imports: [QuestionsModule, MunicipalitiesModule],
  controllers: [SearchController, ThesaurusController],
  providers: [
    SearchService,
    PostgresSearchEngine,
    SearchIndexer,
    SearchOutboxWorker,
    ThesaurusService,
    { provide: SearchHealth, useExisting: SearchService },
  ],
  exports: [SearchService, SearchHealth, PostgresSearchEngine, ThesaurusService],
})
export class SearchModule {}
