import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { DocumentsModule } from '../documents/documents.module';
import { QuestionsModule } from '../questions/questions.module';
import { ExportsController } from './exports.controller';

/** Bulk dumps (JSON Lines and CSV) of question sets, commitments and documents, streamed. */
@Module({
  imports: [QuestionsModule, CommitmentsModule, DocumentsModule],
  controllers: [ExportsController],
})
export class ExportsModule {}
