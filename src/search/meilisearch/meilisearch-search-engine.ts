import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTaskPromise,
  type Index,
} from 'meilisearch';
import { Actor } from '../../auth/actor';
import { RELAX_BELOW } from '../postgres/postgres-search-engine';
import { QUERY_STOP_WORDS } from '../postgres/query-plan';
import { answersVisibleWhereSetIs, MeiliVisibilityContext, meiliVisibilityFilter } from '../../auth/visibility';
import { SearchDocumentRow } from '../search-indexer';
import { CROP_WORDS, FORMAT_TAGS, snippetFromFormatted } from './formatted-snippet';
import {
  FacetCounts,
  SearchEngine,
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
  /** The exact name as hex: Meilisearch compares filter strings case-insensitively, PostgreSQL exactly. */
  partyKey: string | null;
  partyId: number | null;
  portfolioHolder: string | null;
  portfolioHolderKey: string | null;
  status: string;
  number: string;
  position: number;
  subject: string;
  question: string;
  answer: string | null;
  /** `answer EXISTS` would also let null answers through, and `answer` is not filterable. */
  hasAnswer: boolean;
  meta: string;
  answerMeta: string;
  answeredOn: string | null;
  year: number;
  /** rank_date as days since 1970, for sorting and date ranges. */
  date: number;
  documentIds: number[];
  answerDocumentIds: number[];
  openCommitments: boolean;
  /** Registered once (has a received date): a withdrawn set that never was stays private. */
  registered: boolean;
}

export function toMeiliDocument(row: SearchDocumentRow): MeiliQuestionDocument {
  return {
    id: row.question_id,
    questionSetId: row.question_set_id,
    municipality: row.municipality_slug,
    municipalityId: row.municipality_id,
    party: row.party_name,
    partyKey: exactKey(row.party_name),
    partyId: row.party_id,
    portfolioHolder: row.portfolio_holder_name,
    portfolioHolderKey: exactKey(row.portfolio_holder_name),
    status: row.status,
    number: row.number,
    position: row.position,
    subject: row.subject,
    question: row.question,
    answer: row.answer,
    hasAnswer: row.answer !== null,
    meta: row.meta,
    answerMeta: row.answer_meta,
    answeredOn: row.answered_on,
    year: row.year,
    date: dayNumber(row.rank_date),
    documentIds: row.document_ids,
    answerDocumentIds: row.answer_document_ids,
    openCommitments: row.open_commitments,
    registered: row.registered,
  };
}

/** A filter value that matches only the exact string (hex is lower case whatever the name's case). */
export function exactKey(value: string | null): string | null {
  return value === null ? null : Buffer.from(value, 'utf8').toString('hex');
}

function dayNumber(isoDate: string): number {
  const day = Date.parse(`${isoDate}T00:00:00Z`);
  // The API validates dates; a value that still is not one is a programming error, not a filter.
  if (Number.isNaN(day)) throw new RangeError(`not a calendar date: ${isoDate}`);
  return Math.round(day / 86_400_000);
}

/** The largest page the API can ask for: offset up to 10,000 plus a limit up to 100. */
export const MEILI_MAX_TOTAL_HITS = 10_100;
/** Facet values per facet; a facet that reaches this many is reported as estimated. */
export const MEILI_MAX_FACET_VALUES = 1_000;
/** Meilisearch refuses payloads over 100 MB; batches stay far below. */
const MAX_BATCH_BYTES = 10 * 1024 * 1024;
const TASK_TIMEOUT_MS = 30_000;
/** Settings confirmed this recently are not read again before a send. */
const SETTINGS_FRESH_MS = 60_000;

const FILTERABLE = [
  'municipality',
  'municipalityId',
  'party',
  'partyKey',
  'partyId',
  'portfolioHolder',
  'portfolioHolderKey',
  'status',
  'year',
  'date',
  'documentIds',
  'answerDocumentIds',
  'openCommitments',
  'hasAnswer',
  'registered',
  'questionSetId',
  'id',
];

/** Index settings: what is searched, filtered, sorted; Dutch synonyms; typo tolerance; limits. */
export const MEILI_SETTINGS = {
  searchableAttributes: ['subject', 'question', 'meta', 'answer', 'answerMeta'],
  filterableAttributes: FILTERABLE,
  sortableAttributes: ['date', 'id'],
  // `sort` first: with `sort=date` the hits come in date order; without a sort it does nothing.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
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
  } as Record<string, string[]>,
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  faceting: { maxValuesPerFacet: MEILI_MAX_FACET_VALUES, sortFacetValuesBy: { '*': 'count' as const } },
  pagination: { maxTotalHits: MEILI_MAX_TOTAL_HITS },
  localizedAttributes: [{ locales: ['nld'], attributePatterns: ['*'] }],
};

/**
 * The second index: questions of sets whose answers are under embargo, without any answer text.
 * Searches that may not read answers run here, so neither matching nor ranking (word pairs,
 * typo candidates, proximity) can depend on an answer the caller may not see.
 */
const WITHOUT_ANSWERS_SETTINGS = {
  ...MEILI_SETTINGS,
  searchableAttributes: ['subject', 'question', 'meta'],
};

/** Attribute lists Meilisearch keeps as sets (it may return them in another order). */
const UNORDERED = new Set(['filterableAttributes', 'sortableAttributes', 'displayedAttributes', 'stopWords']);

/** The settings of an index with this installation's thesaurus as synonyms and the query stop words. */
function withThesaurus<T extends typeof MEILI_SETTINGS>(base: T, synonyms: Record<string, string[]>): T {
  return { ...base, synonyms, stopWords: [...QUERY_STOP_WORDS].sort() };
}

/** Where the synonyms come from (the thesaurus service); `revision` changes whenever they do. */
export type SynonymsSource = () => Promise<{ revision: string; synonyms: Record<string, string[]> }>;

/** True when `actual` (GET settings) has every value of `wanted`; extra keys in `actual` are fine. */
export function settingsMatch(wanted: unknown, actual: unknown, key = ''): boolean {
  if (Array.isArray(wanted)) {
    if (!Array.isArray(actual) || actual.length !== wanted.length) return false;
    if (UNORDERED.has(key)) {
      const sorted = (list: unknown[]) => list.map((v) => JSON.stringify(v)).sort();
      return JSON.stringify(sorted(wanted)) === JSON.stringify(sorted(actual));
    }
    return wanted.every((v, i) => settingsMatch(v, actual[i]));
  }
  if (wanted !== null && typeof wanted === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    const a = actual as Record<string, unknown>;
    if (key === 'synonyms') {
      // Meilisearch keeps each term's synonyms as a set.
      const sorted = (o: Record<string, unknown>) =>
        JSON.stringify(
          Object.keys(o)
            .sort()
            .map((k) => [k, [...((o[k] as string[] | undefined) ?? [])].sort()]),
        );
      return sorted(wanted as Record<string, unknown>) === sorted(a);
    }
    return Object.entries(wanted).every(([k, v]) => settingsMatch(v, a[k], k));
  }
  return wanted === actual;
}

/** A Meilisearch task that ended `failed` or `canceled`: the change did not reach the index. */
export class MeiliTaskFailedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MeiliTaskFailedError';
  }
}

/**
 * An outage (send searches to PostgreSQL for a while): the server cannot be reached, timed out,
 * or answered 5xx. A 4xx is an answer about this request, not about the server.
 */
export function isMeiliOutage(error: unknown): boolean {
  if (
    error instanceof MeilisearchRequestError ||
    error instanceof MeilisearchRequestTimeOutError ||
    error instanceof MeilisearchTaskTimeOutError
  ) {
    return true;
  }
  if (error instanceof MeilisearchApiError) return error.response.status >= 500;
  // Anything else (a failed task, a bug of ours) says nothing about the server's availability.
  return false;
}

/** The error code of a Meilisearch API error or failed task (`invalid_search_filter`, …). */
export function meiliErrorCode(error: unknown): string | null {
  if (error instanceof MeiliTaskFailedError) return error.code;
  if (error instanceof MeilisearchApiError) return error.cause?.code ?? null;
  return null;
}

async function completed(task: EnqueuedTaskPromise): Promise<void> {
  const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS });
  if (done.status !== 'succeeded') {
    throw new MeiliTaskFailedError(
      done.error?.code ?? done.status,
      `Meilisearch-taak ${done.type} ${done.status}: ${done.error?.message ?? 'geen reden gegeven'}`,
    );
  }
}

/** Documents in batches under MAX_BATCH_BYTES of JSON each. */
function batchesOf<T>(documents: T[]): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const doc of documents) {
    const size = Buffer.byteLength(JSON.stringify(doc));
    if (current.length > 0 && bytes + size > MAX_BATCH_BYTES) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(doc);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function withoutAnswer(doc: MeiliQuestionDocument): MeiliQuestionDocument {
  return {
    ...doc,
    answer: null,
    hasAnswer: false,
    answerMeta: '',
    answeredOn: null,
    answerDocumentIds: [],
    openCommitments: false,
  };
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

interface Branch {
  filter: string;
  /** Searched in the index without answers: a party's own unpublished sets (embargo). */
  withoutAnswers: boolean;
}

/**
 * The embargo in Meilisearch filters, generated from the rule (src/auth/visibility.ts): which
 * documents each actor may match, and on which fields. Sets the actor sees without their
 * answers (a party's own unpublished sets, registered questions made public) are searched in
 * the second index, which holds no answers.
 */
function branchesFor(actor: Actor, context: MeiliVisibilityContext): Branch[] {
  const answers = meiliVisibilityFilter(actor, context, 'answers');
  if (answersVisibleWhereSetIs(actor)) return [{ filter: answers, withoutAnswers: false }];
  const set = meiliVisibilityFilter(actor, context, 'set');
  return [
    { filter: answers, withoutAnswers: false },
    { filter: `${set} AND NOT ${answers}`, withoutAnswers: true },
  ];
}

function filtersFor(query: SearchQuery, withoutAnswers: boolean): string[] {
  const filters: string[] = [];
  if (query.municipalityId !== undefined) filters.push(`municipalityId = ${query.municipalityId}`);
  if (query.party) filters.push(`partyKey = ${quote(exactKey(query.party) as string)}`);
  if (query.portfolioHolder) filters.push(`portfolioHolderKey = ${quote(exactKey(query.portfolioHolder) as string)}`);
  if (query.status) filters.push(`status = ${quote(query.status)}`);
  if (query.year !== undefined) filters.push(`year = ${query.year}`);
  if (query.from) filters.push(`date >= ${dayNumber(query.from)}`);
  if (query.to) filters.push(`date <= ${dayNumber(query.to)}`);
  if (query.documentIds) {
    const ids = `[${query.documentIds.join(', ')}]`;
    filters.push(withoutAnswers ? `documentIds IN ${ids}` : `(documentIds IN ${ids} OR answerDocumentIds IN ${ids})`);
  }
  if (query.openCommitments !== undefined) {
    // Commitments come from answers: under embargo a set has none the caller may know of.
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

const FACETS = ['municipality', 'party', 'portfolioHolder', 'status', 'year'] as const;

/**
 * Meilisearch through the official client (`meilisearch` v0.62), for server v1.12. Two clients:
 * the admin key (documents, settings, tasks) for the outbox worker and the search key for
 * searches, when the installation gives one (docker-compose.yml).
 */
export class MeilisearchSearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  readonly client: Meilisearch;
  private readonly searchClient: Meilisearch;
  private settingsConfirmedAt: number | null = null;
  /** Set when a search was refused for the index's settings or ensuring them failed; cleared when they are confirmed. */
  private settingsAreBroken = false;
  /** The municipalities that publish questions on registration (the index does not carry the setting). */
  questionsPublicMunicipalities: () => Promise<number[]> = () => Promise.resolve([]);
  /** The thesaurus as synonyms; without one, the few built-in groups of MEILI_SETTINGS. */
  synonymsSource: SynonymsSource = () => Promise.resolve({ revision: 'built-in', synonyms: MEILI_SETTINGS.synonyms });
  private settingsRevision: string | null = null;

  constructor(
    host: string,
    apiKey: string | null,
    readonly indexUid = MEILI_INDEX,
    searchKey: string | null = null,
  ) {
    this.client = new Meilisearch({ host, apiKey: apiKey ?? undefined, timeout: 5_000 });
    this.searchClient = searchKey ? new Meilisearch({ host, apiKey: searchKey, timeout: 5_000 }) : this.client;
  }

  /** The index of questions without answers (see WITHOUT_ANSWERS_SETTINGS). */
  get withoutAnswersUid(): string {
    return `${this.indexUid}_without_answers`;
  }

  private async visibilityContext(): Promise<MeiliVisibilityContext> {
    return { questionsPublicMunicipalityIds: await this.questionsPublicMunicipalities() };
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

  /** True while the index is known to be half-configured (a refused search, or settings that could not be set). */
  get settingsBroken(): boolean {
    return this.settingsAreBroken;
  }

  /** A search was refused in a way that points at the index's settings: check them before the next send. */
  invalidateSettings(): void {
    this.settingsConfirmedAt = null;
    this.settingsAreBroken = true;
  }

  /**
   * Makes both indexes exist with their settings. Reads the settings (cheap) and changes only
   * what differs; Meilisearch re-indexes by itself after a settings change. Skipped when
   * confirmed within the last minute, unless `force`.
   */
  async ensureSettings(force = false): Promise<void> {
    const { revision, synonyms } = await this.synonymsSource();
    const fresh = this.settingsConfirmedAt !== null && Date.now() - this.settingsConfirmedAt < SETTINGS_FRESH_MS;
    // A thesaurus change (an admin's new synonym) is pushed at the next run, not a minute later.
    if (!force && fresh && revision === this.settingsRevision) return;
    try {
      await this.ensureIndex(this.indexUid, withThesaurus(MEILI_SETTINGS, synonyms));
      await this.ensureIndex(this.withoutAnswersUid, withThesaurus(WITHOUT_ANSWERS_SETTINGS, synonyms));
    } catch (error) {
      this.invalidateSettings();
      throw error;
    }
    this.settingsConfirmedAt = Date.now();
    this.settingsRevision = revision;
    this.settingsAreBroken = false;
  }

  /** Settings as they should be, whatever the server has (reindex). */
  async applySettings(): Promise<void> {
    await this.ensureSettings(true);
  }

  private async ensureIndex(uid: string, settings: typeof MEILI_SETTINGS): Promise<void> {
    let current: unknown = null;
    try {
      current = await this.client.index(uid).getSettings();
    } catch (error) {
      if (meiliErrorCode(error) !== 'index_not_found') throw error;
      await completed(this.client.createIndex(uid, { primaryKey: 'id' }));
    }
    if (current !== null && settingsMatch(settings, current)) return;
    await completed(this.client.index(uid).updateSettings(settings));
  }

  /** Upserts the documents of the given sets and removes their questions that no longer exist. */
  async replaceSets(setIds: number[], documents: MeiliQuestionDocument[]): Promise<void> {
    const embargoed = documents.filter((d) => d.status !== 'published').map(withoutAnswer);
    await this.replaceIn(this.client.index<MeiliQuestionDocument>(this.indexUid), setIds, documents);
    await this.replaceIn(this.client.index<MeiliQuestionDocument>(this.withoutAnswersUid), setIds, embargoed);
  }

  private async replaceIn(
    index: Index<MeiliQuestionDocument>,
    setIds: number[],
    documents: MeiliQuestionDocument[],
  ): Promise<void> {
    for (const batch of batchesOf(documents)) await completed(index.addDocuments(batch, { primaryKey: 'id' }));
    const keep = documents.map((d) => d.id);
    const filter = `questionSetId IN [${setIds.join(', ')}]${keep.length > 0 ? ` AND NOT id IN [${keep.join(', ')}]` : ''}`;
    await completed(index.deleteDocuments({ filter }));
  }

  /**
   * Every meaningful word first (`all`); when that finds fewer than RELAX_BELOW hits for a query of
   * two or more words, the hits that match most words, rarest first (`frequency`: Meilisearch drops
   * the most frequent words first), if that finds more: the PostgreSQL engine's strict-then-relaxed rule.
   */
  async search(actor: Actor, query: SearchQuery): Promise<Omit<SearchResult, 'engine' | 'degraded'>> {
    // The visibility context is read once: the relaxed search uses the same branches.
    const branches = branchesFor(actor, await this.visibilityContext());
    const strict = await this.searchWith(branches, query, 'all');
    const words = (query.q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !QUERY_STOP_WORDS.has(w));
    if (strict.total >= RELAX_BELOW || new Set(words).size < 2) return { ...strict, relaxed: false };
    const relaxed = await this.searchWith(branches, query, 'frequency');
    return relaxed.total > strict.total ? { ...relaxed, relaxed: true } : { ...strict, relaxed: false };
  }

  private async searchWith(
    branches: Branch[],
    query: SearchQuery,
    matchingStrategy: 'all' | 'frequency',
  ): Promise<Omit<SearchResult, 'engine' | 'degraded'>> {
    const wanted = query.offset + query.limit;
    const byDate = query.sort === 'date' || query.q.trim() === '';
    const responses = await Promise.all(
      branches.map((branch) => {
        const filter = [branch.filter, ...filtersFor(query, branch.withoutAnswers)].filter((f) => f !== '');
        return this.searchClient
          .index(branch.withoutAnswers ? this.withoutAnswersUid : this.indexUid)
          .search<MeiliHit>(query.q, {
            filter: filter.length > 0 ? filter.join(' AND ') : undefined,
            facets: [...FACETS],
            sort: byDate ? ['date:desc', 'id:desc'] : undefined,
            matchingStrategy,
            limit: branches.length > 1 ? wanted : query.limit,
            offset: branches.length > 1 ? 0 : query.offset,
            ...formatting(branch.withoutAnswers),
            showRankingScore: true,
          });
      }),
    );
    const facets = emptyFacets();
    let total = 0;
    let totalEstimated = false;
    let facetsEstimated = false;
    const hits: { hit: SearchHit; date: number; id: number }[] = [];
    responses.forEach((response, b) => {
      const found = response.estimatedTotalHits ?? response.hits.length;
      total += found;
      totalEstimated = totalEstimated || found >= MEILI_MAX_TOTAL_HITS;
      const distribution = (response.facetDistribution ?? {}) as Record<string, FacetCounts>;
      for (const key of FACETS) {
        const values = Object.entries(distribution[key] ?? {});
        facetsEstimated = facetsEstimated || values.length >= MEILI_MAX_FACET_VALUES;
        for (const [value, n] of values) facets[key][value] = (facets[key][value] ?? 0) + n;
      }
      for (const hit of response.hits) {
        hits.push({ hit: toHit(hit, branches[b].withoutAnswers), date: hit.date, id: hit.id });
      }
    });
    if (branches.length === 1) return { items: hits.map((h) => h.hit), total, totalEstimated, facets, facetsEstimated };
    // Two result lists merged in the order each had: by the rank date (as PostgreSQL sorts) or by score.
    const items = hits
      .sort((a, b) => (byDate ? b.date - a.date || b.id - a.id : b.hit.score - a.hit.score || b.date - a.date))
      .slice(query.offset, query.offset + query.limit)
      .map((h) => h.hit);
    return { items, total, totalEstimated, facets, facetsEstimated };
  }

  async similar(actor: Actor, query: SimilarQuery): Promise<SearchHit[]> {
    // Meilisearch reads at most 10 words of a query: the longest ones carry the topic.
    const words = [...new Set(query.text.match(/\p{L}{4,}/gu) ?? [])].sort((a, b) => b.length - a.length).slice(0, 10);
    if (words.length === 0) return [];
    const visible = branchesFor(actor, await this.visibilityContext()).filter((b) => !b.withoutAnswers)[0];
    const filter = [
      visible.filter,
      `municipalityId = ${query.municipalityId}`,
      `status IN ["answered", "published"]`,
      'hasAnswer = true',
    ].filter((f) => f !== '');
    const response = await this.searchClient.index(this.indexUid).search<MeiliHit>(words.join(' '), {
      filter: filter.join(' AND '),
      matchingStrategy: 'last',
      limit: query.limit,
      ...formatting(false),
      showRankingScore: true,
    });
    return response.hits.filter((h) => h.answer !== null).map((h) => toHit(h, false));
  }
}

/**
 * Highlights and crops as control characters (formatted-snippet.ts reads them back as ranges and
 * ellipses): Meilisearch crops to the CROP_WORDS words around the best match, at word boundaries.
 */
function formatting(withoutAnswers: boolean) {
  const cropped = withoutAnswers ? ['question'] : ['question', 'answer'];
  return {
    attributesToHighlight: ['subject', ...cropped],
    attributesToCrop: cropped.map((field) => `${field}:${CROP_WORDS}`),
    highlightPreTag: FORMAT_TAGS.pre,
    highlightPostTag: FORMAT_TAGS.post,
    cropMarker: FORMAT_TAGS.crop,
  };
}

function toHit(hit: MeiliHit, withoutAnswers: boolean): SearchHit {
  const answer = withoutAnswers ? null : hit.answer;
  return {
    questionSetId: hit.questionSetId,
    municipality: hit.municipality,
    number: hit.number,
    subject: hit.subject,
    question: hit.question,
    answer,
    party: hit.party,
    portfolioHolder: hit.portfolioHolder,
    status: hit.status,
    answeredOn: withoutAnswers ? null : hit.answeredOn,
    snippets: {
      subject: snippetFromFormatted(hit.subject, hit._formatted?.subject),
      question: snippetFromFormatted(hit.question, hit._formatted?.question),
      answer: answer === null ? null : snippetFromFormatted(answer, hit._formatted?.answer),
    },
    score: Math.round((hit._rankingScore ?? 0) * 10_000) / 10_000,
  };
}
