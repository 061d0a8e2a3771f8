import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommitmentsModule } from '../commitments/commitments.module';
import { MailModule } from '../mail/mail.module';
import { QuestionsModule } from '../questions/questions.module';
import { RemindersJobs } from './reminders.jobs';
import { RemindersService } from './reminders.service';
import { SetNotice } from './set-notice.entity';

/** Mails about question sets to the offices that act on them: the college before and after a due date. */
@Module({
  imports: [TypeOrmModule.forFeature([SetNotice]), QuestionsModule, CommitmentsModule, MailModule],
  providers: [RemindersService, RemindersJobs],
  exports: [RemindersService],
})
export class RemindersModule {}
