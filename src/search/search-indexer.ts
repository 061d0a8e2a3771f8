import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  COMPOUND_PARTS_SQL,
  DELETE_SEARCH_DOCUMENTS_SQL,
  HAS_COMMITMENT_TABLE_SQL,
  KNOWN_COMPOUND_PARTS,
  UPDATE_LEXICON_SQL,
  insertSearchDocumentsSql,
} from './postgres/index-sql';

/** A search row as Meilisearch gets it: one question with its answer and its set's fields. */
export interface SearchDocumentRow {
  question_id: number;
  question_set_id: number;
  municipality_id: number;
  municipality_slug: string;
  party_id: number | null;
  party_name: string | null;
  portfolio_holder_id: number | null;
  portfolio_holder_name: string | null;
  status: string;
  number: string;
  position: number;
  subject: string;
  question: string;
  answer: string | null;
  meta: string;
  answer_meta: string;
  answered_on: string | null;
  year: number;
  rank_date: string;
  document_ids: number[];
  answer_document_ids: number[];
  open_commitments: boolean;
  registered: boolean;
}

/**
 * Builds `search_document` rows from question sets (read-only on the core tables). Runs inside
 * the transaction that changed a set, so PostgreSQL search is current as soon as it commits.
 */
@Injectable()
export class SearchIndexer {
  /** Once the commitments module's table exists it stays; until then it is looked up again. */
  private commitmentTableSeen = false;

  constructor(private readonly dataSource: DataSource) {}

  async indexSets(em: EntityManager, setIds: number[]): Promise<void> {
    if (setIds.length === 0) return;
    const hasCommitments = await this.hasCommitmentTable(em);
    // Lexicon and compound parts first: the rows' vectors add the parts of their compounds.
    const added = (await em.query(UPDATE_LEXICON_SQL, [setIds])) as { word: string }[];
    const newWords = added.map((r) => r.word).filter((w) => w.length >= 9);
    if (newWords.length > 0) await em.query(COMPOUND_PARTS_SQL, [newWords, KNOWN_COMPOUND_PARTS]);
    await em.query(DELETE_SEARCH_DOCUMENTS_SQL, [setIds]);
    await em.query(insertSearchDocumentsSql(hasCommitments), [setIds]);
  }

  async rowsOfSets(setIds: number[], em: EntityManager = this.dataSource.manager): Promise<SearchDocumentRow[]> {
    return (await em.query(
      `SELECT question_id, question_set_id, municipality_id, municipality_slug, party_id, party_name, portfolio_holder_id,
         portfolio_holder_name, status, number, position, subject, question, answer, meta, answer_meta,
         to_char(answered_on, 'YYYY-MM-DD') AS answered_on, year, to_char(rank_date, 'YYYY-MM-DD') AS rank_date,
         document_ids, answer_document_ids, open_commitments, received_on IS NOT NULL AS registered
       FROM search_document WHERE question_set_id = ANY($1::int[]) ORDER BY question_set_id, position`,
      [setIds],
    )) as SearchDocumentRow[];
  }

  /**
   * Every set, oldest rank date first: `reindex` writes the search rows in this order, so their
   * physical order follows the date, as it does for rows added later. Posting lists of the match
   * index are in physical order, so a scan restricted to a few months then reads only the part
   * of each word's list that covers them (docs/search.md, "month buckets").
   */
  async allSetIds(): Promise<number[]> {
    const rows = (await this.dataSource.query(
      `SELECT id FROM question_set ORDER BY coalesce(answered_on, received_on, (created_at AT TIME ZONE 'Europe/Amsterdam')::date), id`,
    )) as { id: number }[];
    return rows.map((r) => r.id);
  }

  private async hasCommitmentTable(em: EntityManager): Promise<boolean> {
    if (this.commitmentTableSeen) return true;
    const [row] = (await em.query(HAS_COMMITMENT_TABLE_SQL)) as { present: boolean }[];
    this.commitmentTableSeen = row.present;
    return row.present;
  }
}
