import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { Actor, PUBLIC_ACTOR } from '../../auth/actor';
import { hashToken } from '../../auth/tokens.service';
import { isMunicipalStaff } from '../../auth/visibility';
import { Clock } from '../../common/clock';
import { ForbiddenError, NotFoundError } from '../../common/domain-errors';
import { APP_CONFIG } from '../../config/config';
import type { AppConfig } from '../../config/config';
import { formatDutchDate } from '../../deadlines';
import type { Municipality } from '../../municipalities/municipality.entity';
import { MunicipalitiesService } from '../../municipalities/municipalities.service';
import { PeopleService } from '../../people/people.service';
import type { Person } from '../../people/person.entity';
import { QuestionsService } from '../../questions/questions.service';
import { CommitmentsService } from '../commitments.service';
import { CommitmentDto, CreateIcalFeedDto } from '../dto/commitment.dto';
import { buildCalendar, IcalEvent } from '../ical';
import { IcalFeed } from './follow-up.entities';

export interface CreatedIcalFeed {
  id: number;
  /** Shown once; only its hash is stored. */
  url: string;
  municipality: string;
  portfolioHolderId: number | null;
}

/** Statuses that no longer have a date to keep in a calendar. */
const NOT_IN_CALENDAR = new Set(['dismissed', 'withdrawn']);

/** Summary of a commitment in one line: the phrase as promised next to the computed date. */
export function commitmentSummary(
  c: Pick<CommitmentDto, 'phrase' | 'deadline' | 'sentence' | 'status' | 'statusLabel'>,
): string {
  const term = [c.phrase, c.deadline ? `uiterlijk ${formatDutchDate(c.deadline)}` : 'geen termijn']
    .filter(Boolean)
    .join(' · ');
  const sentence = c.sentence.length > 120 ? `${c.sentence.slice(0, 117).trimEnd()}…` : c.sentence;
  const status = c.status === 'open' ? '' : ` (${c.statusLabel})`;
  return `Toezegging${status}: ${term} – ${sentence}`;
}

/**
 * iCal feeds of answer due dates and commitment deadlines: public per municipality (published
 * sets only) and private behind a secret URL that shows what its creator may see.
 */
@Injectable()
export class IcalFeedsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly commitments: CommitmentsService,
    private readonly people: PeopleService,
    private readonly questions: QuestionsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async publicFeed(municipalitySlug: string, portfolioHolder?: string): Promise<string> {
    const municipality = await this.municipalities.findMunicipality(municipalitySlug);
    const holder = portfolioHolder ? await this.findPortfolioHolder(municipality.id, portfolioHolder) : null;
    return this.build(PUBLIC_ACTOR, municipality, holder);
  }

  async privateFeed(secret: string): Promise<string> {
    const feed = await this.dataSource
      .getRepository(IcalFeed)
      .findOne({ where: { tokenHash: hashToken(secret), revokedAt: IsNull() } });
    if (!feed) throw new NotFoundError('Agenda');
    const viewer: Actor = {
      role: feed.creatorRole,
      municipalityId: feed.creatorMunicipalityId,
      partyId: feed.creatorPartyId,
      portfolioHolderId: feed.creatorPortfolioHolderId,
      label: `agenda van ${feed.creatorLabel}`,
    };
    const municipality = await this.municipalities.findMunicipality(feed.municipalityId);
    const holder = feed.portfolioHolderId ? await this.people.findPerson(feed.portfolioHolderId) : null;
    return this.build(viewer, municipality, holder);
  }

  async createFeed(actor: Actor, input: CreateIcalFeedDto): Promise<CreatedIcalFeed> {
    const municipality = await this.municipalities.findMunicipality(input.municipality);
    if (!isMunicipalStaff(actor, municipality.id)) {
      throw new ForbiddenError('Alleen de griffie of het college maakt een persoonlijke agenda.');
    }
    const holder = input.portfolioHolder
      ? await this.findPortfolioHolder(municipality.id, input.portfolioHolder)
      : null;
    const secret = randomBytes(24).toString('base64url');
    const feed = await this.dataSource.getRepository(IcalFeed).save({
      tokenHash: hashToken(secret),
      municipalityId: municipality.id,
      portfolioHolderId: holder?.id ?? null,
      creatorLabel: actor.label,
      creatorRole: actor.role,
      creatorMunicipalityId: actor.municipalityId,
      creatorPartyId: actor.partyId,
      creatorPortfolioHolderId: actor.portfolioHolderId,
      revokedAt: null,
    });
    return {
      id: feed.id,
      url: `${this.config.publicUrl}/ical/private/${secret}.ics`,
      municipality: municipality.slug,
      portfolioHolderId: feed.portfolioHolderId,
    };
  }

  private async findPortfolioHolder(municipalityId: number, idOrName: string): Promise<Person> {
    const person = await this.people.findPersonByIdOrName(municipalityId, idOrName);
    if (!person) throw new NotFoundError(`Portefeuillehouder ${idOrName}`);
    return person;
  }

  private async build(viewer: Actor, municipality: Municipality, holder: Person | null): Promise<string> {
    const host = new URL(this.config.publicUrl).host;
    const events: IcalEvent[] = [];
    const commitments = await this.commitments.listAllCommitments(viewer, {
      municipality,
      portfolioHolder: holder ? String(holder.id) : undefined,
    });
    for (const c of commitments) {
      if (!c.deadline || NOT_IN_CALENDAR.has(c.status)) continue;
      const questions = c.questions.length > 0 ? ` (vraag ${c.questions.join(', ')})` : ' (inleiding)';
      events.push({
        uid: `toezegging-${c.id}@${host}`,
        date: c.deadline,
        summary: commitmentSummary(c),
        description: [
          c.sentence,
          `Termijn: ${c.phrase ?? 'geen'} · uiterlijk ${formatDutchDate(c.deadline)}`,
          `Status: ${c.statusLabel}`,
          c.meeting
            ? `Vergadering: ${c.meeting.name}, ${formatDutchDate(c.meeting.date)}`
            : `Vragen: ${c.questionSetSubject}${questions}`,
          c.portfolioHolder ? `Portefeuillehouder: ${c.portfolioHolder.name}` : null,
          c.party ? `Toegezegd aan: ${c.party.name}` : null,
        ]
          .filter((line): line is string => line !== null)
          .join('\n'),
        url:
          c.questionSetId !== null
            ? `${this.config.publicUrl}/vragen/${c.questionSetId}`
            : `${this.config.publicUrl}/toezeggingen?bron=vergadering`,
        categories: ['Toezegging'],
      });
    }
    // Answer due dates of open sets the viewer may see (none for the public: only published sets).
    for (const set of await this.questions.openSetsWithDueDate(viewer, municipality.id, holder?.id ?? null)) {
      const due = set.dueOn as string;
      events.push({
        uid: `antwoord-${set.id}@${host}`,
        date: due,
        summary: `Antwoord verwacht: ${set.subject} · uiterlijk ${formatDutchDate(due)}`,
        description: [
          `Schriftelijke vragen${set.reference ? ` ${set.reference}` : ''}: ${set.subject}`,
          `Antwoord uiterlijk ${formatDutchDate(due)}`,
        ].join('\n'),
        url: `${this.config.publicUrl}/vragen/${set.id}`,
        categories: ['Antwoordtermijn'],
      });
    }
    const title = holder ? `Raadsvragen ${municipality.name} – ${holder.name}` : `Raadsvragen ${municipality.name}`;
    return buildCalendar({ name: title, now: this.clock.now(), events });
  }
}
