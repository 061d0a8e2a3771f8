import { Brackets, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../auth/actor';
import { canSeeSet, whereSetVisible } from '../auth/visibility';
import { DomainValidationError } from '../common/domain-errors';
import { FeedWindow, whereInFeedWindow } from '../common/feed-window';
import { parseSort } from '../common/pagination';
import { Answer } from './answer.entity';
import { QuestionSetsQueryDto } from './dto/question-set.dto';
import { Postponement } from './postponement.entity';
import { QuestionSet, QuestionSetStatus } from './question-set.entity';
import { Question } from './question.entity';

const SORTABLE: Record<string, string> = {
  receivedOn: 'set.receivedOn',
  dueOn: 'set.dueOn',
  answeredOn: 'set.answeredOn',
  publishedOn: 'set.publishedOn',
  createdAt: 'set.createdAt',
  reference: 'set.reference',
  subject: 'set.subject',
  status: 'set.status',
  party: 'sort_party.name',
  portfolioHolder: 'sort_holder.name',
  id: 'set.id',
};

/** Statuses in which the answer term runs; overdue and "due before" concern only these. */
const OPEN_STATUSES: QuestionSetStatus[] = ['registered', 'postponed'];

/**
 * The ids of one page of sets the actor may see, filtered and sorted as the list asks. The
 * filters use the `(municipality_id, status, due_on)`, `party_id` and `portfolio_holder_id` indexes.
 */
export function buildQuestionSetListQuery(
  em: EntityManager,
  actor: Actor,
  query: QuestionSetsQueryDto,
  municipalityId: number | null,
  today: string,
): SelectQueryBuilder<QuestionSet> {
  const sort = parseSort(query.sort, SORTABLE, '-receivedOn');
  if (!sort) {
    throw new DomainValidationError([
      { path: 'sort', message: `kan alleen op ${Object.keys(SORTABLE).join(', ')} (met - voor aflopend)` },
    ]);
  }
  const qb = em.getRepository(QuestionSet).createQueryBuilder('set').select('set.id');
  whereSetVisible(qb, 'set', actor);
  if (municipalityId !== null) qb.andWhere('set.municipalityId = :municipalityId', { municipalityId });
  if (query.party) {
    if (/^\d+$/.test(query.party)) qb.andWhere('set.partyId = :partyId', { partyId: Number(query.party) });
    else
      qb.andWhere('set.partyId IN (SELECT id FROM party WHERE lower(name) = lower(:partyName))', {
        partyName: query.party,
      });
  }
  if (query.portfolioHolder) {
    if (/^\d+$/.test(query.portfolioHolder)) {
      qb.andWhere('set.portfolioHolderId = :holderId', { holderId: Number(query.portfolioHolder) });
    } else {
      qb.andWhere('set.portfolioHolderId IN (SELECT id FROM person WHERE lower(name) = lower(:holderName))', {
        holderName: query.portfolioHolder,
      });
    }
  }
  if (query.status) qb.andWhere('set.status = :status', { status: query.status });
  if (query.intake) qb.andWhere('set.intakeStatus = :intake', { intake: query.intake });
  if (query.year) {
    qb.andWhere('set.receivedOn >= :yearStart AND set.receivedOn <= :yearEnd', {
      yearStart: `${query.year}-01-01`,
      yearEnd: `${query.year}-12-31`,
    });
  }
  // Overdue is derived, never stored: due date passed and the term still running.
  if (query.overdue === true) {
    qb.andWhere('set.status IN (:...open) AND set.dueOn < :today', { open: OPEN_STATUSES, today });
  } else if (query.overdue === false) {
    qb.andWhere('NOT (set.status IN (:...open) AND set.dueOn IS NOT NULL AND set.dueOn < :today)', {
      open: OPEN_STATUSES,
      today,
    });
  }
  if (query.dueBefore) {
    qb.andWhere('set.status IN (:...open) AND set.dueOn < :dueBefore', {
      open: OPEN_STATUSES,
      dueBefore: query.dueBefore,
    });
  }
  if (query.document) {
    qb.andWhere(
      `(set.id IN (SELECT question_set_id FROM question_set_document WHERE document_id = :documentId)
        OR set.id IN (SELECT a.question_set_id FROM answer a JOIN answer_document ad ON ad.answer_id = a.id WHERE ad.document_id = :documentId))`,
      { documentId: query.document },
    );
  }
  if (query.receivedFrom) qb.andWhere('set.receivedOn >= :receivedFrom', { receivedFrom: query.receivedFrom });
  if (query.receivedTo) qb.andWhere('set.receivedOn <= :receivedTo', { receivedTo: query.receivedTo });
  if (query.dueFrom) qb.andWhere('set.dueOn >= :dueFrom', { dueFrom: query.dueFrom });
  if (query.dueTo) qb.andWhere('set.dueOn <= :dueTo', { dueTo: query.dueTo });
  // Answered late is derived like overdue: the answer's date after the due date that applied.
  if (query.answeredLate === true) qb.andWhere('set.answeredOn > set.dueOn');
  else if (query.answeredLate === false) qb.andWhere('NOT (set.answeredOn IS NOT NULL AND set.answeredOn > set.dueOn)');
  if (query.text) {
    // Every word must occur in the reference, the subject or a question (accents and case folded).
    query.text
      .split(/\s+/)
      .filter((word) => word !== '')
      .slice(0, 10)
      .forEach((word, i) => {
        const param = `text${i}`;
        qb.andWhere(
          `(unaccent(coalesce(set.reference, '') || ' ' || set.subject) ILIKE unaccent(:${param})
            OR EXISTS (SELECT 1 FROM question tq WHERE tq.question_set_id = set.id AND unaccent(tq.text) ILIKE unaccent(:${param})))`,
          { [param]: `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
        );
      });
  }
  if (query.sort?.replace(/^-/, '') === 'party') qb.leftJoin('set.party', 'sort_party');
  if (query.sort?.replace(/^-/, '') === 'portfolioHolder') qb.leftJoin('set.portfolioHolder', 'sort_holder');
  return qb
    .orderBy(sort.column, sort.direction, sort.direction === 'DESC' ? 'NULLS LAST' : 'NULLS FIRST')
    .addOrderBy('set.id', 'DESC')
    .limit(query.limit)
    .offset(query.offset);
}

/**
 * Sets with everything the detail view shows, in a fixed number of queries (not one join per
 * relation, whose row count would multiply questions by answers by documents).
 */
export async function loadQuestionSets(em: EntityManager, ids: number[]): Promise<Map<number, QuestionSet>> {
  if (ids.length === 0) return new Map();
  const sets = await em.find(QuestionSet, {
    where: { id: In(ids) },
    relations: { municipality: true, party: true, portfolioHolder: true },
  });
  const setIds = sets.map((set) => set.id);
  const withLinks = await em.find(QuestionSet, {
    where: { id: In(setIds) },
    relations: { submitters: true, documents: true },
    select: { id: true },
  });
  const questions = await em.find(Question, { where: { questionSetId: In(setIds) }, order: { position: 'ASC' } });
  const answers = await em.find(Answer, {
    where: { questionSetId: In(setIds) },
    relations: { corrections: true, documents: true },
    order: { position: 'ASC' },
  });
  const postponements = await em.find(Postponement, { where: { questionSetId: In(setIds) }, order: { id: 'ASC' } });
  const links = new Map(withLinks.map((set) => [set.id, set]));
  for (const set of sets) {
    set.submitters = links.get(set.id)?.submitters ?? [];
    set.documents = links.get(set.id)?.documents ?? [];
    set.questions = questions.filter((q) => q.questionSetId === set.id);
    set.answers = answers.filter((a) => a.questionSetId === set.id);
    set.postponements = postponements.filter((p) => p.questionSetId === set.id);
  }
  return new Map(sets.map((set) => [set.id, set]));
}

/**
 * Sets for an open-data feed (OParl) in a stable order (id): those the actor may see, and with
 * `tombstones` also the withdrawn sets that had been registered, which feeds list as deleted
 * (a withdrawn draft never was public and stays out). Filters on created and updated time.
 */
export function buildQuestionSetFeedQuery(
  em: EntityManager,
  actor: Actor,
  window: FeedWindow,
  tombstones: boolean,
): SelectQueryBuilder<QuestionSet> {
  const qb = em
    .getRepository(QuestionSet)
    .createQueryBuilder('set')
    .select('set.id')
    .where('set.municipalityId = :feedMunicipality', { feedMunicipality: window.municipalityId });
  qb.andWhere(
    new Brackets((visible) => {
      visible.where(new Brackets((inner) => whereSetVisible(inner, 'set', actor)));
      if (tombstones) visible.orWhere(`(set.status = 'withdrawn' AND set.receivedOn IS NOT NULL)`);
    }),
  );
  // Without tombstones no withdrawn set at all, also where the visibility rule shows them.
  if (!tombstones) qb.andWhere(`set.status <> 'withdrawn'`);
  whereInFeedWindow(qb, window, 'set.createdAt', 'set.updatedAt');
  return qb.orderBy('set.id', 'ASC').limit(window.limit).offset(window.offset);
}

/** One set of a feed by id: visible to the actor, or a registered set since withdrawn (served as deleted). */
export function isFeedSet(actor: Actor, set: QuestionSet): boolean {
  return canSeeSet(actor, set) || (set.status === 'withdrawn' && set.receivedOn !== null);
}

const SET_COLUMNS = `s.id, s.municipality_id AS "municipalityId", s.reference, s.subject, s.legal_basis AS "legalBasis",
  s.party_id AS "partyId", s.submitter_order AS "submitterOrder", s.portfolio_holder_id AS "portfolioHolderId",
  s.explanation, s.introduction, s.status, s.received_on::text AS "receivedOn", s.due_on::text AS "dueOn",
  s.due_explanation AS "dueExplanation", s.answered_on::text AS "answeredOn", s.published_on::text AS "publishedOn",
  s.withdrawn_on::text AS "withdrawnOn", s.intake_status AS "intakeStatus", s.intake_note AS "intakeNote",
  s.closed_reason AS "closedReason", s.version, s.created_at AS "createdAt", s.updated_at AS "updatedAt",
  m.slug AS "municipalitySlug", m.name AS "municipalityName", m.questions_public AS "questionsPublic",
  pa.name AS "partyName", ph.name AS "portfolioHolderName"`;
const DOCUMENT_COLUMNS = `d.id, d.municipality_id AS "municipalityId", d.kind, d.reference, d.title, d.date::text AS date, d.url`;

type Row = Record<string, unknown>;

/** Rows grouped by one of their columns (the owner's id), in query order. */
function groupBy<T extends Row>(rows: T[], key: string): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const owner = row[key] as number;
    const list = groups.get(owner);
    if (list) list.push(row);
    else groups.set(owner, [row]);
  }
  return groups;
}

/**
 * The same sets as loadQuestionSets, for the bulk dump: plain rows of exactly the columns the
 * mapper reads, in six plain queries with `= ANY($1)`, put together in the entities' shape
 * (toQuestionSetDto maps them unchanged). TypeORM's hydration (result rows per relation join,
 * entity instances, then the entities) left several times the dump's text as garbage per set,
 * promoted to the old generation across the batch's round trips; the dump's RSS grew with it
 * (docs/api.md, bulk dumps). Documents come in id order.
 */
export async function loadQuestionSetsForDump(em: EntityManager, ids: number[]): Promise<QuestionSet[]> {
  if (ids.length === 0) return [];
  const sets = (await em.query(
    `SELECT ${SET_COLUMNS} FROM question_set s JOIN municipality m ON m.id = s.municipality_id
     LEFT JOIN party pa ON pa.id = s.party_id LEFT JOIN person ph ON ph.id = s.portfolio_holder_id
     WHERE s.id = ANY($1) ORDER BY s.id`,
    [ids],
  )) as Row[];
  const submitters = groupBy(
    (await em.query(
      `SELECT l.question_set_id AS owner, p.id, p.name FROM question_set_submitter l JOIN person p ON p.id = l.person_id
       WHERE l.question_set_id = ANY($1) ORDER BY p.id`,
      [ids],
    )) as Row[],
    'owner',
  );
  const documents = groupBy(
    (await em.query(
      `SELECT l.question_set_id AS owner, ${DOCUMENT_COLUMNS} FROM question_set_document l JOIN document d ON d.id = l.document_id
       WHERE l.question_set_id = ANY($1) ORDER BY d.id`,
      [ids],
    )) as Row[],
    'owner',
  );
  const questions = groupBy(
    (await em.query(
      `SELECT question_set_id AS owner, number, text, position, answer_id AS "answerId" FROM question
       WHERE question_set_id = ANY($1) ORDER BY position, id`,
      [ids],
    )) as Row[],
    'owner',
  );
  const answerRows = (await em.query(
    `SELECT question_set_id AS owner, id, text, refers_to AS "refersTo", position, version FROM answer
     WHERE question_set_id = ANY($1) ORDER BY position, id`,
    [ids],
  )) as Row[];
  const answerIds = answerRows.map((a) => a.id as number);
  const corrections = groupBy(
    answerIds.length === 0
      ? []
      : ((await em.query(
          `SELECT answer_id AS owner, id, previous_text AS "previousText", reason, corrected_on::text AS "correctedOn"
           FROM answer_correction WHERE answer_id = ANY($1) ORDER BY id`,
          [answerIds],
        )) as Row[]),
    'owner',
  );
  const answerDocuments = groupBy(
    answerIds.length === 0
      ? []
      : ((await em.query(
          `SELECT l.answer_id AS owner, ${DOCUMENT_COLUMNS} FROM answer_document l JOIN document d ON d.id = l.document_id
           WHERE l.answer_id = ANY($1) ORDER BY d.id`,
          [answerIds],
        )) as Row[]),
    'owner',
  );
  for (const answer of answerRows) {
    answer.corrections = corrections.get(answer.id as number) ?? [];
    answer.documents = answerDocuments.get(answer.id as number) ?? [];
  }
  const answers = groupBy(answerRows, 'owner');
  const postponements = groupBy(
    (await em.query(
      `SELECT question_set_id AS owner, id, reason, sent_on::text AS "sentOn", new_due_on::text AS "newDueOn"
       FROM postponement WHERE question_set_id = ANY($1) ORDER BY id`,
      [ids],
    )) as Row[],
    'owner',
  );
  return sets.map((row) => {
    const id = row.id as number;
    return {
      ...row,
      municipality: {
        id: row.municipalityId,
        slug: row.municipalitySlug,
        name: row.municipalityName,
        questionsPublic: row.questionsPublic,
      },
      party: row.partyId === null ? null : { id: row.partyId, name: row.partyName },
      portfolioHolder:
        row.portfolioHolderId === null ? null : { id: row.portfolioHolderId, name: row.portfolioHolderName },
      submitters: submitters.get(id) ?? [],
      documents: documents.get(id) ?? [],
      questions: questions.get(id) ?? [],
      answers: answers.get(id) ?? [],
      postponements: postponements.get(id) ?? [],
    } as unknown as QuestionSet;
  });
}
