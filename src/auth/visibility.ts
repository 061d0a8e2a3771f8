import { Brackets, SelectQueryBuilder, WhereExpressionBuilder } from 'typeorm';
import { Actor } from './actor';

/**
 * Who sees what (conventions/api.md, "Who sees what"): one place for every surface (API,
 * search, feeds, mails, pages). What a user may not see answers 404, never 403.
 */
export interface VisibleSetFields {
  municipalityId: number;
  partyId: number | null;
  status: string;
}

/** Whether the actor may see the set at all (subject, questions, dates). */
export function canSeeSet(actor: Actor, set: VisibleSetFields): boolean {
  if (actor.role === 'admin') return true;
  if (set.status === 'published') return true;
  switch (actor.role) {
    case 'party':
      return set.municipalityId === actor.municipalityId && set.partyId !== null && set.partyId === actor.partyId;
    case 'executive':
    case 'clerk':
      return set.municipalityId === actor.municipalityId && set.status !== 'draft';
    default:
      return false;
  }
}

/** Whether the actor may see the set's answers: published, or the griffie and college of its municipality (embargo). */
export function canSeeAnswers(actor: Actor, set: VisibleSetFields): boolean {
  if (actor.role === 'admin') return true;
  if (set.status === 'published') return true;
  return (
    (actor.role === 'clerk' || actor.role === 'executive') &&
    set.municipalityId === actor.municipalityId &&
    set.status !== 'draft'
  );
}

/** Whether the actor sees commitments still `proposed` or `dismissed` (work in progress of the griffie). */
export function canSeeUnconfirmedCommitments(actor: Actor, municipalityId: number): boolean {
  if (actor.role === 'admin') return true;
  return (actor.role === 'clerk' || actor.role === 'executive') && actor.municipalityId === municipalityId;
}

/** Whether the actor works for the municipality: clerk or executive of it, or admin. */
export function isMunicipalStaff(actor: Actor, municipalityId: number): boolean {
  return canSeeUnconfirmedCommitments(actor, municipalityId);
}

let parameterCounter = 0;
function uniqueName(base: string): string {
  parameterCounter = (parameterCounter + 1) % 1_000_000;
  return `${base}${parameterCounter}`;
}

/**
 * SQL form of canSeeSet for lists: adds a WHERE on the question-set alias.
 * `alias` names a question_set row (columns municipality_id, party_id, status).
 */
export function whereSetVisible<T extends WhereExpressionBuilder>(qb: T, alias: string, actor: Actor): T {
  if (actor.role === 'admin') return qb;
  const m = uniqueName('visM');
  const p = uniqueName('visP');
  qb.andWhere(
    new Brackets((inner) => {
      inner.where(`${alias}.status = 'published'`);
      if (actor.role === 'party' && actor.partyId !== null) {
        inner.orWhere(`(${alias}.municipalityId = :${m} AND ${alias}.partyId = :${p})`, {
          [m]: actor.municipalityId,
          [p]: actor.partyId,
        });
      }
      if (actor.role === 'clerk' || actor.role === 'executive') {
        inner.orWhere(`(${alias}.municipalityId = :${m} AND ${alias}.status <> 'draft')`, {
          [m]: actor.municipalityId,
        });
      }
    }),
  );
  return qb;
}

/** SQL form of canSeeAnswers: adds a WHERE that keeps only sets whose answers the actor may read. */
export function whereAnswersVisible<T extends WhereExpressionBuilder>(qb: T, alias: string, actor: Actor): T {
  if (actor.role === 'admin') return qb;
  const m = uniqueName('visA');
  qb.andWhere(
    new Brackets((inner) => {
      inner.where(`${alias}.status = 'published'`);
      if (actor.role === 'clerk' || actor.role === 'executive') {
        inner.orWhere(`(${alias}.municipalityId = :${m} AND ${alias}.status <> 'draft')`, {
          [m]: actor.municipalityId,
        });
      }
    }),
  );
  return qb;
}

export type { SelectQueryBuilder };
