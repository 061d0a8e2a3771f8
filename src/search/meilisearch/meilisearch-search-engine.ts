import { Meilisearch } from 'meilisearch';
import { Actor } from '../../auth/actor';
import { SearchDocumentRow } from '../search-indexer';
import {
  FacetCounts,
  SearchEngine,
  SearchFacets,
  SearchHit,
  SearchQuery,
  SearchResult,
  SimilarQuery,
  emptyFacets,
} from '../search-engine';

export const MEILI_INDEX = 'questions';

/** The document Meilisearch stores: one question with its answer and its set's fields. */
export interface MeiliQuestionDocument {
  id: number;
  questionSetId: number;
  municipality: string;
  municipalityId: number;
  party: string | null;
  partyId: number | null;
  portfolioHolder: string | null;
  status: string;
  number: string;
  position: number;
  subject: string;
  question: string;
  answer: string | null;
  meta: string;
  answerMeta: string;
  answeredOn: string | null;
  year: number;
  /** rank_date as days since 1970, for sorting and date ranges. */
  date: number;
  documentIds: number[];
  answerDocumentIds: number[];
  openCommitments: boolean;
}

export function toMeiliDocument(row: SearchDocumentRow): MeiliQuestionDocument {
  return {
    id: row.question_id,
    questionSetId: row.question_set_id,
    municipality: row.municipality_slug,
    municipalityId: row.municipality_id,
    party: row.party_name,
    partyId: row.party_id,
    portfolioHolder: row.portfolio_holder_name,
    status: row.status,
    number: row.number,
    position: row.position,
    subject: row.subject,
    question: row.question,
    answer: row.answer,
    meta: row.meta,
    answerMeta: row.answer_meta,
    answeredOn: row.answered_on,
    year: row.year,
    date: dayNumber(row.rank_date),
    documentIds: row.document_ids,
    answerDocumentIds: row.answer_document_ids,
    openCommitments: row.open_commitments,
  };
}

function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}

/** Index settings: what is searched, filtered, sorted; Dutch synonyms; typo tolerance. */
export const MEILI_SETTINGS = {
  searchableAttributes: ['subject', 'question', 'meta', 'answer', 'answerMeta'],
  filterableAttributes: [
    'municipality',
    'municipalityId',
    'party',
    'partyId',
    'portfolioHolder',
    'status',
    'year',
    'date',
    'documentIds',
    'answerDocumentIds',
    'openCommitments',
    'questionSetId',
    'id',
  ],
  sortableAttributes: ['date', 'id'],
  displayedAttributes: ['*'],
  synonyms: {
    rib: ['raadsinformatiebrief'],
    raadsinformatiebrief: ['rib'],
    motie: ['moties'],
    moties: ['motie'],
    toezegging: ['toezeggingen'],
    toezeggingen: ['toezegging'],
    wethouder: ['portefeuillehouder'],
    portefeuillehouder: ['wethouder'],
  },
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  faceting: { maxValuesPerFacet: 200 },
  localizedAttributes: [{ locales: ['nld'], attributePatterns: ['*'] }],
};

const PRE = '\u0001';
const POST = '\u0002';
function markSafe(text: string | undefined | null): string | null {
  if (text === undefined || text === null) return null;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(new RegExp(PRE, 'g'), '<mark>')
    .replace(new RegExp(POST, 'g'), '</mark>');
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

interface Branch {
  filter: string;
  /** Only subject, question and names: a party's own unpublished sets (embargo). */
  withoutAnswers: boolean;
}

/**
 * The embargo in Meilisearch filters: which documents each actor may match, and on which
 * fields (src/auth/visibility.ts). A party's own unpublished sets are searched in a second
 * query that never looks at answers.
 */
function branchesFor(actor: Actor): Branch[] {
  if (actor.role === 'admin') return [{ filter: '', withoutAnswers: false }];
  if ((actor.role === 'clerk' || actor.role === 'executive') && actor.municipalityId !== null) {
    return [
      {
        filter: `(status = "published" OR (municipalityId = ${actor.municipalityId} AND status != "draft"))`,
        withoutAnswers: false,
      },
    ];
  }
  const published: Branch = { filter: 'status = "published"', withoutAnswers: false };
  if (actor.role === 'party' && actor.municipalityId !== null && actor.partyId !== null) {
    return [
      published,
      {
        filter: `(municipalityId = ${actor.municipalityId} AND partyId = ${actor.partyId} AND status != "published")`,
        withoutAnswers: true,
      },
    ];
  }
  return [published];
}

function filtersFor(query: SearchQuery, withoutAnswers: boolean): string[] {
  const filters: string[] = [];
  if (query.municipalityId !== undefined) filters.push(`municipalityId = ${query.municipalityId}`);
  if (query.party) filters.push(`party = ${quote(query.party)}`);
  if (query.portfolioHolder) filters.push(`portfolioHolder = ${quote(query.portfolioHolder)}`);
  if (query.status) filters.push(`status = ${quote(query.status)}`);
  if (query.year !== undefined) filters.push(`year = ${query.year}`);
  if (query.from) filters.push(`date >= ${dayNumber(query.from)}`);
  if (query.to) filters.push(`date <= ${dayNumber(query.to)}`);
  if (query.documentIds) {
    const ids = `[${query.documentIds.join(', ')}]`;
    filters.push(withoutAnswers ? `documentIds IN ${ids}` : `(documentIds IN ${ids} OR answerDocumentIds IN ${ids})`);
  }
  if (query.openCommitments !== undefined) {
    filters.push(
      withoutAnswers ? (query.openCommitments ? 'id = -1' : 'id >= 0') : `openCommitments = ${query.openCommitments}`,
    );
  }
  return filters;
}

interface MeiliHit extends MeiliQuestionDocument {
  _formatted?: Partial<Record<keyof MeiliQuestionDocument, string>>;
  _rankingScore?: number;
}

/** Meilisearch through the official client (`meilisearch` v0.62). */
export class MeilisearchSearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  readonly client: Meilisearch;

  constructor(
    host: string,
    apiKey: string | null,
    readonly indexUid = MEILI_INDEX,
  ) {
    this.client = new Meilisearch({ host, apiKey: apiKey ?? undefined, timeout: 5_000 });
  }

  async isHealthy(): Promise<boolean> {
    try {
      const health = await this.client.health();
      return health.status === 'available';
    } catch (error) {
      void error; // unreachable counts as unhealthy; the caller reports degraded
      return false;
    }
  }

  async applySettings(): Promise<void> {
    await this.client.index(this.indexUid).updateSettings(MEILI_SETTINGS).waitTask({ timeout: 30_000 });
  }

  /** Upserts the documents of the given sets and removes their questions that no longer exist. */
  async replaceSets(setIds: number[], documents: MeiliQuestionDocument[]): Promise<void> {
    const index = this.client.index<MeiliQuestionDocument>(this.indexUid);
    if (documents.length > 0) await index.addDocuments(documents, { primaryKey: 'id' }).waitTask({ timeout: 30_000 });
    const keep = documents.map((d) => d.id);
    const filter = `questionSetId IN [${setIds.join(', ')}]${keep.length > 0 ? ` AND NOT id IN [${keep.join(', ')}]` : ''}`;
    await index.deleteDocuments({ filter }).waitTask({ timeout: 30_000 });
  }

  async search(actor: Actor, query: SearchQuery): Promise<Omit<SearchResult, 'engine' | 'degraded'>> {
    const branches = branchesFor(actor);
    const wanted = query.offset + query.limit;
    const responses = await Promise.all(
      branches.map((branch) => {
        const filter = [branch.filter, ...filtersFor(query, branch.withoutAnswers)].filter((f) => f !== '');
        return this.client.index(this.indexUid).search<MeiliHit>(query.q, {
          filter: filter.length > 0 ? filter.join(' AND ') : undefined,
          facets: ['municipality', 'party', 'portfolioHolder', 'status', 'year'],
          sort: query.sort === 'date' || query.q.trim() === '' ? ['date:desc', 'id:desc'] : undefined,
          limit: branches.length > 1 ? wanted : query.limit,
          offset: branches.length > 1 ? 0 : query.offset,
          attributesToHighlight: branch.withoutAnswers ? ['question'] : ['question', 'answer'],
          attributesToCrop: branch.withoutAnswers ? ['question:40'] : ['question:40', 'answer:40'],
          highlightPreTag: PRE,
          highlightPostTag: POST,
          showRankingScore: true,
          attributesToSearchOn: branch.withoutAnswers ? ['subject', 'question', 'meta'] : undefined,
        });
      }),
    );
    const facets = emptyFacets();
    let total = 0;
    let estimated = false;
    const hits: { hit: SearchHit; branch: number }[] = [];
    responses.forEach((response, b) => {
      total += response.estimatedTotalHits ?? response.hits.length;
      estimated = estimated || (response.estimatedTotalHits ?? 0) >= 1000;
      const distribution = (response.facetDistribution ?? {}) as Record<string, FacetCounts>;
      for (const key of Object.keys(facets) as (keyof SearchFacets)[]) {
        for (const [value, n] of Object.entries(distribution[key] ?? {}))
          facets[key][value] = (facets[key][value] ?? 0) + n;
      }
      for (const hit of response.hits) hits.push({ hit: toHit(hit, branches[b].withoutAnswers), branch: b });
    });
    const items =
      branches.length > 1
        ? hits
            .map((h) => h.hit)
            .sort((a, b) =>
              query.sort === 'date' ? (b.answeredOn ?? '').localeCompare(a.answeredOn ?? '') : b.score - a.score,
            )
            .slice(query.offset, query.offset + query.limit)
        : hits.map((h) => h.hit);
    return { items, total, totalEstimated: estimated, facets, facetsEstimated: false };
  }

  async similar(actor: Actor, query: SimilarQuery): Promise<SearchHit[]> {
    // Meilisearch reads at most 10 words of a query: the longest ones carry the topic.
    const words = [...new Set(query.text.match(/\p{L}{4,}/gu) ?? [])].sort((a, b) => b.length - a.length).slice(0, 10);
    if (words.length === 0) return [];
    const visible = branchesFor(actor).filter((b) => !b.withoutAnswers)[0];
    const filter = [
      visible.filter,
      `municipalityId = ${query.municipalityId}`,
      `status IN ["answered", "published"]`,
      'answer EXISTS',
    ].filter((f) => f !== '');
    const response = await this.client.index(this.indexUid).search<MeiliHit>(words.join(' '), {
      filter: filter.join(' AND '),
      matchingStrategy: 'last',
      limit: query.limit,
      attributesToHighlight: ['question', 'answer'],
      attributesToCrop: ['question:40', 'answer:40'],
      highlightPreTag: PRE,
      highlightPostTag: POST,
      showRankingScore: true,
    });
    return response.hits.filter((h) => h.answer !== null).map((h) => toHit(h, false));
  }
}

function toHit(hit: MeiliHit, withoutAnswers: boolean): SearchHit {
  return {
    questionSetId: hit.questionSetId,
    municipality: hit.municipality,
    number: hit.number,
    subject: hit.subject,
    question: hit.question,
    answer: withoutAnswers ? null : hit.answer,
    party: hit.party,
    portfolioHolder: hit.portfolioHolder,
    status: hit.status,
    answeredOn: withoutAnswers ? null : hit.answeredOn,
    highlights: {
      question: markSafe(hit._formatted?.question ?? hit.question) ?? '',
      answer: withoutAnswers ? null : markSafe(hit._formatted?.answer ?? hit.answer),
    },
    score: Math.round((hit._rankingScore ?? 0) * 10_000) / 10_000,
  };
}
