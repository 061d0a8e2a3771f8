import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { historyAsSeenBy } from '../audit/history-view';
import { Actor } from '../auth/actor';
import {
  canSeeAnswers,
  canSeeUnconfirmedCommitments,
  isMunicipalStaff,
  sqlVisibilityCondition,
} from '../auth/visibility';
import { Clock } from '../common/clock';
import { DomainEvents } from '../common/domain-events';
import {
  DomainValidationError,
  FieldError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  StaleVersionError,
} from '../common/domain-errors';
import { Page } from '../common/pagination';
import { describeDeadline, describeDistance, formatDutchDate } from '../deadlines';
import type { Document } from '../documents/document.entity';
import { DocumentsService, toDocumentDto } from '../documents/documents.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import type { Answer } from '../questions/answer.entity';
import type { QuestionSetDto } from '../questions/dto/question-set.dto';
import type { QuestionSet } from '../questions/question-set.entity';
import { QuestionsService } from '../questions/questions.service';
import { Commitment, CommitmentStatus, UNCONFIRMED_STATUSES } from './commitment.entity';
import { CommitmentStatusChanged } from './commitment.events';
import { PeopleService } from '../people/people.service';
import {
  BulkCommitmentActionDto,
  CommitmentCountsDto,
  CommitmentDto,
  CommitmentFilterDto,
  CommitmentTransitionDto,
  CreateCommitmentDto,
  FulfilCommitmentDto,
  MeetingInputDto,
  UpdateCommitmentDto,
} from './dto/commitment.dto';
import { enqueueFollowNotification } from './follow-up/notification-queue';
import { CommitmentProposal, proposalContext, proposeFromText, resolveTerm } from './proposal';
import { COMMITMENT_STATUS_LABELS } from './status-labels';

/** Most rows a CSV export, print page or feed carries; a register larger than this is filtered first. */
export const EXPORT_LIMIT = 5000;

export type Transition = 'confirm' | 'dismiss' | 'fulfil' | 'withdraw' | 'not-kept';

const TRANSITIONS: Record<Transition, { from: CommitmentStatus[]; message: string }> = {
  confirm: { from: ['proposed'], message: 'Alleen een voorgestelde toezegging kan worden bevestigd.' },
  dismiss: { from: ['proposed'], message: 'Alleen een voorgestelde toezegging kan worden afgewezen.' },
  fulfil: {
    from: ['open', 'partially_fulfilled'],
    message: 'Alleen een open of deels nagekomen toezegging kan worden afgedaan.',
  },
  withdraw: { from: ['open', 'partially_fulfilled'], message: 'Alleen een open toezegging kan worden ingetrokken.' },
  'not-kept': {
    from: ['open', 'partially_fulfilled'],
    message: 'Alleen een open toezegging kan als niet nagekomen worden gemarkeerd.',
  },
};

const TRANSITION_ACTIONS: Record<Transition, string> = {
  confirm: 'commitment.confirmed',
  dismiss: 'commitment.dismissed',
  fulfil: 'commitment.fulfilled',
  withdraw: 'commitment.withdrawn',
  'not-kept': 'commitment.not_kept',
};

const SORTABLE: Record<string, string> = {
  deadline: 'c.deadline',
  createdAt: 'c.createdAt',
  id: 'c.id',
  status: 'c.status',
};

/** The register of toezeggingen: proposals from answers, the griffie's decisions, follow-up until kept. */
/** The list filters; `municipality` is the client's id or slug, or the municipality a caller already found. */
export type CommitmentFilter = Omit<CommitmentFilterDto, 'municipality'> & { municipality?: string | { id: number } };

@Injectable()
export class CommitmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
    private readonly documents: DocumentsService,
    private readonly people: PeopleService,
    private readonly questions: QuestionsService,
  ) {}

  // ---- reading ---------------------------------------------------------------------------

  /** What the figures count: the confirmed commitments of a municipality the actor may see (deadline, status, portfolio holder). */
  async figureRows(
    actor: Actor,
    municipalityId: number,
  ): Promise<{ deadline: string | null; status: string; holder: string | null }[]> {
    const rows = await this.visibleQuery(actor)
      .select(['"c"."deadline"::text AS deadline', 'c.status AS status', 'ph.name AS holder'])
      .andWhere('c.municipalityId = :figuresMunicipality', { figuresMunicipality: municipalityId })
      .andWhere('c.status NOT IN (:...figuresUnconfirmed)', { figuresUnconfirmed: UNCONFIRMED_STATUSES })
      .getRawMany<{ deadline: string | null; status: string; holder: string | null }>();
    return rows;
  }

  /**
   * Commitments the actor may see (docs/api.md): proposed and dismissed ones only for the
   * griffie and college of the municipality; the others when the set's answers are visible.
   */
  visibleQuery(actor: Actor, em: EntityManager = this.dataSource.manager): SelectQueryBuilder<Commitment> {
    const qb = em
      .createQueryBuilder(Commitment, 'c')
      .leftJoinAndSelect('c.questionSet', 's')
      .innerJoinAndSelect('c.municipality', 'm')
      .leftJoinAndSelect('c.portfolioHolder', 'ph')
      .leftJoinAndSelect('c.party', 'p')
      .leftJoinAndSelect('c.fulfilledByDocument', 'd');
    if (actor.role === 'admin') return qb;
    // A commitment made in a meeting has no set: it is as public as the meeting it was made in
    // (only the rule on unconfirmed ones below applies); one from an answer follows the answers' embargo.
    const params: Record<string, unknown> = {};
    const answers = sqlVisibilityCondition(
      actor,
      's',
      (value) => {
        const name = `cvis${Object.keys(params).length}`;
        params[name] = value;
        return `:${name}`;
      },
      'answers',
    );
    if (answers !== 'true') {
      qb.andWhere(new Brackets((inner) => inner.where('c.questionSetId IS NULL').orWhere(answers, params)));
    }
    qb.andWhere(
      new Brackets((inner) => {
        inner.where('c.status NOT IN (:...unconfirmed)', { unconfirmed: UNCONFIRMED_STATUSES });
        if ((actor.role === 'clerk' || actor.role === 'executive') && actor.municipalityId !== null) {
          inner.orWhere('c.municipalityId = :ownMunicipality', { ownMunicipality: actor.municipalityId });
        }
      }),
    );
    return qb;
  }

  /** Applies the list filters of api.md to a visible query. */
  async applyFilters(
    qb: SelectQueryBuilder<Commitment>,
    filter: CommitmentFilter,
    today = this.clock.today(),
  ): Promise<void> {
    if (filter.municipality) {
      // A caller that already holds the municipality (the iCal feed) passes it; a client's id or slug is looked up.
      const municipality =
        typeof filter.municipality === 'string'
          ? await this.municipalities.findMunicipality(filter.municipality)
          : filter.municipality;
      qb.andWhere('c.municipalityId = :fm', { fm: municipality.id });
    }
    if (filter.status) qb.andWhere('c.status = :fs', { fs: filter.status });
    if (filter.portfolioHolder) {
      if (/^\d+$/.test(filter.portfolioHolder))
        qb.andWhere('c.portfolioHolderId = :fph', { fph: Number(filter.portfolioHolder) });
      else qb.andWhere('lower(ph.name) = lower(:fph)', { fph: filter.portfolioHolder.trim() });
    }
    if (filter.party) {
      if (/^\d+$/.test(filter.party)) qb.andWhere('c.partyId = :fp', { fp: Number(filter.party) });
      else qb.andWhere('lower(p.name) = lower(:fp)', { fp: filter.party.trim() });
    }
    if (filter.overdue === true) qb.andWhere(`c.status = 'open' AND c.deadline < :today`, { today });
    if (filter.overdue === false)
      qb.andWhere(`NOT (c.status = 'open' AND c.deadline IS NOT NULL AND c.deadline < :today)`, { today });
    if (filter.dueFrom) qb.andWhere('c.deadline >= :dueFrom', { dueFrom: filter.dueFrom });
    if (filter.dueTo) qb.andWhere('c.deadline <= :dueTo', { dueTo: filter.dueTo });
    if (filter.questionSet !== undefined) qb.andWhere('c.questionSetId = :fqs', { fqs: filter.questionSet });
    if (filter.source === 'answer') qb.andWhere('c.questionSetId IS NOT NULL');
    if (filter.source === 'meeting') qb.andWhere('c.questionSetId IS NULL');
  }

  /** The register's numbers over the list's filters: per status (ignoring the status filter), overdue, total. */
  async countCommitments(actor: Actor, filter: CommitmentFilter): Promise<CommitmentCountsDto> {
    const today = this.clock.today();
    const qb = this.visibleQuery(actor);
    await this.applyFilters(qb, { ...filter, status: undefined }, today);
    const rows: { status: CommitmentStatus; count: number; overdue: number }[] = await qb
      .select('c.status', 'status')
      .addSelect('COUNT(*)::int', 'count')
      .addSelect(`COUNT(*) FILTER (WHERE c.status = 'open' AND c.deadline < :countToday)::int`, 'overdue')
      .setParameter('countToday', today)
      .groupBy('c.status')
      .getRawMany();
    const byStatus: Record<string, number> = {};
    for (const row of rows) byStatus[row.status] = row.count;
    const shown = rows.filter((row) => !filter.status || row.status === filter.status);
    return {
      total: shown.reduce((sum, row) => sum + row.count, 0),
      byStatus,
      overdue: filter.overdue === false ? 0 : shown.reduce((sum, row) => sum + row.overdue, 0),
    };
  }

  private order(qb: SelectQueryBuilder<Commitment>, sort: string | undefined): void {
    const raw = sort ?? 'deadline';
    const descending = raw.startsWith('-');
    const column = SORTABLE[descending ? raw.slice(1) : raw];
    if (!column) {
      throw new DomainValidationError([{ path: 'sort', message: `kan alleen op ${Object.keys(SORTABLE).join(', ')}` }]);
    }
    qb.orderBy(column, descending ? 'DESC' : 'ASC', 'NULLS LAST').addOrderBy('c.id', 'ASC');
  }

  async listCommitments(actor: Actor, filter: CommitmentFilterDto): Promise<Page<CommitmentDto>> {
    const qb = this.visibleQuery(actor);
    await this.applyFilters(qb, filter);
    this.order(qb, filter.sort);
    qb.take(filter.limit).skip(filter.offset);
    const [rows, total] = await qb.getManyAndCount();
    const today = this.clock.today();
    return { items: rows.map((c) => this.toDto(c, today)), total, limit: filter.limit, offset: filter.offset };
  }

  /** Every matching commitment (up to EXPORT_LIMIT), for the CSV, the print page and mails. */
  async listAllCommitments(
    actor: Actor,
    filter: Omit<CommitmentFilter, 'limit' | 'offset'>,
    today: string = this.clock.today(),
  ): Promise<CommitmentDto[]> {
    const qb = this.visibleQuery(actor);
    await this.applyFilters(qb, { ...filter, limit: EXPORT_LIMIT, offset: 0 }, today);
    this.order(qb, filter.sort);
    qb.take(EXPORT_LIMIT);
    return (await qb.getMany()).map((c) => this.toDto(c, today));
  }

  /** Every commitment the actor may see in id order, in keyset batches: for the bulk dumps. */
  async *streamCommitments(actor: Actor, batchSize: number): AsyncGenerator<CommitmentDto[]> {
    const today = this.clock.today();
    let after = 0;
    for (;;) {
      // Only many-to-one joins: LIMIT counts commitments, not joined rows.
      const rows = await this.visibleQuery(actor)
        .andWhere('c.id > :after', { after })
        .orderBy('c.id', 'ASC')
        .limit(batchSize)
        .getMany();
      if (rows.length === 0) return;
      yield rows.map((commitment) => this.toDto(commitment, today));
      after = rows[rows.length - 1].id;
    }
  }

  async getCommitment(actor: Actor, id: number): Promise<CommitmentDto> {
    return this.toDto(await this.findVisible(actor, id), this.clock.today());
  }

  async historyOfCommitment(actor: Actor, id: number) {
    const commitment = await this.findVisible(actor, id);
    // A meeting commitment stands as a published answer would: its history is public once confirmed.
    const set = commitment.questionSet
      ? { ...commitment.questionSet, municipality: commitment.municipality }
      : { municipalityId: commitment.municipalityId, partyId: null, status: 'published', receivedOn: null };
    return historyAsSeenBy(actor, set, await this.audit.historyOfEntity('commitment', id));
  }

  /** Fills `commitments` of question-set responses with what the actor may see. */
  async enrichSets(actor: Actor, dtos: QuestionSetDto[]): Promise<void> {
    if (dtos.length === 0) return;
    const rows = await this.visibleQuery(actor)
      .andWhere('c.questionSetId IN (:...setIds)', { setIds: dtos.map((d) => d.id) })
      .orderBy('c.id', 'ASC')
      .getMany();
    const today = this.clock.today();
    for (const dto of dtos)
      dto.commitments = rows.filter((c) => c.questionSetId === dto.id).map((c) => this.toDto(c, today));
  }

  private async findVisible(
    actor: Actor,
    id: number,
    em: EntityManager = this.dataSource.manager,
  ): Promise<Commitment> {
    const commitment = await em.findOne(Commitment, {
      where: { id },
      relations: {
        questionSet: true,
        municipality: true,
        portfolioHolder: true,
        party: true,
        fulfilledByDocument: true,
      },
    });
    if (!commitment || !this.canSee(actor, commitment)) throw new NotFoundError(`Toezegging ${id}`);
    return commitment;
  }

  canSee(actor: Actor, commitment: Commitment): boolean {
    if (commitment.questionSet && !canSeeAnswers(actor, commitment.questionSet)) return false;
    return (
      !UNCONFIRMED_STATUSES.includes(commitment.status) ||
      canSeeUnconfirmedCommitments(actor, commitment.municipalityId)
    );
  }

  toDto(c: Commitment, today: string): CommitmentDto {
    return {
      id: c.id,
      version: c.version,
      municipality: c.municipality.slug,
      municipalityId: c.municipalityId,
      questionSetId: c.questionSetId,
      questionSetSubject: c.questionSet?.subject ?? null,
      meeting: c.meetingName && c.meetingDate ? { name: c.meetingName, date: c.meetingDate } : null,
      answerId: c.answerId,
      questions: c.questions,
      sentence: c.sentence,
      phrase: c.phrase,
      period: c.periodStart && c.periodEnd ? { start: c.periodStart, end: c.periodEnd } : null,
      precision: c.precision,
      relation: c.relation,
      approximate: c.approximate,
      deadline: c.deadline,
      referenceDate: c.referenceDate,
      status: c.status,
      statusLabel: COMMITMENT_STATUS_LABELS[c.status],
      statusChangedOn: c.statusChangedOn,
      overdue: isCommitmentOverdue(c, today),
      display: describeCommitmentTerm(c, today),
      portfolioHolder: c.portfolioHolder ? { id: c.portfolioHolder.id, name: c.portfolioHolder.name } : null,
      party: c.party ? { id: c.party.id, name: c.party.name } : null,
      fulfilledBy: c.fulfilledByDocument ? toDocumentDto(c.fulfilledByDocument) : null,
      notes: c.notes,
      source: c.source,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }

  // ---- proposals -------------------------------------------------------------------------

  /**
   * The answersRecorded hook: proposes the promising sentences of the saved answers and of the
   * introduction. Keyed by (set, normalised sentence): recording the same answer again proposes
   * nothing new, and a dismissed proposal stays dismissed.
   */
  async proposeFromAnswers(em: EntityManager, actor: Actor, set: QuestionSet, answers: Answer[]): Promise<number[]> {
    const reference = set.answeredOn ?? this.clock.today();
    const found: { answerId: number | null; proposal: CommitmentProposal }[] = [];
    const context = proposalContext(set.municipality?.name ?? null, [
      set.explanation,
      set.introduction,
      ...(set.questions ?? []).map((q) => q.text),
      ...(set.answers ?? []).map((a) => a.text),
      ...answers.map((a) => a.text),
    ]);
    if (set.introduction) {
      for (const proposal of proposeFromText(set.introduction, reference, [], context))
        found.push({ answerId: null, proposal });
    }
    for (const answer of answers) {
      const numbers = (answer.questions ?? []).map((q) => q.number);
      for (const proposal of proposeFromText(answer.text, reference, numbers, context))
        found.push({ answerId: answer.id, proposal });
    }
    const created: number[] = [];
    const seen = new Set<string>();
    for (const { answerId, proposal } of found) {
      if (seen.has(proposal.sourceHash)) continue;
      seen.add(proposal.sourceHash);
      const rows: { id: number; inserted: boolean }[] = await em.query(
        `INSERT INTO "commitment" ("municipality_id", "question_set_id", "answer_id", "questions", "sentence", "source_hash",
           "phrase", "period_start", "period_end", "precision", "relation", "approximate", "deadline", "reference_date",
           "portfolio_holder_id", "party_id", "status", "source", "version")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 'proposed', 'proposal', 1)
         ON CONFLICT ("question_set_id", "source_hash") WHERE source_hash IS NOT NULL
         DO UPDATE SET "answer_id" = COALESCE(EXCLUDED."answer_id", "commitment"."answer_id")
         RETURNING "id", (xmax = 0) AS "inserted"`,
        [
          set.municipalityId,
          set.id,
          answerId,
          proposal.questions,
          proposal.sentence,
          proposal.sourceHash,
          proposal.phrase,
          proposal.periodStart,
          proposal.periodEnd,
          proposal.precision,
          proposal.relation,
          proposal.approximate,
          proposal.deadline,
          reference,
          set.portfolioHolderId,
          set.partyId,
        ],
      );
      const row = rows[0];
      if (!row?.inserted) continue;
      created.push(row.id);
      await this.audit.record(em, actor, {
        action: 'commitment.proposed',
        entityType: 'commitment',
        entityId: row.id,
        municipalityId: set.municipalityId,
        questionSetId: set.id,
        after: {
          sentence: proposal.sentence,
          phrase: proposal.phrase,
          deadline: proposal.deadline,
          questions: proposal.questions,
          status: 'proposed',
        },
      });
    }
    return created;
  }

  /** The demo data: the griffie has confirmed the seeds' commitments (demo/README.md). */
  async confirmAllProposed(actor: Actor, questionSetId: number): Promise<number> {
    const proposed = await this.dataSource
      .getRepository(Commitment)
      .find({ where: { questionSetId, status: 'proposed' } });
    for (const c of proposed) await this.transition(actor, c.id, 'confirm', { version: c.version });
    return proposed.length;
  }

  // ---- writing ---------------------------------------------------------------------------

  /**
   * Manual entry by the griffie, open at once: for a question set (the phrase resolves against its
   * answer date), or made in a meeting (against the meeting's date; portfolio holder and party are
   * the municipality's own). A `deadline` date pins the term down when the phrase does not.
   */
  async createCommitment(actor: Actor, input: CreateCommitmentDto): Promise<CommitmentDto> {
    if ((input.questionSetId === undefined) === (input.meeting === undefined)) {
      throw new DomainValidationError([
        { path: 'meeting', message: 'noem de vragenset (questionSetId) of de vergadering (meeting), niet allebei' },
      ]);
    }
    const id = await this.dataSource.transaction(async (em) => {
      const origin = input.meeting ? await this.meetingOrigin(actor, input) : await this.setOrigin(em, actor, input);
      const term = resolveTerm(input.phrase, origin.referenceDate);
      if (input.deadline) term.deadline = input.deadline;
      const saved = await em.save(
        em.create(Commitment, {
          ...origin,
          answerId: null,
          questions: input.questions ?? [],
          sentence: input.sentence.trim(),
          sourceHash: null,
          ...term,
          status: 'open',
          statusChangedOn: this.clock.today(),
          fulfilledByDocumentId: null,
          notes: input.notes ?? null,
        }),
      );
      await this.audit.record(em, actor, {
        action: 'commitment.created',
        entityType: 'commitment',
        entityId: saved.id,
        municipalityId: saved.municipalityId,
        questionSetId: saved.questionSetId,
        after: snapshot(saved),
      });
      if (saved.questionSetId !== null)
        await enqueueFollowNotification(em, saved.questionSetId, 'commitment.created', saved.id);
      // A new open commitment: the set now matches the search filter openCommitments.
      await this.events.publish(
        em,
        new CommitmentStatusChanged(saved.id, saved.questionSetId, 'commitment.created', null, saved.status),
      );
      return saved.id;
    });
    return this.getCommitment(actor, id);
  }

  private async setOrigin(em: EntityManager, actor: Actor, input: CreateCommitmentDto) {
    // createCommitment took this path because questionSetId is set.
    const set = await this.questions.findSetRow(em, input.questionSetId as number);
    if (!set || !canSeeAnswers(actor, set)) throw new NotFoundError(`Vragenset ${input.questionSetId}`);
    this.assertClerk(actor, set.municipalityId);
    return {
      municipalityId: set.municipalityId,
      questionSetId: set.id,
      meetingName: null,
      meetingDate: null,
      referenceDate: set.answeredOn ?? this.clock.today(),
      portfolioHolderId: set.portfolioHolderId,
      partyId: set.partyId,
      source: 'manual' as const,
    };
  }

  private async meetingOrigin(actor: Actor, input: CreateCommitmentDto) {
    const meeting = input.meeting as MeetingInputDto;
    const ref = input.municipality ?? (actor.municipalityId !== null ? String(actor.municipalityId) : undefined);
    if (!ref) throw new DomainValidationError([{ path: 'municipality', message: 'kies een gemeente' }]);
    const municipality = await this.municipalities.findMunicipality(ref);
    this.assertClerk(actor, municipality.id);
    const problems: FieldError[] = [];
    if (
      input.portfolioHolderId !== undefined &&
      !(await this.people.findPersonInMunicipality(municipality.id, input.portfolioHolderId))
    )
      problems.push({ path: 'portfolioHolderId', message: 'is geen persoon van deze gemeente' });
    if (input.partyId !== undefined && !(await this.people.findPartyInMunicipality(municipality.id, input.partyId)))
      problems.push({ path: 'partyId', message: 'is geen fractie van deze gemeente' });
    if (problems.length > 0) throw new DomainValidationError(problems);
    return {
      municipalityId: municipality.id,
      questionSetId: null,
      meetingName: meeting.name.trim(),
      meetingDate: meeting.date,
      referenceDate: meeting.date,
      portfolioHolderId: input.portfolioHolderId ?? null,
      partyId: input.partyId ?? null,
      source: 'meeting' as const,
    };
  }

  /**
   * Confirms or dismisses several proposals in one transaction (the register's checkboxes): rows are
   * locked in id order, every version is checked, and one stale or finished proposal rolls all back.
   */
  async bulkTransition(actor: Actor, input: BulkCommitmentActionDto): Promise<CommitmentDto[]> {
    const ids = [...new Set(input.items.map((item) => item.id))];
    const versions = new Map(input.items.map((item) => [item.id, item.version]));
    const action = TRANSITION_ACTIONS[input.action];
    await this.dataSource.transaction(async (em) => {
      for (const id of [...ids].sort((a, b) => a - b)) {
        await this.mutateIn(em, actor, id, versions.get(id) as number, action, async (c) => {
          this.assertClerk(actor, c.municipalityId);
          const rule = TRANSITIONS[input.action];
          if (!rule.from.includes(c.status)) throw new InvalidTransitionError(rule.message, c.status);
          c.status = input.action === 'confirm' ? 'open' : 'dismissed';
          c.statusChangedOn = this.clock.today();
        });
      }
    });
    const today = this.clock.today();
    return Promise.all(ids.map(async (id) => this.toDto(await this.findVisible(actor, id), today)));
  }

  /** Edits text, phrase (re-resolved against the answer date) and notes: the griffie only. */
  async updateCommitment(actor: Actor, id: number, input: UpdateCommitmentDto): Promise<CommitmentDto> {
    await this.mutate(actor, id, input.version, 'commitment.updated', async (c) => {
      this.assertClerk(actor, c.municipalityId);
      if (input.sentence !== undefined) c.sentence = input.sentence.trim();
      if (input.phrase !== undefined) Object.assign(c, resolveTerm(input.phrase, c.referenceDate));
      if (input.notes !== undefined) c.notes = input.notes;
    });
    return this.getCommitment(actor, id);
  }

  async transition(
    actor: Actor,
    id: number,
    transition: Transition,
    input: CommitmentTransitionDto | FulfilCommitmentDto,
  ): Promise<CommitmentDto> {
    const action = TRANSITION_ACTIONS[transition];
    await this.mutate(actor, id, input.version, action, async (c, em) => {
      if (!isMunicipalStaff(actor, c.municipalityId)) {
        throw new ForbiddenError('Alleen de griffie of het college kan de status van een toezegging wijzigen.');
      }
      const rule = TRANSITIONS[transition];
      if (!rule.from.includes(c.status)) throw new InvalidTransitionError(rule.message, c.status);
      switch (transition) {
        case 'confirm':
          c.status = 'open';
          break;
        case 'dismiss':
          c.status = 'dismissed';
          break;
        case 'withdraw':
          c.status = 'withdrawn';
          break;
        case 'not-kept':
          c.status = 'not_kept';
          break;
        case 'fulfil': {
          const fulfil = input as FulfilCommitmentDto;
          c.status = fulfil.partial ? 'partially_fulfilled' : 'fulfilled';
          const document = await this.fulfillingDocument(em, c.municipalityId, fulfil);
          if (document) {
            c.fulfilledByDocumentId = document.id;
            c.fulfilledByDocument = document;
          }
          break;
        }
      }
      if (input.notes !== undefined) c.notes = input.notes;
      c.statusChangedOn = this.clock.today();
    });
    return this.getCommitment(actor, id);
  }

  /** The document named by a fulfil request: an existing one of the municipality, or a new one. */
  private async fulfillingDocument(
    em: EntityManager,
    municipalityId: number,
    fulfil: FulfilCommitmentDto,
  ): Promise<Document | null> {
    if (fulfil.documentId !== undefined && fulfil.document !== undefined) {
      throw new DomainValidationError([
        { path: 'document', message: 'kies een bestaand document of voer een nieuw in, niet allebei' },
      ]);
    }
    if (fulfil.document !== undefined) return this.documents.findOrCreateDocument(em, municipalityId, fulfil.document);
    if (fulfil.documentId === undefined) return null;
    const document = await this.documents.findDocumentOrNull(em, fulfil.documentId);
    if (!document || document.municipalityId !== municipalityId) {
      throw new DomainValidationError([{ path: 'documentId', message: 'is geen document van deze gemeente' }]);
    }
    return document;
  }

  private async mutate(
    actor: Actor,
    id: number,
    version: number,
    action: string,
    change: (c: Commitment, em: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction((em) => this.mutateIn(em, actor, id, version, action, change));
  }

  private async mutateIn(
    em: EntityManager,
    actor: Actor,
    id: number,
    version: number,
    action: string,
    change: (c: Commitment, em: EntityManager) => Promise<void>,
  ): Promise<void> {
    // Row lock first, so two writers queue instead of both passing the version check.
    const locked = await em.findOne(Commitment, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
      select: { id: true },
    });
    if (!locked) throw new NotFoundError(`Toezegging ${id}`);
    const c = await this.findVisible(actor, id, em);
    if (c.version !== version) throw new StaleVersionError(version, this.toDto(c, this.clock.today()), c.version);
    const before = snapshot(c);
    await change(c, em);
    const {
      questionSet: _s,
      municipality: _m,
      portfolioHolder: _ph,
      party: _p,
      fulfilledByDocument: _d,
      ...columns
    } = c;
    const saved = await em.save(Commitment, columns as Commitment);
    c.version = saved.version;
    await this.audit.record(em, actor, {
      action,
      entityType: 'commitment',
      entityId: c.id,
      municipalityId: c.municipalityId,
      questionSetId: c.questionSetId,
      before,
      after: snapshot(c),
    });
    if (c.questionSetId !== null) await enqueueFollowNotification(em, c.questionSetId, action, c.id);
    await this.events.publish(em, new CommitmentStatusChanged(c.id, c.questionSetId, action, before.status, c.status));
  }

  private assertClerk(actor: Actor, municipalityId: number): void {
    if (actor.role === 'admin') return;
    if (actor.role === 'clerk' && actor.municipalityId === municipalityId) return;
    throw new ForbiddenError('Alleen de griffie kan toezeggingen invoeren of bewerken.');
  }
}

/** Overdue is derived, never stored: open and the deadline passed. */
/** Statuses in which the term still runs, so its distance from today is worth showing. */
const RUNNING: CommitmentStatus[] = ['proposed', 'open', 'partially_fulfilled'];

/**
 * The term as pages, exports and mails show it: a running commitment's distance from today
 * (`over 3 weken`, `2 maanden te laat`); a fulfilled one measured on the day it was fulfilled
 * (`nagekomen op 3 maart 2025, op tijd`, or `…, 2 weken na de uiterste datum`), never "te laat": it is kept.
 */
export function describeCommitmentTerm(
  c: { status: CommitmentStatus; phrase: string | null; deadline: string | null; statusChangedOn: string | null },
  today: string,
): string {
  if (RUNNING.includes(c.status)) return describeDeadline(c, today);
  const term = describeDeadline({ phrase: c.phrase, deadline: null }, today);
  const base = c.deadline ? describeDeadline(c, c.deadline).replace(/ · vandaag$/, '') : term;
  if (c.status !== 'fulfilled' || !c.statusChangedOn) return base;
  const on = `nagekomen op ${formatDutchDate(c.statusChangedOn)}`;
  if (!c.deadline) return `${base} · ${on}`;
  return c.statusChangedOn <= c.deadline
    ? `${base} · ${on}, op tijd`
    : `${base} · ${on}, ${describeDistance(c.deadline, c.statusChangedOn).replace(/ te laat$/, ' na de uiterste datum')}`;
}

export function isCommitmentOverdue(c: { status: CommitmentStatus; deadline: string | null }, today: string): boolean {
  return c.status === 'open' && c.deadline !== null && c.deadline < today;
}

function snapshot(c: Commitment) {
  return {
    status: c.status,
    sentence: c.sentence,
    phrase: c.phrase,
    deadline: c.deadline,
    questions: c.questions,
    fulfilledByDocumentId: c.fulfilledByDocumentId,
    notes: c.notes,
  };
}
