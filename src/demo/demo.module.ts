import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { DocumentsModule } from '../documents/documents.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { PeopleModule } from '../people/people.module';
import { QuestionsModule } from '../questions/questions.module';
import { DemoService } from './demo.service';
import { DemoWebAccounts } from './demo-web-accounts';

@Module({
  imports: [QuestionsModule, DocumentsModule, PeopleModule, MunicipalitiesModule, CommitmentsModule],
  providers: [DemoService, DemoWebAccounts],
  exports: [DemoService],
})
export class DemoModule {}
