import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { PeopleModule } from '../people/people.module';
import { QuestionsModule } from '../questions/questions.module';
import { ImportController } from './import.controller';
import { ImportService } from './import.service';

/** Issue 6: import of documents (preview and commit) for the API, the griffie's pages and the CLI. */
@Module({
  imports: [MunicipalitiesModule, PeopleModule, DocumentsModule, QuestionsModule],
  controllers: [ImportController],
  providers: [ImportService],
  exports: [ImportService],
})
export class ImportModule {}
