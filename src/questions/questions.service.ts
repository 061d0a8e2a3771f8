import { Injectable } from '@nestjs/common';
import { Between, DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { historyAsSeenBy } from '../audit/history-view';
import { Actor } from '../auth/actor';
import { canSeeSet, isMunicipalStaff, whereAnswersVisible, whereSetVisible } from '../auth/visibility';
import { Clock } from '../common/clock';
import { DomainEvents } from '../common/domain-events';
import {
  ConflictError,
  DomainValidationError,
  FieldError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  StaleVersionError,
} from '../common/domain-errors';
import { FeedPage, FeedWindow } from '../common/feed-window';
import { Page } from '../common/pagination';
import { computeAnswerTerm, explainPostponedDueDate } from '../deadlines';
import type { Document } from '../documents/document.entity';
import { DocumentsService } from '../documents/documents.service';
import { DocumentInputDto } from '../documents/dto/document.dto';
import type { Municipality } from '../municipalities/municipality.entity';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import type { Party } from '../people/party.entity';
import { PeopleService } from '../people/people.service';
import { AnswerCorrection } from './answer-correction.entity';
import { Answer } from './answer.entity';
import {
  AcceptIntakeDto,
  AnswerInputDto,
  CorrectAnswerDto,
  CreateQuestionSetDto,
  PostponeQuestionSetDto,
  PublishQuestionSetDto,
  QuestionInputDto,
  QuestionSetDto,
  QuestionSetsQueryDto,
  RecordAnswersDto,
  RegisterQuestionSetDto,
  ReturnToFractieDto,
  UpdateQuestionSetDto,
  WithdrawQuestionSetDto,
} from './dto/question-set.dto';
import { Postponement } from './postponement.entity';
import { QuestionSetHooks } from './question-set-hooks';
import { AnswersRecorded, QuestionSetChanged } from './question-set.events';
import { PeopleMerged } from '../common/people-merged.event';
import { assertTransition } from './question-set.lifecycle';
import { auditSnapshot, toQuestionSetDto } from './question-set.mapper';
import {
  buildQuestionSetFeedQuery,
  buildQuestionSetListQuery,
  isFeedSet,
  loadQuestionSets,
  loadQuestionSetsForDump,
} from './question-set.queries';
import { QuestionSet, QuestionSetStatus } from './question-set.entity';
import { Question } from './question.entity';

/** The overdue list stops here: a municipality with more has a bigger problem than the list's length. */
const OVERDUE_LIST_MAX = 1_000;

/** A whole set as it arrives from an import or the demo data: questions, answers and dates at once. */
export interface ImportedSetInput extends CreateQuestionSetDto {
  answers: AnswerInputDto[];
  answeredOn?: string | null;
  publishedOn?: string | null;
  sourceSha256?: string | null;
  /** The OParl Paper a harvested set came from. */
  sourceUrl?: string | null;
}

export interface QuestionSetCounts {
  /** Per status, for the filters other than status. */
  byStatus: Partial<Record<QuestionSetStatus, number>>;
  /** The filtered sets (status included). */
  total: number;
  overdue: number;
  answeredLate: number;
}

/** Register, track and answer written council questions: the lifecycle of docs/domain.md. */
@Injectable()
export class QuestionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly people: PeopleService,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
    private readonly hooks: QuestionSetHooks,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
  ) {}

  // ---- reading ---------------------------------------------------------------------------

  async listQuestionSets(actor: Actor, query: QuestionSetsQueryDto): Promise<Page<QuestionSetDto>> {
    const municipality = query.municipality ? await this.municipalities.findMunicipality(query.municipality) : null;
    const today = this.clock.today();
    const qb = buildQuestionSetListQuery(this.dataSource.manager, actor, query, municipality?.id ?? null, today);
    const rows = await qb.getRawMany<{ set_id: number }>();
    const total = await qb.getCount();
    const ids = rows.map((row) => row.set_id);
    const sets = await loadQuestionSets(this.dataSource.manager, ids);
    const items = ids
      .map((id) => sets.get(id))
      .filter((set): set is QuestionSet => set !== undefined)
      .map((set) => toQuestionSetDto(set, actor, today));
    await this.hooks.enrich(actor, items);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /**
   * Open sets (registered, postponed) of every municipality whose due date lies in [from, to],
   * with municipality, party and portfolio holder: what the reminders job looks at. Earliest first.
   */
  openSetsDueBetween(from: string, to: string): Promise<QuestionSet[]> {
    return this.dataSource.getRepository(QuestionSet).find({
      where: { status: In(['registered', 'postponed']), dueOn: Between(from, to) },
      relations: { municipality: true, party: true, portfolioHolder: true },
      order: { dueOn: 'ASC', id: 'ASC' },
    });
  }

  /**
   * What the figures count of one municipality, as far as the actor may see it: answered sets
   * whose answers it may read (receipt, due and answer dates, portfolio holder), and the
   * postponements of the sets it may see.
   */
  async figureRows(
    actor: Actor,
    municipalityId: number,
  ): Promise<{
    answered: { receivedOn: string; dueOn: string | null; answeredOn: string; holder: string | null }[];
    postponements: { sentOn: string; holder: string | null }[];
  }> {
    const answeredQb = this.dataSource
      .getRepository(QuestionSet)
      .createQueryBuilder('set')
      .leftJoin('set.portfolioHolder', 'ph')
      // Dates as text: raw rows skip the entity's date handling (node-postgres would make Dates).
      .select([
        '"set"."received_on"::text AS received_on',
        '"set"."due_on"::text AS due_on',
        '"set"."answered_on"::text AS answered_on',
        'ph.name AS holder',
      ])
      .where('set.municipalityId = :m', { m: municipalityId })
      .andWhere("set.status IN ('answered', 'published')")
      .andWhere('set.receivedOn IS NOT NULL AND set.answeredOn IS NOT NULL');
    whereAnswersVisible(answeredQb, 'set', actor);
    const postponedQb = this.dataSource
      .getRepository(Postponement)
      .createQueryBuilder('p')
      .innerJoin('p.questionSet', 'set')
      .leftJoin('set.portfolioHolder', 'ph')
      .select(['"p"."sent_on"::text AS sent_on', 'ph.name AS holder'])
      .where('set.municipalityId = :m', { m: municipalityId });
    whereSetVisible(postponedQb, 'set', actor);
    const [answered, postponements] = await Promise.all([
      answeredQb.getRawMany<{
        received_on: string;
        due_on: string | null;
        answered_on: string;
        holder: string | null;
      }>(),
      postponedQb.getRawMany<{ sent_on: string; holder: string | null }>(),
    ]);
    return {
      answered: answered.map((r) => ({
        receivedOn: r.received_on,
        dueOn: r.due_on,
        answeredOn: r.answered_on,
        holder: r.holder,
      })),
      postponements: postponements.map((r) => ({ sentOn: r.sent_on, holder: r.holder })),
    };
  }

  /** One set with municipality, party and portfolio holder, for a mail about it; null when deleted. */
  findSetForNotice(id: number): Promise<QuestionSet | null> {
    return this.dataSource.getRepository(QuestionSet).findOne({
      where: { id },
      relations: { municipality: true, party: true, portfolioHolder: true },
    });
  }

  /**
   * The live list of overdue questions of one municipality, as far as the caller may see them
   * (the public sees them when the municipality publishes questions on registration): oldest due
   * date first. The Tweede Kamer publishes such a list weekly; this one is current.
   */
  async overdueQuestionSets(
    actor: Actor,
    municipalityKey: string,
  ): Promise<{ municipality: Municipality; today: string; items: QuestionSetDto[] }> {
    const municipality = await this.municipalities.findMunicipality(municipalityKey);
    const items: QuestionSetDto[] = [];
    for (let offset = 0; offset < OVERDUE_LIST_MAX; offset += 100) {
      const query = Object.assign(new QuestionSetsQueryDto(), {
        municipality: String(municipality.id),
        overdue: true,
        sort: 'dueOn',
        limit: 100,
        offset,
      });
      const page = await this.listQuestionSets(actor, query);
      items.push(...page.items);
      if (offset + page.items.length >= page.total || page.items.length === 0) break;
    }
    return { municipality, today: this.clock.today(), items };
  }

  /**
   * Counts for a work list: per status for the list's filters without its status filter, and how
   * many of the filtered sets are overdue or were answered late.
   */
  async countQuestionSets(actor: Actor, query: QuestionSetsQueryDto): Promise<QuestionSetCounts> {
    const municipality = query.municipality ? await this.municipalities.findMunicipality(query.municipality) : null;
    const today = this.clock.today();
    const base = Object.assign(new QuestionSetsQueryDto(), query, { status: undefined, sort: undefined });
    const qb = buildQuestionSetListQuery(this.dataSource.manager, actor, base, municipality?.id ?? null, today)
      .select('set.status', 'status')
      .addSelect('count(*)::int', 'n')
      .addSelect(
        `count(*) FILTER (WHERE set.status IN ('registered', 'postponed') AND set.dueOn < :countToday)::int`,
        'overdue',
      )
      .addSelect('count(*) FILTER (WHERE set.answeredOn > set.dueOn)::int', 'late')
      .setParameter('countToday', today)
      .groupBy('set.status')
      .orderBy()
      .limit(undefined)
      .offset(undefined);
    const rows = await qb.getRawMany<{ status: QuestionSetStatus; n: number; overdue: number; late: number }>();
    const byStatus = Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<Record<QuestionSetStatus, number>>;
    const inStatus = rows.filter((r) => !query.status || r.status === query.status);
    return {
      byStatus,
      total: inStatus.reduce((sum, r) => sum + r.n, 0),
      overdue: inStatus.reduce((sum, r) => sum + r.overdue, 0),
      answeredLate: inStatus.reduce((sum, r) => sum + r.late, 0),
    };
  }

  async getQuestionSet(actor: Actor, id: number): Promise<QuestionSetDto> {
    const set = await this.findVisibleSet(actor, id);
    const dto = toQuestionSetDto(set, actor, this.clock.today());
    await this.hooks.enrich(actor, [dto]);
    return dto;
  }

  /** The set with all relations, or 404 when it does not exist or the actor may not see it. */
  async findVisibleSet(actor: Actor, id: number, em: EntityManager = this.dataSource.manager): Promise<QuestionSet> {
    const set = (await loadQuestionSets(em, [id])).get(id);
    if (!set || !canSeeSet(actor, set)) throw new NotFoundError(`Vragenset ${id}`);
    return set;
  }

  /** One page of an open-data feed: the sets with every relation, in id order (see buildQuestionSetFeedQuery). */
  async feedQuestionSets(actor: Actor, window: FeedWindow, tombstones: boolean): Promise<FeedPage<QuestionSet>> {
    const qb = buildQuestionSetFeedQuery(this.dataSource.manager, actor, window, tombstones);
    const ids = (await qb.getRawMany<{ set_id: number }>()).map((row) => row.set_id);
    const total = await qb.getCount();
    const sets = await loadQuestionSets(this.dataSource.manager, ids);
    const rows = ids.map((id) => sets.get(id)).filter((set): set is QuestionSet => set !== undefined);
    return { rows, total };
  }

  /** A set of a feed by id (a withdrawn one included, which feeds show as deleted), or null. */
  async findFeedSet(actor: Actor, id: number): Promise<QuestionSet | null> {
    const set = (await loadQuestionSets(this.dataSource.manager, [id])).get(id);
    return set && isFeedSet(actor, set) ? set : null;
  }

  /**
   * Every set the actor may see, as the API shows it, in id order and in batches (keyset pages:
   * one batch in memory at a time, whatever the archive's size). For the bulk dumps.
   */
  async *streamQuestionSets(actor: Actor, batchSize: number): AsyncGenerator<QuestionSetDto[]> {
    const em = this.dataSource.manager;
    const today = this.clock.today();
    let after = 0;
    for (;;) {
      const qb = em
        .getRepository(QuestionSet)
        .createQueryBuilder('set')
        .select('set.id')
        .where('set.id > :after', { after });
      whereSetVisible(qb, 'set', actor);
      const ids = (await qb.orderBy('set.id', 'ASC').limit(batchSize).getRawMany<{ set_id: number }>()).map(
        (r) => r.set_id,
      );
      if (ids.length === 0) return;
      after = ids[ids.length - 1];
      // Nothing of a batch is held here while the consumer writes it or the next page is read:
      // what lives across a round trip is promoted to V8's old generation (docs/api.md).
      yield (await loadQuestionSetsForDump(em, ids)).map((set) => toQuestionSetDto(set, actor, today));
    }
  }

  async historyOfQuestionSet(actor: Actor, id: number) {
    const set = await this.findVisibleSet(actor, id);
    return historyAsSeenBy(actor, set, await this.audit.historyOfQuestionSet(id));
  }

  // ---- writing ---------------------------------------------------------------------------

  async createQuestionSet(actor: Actor, input: CreateQuestionSetDto): Promise<QuestionSetDto> {
    const municipality = await this.municipalities.findMunicipality(input.municipality);
    const status = input.status ?? (actor.role === 'party' ? 'draft' : 'registered');
    this.assertMayCreate(actor, municipality, status);
    const id = await this.dataSource.transaction(async (em) => {
      const set = await this.insertSet(em, actor, municipality, { ...input, status, answers: [] });
      await this.audit.record(em, actor, {
        action: status === 'draft' ? 'question_set.drafted' : 'question_set.registered',
        entityType: 'question_set',
        entityId: set.id,
        municipalityId: municipality.id,
        questionSetId: set.id,
        after: auditSnapshot(set),
      });
      await this.events.publish(em, new QuestionSetChanged(set, 'created'));
      return set.id;
    });
    return this.getQuestionSet(actor, id);
  }

  /**
   * A whole set at once (import, demo data): registered, answered or published, with answers.
   * Runs in the caller's transaction when `em` is given.
   */
  async importQuestionSet(actor: Actor, input: ImportedSetInput, em?: EntityManager): Promise<number> {
    const municipality = await this.municipalities.findMunicipality(input.municipality);
    if (!isMunicipalStaff(actor, municipality.id) || actor.role === 'executive') {
      throw new ForbiddenError('Alleen de griffie kan documenten importeren.');
    }
    const run = async (tx: EntityManager): Promise<number> => {
      const status: QuestionSetStatus = input.publishedOn
        ? 'published'
        : input.answers.length > 0
          ? 'answered'
          : 'registered';
      const set = await this.insertSet(tx, actor, municipality, { ...input, status });
      await this.audit.record(tx, actor, {
        action: 'question_set.imported',
        entityType: 'question_set',
        entityId: set.id,
        municipalityId: municipality.id,
        questionSetId: set.id,
        after: auditSnapshot(set),
      });
      await this.events.publish(tx, new QuestionSetChanged(set, 'imported'));
      return set.id;
    };
    return em ? run(em) : this.dataSource.transaction(run);
  }

  async findSetIdBySourceHash(municipalityId: number | null, sha256: string): Promise<number | null> {
    const where = municipalityId === null ? { sourceSha256: sha256 } : { sourceSha256: sha256, municipalityId };
    const found = await this.dataSource.getRepository(QuestionSet).findOne({ where, select: { id: true } });
    return found?.id ?? null;
  }

  /** The set harvested from this source URL (an OParl Paper id) in the municipality, or null. */
  async findSetIdBySourceUrl(municipalityId: number, sourceUrl: string): Promise<number | null> {
    const found = await this.dataSource
      .getRepository(QuestionSet)
      .findOne({ where: { municipalityId, sourceUrl }, select: { id: true } });
    return found?.id ?? null;
  }

  /**
   * The stored set (its own columns, no relations) read with the caller's manager, so inside the
   * caller's transaction; null when there is none. No visibility check: the caller applies its own.
   */
  async findSetRow(em: EntityManager, id: number): Promise<QuestionSet | null> {
    return em.findOne(QuestionSet, { where: { id } });
  }

  /** The stored sets with these ids and their municipality, by id, read with the caller's manager; one query. */
  async findSetRowsWithMunicipality(em: EntityManager, ids: number[]): Promise<QuestionSet[]> {
    if (ids.length === 0) return [];
    return em.find(QuestionSet, { where: { id: In(ids) }, relations: { municipality: true }, order: { id: 'ASC' } });
  }

  /**
   * The open sets (registered or postponed) with an answer due date in the municipality that the
   * viewer may see, optionally of one portfolio holder: earliest due date first. For the digest
   * and the iCal feed.
   */
  async openSetsWithDueDate(
    viewer: Actor,
    municipalityId: number,
    portfolioHolderId: number | null,
  ): Promise<{ id: number; subject: string; reference: string | null; dueOn: string }[]> {
    const qb = this.dataSource
      .getRepository(QuestionSet)
      .createQueryBuilder('s')
      .where('s.municipalityId = :m', { m: municipalityId })
      .andWhere(`s.status IN ('registered', 'postponed')`)
      .andWhere('s.dueOn IS NOT NULL')
      .orderBy('s.dueOn', 'ASC')
      .addOrderBy('s.id', 'ASC');
    if (portfolioHolderId) qb.andWhere('s.portfolioHolderId = :h', { h: portfolioHolderId });
    whereSetVisible(qb, 's', viewer);
    return (await qb.getMany()).map((s) => ({
      id: s.id,
      subject: s.subject,
      reference: s.reference,
      dueOn: s.dueOn as string,
    }));
  }

  async updateQuestionSet(actor: Actor, id: number, input: UpdateQuestionSetDto): Promise<QuestionSetDto> {
    await this.mutate(actor, id, input.version, 'question_set.updated', async (em, set) => {
      const mayEdit =
        (actor.role === 'party' && set.status === 'draft' && set.partyId === actor.partyId) ||
        (isMunicipalStaff(actor, set.municipalityId) && actor.role !== 'executive');
      if (!mayEdit) throw new ForbiddenError('U mag deze vragenset niet wijzigen.');
      if (input.questions && !['draft', 'registered', 'postponed'].includes(set.status)) {
        throw new InvalidTransitionError(
          'Vragen kunnen niet meer worden gewijzigd nadat ze zijn beantwoord.',
          set.status,
        );
      }
      if (input.reference !== undefined) set.reference = input.reference?.trim() || null;
      if (input.subject !== undefined) set.subject = input.subject.trim();
      if (input.legalBasis !== undefined) set.legalBasis = input.legalBasis;
      if (input.explanation !== undefined) set.explanation = input.explanation;
      if (input.introduction !== undefined) set.introduction = input.introduction;
      if (
        input.party !== undefined &&
        !(actor.role === 'party' && input.party !== null && namesParty(input.party, set.party))
      ) {
        if (actor.role === 'party')
          throw new ForbiddenError('Een fractie kan de fractie van een vragenset niet wijzigen.');
        set.party = input.party ? await this.people.findOrCreateParty(em, set.municipalityId, input.party) : null;
        set.partyId = set.party?.id ?? null;
      }
      if (input.portfolioHolder !== undefined) {
        set.portfolioHolder = input.portfolioHolder
          ? await this.people.findOrCreatePerson(em, set.municipalityId, input.portfolioHolder, 'alderman')
          : null;
        set.portfolioHolderId = set.portfolioHolder?.id ?? null;
      }
      if (input.submitters !== undefined) {
        set.submitters = await this.resolveSubmitters(em, set.municipalityId, input.submitters, set.partyId);
        set.submitterOrder = set.submitters.map((p) => p.id);
      }
      if (input.documents !== undefined) {
        set.documents = await this.resolveDocuments(em, set.municipalityId, input.documents);
      }
      if (input.receivedOn !== undefined && input.receivedOn !== set.receivedOn) {
        await this.correctReceivedOn(em, set, input.receivedOn);
      }
      if (input.questions) {
        this.assertUniqueNumbers(input.questions);
        await em.delete(Question, { questionSetId: set.id });
        set.questions = await this.insertQuestions(em, set.id, input.questions);
      }
    });
    return this.getQuestionSet(actor, id);
  }

  /**
   * A corrected date received: the due date and its explanation are computed again as at
   * registration (the municipality's term and recesses), unless a postponement replaced the term
   * (docs/domain.md: the latest postponement wins); a withdrawn set's term has lapsed and keeps its dates.
   */
  private async correctReceivedOn(em: EntityManager, set: QuestionSet, receivedOn: string): Promise<void> {
    if (set.status === 'draft') {
      throw new DomainValidationError([
        { path: 'receivedOn', message: 'wordt pas vastgelegd als de griffie de vragen registreert' },
      ]);
    }
    const problems: { path: string; message: string }[] = [];
    if (receivedOn > this.clock.today())
      problems.push({ path: 'receivedOn', message: 'mag niet in de toekomst liggen' });
    else if (set.answeredOn && receivedOn > set.answeredOn)
      problems.push({ path: 'receivedOn', message: 'kan niet na de datum van beantwoording liggen' });
    const latest = set.postponements?.length ? set.postponements[set.postponements.length - 1] : null;
    if (latest && problems.length === 0 && receivedOn >= latest.newDueOn)
      problems.push({ path: 'receivedOn', message: 'moet voor de uitgestelde antwoorddatum liggen' });
    if (problems.length > 0) throw new DomainValidationError(problems);
    set.receivedOn = receivedOn;
    if (latest || set.status === 'withdrawn') return;
    const due = await this.dueDateOf(em, set.municipality, receivedOn);
    set.dueOn = due.dueOn;
    set.dueExplanation = due.explanation;
  }

  /** draft → registered: the griffie received the questions; the answer term starts. A party submits its own draft. */
  async registerQuestionSet(actor: Actor, id: number, input: RegisterQuestionSetDto): Promise<QuestionSetDto> {
    await this.mutate(actor, id, input.version, 'question_set.registered', async (em, set) => {
      const ownDraft = actor.role === 'party' && set.partyId === actor.partyId;
      if (!ownDraft && !(isMunicipalStaff(actor, set.municipalityId) && actor.role !== 'executive')) {
        throw new ForbiddenError('Alleen de griffie registreert vragen; een fractie dient haar eigen concept in.');
      }
      assertTransition(set.status, 'register');
      const receivedOn = input.receivedOn ?? this.clock.today();
      set.status = 'registered';
      // A fractie's "indienen" counts as receipt by the griffie (the term starts), and waits in its intake.
      if (ownDraft) {
        set.intakeStatus = 'pending';
        set.intakeNote = null;
      }
      set.receivedOn = receivedOn;
      if (input.reference) set.reference = input.reference;
      const due = await this.dueDateOf(em, set.municipality, receivedOn);
      set.dueOn = due.dueOn;
      set.dueExplanation = due.explanation;
    });
    return this.getQuestionSet(actor, id);
  }

  /**
   * The griffie takes a fractie's submission in (intake): its registration number and the
   * portfolio holder it goes to. The set stays registered; its term already runs from receipt.
   */
  async acceptIntake(actor: Actor, id: number, input: AcceptIntakeDto): Promise<QuestionSetDto> {
    await this.mutate(actor, id, input.version, 'question_set.intake_accepted', async (em, set) => {
      this.assertClerk(actor, set, 'Alleen de griffie registreert ingediende vragen.');
      if (set.intakeStatus !== 'pending') {
        throw new InvalidTransitionError('Deze vragen wachten niet op registratie door de griffie.', set.status);
      }
      if (input.reference?.trim()) await this.assignReference(em, set, input.reference.trim());
      if (input.portfolioHolder?.trim()) {
        set.portfolioHolder = await this.people.findOrCreatePerson(
          em,
          set.municipalityId,
          input.portfolioHolder.trim(),
          'alderman',
        );
        set.portfolioHolderId = set.portfolioHolder.id;
      }
      set.intakeStatus = 'accepted';
    });
    return this.getQuestionSet(actor, id);
  }

  /**
   * The griffie does not register a fractie's submission (say, it is not addressed to the college)
   * and sends it back as a draft with a note: private to the fractie again, no term running, to be
   * changed and submitted again. After this the griffie no longer sees it.
   */
  async returnToFractie(actor: Actor, id: number, input: ReturnToFractieDto): Promise<void> {
    await this.mutate(actor, id, input.version, 'question_set.returned_to_fractie', async (_em, set) => {
      this.assertClerk(actor, set, 'Alleen de griffie kan ingediende vragen terugsturen.');
      if (set.intakeStatus !== 'pending' || set.status !== 'registered') {
        throw new InvalidTransitionError(
          'Alleen ingediende vragen die de griffie nog niet heeft geregistreerd, kunnen terug naar de fractie.',
          set.status,
        );
      }
      set.status = 'draft';
      set.receivedOn = null;
      set.dueOn = null;
      set.dueExplanation = null;
      set.intakeStatus = null;
      set.intakeNote = input.reason.trim();
    });
  }

  private assertClerk(actor: Actor, set: QuestionSet, message: string): void {
    if (!isMunicipalStaff(actor, set.municipalityId) || actor.role === 'executive') throw new ForbiddenError(message);
  }

  private async assignReference(em: EntityManager, set: QuestionSet, reference: string): Promise<void> {
    const taken = await em.findOne(QuestionSet, { where: { municipalityId: set.municipalityId, reference } });
    if (taken && taken.id !== set.id) {
      throw new DomainValidationError([
        { path: 'reference', message: `${reference} is al in gebruik (vragenset ${taken.id})` },
      ]);
    }
    set.reference = reference;
  }

  /** registered|postponed → postponed: an uitstelbericht with reason and new due date; may repeat. */
  async recordPostponement(actor: Actor, id: number, input: PostponeQuestionSetDto): Promise<QuestionSetDto> {
    await this.mutate(actor, id, input.version, 'question_set.postponed', async (em, set) => {
      this.assertStaff(actor, set, 'Alleen de griffie of het college kan uitstel melden.');
      assertTransition(set.status, 'postpone');
      const sentOn = input.sentOn ?? this.clock.today();
      if (input.newDueOn < sentOn) {
        throw new DomainValidationError([
          { path: 'newDueOn', message: 'moet op of na de datum van het uitstelbericht liggen' },
        ]);
      }
      if (set.receivedOn && input.newDueOn <= set.receivedOn) {
        throw new DomainValidationError([{ path: 'newDueOn', message: 'moet na de datum van ontvangst liggen' }]);
      }
      const postponement = await em.save(
        em.create(Postponement, {
          questionSetId: set.id,
          reason: input.reason.trim(),
          sentOn,
          newDueOn: input.newDueOn,
        }),
      );
      set.postponements = [...(set.postponements ?? []), postponement];
      set.status = 'postponed';
      // The latest postponement replaces the term (docs/domain.md).
      set.dueOn = postponement.newDueOn;
      set.dueExplanation = explainPostponedDueDate(postponement);
    });
    return this.getQuestionSet(actor, id);
  }

  /**
   * Records answers, possibly in several steps. The set becomes `answered` when every question
   * has an answer, or when the clerk closes it with a reason for the questions left open.
   */
  async recordAnswers(actor: Actor, id: number, input: RecordAnswersDto): Promise<QuestionSetDto> {
    await this.mutate(actor, id, input.version, 'answers.recorded', async (em, set) => {
      this.assertStaff(actor, set, 'Alleen de griffie of het college kan antwoorden vastleggen.');
      assertTransition(set.status, 'recordAnswers');
      if (input.closeReason && actor.role === 'executive') {
        throw new ForbiddenError('Alleen de griffie kan een vragenset sluiten met open vragen.');
      }
      if (input.answeredOn && set.receivedOn && input.answeredOn < set.receivedOn) {
        throw new DomainValidationError([
          { path: 'answeredOn', message: 'kan niet voor de datum van ontvangst liggen' },
        ]);
      }
      const saved = await this.writeAnswers(em, set, input.answers);
      if (input.introduction !== undefined) set.introduction = input.introduction;
      const allAnswered = set.questions.every((q) => q.answerId !== null);
      // Only a complete answer (or one closed with questions left open) has an answer date: a set
      // with some questions answered is not "beantwoord".
      if (allAnswered || input.closeReason) {
        set.status = 'answered';
        set.answeredOn = input.answeredOn ?? set.answeredOn ?? this.clock.today();
        set.closedReason = allAnswered ? null : (input.closeReason ?? null);
      }
      await this.events.publish(em, new AnswersRecorded(actor, set, saved));
    });
    return this.getQuestionSet(actor, id);
  }

  /** answered → published: visible to everyone, embargo lifted. */
  async publishAnswers(actor: Actor, id: number, input: PublishQuestionSetDto): Promise<QuestionSetDto> {
    await this.mutate(actor, id, input.version, 'question_set.published', async (_em, set) => {
      if (!isMunicipalStaff(actor, set.municipalityId) || actor.role === 'executive') {
        throw new ForbiddenError('Alleen de griffie publiceert antwoorden.');
      }
      assertTransition(set.status, 'publish');
      set.status = 'published';
      set.publishedOn = input.publishedOn ?? this.clock.today();
      if (set.answeredOn && set.publishedOn < set.answeredOn) {
        throw new DomainValidationError([
          { path: 'publishedOn', message: 'kan niet voor de datum van beantwoording liggen' },
        ]);
      }
    });
    return this.getQuestionSet(actor, id);
  }

  /** draft|registered|postponed → withdrawn. */
  async withdrawQuestionSet(actor: Actor, id: number, input: WithdrawQuestionSetDto): Promise<QuestionSetDto> {
    await this.mutate(actor, id, input.version, 'question_set.withdrawn', async (_em, set) => {
      const ownParty = actor.role === 'party' && set.partyId === actor.partyId;
      if (!ownParty && !(isMunicipalStaff(actor, set.municipalityId) && actor.role !== 'executive')) {
        throw new ForbiddenError('Alleen de griffie of de indienende fractie kan vragen intrekken.');
      }
      assertTransition(set.status, 'withdraw');
      set.status = 'withdrawn';
      set.withdrawnOn = this.clock.today();
      if (input.reason) set.closedReason = input.reason;
    });
    return this.getQuestionSet(actor, id);
  }

  /**
   * Deletes a fractie's own draft (never registered, seen by nobody else): questions, submitters
   * and search rows go with it; the audit trail keeps that it existed.
   */
  async deleteDraft(actor: Actor, id: number, version: number): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const set = await this.lockVisibleSet(em, actor, id);
      if (!(actor.role === 'party' && set.partyId === actor.partyId) && actor.role !== 'admin')
        throw new ForbiddenError('Alleen de fractie zelf kan haar concept verwijderen.');
      if (set.status !== 'draft')
        throw new InvalidTransitionError('Alleen een concept kan worden verwijderd.', set.status);
      if (set.version !== version)
        throw new StaleVersionError(version, toQuestionSetDto(set, actor, this.clock.today()), set.version);
      await this.audit.record(em, actor, {
        action: 'question_set.deleted',
        entityType: 'question_set',
        entityId: set.id,
        municipalityId: set.municipalityId,
        questionSetId: set.id,
        before: auditSnapshot(set),
      });
      await em.delete(QuestionSet, { id: set.id });
      await this.events.publish(em, new QuestionSetChanged(set, 'question_set.deleted'));
    });
  }

  /** A correction after publication: the original text stays visible with its date. */
  async correctAnswer(actor: Actor, id: number, answerId: number, input: CorrectAnswerDto): Promise<QuestionSetDto> {
    await this.dataSource.transaction(async (em) => {
      const set = await this.lockVisibleSet(em, actor, id);
      this.assertStaff(actor, set, 'Alleen de griffie of het college kan antwoorden corrigeren.');
      const answer = set.answers.find((a) => a.id === answerId);
      if (!answer) throw new NotFoundError(`Antwoord ${answerId}`);
      if (answer.version !== input.version) {
        throw new StaleVersionError(
          input.version,
          { id: answer.id, text: answer.text, version: answer.version },
          answer.version,
        );
      }
      const before = { answerId: answer.id, text: answer.text };
      if (set.status === 'published') {
        await em.insert(AnswerCorrection, {
          answerId: answer.id,
          previousText: answer.text,
          reason: input.reason.trim(),
          correctedOn: this.clock.today(),
        });
      }
      answer.text = input.text;
      // An update statement, not save(): the loaded relations must not be written back.
      await em
        .createQueryBuilder()
        .update(Answer)
        .set({ text: input.text })
        .where('id = :id', { id: answer.id })
        .execute();
      await this.audit.record(em, actor, {
        action: 'answer.corrected',
        entityType: 'answer',
        entityId: answer.id,
        municipalityId: set.municipalityId,
        questionSetId: set.id,
        before,
        after: { answerId: answer.id, text: answer.text, reason: input.reason },
      });
      await this.events.publish(em, new QuestionSetChanged(set, 'answer.corrected'));
    });
    return this.getQuestionSet(actor, id);
  }

  // ---- helpers ---------------------------------------------------------------------------

  /**
   * PeopleMerged: the sets of the removed person or party now name the kept one (portfolio holder,
   * party, submitters in their order, without doubling a submitter); each changed set is published
   * again so search indexes the kept name.
   */
  async movePeopleReferences(em: EntityManager, event: PeopleMerged): Promise<void> {
    const { keptId, removedId } = event;
    let rows: { id: number }[];
    if (event.kind === 'party') {
      rows = returned(
        await em.query(`UPDATE "question_set" SET "party_id" = $1 WHERE "party_id" = $2 RETURNING "id"`, [
          keptId,
          removedId,
        ]),
      );
    } else {
      const holders = returned<{ id: number }>(
        await em.query(
          `UPDATE "question_set" SET "portfolio_holder_id" = $1 WHERE "portfolio_holder_id" = $2 RETURNING "id"`,
          [keptId, removedId],
        ),
      );
      await em.query(
        `DELETE FROM "question_set_submitter" WHERE "person_id" = $2
           AND "question_set_id" IN (SELECT "question_set_id" FROM "question_set_submitter" WHERE "person_id" = $1)`,
        [keptId, removedId],
      );
      await em.query(`UPDATE "question_set_submitter" SET "person_id" = $1 WHERE "person_id" = $2`, [
        keptId,
        removedId,
      ]);
      const signed = returned<{ id: number }>(
        await em.query(
          `UPDATE "question_set" SET "submitter_order" = (
           SELECT array_agg(d.pid ORDER BY d.first) FROM (
             SELECT u.pid, min(u.ord) AS first
               FROM unnest(array_replace("submitter_order", $2::int, $1::int)) WITH ORDINALITY AS u(pid, ord)
              GROUP BY u.pid) d)
         WHERE $2::int = ANY("submitter_order") RETURNING "id"`,
          [keptId, removedId],
        ),
      );
      rows = [...holders, ...signed];
    }
    const ids = [...new Set(rows.map((r) => r.id))].filter((id) => typeof id === 'number');
    if (ids.length === 0) return;
    for (const set of await em.find(QuestionSet, { where: { id: In(ids) } }))
      await this.events.publish(em, new QuestionSetChanged(set, `${event.kind}.merged`));
  }

  /** Locks the set, checks visibility and version, applies the change, saves, audits, publishes QuestionSetChanged. */
  private async mutate(
    actor: Actor,
    id: number,
    version: number,
    action: string,
    change: (em: EntityManager, set: QuestionSet) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const set = await this.lockVisibleSet(em, actor, id);
      if (set.version !== version) {
        throw new StaleVersionError(version, toQuestionSetDto(set, actor, this.clock.today()), set.version);
      }
      const before = auditSnapshot(set);
      await change(em, set);
      const { questions: _q, answers: _a, postponements: _p, ...columns } = set;
      const saved = await em.save(QuestionSet, columns as QuestionSet);
      set.version = saved.version;
      await this.audit.record(em, actor, {
        action,
        entityType: 'question_set',
        entityId: set.id,
        municipalityId: set.municipalityId,
        questionSetId: set.id,
        before,
        after: auditSnapshot(set),
      });
      await this.events.publish(em, new QuestionSetChanged(set, action));
    });
  }

  private async lockVisibleSet(em: EntityManager, actor: Actor, id: number): Promise<QuestionSet> {
    // Row lock first, so concurrent writers queue instead of both passing the version check.
    const locked = await em.findOne(QuestionSet, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
      select: { id: true },
    });
    if (!locked) throw new NotFoundError(`Vragenset ${id}`);
    return this.findVisibleSet(actor, id, em);
  }

  private assertMayCreate(actor: Actor, municipality: Municipality, status: QuestionSetStatus): void {
    // A draft is the fractie's own working copy, visible to it alone: stored for anyone else it
    // would be a set its creator cannot see (the clerk got 404 while the draft was stored).
    if (status === 'draft' && actor.role !== 'party' && actor.role !== 'public') {
      throw new ForbiddenError(
        'Een concept is van de fractie zelf; de griffie registreert vragen (status registered).',
      );
    }
    if (actor.role === 'admin') return;
    if (actor.role === 'party' && actor.municipalityId === municipality.id) {
      if (status !== 'draft') throw new ForbiddenError('Een fractie maakt een concept en dient het daarna in.');
      return;
    }
    if (actor.role === 'clerk' && actor.municipalityId === municipality.id) return;
    if (actor.role === 'public') throw new NotFoundError(`Gemeente ${municipality.slug}`);
    throw new ForbiddenError('U mag in deze gemeente geen vragen registreren.');
  }

  private assertStaff(actor: Actor, set: QuestionSet, message: string): void {
    if (!isMunicipalStaff(actor, set.municipalityId)) throw new ForbiddenError(message);
  }

  private assertUniqueNumbers(questions: QuestionInputDto[]): void {
    const seen = new Set<string>();
    const errors: FieldError[] = [];
    questions.forEach((q, index) => {
      if (seen.has(q.number))
        errors.push({ path: `questions.${index}.number`, message: `vraag ${q.number} komt twee keer voor` });
      seen.add(q.number);
    });
    if (errors.length > 0) throw new DomainValidationError(errors);
  }

  private async dueDateOf(em: EntityManager, municipality: Municipality, receivedOn: string) {
    const { term, recesses } = await this.municipalities.termSettings(em, municipality);
    return computeAnswerTerm(receivedOn, term, recesses);
  }

  private async insertSet(
    em: EntityManager,
    actor: Actor,
    municipality: Municipality,
    input: Omit<ImportedSetInput, 'status'> & { status: QuestionSetStatus },
  ): Promise<QuestionSet> {
    this.assertUniqueNumbers(input.questions);
    if (input.reference) {
      const taken = await em.findOne(QuestionSet, {
        where: { municipalityId: municipality.id, reference: input.reference.trim() },
      });
      if (taken) {
        throw new ConflictError(`Registratienummer ${input.reference} is al in gebruik in ${municipality.name}.`, {
          existing: { setId: taken.id },
        });
      }
    }
    // A party account always submits on behalf of its own fractie.
    const party =
      actor.role === 'party' && actor.partyId !== null
        ? await this.people.findPartyOrFail(em, actor.partyId)
        : input.party
          ? await this.people.findOrCreateParty(em, municipality.id, input.party)
          : null;
    // Naming the own party (by name or id) is what a fractie naturally does; another party is refused.
    if (actor.role === 'party' && input.party && !namesParty(input.party, party)) {
      throw new DomainValidationError([
        { path: 'party', message: 'een fractie dient vragen in namens de eigen fractie' },
      ]);
    }
    const partyId = party?.id ?? null;
    const portfolioHolder = input.portfolioHolder
      ? await this.people.findOrCreatePerson(em, municipality.id, input.portfolioHolder, 'alderman')
      : null;
    const registered = input.status !== 'draft';
    // A set still open counts its term from today when no date is given; an archived set that
    // arrives already answered keeps an unknown received date unknown rather than inventing one.
    const settled = input.status === 'answered' || input.status === 'published';
    const receivedOn = registered ? (input.receivedOn ?? (settled ? null : this.clock.today())) : null;
    const due = receivedOn ? await this.dueDateOf(em, municipality, receivedOn) : null;
    const set = em.create(QuestionSet, {
      municipalityId: municipality.id,
      reference: input.reference?.trim() || null,
      subject: input.subject.trim(),
      legalBasis: input.legalBasis ?? municipality.legalBasis,
      partyId,
      portfolioHolderId: portfolioHolder?.id ?? null,
      explanation: input.explanation ?? null,
      introduction: input.introduction ?? null,
      status: input.status,
      receivedOn,
      dueOn: due?.dueOn ?? null,
      dueExplanation: due?.explanation ?? null,
      answeredOn: input.answers.length > 0 ? (input.answeredOn ?? this.clock.today()) : null,
      publishedOn: input.publishedOn ?? null,
      sourceSha256: input.sourceSha256 ?? null,
      sourceUrl: input.sourceUrl ?? null,
    });
    set.submitters = await this.resolveSubmitters(em, municipality.id, input.submitters ?? [], partyId);
    set.submitterOrder = set.submitters.map((p) => p.id);
    set.documents = await this.resolveDocuments(em, municipality.id, input.documents ?? []);
    const saved = await em.save(set);
    saved.municipality = municipality;
    saved.questions = await this.insertQuestions(em, saved.id, input.questions);
    saved.answers = [];
    saved.postponements = [];
    if (input.answers.length > 0) {
      const answers = await this.writeAnswers(em, saved, input.answers);
      await this.events.publish(em, new AnswersRecorded(actor, saved, answers));
    }
    return saved;
  }

  private async insertQuestions(
    em: EntityManager,
    questionSetId: number,
    questions: QuestionInputDto[],
  ): Promise<Question[]> {
    const rows = questions.map((q, position) =>
      em.create(Question, { questionSetId, number: q.number, text: q.text.trim(), position, answerId: null }),
    );
    return em.save(rows);
  }

  /**
   * Writes answers: each question is in at most one answer. Answering a question again replaces
   * its earlier answer (before publication); an answer left without questions is removed.
   */
  private async writeAnswers(em: EntityManager, set: QuestionSet, inputs: AnswerInputDto[]): Promise<Answer[]> {
    const byNumber = new Map(set.questions.map((q) => [q.number, q]));
    const errors: FieldError[] = [];
    const claimed = new Set<string>();
    inputs.forEach((answer, i) => {
      answer.questions.forEach((number, j) => {
        if (!byNumber.has(number))
          errors.push({ path: `answers.${i}.questions.${j}`, message: `vraag ${number} bestaat niet in deze set` });
        else if (claimed.has(number))
          errors.push({
            path: `answers.${i}.questions.${j}`,
            message: `vraag ${number} staat in meer dan één antwoord`,
          });
        claimed.add(number);
      });
      (answer.refersTo ?? []).forEach((number, j) => {
        if (!byNumber.has(number))
          errors.push({ path: `answers.${i}.refersTo.${j}`, message: `vraag ${number} bestaat niet in deze set` });
      });
    });
    if (errors.length > 0) throw new DomainValidationError(errors);

    const replaced = new Set<number>();
    for (const number of claimed) {
      const question = byNumber.get(number) as Question;
      if (question.answerId !== null) replaced.add(question.answerId);
    }
    let position = Math.max(-1, ...(set.answers ?? []).map((a) => a.position)) + 1;
    const saved: Answer[] = [];
    for (const input of inputs) {
      const documents = await this.resolveDocuments(em, set.municipalityId, input.documents ?? []);
      const answer = await em.save(
        em.create(Answer, {
          questionSetId: set.id,
          text: input.text.trim(),
          refersTo: input.refersTo ?? [],
          position: position++,
          documents,
        }),
      );
      const questions = input.questions.map((n) => byNumber.get(n) as Question);
      await em.update(Question, { id: In(questions.map((q) => q.id)) }, { answerId: answer.id });
      questions.forEach((q) => (q.answerId = answer.id));
      answer.questions = questions;
      saved.push(answer);
    }
    if (replaced.size > 0) {
      const stillUsed = new Set(set.questions.map((q) => q.answerId));
      const orphaned = [...replaced].filter((answerId) => !stillUsed.has(answerId));
      if (orphaned.length > 0) await em.delete(Answer, { id: In(orphaned) });
      set.answers = (set.answers ?? []).filter((a) => !orphaned.includes(a.id));
    }
    set.answers = [...(set.answers ?? []), ...saved];
    return saved;
  }

  private async resolveSubmitters(em: EntityManager, municipalityId: number, names: string[], partyId: number | null) {
    const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
    const people = [];
    for (const name of unique)
      people.push(await this.people.findOrCreatePerson(em, municipalityId, name, 'councillor', partyId));
    return people;
  }

  private async resolveDocuments(
    em: EntityManager,
    municipalityId: number,
    inputs: DocumentInputDto[],
  ): Promise<Document[]> {
    const documents = new Map<number, Document>();
    for (const input of inputs) {
      const document = await this.documents.findOrCreateDocument(em, municipalityId, input);
      documents.set(document.id, document);
    }
    return [...documents.values()];
  }
}

/** Whether `named` (a name or an id, as the API accepts) is this party. */
function namesParty(named: string, party: Party | null | undefined): boolean {
  if (!party) return false;
  const value = named.trim();
  return value === String(party.id) || value.toLowerCase() === party.name.toLowerCase();
}

/** The rows of an UPDATE … RETURNING through `em.query`: the PostgreSQL driver answers `[rows, affected]`. */
function returned<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}
