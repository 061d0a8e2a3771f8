import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { DocumentsModule } from '../documents/documents.module';
import { MailModule } from '../mail/mail.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { PeopleModule } from '../people/people.module';
import { DomainEvents } from '../common/domain-events';
import { PeopleMerged } from '../common/people-merged.event';
import { QuestionSetHooks } from '../questions/question-set-hooks';
import { AnswersRecorded, QuestionSetChanged } from '../questions/question-set.events';
import { QuestionsModule } from '../questions/questions.module';
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
    PeopleModule,
    DocumentsModule,
    AuditModule,
    MailModule,
  ],
  controllers: [CommitmentsController, FollowUpController],
  providers: [CommitmentsService, IcalFeedsService, DigestService, FollowsService, JobsService],
  exports: [CommitmentsService, DigestService, FollowsService],
})
export class CommitmentsModule implements OnModuleInit {
  constructor(
    private readonly hooks: QuestionSetHooks,
    private readonly events: DomainEvents,
    private readonly commitments: CommitmentsService,
    private readonly follows: FollowsService,
  ) {}

  onModuleInit(): void {
    this.events.on(AnswersRecorded, 'commitments', async (event, em) => {
      await this.commitments.proposeFromAnswers(em, event.actor, event.set, event.answers);
    });
    this.events.on(QuestionSetChanged, 'commitments', (event, em) =>
      this.follows.onSetChanged(em, event.set, event.action),
    );
    // Commitments, calendar feeds, digest subscriptions and follows of a removed person or party move to the kept one.
    this.events.on(PeopleMerged, 'commitments', async (event, em) => {
      const moves: [string, string][] =
        event.kind === 'person'
          ? [
              ['commitment', 'portfolio_holder_id'],
              ['ical_feed', 'portfolio_holder_id'],
              ['ical_feed', 'creator_portfolio_holder_id'],
              ['notification_subscription', 'portfolio_holder_id'],
            ]
          : [
              ['commitment', 'party_id'],
              ['ical_feed', 'creator_party_id'],
              ['notification_subscription', 'party_id'],
              ['question_set_follow', 'viewer_party_id'],
            ];
      for (const [table, column] of moves)
        await em.query(`UPDATE "${table}" SET "${column}" = $1 WHERE "${column}" = $2`, [
          event.keptId,
          event.removedId,
        ]);
    });
    this.hooks.detailEnrichers.push((actor, dtos) => this.commitments.enrichSets(actor, dtos));
  }
}
