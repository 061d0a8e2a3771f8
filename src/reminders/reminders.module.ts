import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommitmentsModule } from '../commitments/commitments.module';
import { DomainEvents } from '../common/domain-events';
import { QuestionSetChanged } from '../questions/question-set.events';
import { MailModule } from '../mail/mail.module';
import { QuestionsModule } from '../questions/questions.module';
import { RemindersJobs } from './reminders.jobs';
import { RemindersService } from './reminders.service';
import { SetNotice } from './set-notice.entity';

/** Mails about question sets to the offices that act on them: the college before and after a due date, the griffie on a fractie's submission. */
@Module({
  imports: [TypeOrmModule.forFeature([SetNotice]), QuestionsModule, CommitmentsModule, MailModule],
  providers: [RemindersService, RemindersJobs],
  exports: [RemindersService],
})
export class RemindersModule implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly reminders: RemindersService,
  ) {}

  onModuleInit(): void {
    this.events.on(QuestionSetChanged, 'reminders', (event, em) =>
      this.reminders.onSetChanged(em, event.set, event.action),
    );
  }
}
