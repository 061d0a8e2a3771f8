import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { PeopleModule } from '../people/people.module';
import { QuestionsModule } from '../questions/questions.module';
import { DemoService } from './demo.service';

@Module({
  imports: [QuestionsModule, DocumentsModule, PeopleModule],
  providers: [DemoService],
  exports: [DemoService],
})
export class DemoModule {}
