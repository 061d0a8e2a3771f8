import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccountsService } from '../auth/accounts.service';
import { JOB_LOCKS, withJobLock } from '../commitments/follow-up/advisory-lock';
import { MailTemplates, RenderedMail } from '../mail/mail-templates';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { addDays, countNl, formatDutchDate } from '../deadlines';
import { MailService } from '../mail/mail.service';
import type { QuestionSet } from '../questions/question-set.entity';
import { QuestionsService } from '../questions/questions.service';
import { SetNotice, SetNoticeKind } from './set-notice.entity';

/** An overdue reminder is sent only this many days after the term passed: a first start on an old archive mails nobody about last year. */
const OVERDUE_CATCH_UP_DAYS = 7;
/** The largest reminderDaysBefore a municipality may set (the column's check). */
const MAX_DAYS_BEFORE = 60;

export interface NoticeRun {
  /** False when another instance held the lock: this run did nothing. */
  ran: boolean;
  /** Notices claimed this run (reminders that became due). */
  claimed: number;
  /** Mails sent (one per recipient). */
  sent: number;
  files: string[];
}

/**
 * Mails about question sets that nobody subscribes to: the college office is reminded N days
 * before a due date (the municipality's `reminderDaysBefore`, default 5) and on the first day
 * after it passed. Every notice is a `set_notice` row claimed with INSERT … ON CONFLICT DO NOTHING
 * on (set, kind, date) before any mail goes out, and marked sent right after its mails: a notice
 * is never sent twice, not by a second run and not by a second instance (which also waits for the
 * advisory lock). A postponement's new due date is a new key, so it gets its own reminders.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Herinneringen');
  private readonly templates = new MailTemplates();

  constructor(
    private readonly dataSource: DataSource,
    private readonly questions: QuestionsService,
    private readonly accounts: AccountsService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Claims the reminders due on `today`, then sends every notice not sent yet. */
  async run(today: string): Promise<NoticeRun> {
    const result = await withJobLock(this.dataSource, JOB_LOCKS.setNotices, async (em) => {
      const claimed = await this.claimDueReminders(em, today);
      const { sent, files } = await this.sendPending(em, today);
      return { ran: true, claimed, sent, files };
    });
    if (result && result.sent > 0) this.logger.log(`${result.sent} verstuurd`);
    return result ?? { ran: false, claimed: 0, sent: 0, files: [] };
  }

  /**
   * A fractie submitted a set (its "indienen" registered it, waiting for the intake): the griffie
   * gets a notice, queued in the submission's own transaction and sent by the next run.
   */
  async onSetChanged(em: EntityManager, set: QuestionSet, action: string): Promise<void> {
    if (action !== 'question_set.registered' || set.intakeStatus !== 'pending' || !set.receivedOn) return;
    await em
      .createQueryBuilder()
      .insert()
      .into(SetNotice)
      .values({ questionSetId: set.id, kind: 'submitted', keyOn: set.receivedOn })
      .orIgnore()
      .execute();
  }

  /** Which reminder a set is due for today, if any: `due_soon` from N days before, `overdue` after the due date. */
  static reminderFor(set: Pick<QuestionSet, 'dueOn'>, daysBefore: number, today: string): SetNoticeKind | null {
    if (!set.dueOn) return null;
    if (today > set.dueOn) return set.dueOn >= addDays(today, -OVERDUE_CATCH_UP_DAYS) ? 'overdue' : null;
    return today >= addDays(set.dueOn, -daysBefore) ? 'due_soon' : null;
  }

  private async claimDueReminders(em: EntityManager, today: string): Promise<number> {
    const sets = await this.questions.openSetsDueBetween(
      addDays(today, -OVERDUE_CATCH_UP_DAYS),
      addDays(today, MAX_DAYS_BEFORE),
    );
    let claimed = 0;
    for (const set of sets) {
      const kind = RemindersService.reminderFor(set, set.municipality.reminderDaysBefore, today);
      if (!kind) continue;
      // A set registered already inside the reminder window gets the reminder too: it is news to the office.
      const inserted = await em
        .createQueryBuilder()
        .insert()
        .into(SetNotice)
        .values({ questionSetId: set.id, kind, keyOn: set.dueOn as string })
        .orIgnore()
        .returning(['id'])
        .execute();
      claimed += inserted.raw.length;
    }
    return claimed;
  }

  private async sendPending(em: EntityManager, today: string): Promise<{ sent: number; files: string[] }> {
    const pending = await em.find(SetNotice, { where: { sentAt: IsNull() }, order: { id: 'ASC' }, take: 500 });
    let sent = 0;
    const files: string[] = [];
    for (const notice of pending) {
      const set = await this.questions.findSetForNotice(notice.questionSetId);
      const mail = set && this.isStillRelevant(set, notice) ? this.render(notice, set, today) : null;
      const recipients = mail && set ? await this.recipientsOf(notice.kind, set) : [];
      for (const to of recipients) {
        const out = await this.mail.send({ to, ...(mail as RenderedMail) });
        sent++;
        if (out.file) files.push(out.file);
      }
      // Marked right after its mails: an SMTP failure halfway leaves only this notice to retry.
      await em.update(SetNotice, { id: notice.id }, { sentAt: new Date(), sentTo: recipients });
    }
    return { sent, files };
  }

  /** A reminder claimed for a set that was answered or postponed before the mail went out is dropped. */
  private isStillRelevant(set: QuestionSet, notice: SetNotice): boolean {
    if (notice.kind === 'submitted') return set.status !== 'draft';
    return (set.status === 'registered' || set.status === 'postponed') && set.dueOn === notice.keyOn;
  }

  /** The college office: the municipality's reminder address, else its executive accounts (of that portfolio, or of none). */
  private async recipientsOf(kind: SetNoticeKind, set: QuestionSet): Promise<string[]> {
    if (kind === 'submitted') return (await this.accounts.staffOf(set.municipalityId, 'clerk')).map((u) => u.email);
    if (set.municipality.reminderEmail) return [set.municipality.reminderEmail];
    const office = await this.accounts.staffOf(set.municipalityId, 'executive');
    return office
      .filter((u) => u.portfolioHolderId === null || u.portfolioHolderId === set.portfolioHolderId)
      .map((u) => u.email);
  }

  private render(notice: SetNotice, set: QuestionSet, today: string): RenderedMail {
    const setUrl = `${this.config.publicUrl}/vragen/${set.id}`;
    const daysLeft = Math.round(
      (Date.parse(`${notice.keyOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
    );
    const context = {
      subject: set.subject,
      reference: set.reference,
      municipality: set.municipality.name,
      party: set.party?.name ?? null,
      portfolioHolder: set.portfolioHolder?.name ?? null,
      receivedOn: set.receivedOn ? formatDutchDate(set.receivedOn) : null,
      // A reminder is about the due date it was claimed for; a submission about the set's current one.
      dueOn: formatDutchDate(notice.kind === 'submitted' ? (set.dueOn ?? notice.keyOn) : notice.keyOn),
      dueExplanation: set.dueExplanation,
      remaining: daysLeft > 0 ? `nog ${countNl(daysLeft, 'dag', 'dagen')}` : daysLeft === 0 ? 'vandaag' : null,
      daysLate: daysLeft < 0 ? countNl(-daysLeft, 'dag', 'dagen') : null,
      setUrl,
      postponeUrl: `${setUrl}/uitstel`,
      answersUrl: `${setUrl}/antwoorden`,
      intakeUrl: `${this.config.publicUrl}/beheer/intake`,
      footer:
        notice.kind === 'submitted'
          ? 'U krijgt deze e-mail als medewerker van de griffie.'
          : set.municipality.reminderEmail
            ? 'De griffie heeft dit adres opgegeven voor herinneringen aan het college.'
            : 'U krijgt deze e-mail als medewerker van het college.',
    };
    const title = set.reference ? `${set.subject} (${set.reference})` : set.subject;
    switch (notice.kind) {
      case 'due_soon':
        return this.templates.render(
          'due-reminder',
          `Herinnering: schriftelijke vragen "${title}" uiterlijk ${context.dueOn} beantwoorden`,
          { ...context, overdue: false },
          today,
        );
      case 'overdue':
        return this.templates.render(
          'due-reminder',
          `Termijn verstreken: schriftelijke vragen "${title}"`,
          { ...context, overdue: true },
          today,
        );
      case 'submitted':
        return this.templates.render(
          'intake-notice',
          `Nieuwe schriftelijke vragen van ${set.party?.name ?? 'een fractie'}: ${set.subject}`,
          context,
          today,
        );
    }
  }
}
