import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../../auth/actor';
import { ForbiddenError, NotFoundError } from '../../common/domain-errors';
import shipped from './thesaurus.nl.json';

/** A group of terms a search treats as one concept (`azc`, `asielzoekerscentrum`, `opvang asielzoekers`). */
export interface ThesaurusEntry {
  /** Null for a shipped entry; the row id for one an admin added. */
  id: number | null;
  terms: string[];
  source: 'shipped' | 'admin';
  domain?: string;
  createdBy?: string;
  createdAt?: string;
}

interface ShippedThesaurus {
  version: string;
  entries: { domain: string; terms: string[] }[];
}

const SHIPPED = shipped as ShippedThesaurus;

/** Other instances see an admin's change within this time; the instance that made it at once. */
const RELOAD_AFTER_MS = 10_000;

/**
 * The Dutch municipal thesaurus (issue 18): the shipped data file (versioned with the code) plus
 * the entries an admin added in this installation (table `search_thesaurus_entry`, this module's).
 * The PostgreSQL engine expands query words with it at query time; `meilisearchSynonyms()` gives
 * the same groups in Meilisearch's `synonyms` setting shape.
 */
@Injectable()
export class ThesaurusService {
  private adminEntries: ThesaurusEntry[] = [];
  private loadedAt = 0;
  /** Changes whenever the entries do (the engine re-stems the terms then). */
  private revision = 0;

  constructor(private readonly dataSource: DataSource) {}

  get shippedVersion(): string {
    return SHIPPED.version;
  }

  /** Shipped and admin entries; admin rows re-read when older than RELOAD_AFTER_MS. */
  async entries(): Promise<{ revision: string; entries: ThesaurusEntry[] }> {
    if (Date.now() - this.loadedAt > RELOAD_AFTER_MS) await this.reload();
    const shippedEntries: ThesaurusEntry[] = SHIPPED.entries.map((e) => ({
      id: null,
      terms: e.terms,
      source: 'shipped',
      domain: e.domain,
    }));
    return { revision: `${SHIPPED.version}+${this.revision}`, entries: [...shippedEntries, ...this.adminEntries] };
  }

  async add(actor: Actor, terms: string[]): Promise<ThesaurusEntry> {
    if (actor.role !== 'admin') throw new ForbiddenError('Alleen een beheerder kan de thesaurus aanvullen.');
    const clean = [...new Set(terms.map((t) => t.trim().toLowerCase()).filter((t) => t !== ''))];
    const rows = (await this.dataSource.query(
      `INSERT INTO search_thesaurus_entry (terms, created_by) VALUES ($1::text[], $2)
       RETURNING id, terms, created_by, to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SSOF') AS created_at`,
      [clean, actor.label],
    )) as AdminRow[];
    await this.reload();
    return toEntry(rows[0]);
  }

  async remove(actor: Actor, id: number): Promise<void> {
    if (actor.role !== 'admin') throw new ForbiddenError('Alleen een beheerder kan de thesaurus aanpassen.');
    const result = (await this.dataSource.query(`DELETE FROM search_thesaurus_entry WHERE id = $1 RETURNING id`, [
      id,
    ])) as [unknown[], number];
    if (result[1] === 0) throw new NotFoundError('Dit thesaurusitem');
    await this.reload();
  }

  /**
   * The groups as Meilisearch `synonyms` (every term maps to the others of its group), for the
   * Meilisearch adapter to push with its settings.
   */
  async meilisearchSynonyms(): Promise<Record<string, string[]>> {
    const synonyms: Record<string, Set<string>> = {};
    for (const entry of (await this.entries()).entries) {
      for (const term of entry.terms) {
        const others = (synonyms[term] ??= new Set());
        for (const other of entry.terms) if (other !== term) others.add(other);
      }
    }
    return Object.fromEntries(Object.entries(synonyms).map(([term, others]) => [term, [...others]]));
  }

  private async reload(): Promise<void> {
    const rows = (await this.dataSource.query(
      `SELECT id, terms, created_by, to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SSOF') AS created_at
       FROM search_thesaurus_entry ORDER BY id`,
    )) as AdminRow[];
    const next = rows.map(toEntry);
    if (JSON.stringify(next) !== JSON.stringify(this.adminEntries)) this.revision++;
    this.adminEntries = next;
    this.loadedAt = Date.now();
  }
}

interface AdminRow {
  id: number;
  terms: string[];
  created_by: string;
  created_at: string;
}

function toEntry(row: AdminRow): ThesaurusEntry {
  return { id: row.id, terms: row.terms, source: 'admin', createdBy: row.created_by, createdAt: row.created_at };
}
