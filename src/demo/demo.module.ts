import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { DocumentsModule } from '../documents/documents.module';
import { PeopleModule } from '../people/people.module';
import { QuestionsModule } from '../questions/questions.module';
import { DemoService } from './demo.service';

@Module({
  imports: [QuestionsModule, DocumentsModule, PeopleModule, CommitmentsModule],
  providers: [DemoService],
  exports: [DemoService],
})
export class DemoModule {}
