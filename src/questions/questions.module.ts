import { Module, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../common/domain-events';
import { PeopleMerged } from '../common/people-merged.event';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { DocumentsModule } from '../documents/documents.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { PeopleModule } from '../people/people.module';
import { AnswerCorrection } from './answer-correction.entity';
import { Answer } from './answer.entity';
import { Postponement } from './postponement.entity';
import { QuestionSetHooks } from './question-set-hooks';
import { QuestionSet } from './question-set.entity';
import { Question } from './question.entity';
import { OverdueController } from './overdue.controller';
import { QuestionsController } from './questions.controller';
import { QuestionsService } from './questions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([QuestionSet, Question, Answer, AnswerCorrection, Postponement]),
    MunicipalitiesModule,
    PeopleModule,
    DocumentsModule,
    AuditModule,
  ],
  controllers: [QuestionsController, OverdueController],
  providers: [QuestionsService, QuestionSetHooks],
  exports: [QuestionsService, QuestionSetHooks],
})
export class QuestionsModule implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly questions: QuestionsService,
  ) {}

  onModuleInit(): void {
    this.events.on(PeopleMerged, 'questions', (event, em) => this.questions.movePeopleReferences(em, event));
  }
}
