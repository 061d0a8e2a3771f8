import { Module } from '@nestjs/common';
import { MailService } from './mail.service';

/** Outgoing mail for every module (digests, follow notices, account mails). */
@Module({ providers: [MailService], exports: [MailService] })
export class MailModule {}
