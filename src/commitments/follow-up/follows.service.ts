import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { Actor } from '../../auth/actor';
import { hashToken } from '../../auth/tokens.service';
import { canSeeAnswers, canSeeSet } from '../../auth/visibility';
import { Clock } from '../../common/clock';
import { TooManyRequestsError } from '../../common/domain-errors';
import { APP_CONFIG } from '../../config/config';
import type { AppConfig } from '../../config/config';
import { formatDutchDate } from '../../deadlines';
import { MailService } from '../../mail/mail.service';
import type { QuestionSet } from '../../questions/question-set.entity';
import { QuestionsService } from '../../questions/questions.service';
import { COMMITMENT_STATUS_LABELS } from '../status-labels';
import { CommitmentsService } from '../commitments.service';
import { JOB_LOCKS, withJobLock } from './advisory-lock';
import { commitmentSummary } from './ical-feeds.service';
import { FollowNotification, NotificationSubscription, QuestionSetFollow } from './follow-up.entities';
import { MailTemplates, unsubscribeHeaders, unsubscribeUrl } from './mail-templates';
import { enqueueFollowNotification } from './notification-queue';

/** Set changes a follower hears about (the setChanged hook's actions). */
export const NOTIFIED_SET_ACTIONS: Record<string, string> = {
  'answers.recorded': 'De vragen zijn (deels) beantwoord.',
  'question_set.postponed': 'De beantwoording is uitgesteld.',
  'question_set.published': 'De antwoorden zijn gepubliceerd.',
  'answer.corrected': 'Een antwoord is gecorrigeerd.',
  'question_set.withdrawn': 'De vragen zijn ingetrokken.',
};

const COMMITMENT_ACTIONS: Record<string, string> = {
  'commitment.created': 'Toezegging toegevoegd',
  'commitment.confirmed': 'Toezegging bevestigd',
  'commitment.dismissed': 'Voorgestelde toezegging afgewezen',
  'commitment.updated': 'Toezegging gewijzigd',
  'commitment.fulfilled': 'Toezegging afgedaan',
  'commitment.withdrawn': 'Toezegging ingetrokken',
  'commitment.not_kept': 'Toezegging niet nagekomen',
};

const FOLLOW_MESSAGE = 'Als dit adres de vragen nog niet volgde, staat er een bevestigingslink in uw mailbox.';
/** A confirmation link is mailed again only after this long. */
const RESEND_AFTER_MS = 15 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
/** Confirmation mails to one address per day, over all sets: nobody floods an inbox through the form. */
export const FOLLOW_MAILS_PER_ADDRESS_PER_DAY = 10;
/** Confirmation mails per day in total: the server is no mail cannon, whatever addresses are used. */
export const FOLLOW_MAILS_PER_DAY = 1000;
/**
 * Follow requests from one IP address per window, whatever the addresses and sets: one client
 * cannot use the form to mail many inboxes. Generous for a council office behind one address.
 */
export const FOLLOW_REQUESTS_PER_IP = 20;
export const FOLLOW_REQUEST_WINDOW_MS = 60 * 60_000;

export interface FollowRequested {
  message: string;
}

/**
 * Following one question set by e-mail: double opt-in, a notice when it is answered, postponed,
 * published or corrected or its commitments change, and a one-click unsubscribe in every mail.
 */
@Injectable()
export class FollowsService {
  private readonly logger = new Logger('Volgen');
  private readonly templates = new MailTemplates();

  constructor(
    private readonly dataSource: DataSource,
    private readonly questions: QuestionsService,
    private readonly commitments: CommitmentsService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Daily caps on confirmation mails, counted from the follows asked for in the last 24 hours.
   * Past the address's cap the request is refused like any over-limit request (429): the answer
   * says nothing about whether the address follows anything.
   */
  private async assertMayMail(address: string): Promise<void> {
    const since = new Date(this.clock.now().getTime() - DAY_MS);
    const row = await this.dataSource
      .getRepository(QuestionSetFollow)
      .createQueryBuilder('f')
      .select('count(*)::int', 'total')
      .addSelect('count(*) FILTER (WHERE lower(f.email) = lower(:e))::int', 'toAddress')
      .where('f.confirmSentAt >= :since', { since })
      .andWhere('f.confirmedAt IS NULL')
      .setParameter('e', address)
      .getRawOne<{ total: number; toAddress: number }>();
    if ((row?.toAddress ?? 0) >= FOLLOW_MAILS_PER_ADDRESS_PER_DAY || (row?.total ?? 0) >= FOLLOW_MAILS_PER_DAY) {
      throw new TooManyRequestsError(
        'Er zijn vandaag al te veel bevestigingsmails verstuurd voor volgverzoeken. Probeer het morgen opnieuw.',
      );
    }
  }

  /**
   * Counts a follow request from `ip` (one statement, so concurrent requests on several instances
   * all count) and refuses it past FOLLOW_REQUESTS_PER_IP in the window, with the seconds until
   * the window ends. Refused requests count too: hammering does not shorten the wait.
   */
  private async assertIpMayRequest(ip: string): Promise<void> {
    const [row]: { requests: number; retry_after: number }[] = await this.dataSource.query(
      `INSERT INTO follow_request_limit (ip, requests, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (ip) DO UPDATE SET
         requests = CASE WHEN follow_request_limit.window_started_at > now() - ($2::int * interval '1 millisecond')
                         THEN follow_request_limit.requests + 1 ELSE 1 END,
         window_started_at = CASE WHEN follow_request_limit.window_started_at > now() - ($2::int * interval '1 millisecond')
                         THEN follow_request_limit.window_started_at ELSE now() END
       RETURNING requests,
         extract(epoch FROM window_started_at + ($2::int * interval '1 millisecond') - now())::float8 AS retry_after`,
      [ip.slice(0, 64), FOLLOW_REQUEST_WINDOW_MS],
    );
    if (row.requests > FOLLOW_REQUESTS_PER_IP) {
      const minutes = Math.max(1, Math.ceil(row.retry_after / 60));
      throw new TooManyRequestsError(
        `Er zijn vanaf dit adres te veel volgverzoeken gedaan. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
        row.retry_after,
      );
    }
  }

  /** Removes counters of windows that have ended (the hourly clean-up job). */
  async purgeRequestCounters(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM follow_request_limit WHERE window_started_at < now() - ($1::int * interval '1 millisecond')`,
      [FOLLOW_REQUEST_WINDOW_MS],
    );
  }

  /** setChanged hook: queue a notice in the transaction of the change. */
  async onSetChanged(em: EntityManager, set: QuestionSet, action: string): Promise<void> {
    if (action in NOTIFIED_SET_ACTIONS) await enqueueFollowNotification(em, set.id, action);
  }

  /**
   * Sends a confirmation link; the follow counts only once confirmed. The answer is the same
   * whether or not the address already follows, so nobody learns who follows what. `ip` is the
   * requester's address (behind a proxy: as TRUST_PROXY resolves it), limited per window.
   */
  async follow(actor: Actor, setId: number, email: string, ip: string): Promise<FollowRequested> {
    await this.assertIpMayRequest(ip);
    const set = await this.questions.findVisibleSet(actor, setId);
    const address = email.trim();
    const confirmSecret = randomBytes(24).toString('base64url');
    const repo = this.dataSource.getRepository(QuestionSetFollow);
    const existing = await repo
      .createQueryBuilder('f')
      .where('f.questionSetId = :s', { s: set.id })
      .andWhere('lower(f.email) = lower(:e)', { e: address })
      .getOne();
    if (!existing?.confirmedAt) await this.assertMayMail(address);
    let follow: QuestionSetFollow;
    if (existing?.confirmedAt) {
      follow = existing;
    } else if (existing && this.clock.now().getTime() - existing.confirmSentAt.getTime() < RESEND_AFTER_MS) {
      // Asked again within minutes: no second mail, so the form cannot be used to flood an inbox.
      return { message: FOLLOW_MESSAGE };
    } else if (existing) {
      existing.confirmSentAt = this.clock.now();
      existing.confirmTokenHash = hashToken(confirmSecret);
      follow = await repo.save(existing);
    } else {
      follow = await repo.save(
        repo.create({
          questionSetId: set.id,
          email: address,
          viewerRole: actor.role,
          viewerMunicipalityId: actor.municipalityId,
          viewerPartyId: actor.partyId,
          confirmTokenHash: hashToken(confirmSecret),
          unsubscribeToken: randomBytes(24).toString('base64url'),
          confirmedAt: null,
          confirmSentAt: this.clock.now(),
        }),
      );
    }
    if (!follow.confirmedAt) {
      const rendered = this.templates.render(
        'follow-confirm',
        `Bevestig: volgen van "${set.subject}"`,
        {
          subject: set.subject,
          municipality: set.municipality.name,
          confirmUrl: `${this.config.publicUrl}/volgen/bevestigen?token=${encodeURIComponent(confirmSecret)}`,
          unsubscribeUrl: this.unsubscribeUrl(follow.unsubscribeToken),
        },
        this.clock.today(),
      );
      await this.mail.send({
        to: follow.email,
        ...rendered,
        headers: this.unsubscribeHeaders(follow.unsubscribeToken),
      });
    }
    return { message: FOLLOW_MESSAGE };
  }

  async confirm(secret: string): Promise<{ subject: string; questionSetId: number } | null> {
    const repo = this.dataSource.getRepository(QuestionSetFollow);
    const follow = await repo.findOne({ where: { confirmTokenHash: hashToken(secret) } });
    if (!follow) return null;
    if (!follow.confirmedAt) await repo.update({ id: follow.id }, { confirmedAt: new Date() });
    const set = await this.questions.findSetRow(this.dataSource.manager, follow.questionSetId);
    if (!set) return null;
    return { subject: set.subject, questionSetId: set.id };
  }

  /** One click, no login: ends a follow or a digest subscription. Unknown tokens are not an error (clicked twice). */
  async unsubscribe(token: string): Promise<boolean> {
    const follows = await this.dataSource.getRepository(QuestionSetFollow).delete({ unsubscribeToken: token });
    const subs = await this.dataSource.getRepository(NotificationSubscription).delete({ unsubscribeToken: token });
    return (follows.affected ?? 0) + (subs.affected ?? 0) > 0;
  }

  unsubscribeUrl(token: string): string {
    return unsubscribeUrl(this.config.publicUrl, token);
  }

  private unsubscribeHeaders(token: string): Record<string, string> {
    return unsubscribeHeaders(this.config.publicUrl, token);
  }

  /**
   * Mails the queued notices: one mail per follower per set, with only what that follower may
   * see. Under an advisory lock, so two instances never mail the same notice. Each follower's
   * progress (`notifiedThroughId`) is committed right after its mail, and a set's notices are
   * marked processed once all its followers are done: when SMTP fails halfway, the run stops and
   * the next run mails only those not mailed yet.
   */
  async sendPendingNotifications(): Promise<number> {
    const sent = await withJobLock(this.dataSource, JOB_LOCKS.followNotifications, async (em) => {
      const pending = await em.find(FollowNotification, {
        where: { processedAt: IsNull() },
        order: { id: 'ASC' },
        take: 500,
      });
      if (pending.length === 0) return 0;
      const setIds = [...new Set(pending.map((n) => n.questionSetId))];
      const sets = await this.questions.findSetRowsWithMunicipality(em, setIds);
      const followers = await em.find(QuestionSetFollow, {
        where: { questionSetId: In(setIds), confirmedAt: Not(IsNull()) },
        order: { id: 'ASC' },
      });
      const today = this.clock.today();
      let count = 0;
      for (const set of sets) {
        const notices = pending.filter((n) => n.questionSetId === set.id);
        const lastId = notices[notices.length - 1].id;
        for (const follower of followers.filter((f) => f.questionSetId === set.id)) {
          const unsent = notices.filter(
            (n) => follower.notifiedThroughId === null || BigInt(n.id) > BigInt(follower.notifiedThroughId),
          );
          if (unsent.length === 0) continue;
          const mail = await this.noticeMail(set, follower, unsent, today);
          if (mail) {
            await this.mail.send(mail);
            count++;
          }
          await em.update(QuestionSetFollow, { id: follower.id }, { notifiedThroughId: lastId });
        }
        await em.update(FollowNotification, { id: In(notices.map((n) => n.id)) }, { processedAt: new Date() });
      }
      return count;
    });
    if (sent) this.logger.log(`Volgberichten: ${sent} verstuurd`);
    return sent ?? 0;
  }

  /** The notice mail for one follower, or null when none of the changes is theirs to see. */
  private async noticeMail(
    set: QuestionSet,
    follower: QuestionSetFollow,
    notices: FollowNotification[],
    today: string,
  ) {
    const viewer: Actor = {
      role: follower.viewerRole,
      municipalityId: follower.viewerMunicipalityId,
      partyId: follower.viewerPartyId,
      portfolioHolderId: null,
      label: `volger ${follower.email}`,
    };
    if (!canSeeSet(viewer, set)) return null;
    const visible = canSeeAnswers(viewer, set)
      ? await this.commitments.listAllCommitments(viewer, { questionSet: set.id }, today)
      : [];
    const changes: string[] = [];
    for (const notice of notices) {
      if (notice.commitmentId !== null) {
        const c = visible.find((v) => v.id === notice.commitmentId);
        // A proposal or dismissal is the griffie's work in progress: not news for the public.
        if (!c) continue;
        changes.push(`${COMMITMENT_ACTIONS[notice.action] ?? 'Toezegging gewijzigd'}: ${commitmentSummary(c)}`);
      } else {
        let line = NOTIFIED_SET_ACTIONS[notice.action];
        if (notice.action === 'question_set.postponed' && set.dueOn)
          line = `De beantwoording is uitgesteld tot ${formatDutchDate(set.dueOn)}.`;
        if (line) changes.push(line);
      }
    }
    if (changes.length === 0) return null;
    const rendered = this.templates.render(
      'follow-notice',
      `Nieuws over "${set.subject}"`,
      {
        subject: set.subject,
        municipality: set.municipality.name,
        status: set.status,
        changes: [...new Set(changes)],
        commitments: visible
          .filter((c) => c.status !== 'proposed' && c.status !== 'dismissed')
          .map((c) => ({ ...c, statusLabel: COMMITMENT_STATUS_LABELS[c.status] })),
        setUrl: `${this.config.publicUrl}/vragen/${set.id}`,
        unsubscribeUrl: this.unsubscribeUrl(follower.unsubscribeToken),
      },
      today,
    );
    return { to: follower.email, ...rendered, headers: this.unsubscribeHeaders(follower.unsubscribeToken) };
  }
}
