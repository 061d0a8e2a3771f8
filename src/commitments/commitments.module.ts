import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { DocumentsModule } from '../documents/documents.module';
import { MailModule } from '../mail/mail.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { QuestionSetHooks } from '../questions/question-set-hooks';
import { QuestionsModule } from '../questions/questions.module';
import { SearchModule } from '../search/search.module';
import { Commitment } from './commitment.entity';
import { CommitmentsController } from './commitments.controller';
import { CommitmentsService } from './commitments.service';
import { DigestService } from './follow-up/digest.service';
import {
  FollowNotification,
  IcalFeed,
  NotificationSubscription,
  QuestionSetFollow,
} from './follow-up/follow-up.entities';
import { FollowUpController } from './follow-up/follow-up.controller';
import { FollowsService } from './follow-up/follows.service';
import { IcalFeedsService } from './follow-up/ical-feeds.service';
import { JobsService } from './follow-up/jobs.service';

/** Commitments (toezeggingen): proposals from answers, the register, its follow-up (feeds, mails, jobs). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Commitment, IcalFeed, NotificationSubscription, QuestionSetFollow, FollowNotification]),
    QuestionsModule,
    MunicipalitiesModule,
    DocumentsModule,
    AuditModule,
    MailModule,
    // SearchModule does not import this module (no cycle): commitments refresh the search rows.
    SearchModule,
  ],
  controllers: [CommitmentsController, FollowUpController],
  providers: [CommitmentsService, IcalFeedsService, DigestService, FollowsService, JobsService],
  exports: [CommitmentsService, DigestService, FollowsService],
})
export class CommitmentsModule implements OnModuleInit {
  constructor(
    private readonly hooks: QuestionSetHooks,
    private readonly commitments: CommitmentsService,
    private readonly follows: FollowsService,
  ) {}

  onModuleInit(): void {
    this.hooks.answersRecorded.push(async (em, actor, set, answers) => {
      await this.commitments.proposeFromAnswers(em, actor, set, answers);
    });
    this.hooks.setChanged.push((em, set, action) => this.follows.onSetChanged(em, set, action));
    this.hooks.detailEnrichers.push((actor, dtos) => this.commitments.enrichSets(actor, dtos));
  }
}
