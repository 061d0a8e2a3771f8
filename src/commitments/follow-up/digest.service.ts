import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor } from '../../auth/actor';
import { isMunicipalStaff } from '../../auth/visibility';
import { ForbiddenError, NotFoundError } from '../../common/domain-errors';
import { APP_CONFIG } from '../../config/config';
import type { AppConfig } from '../../config/config';
import { addDays, formatDutchDate } from '../../deadlines';
import { MailService } from '../../mail/mail.service';
import { MunicipalitiesService } from '../../municipalities/municipalities.service';
import { PeopleService } from '../../people/people.service';
import { QuestionsService } from '../../questions/questions.service';
import { CommitmentsService } from '../commitments.service';
import { CreateSubscriptionDto } from '../dto/commitment.dto';
import { JOB_LOCKS, withJobLock } from './advisory-lock';
import { NotificationSubscription } from './follow-up.entities';
import { MailTemplates, RenderedMail, unsubscribeHeaders, unsubscribeUrl } from './mail-templates';

export interface DigestRun {
  /** False when another run held the lock: this run did nothing. */
  ran: boolean;
  sent: number;
  files: string[];
}

const ROLE_LABELS: Record<string, string> = {
  clerk: 'de griffie',
  executive: 'het college',
  party: 'de fractie',
  public: 'belangstellenden',
  admin: 'beheer',
};

/** A digest goes out at most once a week per subscription. */
const DIGEST_INTERVAL_DAYS = 7;

/**
 * The weekly digest per role: commitments due this week, overdue ones, newly proposed ones (for
 * the griffie and the college) and open answer terms, each with the phrase next to the date.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger('Digest');
  private readonly templates = new MailTemplates();

  constructor(
    private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly commitments: CommitmentsService,
    private readonly people: PeopleService,
    private readonly questions: QuestionsService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The griffie adds a recipient; confirmed at once because the griffie vouches for its own lists. */
  async createSubscription(
    actor: Actor,
    input: CreateSubscriptionDto,
  ): Promise<{ id: number; email: string; role: string; municipality: string }> {
    const municipality = await this.municipalities.findMunicipality(input.municipality);
    if (!(actor.role === 'admin' || (actor.role === 'clerk' && actor.municipalityId === municipality.id))) {
      throw new ForbiddenError('Alleen de griffie beheert de ontvangers van het weekoverzicht.');
    }
    const portfolioHolder = input.portfolioHolder
      ? await this.people.findPersonByIdOrName(municipality.id, input.portfolioHolder)
      : null;
    if (input.portfolioHolder && !portfolioHolder)
      throw new NotFoundError(`Portefeuillehouder ${input.portfolioHolder}`);
    const party = input.party ? await this.people.findPartyByIdOrName(municipality.id, input.party) : null;
    if (input.party && !party) throw new NotFoundError(`Fractie ${input.party}`);
    const saved = await this.dataSource.getRepository(NotificationSubscription).save({
      email: input.email.trim(),
      municipalityId: municipality.id,
      role: input.role,
      portfolioHolderId: portfolioHolder?.id ?? null,
      partyId: party?.id ?? null,
      confirmedAt: new Date(),
      unsubscribeToken: randomBytes(24).toString('base64url'),
      lastDigestOn: null,
    });
    return { id: saved.id, email: saved.email, role: saved.role, municipality: municipality.slug };
  }

  /** Who the digest is written for: the subscription's role, municipality, party and portfolio holder. */
  viewerOf(sub: NotificationSubscription): Actor {
    return {
      role: sub.role,
      municipalityId: sub.municipalityId,
      partyId: sub.partyId,
      portfolioHolderId: sub.portfolioHolderId,
      label: `weekoverzicht ${sub.email}`,
    };
  }

  /** The digest for one subscription on `today`; null when there is nothing to report. */
  async renderDigest(sub: NotificationSubscription, today: string): Promise<RenderedMail | null> {
    const municipality = await this.municipalities.findMunicipality(sub.municipalityId);
    const viewer = this.viewerOf(sub);
    const weekEnd = addDays(today, 6);
    const base = {
      municipality: String(municipality.id),
      portfolioHolder: sub.portfolioHolderId ? String(sub.portfolioHolderId) : undefined,
    };
    const dueThisWeek = await this.commitments.listAllCommitments(
      viewer,
      { ...base, status: 'open', dueFrom: today, dueTo: weekEnd },
      today,
    );
    const overdue = await this.commitments.listAllCommitments(viewer, { ...base, overdue: true }, today);
    const staff = isMunicipalStaff(viewer, municipality.id);
    const weekAgo = addDays(today, -DIGEST_INTERVAL_DAYS);
    const proposed = staff
      ? (await this.commitments.listAllCommitments(viewer, { ...base, status: 'proposed' }, today)).filter(
          (c) => c.createdAt.slice(0, 10) >= weekAgo,
        )
      : [];
    const openSets = await this.questions.openSetsWithDueDate(viewer, municipality.id, sub.portfolioHolderId);
    const setsDueThisWeek = openSets.filter((s) => s.dueOn >= today && s.dueOn <= weekEnd);
    const setsOverdue = openSets.filter((s) => s.dueOn < today);
    if (dueThisWeek.length + overdue.length + proposed.length + setsDueThisWeek.length + setsOverdue.length === 0)
      return null;
    const holder = sub.portfolioHolderId ? await this.people.findPerson(sub.portfolioHolderId) : null;
    const subject = `Weekoverzicht toezeggingen ${municipality.name}, week van ${formatDutchDate(today)}`;
    return this.templates.render(
      'digest',
      subject,
      {
        municipality: { name: municipality.name, slug: municipality.slug },
        audience: ROLE_LABELS[sub.role] ?? sub.role,
        portfolioHolder: holder?.name ?? null,
        today,
        weekEnd,
        dueThisWeek,
        overdue,
        proposed,
        showProposed: staff,
        setsDueThisWeek,
        setsOverdue,
        registerUrl: `${this.config.publicUrl}/toezeggingen?municipality=${encodeURIComponent(municipality.slug)}`,
        printUrl: `${this.config.publicUrl}/toezeggingen/afdrukken?municipality=${encodeURIComponent(municipality.slug)}`,
        setUrl: `${this.config.publicUrl}/vragen/`,
        unsubscribeUrl: this.unsubscribeUrl(sub.unsubscribeToken),
      },
      today,
    );
  }

  unsubscribeUrl(token: string): string {
    return unsubscribeUrl(this.config.publicUrl, token);
  }

  /**
   * Sends the digests due on `today`. Under an advisory lock, so two instances (or two runs)
   * never send twice; `lastDigestOn` is committed right after each mail, so a later run the same
   * week sends nothing, and an SMTP failure halfway stops the run without re-sending the mails
   * already out: the next run picks up at the failed one.
   */
  async runDigest(today: string): Promise<DigestRun> {
    const run = await withJobLock(this.dataSource, JOB_LOCKS.digest, async (em) => {
      const due = await em
        .createQueryBuilder(NotificationSubscription, 'sub')
        .where('sub.confirmedAt IS NOT NULL')
        .andWhere('(sub.lastDigestOn IS NULL OR sub.lastDigestOn <= :cutoff)', {
          cutoff: addDays(today, -DIGEST_INTERVAL_DAYS),
        })
        .orderBy('sub.id', 'ASC')
        .getMany();
      const done: DigestRun = { ran: true, sent: 0, files: [] };
      for (const sub of due) {
        const rendered = await this.renderDigest(sub, today);
        if (rendered) {
          const sent = await this.mail.send({
            to: sub.email,
            ...rendered,
            headers: unsubscribeHeaders(this.config.publicUrl, sub.unsubscribeToken),
          });
          done.sent++;
          if (sent.file) done.files.push(sent.file);
        }
        await em.update(NotificationSubscription, { id: sub.id }, { lastDigestOn: today });
      }
      return done;
    });
    if (run && run.sent > 0) this.logger.log(`Weekoverzicht: ${run.sent} verstuurd`);
    return run ?? { ran: false, sent: 0, files: [] };
  }
}
