import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { PeopleModule } from '../people/people.module';
import { QuestionsModule } from '../questions/questions.module';
import { OparlController } from './oparl.controller';
import { OparlService } from './oparl.service';

/** Open data: the OParl 1.1 read API over the public archive. Reads through the owning modules' services. */
@Module({
  imports: [MunicipalitiesModule, PeopleModule, DocumentsModule, QuestionsModule],
  controllers: [OparlController],
  providers: [OparlService],
  exports: [OparlService],
})
export class OparlModule {}
