import type { WhereExpressionBuilder } from 'typeorm';

/**
 * One page of an open-data feed (OParl lists): a municipality, the created/modified window a
 * client asks for, and the page. Owned by no module: each module applies it to its own table.
 */
export interface FeedWindow {
  municipalityId: number;
  createdSince?: Date;
  createdUntil?: Date;
  modifiedSince?: Date;
  modifiedUntil?: Date;
  offset: number;
  limit: number;
}

export interface FeedPage<T> {
  rows: T[];
  total: number;
}

/** Adds the window's time filters on the given columns (`alias.createdAt`, `alias.updatedAt`). */
export function whereInFeedWindow<T extends WhereExpressionBuilder>(
  qb: T,
  window: FeedWindow,
  createdColumn: string,
  modifiedColumn: string,
): T {
  if (window.createdSince)
    qb.andWhere(`${createdColumn} >= :feedCreatedSince`, { feedCreatedSince: window.createdSince });
  if (window.createdUntil)
    qb.andWhere(`${createdColumn} <= :feedCreatedUntil`, { feedCreatedUntil: window.createdUntil });
  if (window.modifiedSince)
    qb.andWhere(`${modifiedColumn} >= :feedModifiedSince`, { feedModifiedSince: window.modifiedSince });
  if (window.modifiedUntil)
    qb.andWhere(`${modifiedColumn} <= :feedModifiedUntil`, { feedModifiedUntil: window.modifiedUntil });
  return qb;
}
