import { Actor } from '../auth/actor';

/** Filters and paging of a search, already resolved to ids where the API took slugs or names. */
export interface SearchQuery {
  q: string;
  municipalityId?: number;
  /** Party name (parties are per municipality; the facet and filter go by name). */
  party?: string;
  portfolioHolder?: string;
  status?: string;
  year?: number;
  from?: string;
  to?: string;
  /** Linked document ids (a reference may name several documents across municipalities). */
  documentIds?: number[];
  openCommitments?: boolean;
  sort: 'relevance' | 'date';
  limit: number;
  offset: number;
  /**
   * Whether a municipality, party or portfolio holder named in `q` becomes a filter (default
   * true; issue 18). Only where the caller did not set that filter already.
   */
  interpret?: boolean;
}

/** What the engine read from the query as a filter (issue 18): `interpreted` of the response. */
export interface QueryInterpretation {
  /** Slug of the municipality named in the query. */
  municipality?: string;
  municipalityName?: string;
  party?: string;
  portfolioHolder?: string;
  /** How it was used: always as a filter (a search that then finds nothing runs without it). */
  as: 'filter';
}

/** A marked stretch of a snippet: `text.slice(start, end)`, offsets in UTF-16 code units of the snippet's text. */
export interface HighlightRange {
  start: number;
  end: number;
}

/**
 * A field as a search shows it: plain text (never HTML), cut at word boundaries to the passage
 * with the most query words, `…` where text was left out (` … ` between two passages), and the
 * ranges of the words that matched, in text order, not overlapping. Pages escape the text and
 * put `<mark>` around the ranges (`markedHtml` in src/common/html.ts).
 */
export interface Snippet {
  text: string;
  highlights: HighlightRange[];
}

export interface SearchHit {
  questionSetId: number;
  municipality: string;
  number: string;
  subject: string;
  question: string;
  /** Null when there is no answer yet, or when the caller may not read it (embargo). */
  answer: string | null;
  party: string | null;
  portfolioHolder: string | null;
  status: string;
  answeredOn: string | null;
  /** The subject whole, the question and the answer cut to their best passages; answer null when `answer` is. */
  snippets: { subject: Snippet; question: Snippet; answer: Snippet | null };
  score: number;
}

export type FacetCounts = Record<string, number>;

export interface SearchFacets {
  municipality: FacetCounts;
  party: FacetCounts;
  portfolioHolder: FacetCounts;
  status: FacetCounts;
  year: FacetCounts;
}

export type EngineName = 'postgres' | 'meilisearch';

export interface SearchResult {
  items: SearchHit[];
  total: number;
  /** True when `total` is an estimate (broad matches above the exact-count threshold). */
  totalEstimated: boolean;
  facets: SearchFacets;
  facetsEstimated: boolean;
  engine: EngineName;
  degraded: boolean;
  /**
   * Issue 18, optional for engines that do not (yet) provide them; the service answers null/false:
   * - relaxed: not every word matched; the results match most of the query's weight (IDF);
   * - interpreted: names in the query used as filters, or null;
   * - didYouMean: the query with the typo corrections that were searched too, or null;
   * - suggestion: when nothing was found, a query that may find something, or null.
   */
  relaxed?: boolean;
  interpreted?: QueryInterpretation | null;
  didYouMean?: string | null;
  suggestion?: string | null;
}

export interface SimilarQuery {
  municipalityId: number;
  text: string;
  limit: number;
}

/** The port: PostgreSQL full-text search and Meilisearch implement the same searches. */
export interface SearchEngine {
  readonly name: EngineName;
  search(actor: Actor, query: SearchQuery): Promise<Omit<SearchResult, 'engine' | 'degraded'>>;
  similar(actor: Actor, query: SimilarQuery): Promise<SearchHit[]>;
}

export function emptyFacets(): SearchFacets {
  return { municipality: {}, party: {}, portfolioHolder: {}, status: {}, year: {} };
}
