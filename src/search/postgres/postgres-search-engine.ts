import { Injectable } from '@nestjs/common';
import { DataSource, QueryRunner } from 'typeorm';
import { Actor } from '../../auth/actor';
import { answersVisibleWhereSetIs, sqlVisibilityCondition } from '../../auth/visibility';
import {
  SearchEngine,
  QueryInterpretation,
  SearchFacets,
  SearchHit,
  SearchQuery,
  SearchResult,
  SimilarQuery,
  emptyFacets,
} from '../search-engine';
import { HighlightTerm, markedWhole, snippetOf, termsOfTsQuery } from './highlight';
import { ThesaurusService } from '../thesaurus/thesaurus.service';
import { QueryAnalyser } from './query-analysis';
import {
  Correction,
  Interpretation,
  QueryPlan,
  RELAXED_MIN_SHARE,
  Slot,
  correctedQuery,
  hasSplits,
  idf,
  planText,
  relaxedSlots,
  slotText,
  withoutCorrection,
} from './query-plan';
import { similarityQueryText } from './query-text';

/** Above this many matches, total and facet counts are estimated from a 1-in-256 sample. */
export const EXACT_COUNT_THRESHOLD = 10_000;
/**
 * An exact count visits every row the text matches before the filters apply; above this many
 * (estimated from the sample) the counts are estimated even when the filters leave fewer.
 */
export const EXACT_COUNT_MAX_TEXT_MATCHES = 1_000;
/** The sample is the partial GIN index `WHERE question_id % 256 = 0` (migration Search1763900200000). */
export const SAMPLE_MODULUS = 256;
/**
 * A second, finer sample (partial GIN index on `(municipality_id, tsv) WHERE question_id % 16 = 0`,
 * migration SearchMatchIndex1763900700000) estimates the counts of mid-sized results, where the
 * 1-in-256 sample holds too few rows: run when the coarse sample estimates at most
 * FINE_SAMPLE_MAX_MATCHES matches, and the rows it visits (the text matches / 16, within the
 * municipality when one is chosen, which the index intersects) stay few: at most
 * FINE_SAMPLE_MAX_TEXT_MATCHES text matches without a municipality.
 */
export const FINE_SAMPLE_MODULUS = 16;
export const FINE_SAMPLE_MAX_MATCHES = 10_000;
export const FINE_SAMPLE_MAX_TEXT_MATCHES = 40_000;
/** Relevance ranks (ts_rank_cd) the newest this many matches: the cost never grows with broad words. */
export const RANK_CANDIDATES = 100;
/**
 * How the newest candidates are found (same rows either way, so the order never depends on it):
 * below this many estimated matches, collect all matches from the GIN bitmap and sort them;
 * above it, walk the rank_date index newest first and test each row until enough matched.
 */
export const BITMAP_CANDIDATES_BELOW = 30_000;
/**
 * A broad word under a filter that keeps many of its rows is also walked (when the newest months
 * did not serve): the walk finds 100 matches among the first few hundred rows, while the bitmap
 * collects every match the filters keep (with the match index, a municipality is intersected
 * inside GIN; other filters are tested on every text match's heap row).
 */
export const WALK_WHEN_TEXT_MATCHES_ABOVE = 200_000;
export const WALK_WHEN_MATCHES_AT_LEAST = 5_000;

/** Whether the candidates come from walking the rank_date index (else from the GIN bitmap). */
export function walkForCandidates(estimatedMatches: number, estimatedTextMatches: number): boolean {
  return (
    estimatedMatches >= BITMAP_CANDIDATES_BELOW ||
    (estimatedTextMatches > WALK_WHEN_TEXT_MATCHES_ABOVE && estimatedMatches >= WALK_WHEN_MATCHES_AT_LEAST)
  );
}
const MAX_RANK_CANDIDATES = 1_000;

/**
 * Month buckets (docs/search.md): the newest candidates lie in the newest months, and the match
 * index (migration SearchMatchIndex1763900700000) has the month of `rank_date` as a column, so
 * `search_month(rank_date) = ANY(months) AND tsv @@ q` costs what those months match, not what
 * the words match in the whole archive. The sample pass counts its matches per month; the months
 * from the newest back to where the sample's matches (each standing for `modulus` rows) add up
 * to CANDIDATE_OVERSAMPLING matches per candidate, and to at least CANDIDATE_MIN_SAMPLE_ROWS
 * sample rows, are searched first. When they hold fewer than the candidates, the walk or the
 * bitmap runs, so the rows are always the newest matches. The margin covers the sample's error:
 * with the 1-in-16 sample, 3× is ~19 sample rows (±23 %), so the months fall short about once in
 * 500 searches; the 1-in-256 sample's minimum of 2 rows stands for ~5× the candidates.
 */
export const CANDIDATE_OVERSAMPLING = 3;
export const CANDIDATE_MIN_SAMPLE_ROWS = 2;
/** More months than this (a rare word, a narrow filter) and the month scans cost more than they save. */
export const MAX_CANDIDATE_MONTHS = 36;

/** A sample pass row: counts per facet value, per month (`month`), and the total. */
export interface SampleRow {
  dim: string;
  key: string | null;
  n: string;
  /** Rows the text matched before the filters (what an exact count would visit); on `total`. */
  unfiltered?: string;
  /** search_month of the newest row in the archive; on every row. */
  max_month?: number | null;
}

/**
 * The months to search for the candidates first (oldest first), or null to go straight to the
 * walk or bitmap. `newestAllowed` is the last month the filters allow (`to`, `year`), if any.
 */
export function candidateMonths(
  sample: SampleRow[],
  candidates: number,
  modulus: number,
  newestAllowed: number | null = null,
): number[] | null {
  const archiveNewest = sample[0]?.max_month;
  if (archiveNewest === null || archiveNewest === undefined) return null;
  const newest = newestAllowed === null ? Number(archiveNewest) : Math.min(Number(archiveNewest), newestAllowed);
  const perMonth = sample
    .filter((r) => r.dim === 'month' && r.key !== null && Number(r.n) > 0)
    .map((r) => ({ month: Number(r.key), n: Number(r.n) }))
    .filter((r) => r.month <= newest)
    .sort((a, b) => b.month - a.month);
  const needed = Math.max(CANDIDATE_MIN_SAMPLE_ROWS, Math.ceil((CANDIDATE_OVERSAMPLING * candidates) / modulus));
  let seen = 0;
  for (const { month, n } of perMonth) {
    seen += n;
    if (seen < needed) continue;
    const count = newest - month + 1;
    if (count < 1 || count > MAX_CANDIDATE_MONTHS) return null;
    return Array.from({ length: count }, (_, i) => month + i);
  }
  return null;
}

/**
 * Which sample estimates a search's counts: the coarse one (already run), or the fine one when
 * the coarse one says the result is mid-sized. `runFine` runs `fineSampleFacetsSql`.
 */
async function chooseSample(
  compiled: CompiledSearch,
  coarse: SampleRow[],
  runFine: () => Promise<SampleRow[]>,
): Promise<{ rows: SampleRow[]; modulus: number }> {
  const total = coarse.find((r) => r.dim === 'total');
  const matches = Number(total?.n ?? 0) * SAMPLE_MODULUS;
  const textMatches = Number(total?.unfiltered ?? 0) * SAMPLE_MODULUS;
  if (
    matches <= FINE_SAMPLE_MAX_MATCHES &&
    (compiled.fineSampleInMunicipality || textMatches <= FINE_SAMPLE_MAX_TEXT_MATCHES)
  ) {
    return { rows: await runFine(), modulus: FINE_SAMPLE_MODULUS };
  }
  return { rows: coarse, modulus: SAMPLE_MODULUS };
}

/**
 * Whether the counts are exact: the words alone (within the municipality, for its own sample)
 * and with the filters match few rows, per a sample whose rows stand for `modulus` rows each.
 */
function exactCountsFor(sample: SampleRow[], modulus: number): boolean {
  const total = sample.find((r) => r.dim === 'total');
  return (
    Number(total?.n ?? 0) * modulus <= EXACT_COUNT_THRESHOLD &&
    Number(total?.unfiltered ?? 0) * modulus <= EXACT_COUNT_MAX_TEXT_MATCHES
  );
}

/**
 * The page of an estimated search: the newest months first when the sample says they hold the
 * candidates, else the walk or the GIN bitmap.
 */
export async function estimatedPageRows<R>(
  compiled: CompiledSearch,
  sample: SampleRow[],
  modulus: number,
  run: (sql: string, params: unknown[]) => Promise<R[]>,
): Promise<R[]> {
  const total = sample.find((r) => r.dim === 'total');
  const estimatedMatches = Number(total?.n ?? 0) * modulus;
  const estimatedTextMatches = Number(total?.unfiltered ?? 0) * modulus;
  const months = candidateMonths(sample, compiled.candidates, modulus, compiled.newestMonth);
  if (months !== null) {
    const rows = (await run(compiled.itemsInMonthsSql, [...compiled.itemParams.values, months])) as (R & {
      found?: string | number;
    })[];
    if (rows.length > 0 && Number(rows[0].found) >= compiled.candidates) return rows;
  }
  const itemsSql = walkForCandidates(estimatedMatches, estimatedTextMatches)
    ? compiled.itemsSql
    : compiled.itemsBitmapSql;
  return run(itemsSql, compiled.itemParams.values);
}

/** Runs one statement of a search and returns its rows. */
export type StatementRunner = (sql: string, params: unknown[]) => Promise<unknown[]>;

/**
 * Runs the statements of a compiled search in order (the engine, the benchmark's bare SQL and
 * its profile all call this, so they run the same statements): the coarse sample (or, within a
 * small municipality, its own 1-in-16 sample); then either the exact pass (counts and page at
 * once) or the sample that estimates the counts and the page of an estimated search. `counts`
 * are facet rows (dim, key, n) standing for `scale` rows each: 1 when exact, the sample's
 * modulus when estimated.
 */
export async function runCompiledSearch(
  compiled: CompiledSearch,
  run: StatementRunner,
): Promise<{ counts: SampleRow[]; scale: number; rows: HitRow[] }> {
  const exact = async () => {
    // Few matches: facets and page from one pass over them (docs/search.md). The first row
    // carries the facets; an empty page is one row without a hit.
    const rows = (await run(compiled.exactWithItemsSql, compiled.itemParams.values)) as (HitRow & {
      facets: SampleRow[] | null;
    })[];
    return { counts: rows[0]?.facets ?? [], scale: 1, rows: rows.filter((r) => r.question_set_id !== null) };
  };
  const pageRows = run as (sql: string, params: unknown[]) => Promise<HitRow[]>;
  if (compiled.municipalitySampleFirst) {
    const own = (await run(compiled.fineSampleFacetsSql, compiled.facetParams.values)) as SampleRow[];
    if (exactCountsFor(own, FINE_SAMPLE_MODULUS)) return exact();
    return {
      counts: own,
      scale: FINE_SAMPLE_MODULUS,
      rows: await estimatedPageRows(compiled, own, FINE_SAMPLE_MODULUS, pageRows),
    };
  }
  const sample = (await run(compiled.sampleFacetsSql, compiled.facetParams.values)) as SampleRow[];
  if (exactCountsFor(sample, SAMPLE_MODULUS)) return exact();
  const used = await chooseSample(
    compiled,
    sample,
    async () => (await run(compiled.fineSampleFacetsSql, compiled.facetParams.values)) as SampleRow[],
  );
  const rows = await estimatedPageRows(compiled, used.rows, used.modulus, pageRows);
  return { counts: used.rows, scale: used.modulus, rows };
}

/** How long the municipalities' shares of the archive (pg_stats) are used before they are read again. */
const MUNICIPALITY_SHARES_TTL_MS = 10 * 60_000;

/** The planner's statistics of search_document.municipality_id, the input of municipalityShares. */
export const MUNICIPALITY_STATS_SQL = `SELECT most_common_vals::text::int[] AS ids, most_common_freqs AS freqs, n_distinct FROM pg_stats
  WHERE schemaname = current_schema() AND tablename = 'search_document' AND attname = 'municipality_id'`;

type MunicipalityStats = { ids: number[] | null; freqs: number[] | null; n_distinct: number };

/**
 * A municipality's share of the search rows from pg_stats of search_document.municipality_id:
 * its frequency among the most common values, else at most the least common of those (or
 * 1 / n_distinct without that list); null when the table has no statistics yet (not analysed).
 */
export function municipalityShares(stats: MunicipalityStats | null): (municipalityId: number) => number | null {
  if (!stats) return () => null;
  const byId = new Map<number, number>();
  (stats.ids ?? []).forEach((id, i) => byId.set(Number(id), Number(stats.freqs?.[i] ?? 0)));
  const distinct = stats.n_distinct < 0 ? Infinity : stats.n_distinct;
  const others = byId.size > 0 ? Math.min(...byId.values()) : distinct > 0 ? 1 / distinct : 0;
  return (municipalityId) => byId.get(municipalityId) ?? others;
}

/** The compile options of a query, given the municipalities' shares (the engine and the profile decide alike). */
export function compileOptionsFor(
  query: SearchQuery,
  shareOf: (municipalityId: number) => number | null,
): CompileOptions {
  if (query.municipalityId === undefined) return {};
  const share = shareOf(query.municipalityId);
  return { smallMunicipality: share !== null && share <= SMALL_MUNICIPALITY_SHARE };
}

/** Positional SQL parameters, added as they are needed. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  clone(): SqlParams {
    const copy = new SqlParams();
    copy.values.push(...this.values);
    return copy;
  }
}

export interface CompiledSearch {
  /** Parameters of the facet statements. */
  facetParams: SqlParams;
  /** Parameters of the items statement (the facet ones, then its own). */
  itemParams: SqlParams;
  /** Candidate ranking + headlines of the page, walking the rank_date index (broad searches). */
  itemsSql: string;
  /** The same, collecting the candidates from the GIN bitmap first (narrow searches). */
  itemsBitmapSql: string;
  /** How many newest matches are ranked (RANK_CANDIDATES, or the page's end when further). */
  candidates: number;
  /**
   * The items statement with the candidates taken from the given months only (an int[] of
   * search_month values, the parameter after itemParams); every row has `found`, the number of
   * candidates found (all of them when it equals `candidates`).
   */
  itemsInMonthsSql: string;
  /**
   * The same over the 1-in-16 sample (FINE_SAMPLE_MODULUS); within the chosen municipality when
   * there is one (`unfiltered` then counts the text matches in it).
   */
  fineSampleFacetsSql: string;
  fineSampleInMunicipality: boolean;
  /**
   * Whether the search runs the municipality's own 1-in-16 sample instead of the coarse one
   * (CompileOptions.smallMunicipality): it visits the municipality's matches / 16 where the
   * coarse sample visits every municipality's / 256, and it tells what an exact pass within the
   * municipality would cost.
   */
  municipalitySampleFirst: boolean;
  /** The last month (search_month) the `to` and `year` filters allow, or null. */
  newestMonth: number | null;
  /** One pass over the 1-in-256 sample: counts per facet value and per month, and the newest month. */
  sampleFacetsSql: string;
  /**
   * Exact facets and the page from one pass over the matches (when the sample says they are
   * few): the matching rows are collected once, then grouped for the facets and sorted for the
   * candidates. The first row carries the facet rows as JSON; there is one row even for an empty page.
   */
  exactWithItemsSql: string;
}

export interface HitRow {
  question_set_id: number;
  municipality_slug: string;
  number: string;
  subject: string;
  question: string;
  answer: string | null;
  party_name: string | null;
  portfolio_holder_name: string | null;
  status: string;
  answered_on: string | null;
  /** The highlight tsquery as PostgreSQL stemmed it (the same on every row), or null without words. */
  hl_query: string | null;
  score: string | number;
}

/**
 * PostgreSQL full-text search over `search_document` (docs/search.md):
 * phase 1 takes the newest RANK_CANDIDATES matches (from the newest months of the match index,
 * else by walking the date index or sorting the GIN bitmap: bounded, whatever the number of
 * matches), phase 2 orders them by ts_rank_cd; facets and totals are exact for few matches
 * (exactCountsFor) and estimated from the 1-in-16 or 1-in-256 sample above (chooseSample), so
 * relevance order never depends on the thresholds.
 */
@Injectable()
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  private readonly analyser: QueryAnalyser;

  constructor(
    private readonly dataSource: DataSource,
    thesaurus: ThesaurusService,
  ) {
    this.analyser = new QueryAnalyser(thesaurus);
  }

  /** Each municipality's share of the search rows, from the planner's statistics; refreshed every ten minutes. */
  private shares: { until: number; of: (municipalityId: number) => number | null } | null = null;

  private async compileOptions(runner: QueryRunner, query: SearchQuery): Promise<CompileOptions> {
    if (query.municipalityId === undefined) return {};
    if (!this.shares || this.shares.until < Date.now()) {
      const rows = (await runner.query(MUNICIPALITY_STATS_SQL)) as MunicipalityStats[];
      this.shares = { until: Date.now() + MUNICIPALITY_SHARES_TTL_MS, of: municipalityShares(rows[0] ?? null) };
    }
    return compileOptionsFor(query, this.shares.of);
  }

  async search(actor: Actor, query: SearchQuery): Promise<Omit<SearchResult, 'engine' | 'degraded'>> {
    return this.withSearchSession(async (runner) => {
      if (query.q.trim() === '')
        return { ...(await this.searchPlanned(runner, actor, query, null)), interpreted: null };
      const plan = await this.confirmCorrections(
        runner,
        actor,
        await this.analyser.plan(runner, query.q, query.interpret !== false),
      );
      const didYouMean = correctedQuery(query.q, plan.corrections);
      let result = await this.searchPlanned(runner, actor, query, plan);
      let interpreted = toInterpretation(plan.interpreted);
      if (result.total === 0 && interpreted) {
        // The names did not narrow to anything: search as typed, with the names as words.
        const plain = await this.analyser.plan(runner, query.q, false);
        result = await this.searchPlanned(runner, actor, query, await this.confirmCorrections(runner, actor, plain));
        interpreted = null;
      }
      const { slotsFound, ...rest } = result;
      const suggestion = rest.total > 0 ? null : (didYouMean ?? (slotsFound.length > 0 ? slotsFound.join(' ') : null));
      return { ...rest, interpreted, didYouMean, suggestion: suggestion === query.q ? null : suggestion };
    });
  }

  /**
   * The strict search (every slot), and when it finds fewer than RELAX_BELOW rows for a query of
   * several slots, the relaxed one (slots weighted by IDF) when that finds more.
   */
  private async searchPlanned(runner: QueryRunner, actor: Actor, typed: SearchQuery, plan: QueryPlan | null) {
    const query = plan ? await this.withInterpretation(runner, typed, plan.interpreted) : typed;
    const none = { slotsFound: [] as string[], relaxed: false };
    if (plan && plan.slots.length === 0 && !toInterpretation(plan.interpreted)) {
      return { items: [], total: 0, totalEstimated: false, facets: emptyFacets(), facetsEstimated: false, ...none };
    }
    const highlight = plan ? planText(plan, 'or', 'highlight') : null;
    // First without the compounds' parts standing apart (hasSplits); with them only when that finds few.
    let strict = await this.runSearch(
      runner,
      actor,
      query,
      plan ? planText(plan, 'and', 'match', false) : null,
      highlight,
      {},
    );
    if (plan && hasSplits(plan) && strict.total < RELAX_BELOW) {
      // The rows with the compounds whole, if any, stay first (`boodschappenboete` above a text with
      // `boodschappen` and `boete` apart).
      const whole = strict.total > 0 ? planText(plan, 'and', 'match', false) : null;
      strict = await this.runSearch(
        runner,
        actor,
        query,
        planText(plan, 'and'),
        highlight,
        whole ? { preferred: whole } : {},
      );
    }
    if (!plan || plan.slots.length < 2 || strict.total >= RELAX_BELOW) return { ...strict, ...none };
    const slots = relaxedSlots(plan);
    const texts = slots.map((slot) => slotText(slot));
    const frequencies = await this.documentFrequencies(runner, actor, texts);
    const found = cappedUnknownWeights(plan, slots, frequencies.counts, slotWeights(plan, slots, frequencies));
    const { weights, evidence } = broadenedWeights(plan, slots, frequencies, found);
    const slotsFound = [...new Set(slots.filter((_, i) => frequencies.counts[i] > 0).map((s) => s.typed))];
    const relaxed = await this.runSearch(runner, actor, query, texts.join(' | '), highlight, {
      relaxed: {
        slots: texts,
        fieldSlots: slots.map((slot) => slotText(slot, 'fields')),
        weights,
        conditionWeights: guessesAsNoEvidence(slots, frequencies.counts, evidence) ?? evidence,
        minShare: relaxedMinShare(slots, frequencies.counts),
      },
    });
    if (relaxed.total > strict.total) return { ...relaxed, relaxed: true, slotsFound };
    const lenient = strict.total === 0 ? lenientMatch(plan, slots, frequencies, found) : null;
    if (lenient) {
      const found = await this.runSearch(runner, actor, query, lenient.slots.join(' | '), highlight, {
        relaxed: lenient,
      });
      if (found.total > 0) return { ...found, relaxed: true, slotsFound };
    }
    return { ...strict, relaxed: false, slotsFound };
  }

  /**
   * Keeps a typo correction only where the word as typed matches no row the actor may match, whole or,
   * for a compound of two known words, with its parts together (`boodschappenboete` where a text has
   * `boodschappen` and `boete`: a compound the archive writes apart is no typo).
   */
  private async confirmCorrections(runner: QueryRunner, actor: Actor, plan: QueryPlan): Promise<QueryPlan> {
    if (plan.corrections.length === 0) return plan;
    const asTyped = (c: Correction) => {
      const apart = plan.slots.find((slot) => slot.corrected === c)?.alternatives.find((a) => a.kind === 'and');
      return slotText({ typed: c.from, alternatives: apart ? [c.own, apart] : [c.own] });
    };
    const { sql, params } = documentFrequenciesSql(actor, plan.corrections.map(asTyped), 1);
    const [row] = (await runner.query(sql, params)) as { counts: string[] }[];
    return plan.corrections.reduce(
      (current, correction, i) => (Number(row.counts[i]) > 0 ? withoutCorrection(current, correction) : current),
      plan,
    );
  }

  /**
   * The names in the query as filters and the query without them, for the Meilisearch engine
   * (SearchService): the same reading the PostgreSQL engine makes in its plan, or null when the
   * query names nothing (or the caller said `interpret=false`).
   */
  async interpret(query: SearchQuery): Promise<{ query: SearchQuery; interpreted: QueryInterpretation } | null> {
    if (query.interpret === false || query.q.trim() === '') return null;
    return this.withSearchSession(async (runner) => {
      const { interpreted, rest } = await this.analyser.namesIn(runner, query.q);
      const shown = toInterpretation(interpreted);
      if (!shown) return null;
      return { query: await this.withInterpretation(runner, { ...query, q: rest }, interpreted), interpreted: shown };
    });
  }

  private async withInterpretation(runner: QueryRunner, query: SearchQuery, i: Interpretation): Promise<SearchQuery> {
    const out = { ...query };
    if (i.municipality && out.municipalityId === undefined) {
      out.municipalityId = await this.analyser.municipalityId(runner, i.municipality.slug);
    }
    if (i.party && !out.party) out.party = i.party;
    if (i.portfolioHolder && !out.portfolioHolder) out.portfolioHolder = i.portfolioHolder;
    return out;
  }

  private async runSearch(
    runner: QueryRunner,
    actor: Actor,
    query: SearchQuery,
    text: string | null,
    highlight: string | null,
    options: CompileOptions,
  ) {
    const compiled = compileSearch(actor, query, text, highlight, {
      ...(await this.compileOptions(runner, query)),
      ...options,
      lexemes: true,
    });
    const { counts, scale, rows } = await runCompiledSearch(compiled, (sql, params) => runner.query(sql, params));
    const estimated = scale > 1;
    return {
      items: toHits(rows),
      total: totalOf(counts) * scale,
      totalEstimated: estimated,
      facets: toFacets(counts, scale),
      facetsEstimated: estimated,
    };
  }

  /** How many rows the actor may match each slot in (capped), and how many rows there are. */
  private async documentFrequencies(runner: QueryRunner, actor: Actor, slots: string[]) {
    const { sql, params } = documentFrequenciesSql(actor, slots);
    const [row] = (await runner.query(sql, params)) as { total: string; counts: string[] }[];
    return { total: Number(row.total), counts: row.counts.map(Number) };
  }

  async similar(actor: Actor, query: SimilarQuery): Promise<SearchHit[]> {
    const text = similarityQueryText(query.text);
    if (!text) return [];
    return this.withSearchSession(async (runner) => {
      const params = new SqlParams();
      const q = `to_tsquery('public.dutch_unaccent', ${params.add(text)})`;
      const answers = answersVisibleSql(actor, params);
      const municipality = params.add(query.municipalityId);
      // Only answered questions whose answer the caller may read (embargo): those are the ones worth reading first.
      const sql = `
WITH query AS (SELECT ${q} AS q),
cand AS (
  SELECT d.question_id FROM search_document d, query
  WHERE d.municipality_id = ${municipality} AND d.tsv @@ query.q AND d.answer IS NOT NULL
    AND d.status IN ('answered', 'published') AND ${answers}
  ORDER BY d.rank_date DESC, d.question_id DESC LIMIT 2000)
SELECT d.question_set_id, d.municipality_slug, d.number, d.subject, d.question, d.answer, d.party_name,
  d.portfolio_holder_name, d.status, to_char(d.answered_on, 'YYYY-MM-DD') AS answered_on,
  query.q::text AS hl_query,
  ts_rank(d.tsv, query.q, 1) AS score
FROM (
  SELECT d.question_id, ts_rank(d.tsv, query.q, 1) AS r FROM cand JOIN search_document d USING (question_id), query
  ORDER BY r DESC, d.question_id DESC LIMIT ${params.add(query.limit)}
) top JOIN search_document d USING (question_id), query
ORDER BY top.r DESC, d.question_id DESC`;
      return toHits((await runner.query(sql, params.values)) as HitRow[]);
    });
  }

  /** The SQL of a search, for the benchmark's bare-SQL figures. */
  async compile(actor: Actor, query: SearchQuery): Promise<CompiledSearch> {
    return this.withSearchSession(async (runner) => {
      const plan = await this.analyser.plan(runner, query.q, false);
      // The first strict pass (without compound parts apart), the one most searches end with.
      return compileSearch(actor, query, planText(plan, 'and', 'match', false), planText(plan, 'or', 'highlight'), {
        ...(await this.compileOptions(runner, query)),
        lexemes: true,
      });
    });
  }

  /**
   * One connection for the statements of a search, with the app's session settings
   * (SESSION_SETTINGS) and no transaction: exact counts come with their page from one statement;
   * an estimated search's counts and page come from two, which a concurrent write could put a
   * row apart (the counts say they are estimates). No BEGIN/COMMIT saves two round trips a search.
   */
  async withSearchSession<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner('slave');
    try {
      return await work(runner);
    } finally {
      await runner.release();
    }
  }
}

/** canSeeAnswers in SQL over a search_document row, generated from the rule (src/auth/visibility.ts). */
export function answersVisibleSql(actor: Actor, params: SqlParams): string {
  return sqlVisibilityCondition(actor, 'd', (value) => params.add(value), 'answers');
}

/** Whether matchSql already requires what answersVisibleSql tests (so every matched answer is readable). */
function matchImpliesReadableAnswers(actor: Actor): boolean {
  return answersVisibleWhereSetIs(actor);
}

/**
 * The text match under the embargo: a row whose answer the actor may not read (a party's own
 * unpublished sets, registered questions made public) matches only on its subject, question and
 * names, never on the answer.
 */
function matchSql(actor: Actor, params: SqlParams, q: string | null): string {
  const tsv = q ? `d.tsv @@ ${q}` : 'true';
  const set = sqlVisibilityCondition(actor, 'd', (value) => params.add(value), 'set');
  const visible = set === 'true' ? tsv : `${set} AND ${tsv}`;
  if (matchImpliesReadableAnswers(actor)) return visible;
  const withoutAnswer = q ? `search_vector_split(d.subject, d.meta, d.question, NULL, '') @@ ${q}` : 'true';
  return `${visible} AND (${answersVisibleSql(actor, params)} OR ${withoutAnswer})`;
}

/**
 * A filter condition in two forms: as written, and for the exact pass, where a date range is
 * tested on the matched rows (`d.rank_date + 0` keeps the planner from AND-ing the rank_date
 * index's bitmap: a 4-year range is a third of the archive, which cost more than the words').
 */
interface FilterSql {
  sql: string;
  exact: string;
}

function filtersSql(actor: Actor, query: SearchQuery, params: SqlParams): FilterSql[] {
  const where: FilterSql[] = [];
  const same = (sql: string) => where.push({ sql, exact: sql });
  const dateFrom = (operator: '>=' | '<=', value: string) => {
    const p = params.add(value);
    where.push({ sql: `d.rank_date ${operator} ${p}::date`, exact: `(d.rank_date + 0) ${operator} ${p}::date` });
  };
  if (query.municipalityId !== undefined) same(`d.municipality_id = ${params.add(query.municipalityId)}`);
  if (query.party) same(`d.party_name = ${params.add(query.party)}`);
  if (query.portfolioHolder) same(`d.portfolio_holder_name = ${params.add(query.portfolioHolder)}`);
  if (query.status) same(`d.status = ${params.add(query.status)}`);
  if (query.year !== undefined) same(`d.year = ${params.add(query.year)}`);
  if (query.from) dateFrom('>=', query.from);
  if (query.to) dateFrom('<=', query.to);
  if (query.documentIds) {
    const ids = params.add(query.documentIds);
    // Documents linked from an embargoed answer do not count for whoever may not read it.
    same(
      `(d.document_ids && ${ids}::int[] OR (d.answer_document_ids && ${ids}::int[] AND ${answersVisibleSql(actor, params)}))`,
    );
  }
  if (query.openCommitments !== undefined) {
    same(
      query.openCommitments
        ? `(d.open_commitments AND ${answersVisibleSql(actor, params)})`
        : `NOT (d.open_commitments AND ${answersVisibleSql(actor, params)})`,
    );
  }
  return where;
}

export interface CompileOptions {
  /**
   * The filtered municipality holds at most SMALL_MUNICIPALITY_SHARE of the archive (from the
   * planner's statistics), so its own 1-in-16 sample is cheaper than the coarse sample.
   */
  smallMunicipality?: boolean;
  /**
   * The query texts are tsquery literals of lexemes (query-plan.ts, already stemmed): cast with
   * `::tsquery`, not stemmed again by to_tsquery.
   */
  lexemes?: boolean;
  /** Relaxed matching (issue 18): the query text ORs the slots; see RelaxedMatch. */
  relaxed?: RelaxedMatch;
  /**
   * Rows matching this tsquery rank before the others (PREFERRED_BONUS): the strict search's
   * compounds found whole, when the search is run again with their parts apart (searchPlanned).
   */
  preferred?: string;
}

/** Added to the score of a row that matches CompileOptions.preferred: more than ts_rank_cd gives. */
export const PREFERRED_BONUS = 10;

/**
 * Relaxed matching: a row matches when the slots it contains carry at least `minShare` of the
 * query's IDF weight (`weights`, one per slot of `slots`), and ranks by that coverage first, then
 * by the coverage in subject, question and names (`fieldSlots`: the slots restricted to weights
 * A and B), ts_rank_cd (field weights and proximity) and a mild recency boost.
 */
export interface RelaxedMatch {
  slots: string[];
  fieldSlots: string[];
  weights: number[];
  minShare: number;
  /** The slots the condition counts, when not `slots` (the last resort: in the subject only; see lenientMatch). */
  conditionSlots?: string[];
  /** The weights the condition counts, when not `weights` (a guess as no evidence: see guessesAsNoEvidence). */
  conditionWeights?: number[];
}

/** Relaxed searches rank this many newest matches (all of them when fewer). */
export const RELAXED_RANK_CANDIDATES = 300;

/** The relaxed condition and score as SQL over `d` (vec: the vector the actor may match on). */
function relaxedSql(actor: Actor, params: SqlParams, relaxed: RelaxedMatch, q: string) {
  const vec = matchImpliesReadableAnswers(actor)
    ? 'd.tsv'
    : `(CASE WHEN ${answersVisibleSql(actor, params)} THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END)`;
  const total = relaxed.weights.reduce((a, b) => a + b, 0);
  const covered = (texts: string[], weights = relaxed.weights) =>
    `(${texts.map((t, i) => `CASE WHEN ${vec} @@ ${params.add(t)}::tsquery THEN ${params.add(weights[i])}::float8 ELSE 0 END`).join(' + ')})`;
  return {
    condition: `${covered(relaxed.conditionSlots ?? relaxed.slots, relaxed.conditionWeights)} >= ${params.add(relaxed.minShare * total)}::float8`,
    score: () =>
      `((10 * ${covered(relaxed.slots)} + 3 * ${covered(relaxed.fieldSlots)}) / ${params.add(total)}::float8
        + ts_rank_cd(${vec}, ${q}) + 0.3 / (1 + (current_date - d.rank_date) / 1095.0))`,
  };
}

/** A municipality with at most this share of the search rows is sampled on its own (1 in 16). */
export const SMALL_MUNICIPALITY_SHARE = 1 / 16;

export function compileSearch(
  actor: Actor,
  query: SearchQuery,
  tsqueryText: string | null,
  highlightText: string | null = tsqueryText,
  options: CompileOptions = {},
): CompiledSearch {
  const params = new SqlParams();
  const asTsQuery = (text: string) =>
    options.lexemes ? `${params.add(text)}::tsquery` : `to_tsquery('public.dutch_unaccent', ${params.add(text)})`;
  const q = tsqueryText ? asTsQuery(tsqueryText) : null;
  const relaxed = options.relaxed && q ? relaxedSql(actor, params, options.relaxed, q) : null;
  const match = relaxed ? `${matchSql(actor, params, q)} AND ${relaxed.condition}` : matchSql(actor, params, q);
  const filters = filtersSql(actor, query, params);
  const where = [match, ...filters.map((f) => f.sql)].join(' AND ');
  const facetParams = params.clone();
  // The exact pass runs only when the words alone match few rows (EXACT_COUNT_MAX_TEXT_MATCHES):
  // there the date range is tested on those rows (FilterSql.exact).
  const whereExact = [match, ...filters.map((f) => f.exact)].join(' AND ');
  // Where the match already requires it (everyone but a party's own sets), every matched answer
  // is readable: the statements then carry no per-row CASE on it (less to plan and evaluate).
  const answers = matchImpliesReadableAnswers(actor) ? 'true' : answersVisibleSql(actor, params);
  const byRelevance = q !== null && query.sort === 'relevance';
  const candidates = Math.min(
    MAX_RANK_CANDIDATES,
    Math.max(relaxed ? RELAXED_RANK_CANDIDATES : RANK_CANDIDATES, query.offset + query.limit),
  );
  const limit = params.add(query.limit);
  const offset = params.add(query.offset);
  // Under the embargo a row is ranked by what the actor may match in it, as it is matched (matchSql).
  const visibleVector = (expression: (vector: string) => string) =>
    answers === 'true'
      ? expression('d.tsv')
      : `CASE WHEN ${answers} THEN ${expression('d.tsv')} ELSE ${expression("search_vector_split(d.subject, d.meta, d.question, NULL, '')")} END`;
  const ranked = !q ? '0' : relaxed ? relaxed.score() : visibleVector((vector) => `ts_rank_cd(${vector}, ${q})`);
  const preferred = options.preferred && q && !relaxed ? asTsQuery(options.preferred) : null;
  const score = preferred
    ? `(${ranked} + CASE WHEN ${visibleVector((vector) => `${vector} @@ ${preferred}`)} THEN ${PREFERRED_BONUS} ELSE 0 END)`
    : ranked;
  const readable = (value: string) => (answers === 'true' ? value : `CASE WHEN ${answers} THEN ${value} END`);
  // Candidates are built with their LIMIT as a part: the candidates to rank, or (by date) the page itself.
  const candidateLimit = `LIMIT ${candidates}`;
  const pageLimit = `LIMIT ${limit} OFFSET ${offset}`;
  type Candidates = (limitSql: string) => string;
  const orderedCandidates: Candidates = (limitSql) => `SELECT d.question_id FROM search_document d WHERE ${where}
         ORDER BY d.rank_date DESC, d.question_id DESC ${limitSql}`;
  // MATERIALIZED keeps the ORDER BY out of the match, so the planner takes the GIN bitmap.
  const bitmapCandidates: Candidates = (
    limitSql,
  ) => `WITH m AS MATERIALIZED (SELECT d.question_id, d.rank_date FROM search_document d WHERE ${where})
         SELECT question_id FROM m ORDER BY rank_date DESC, question_id DESC ${limitSql}`;
  const pageOf = (candidatesWith: Candidates) =>
    byRelevance
      ? `SELECT d.question_id, ${score} AS score FROM (${candidatesWith(candidateLimit)}) c
       JOIN search_document d USING (question_id)
       ORDER BY score DESC, d.rank_date DESC, d.question_id DESC ${pageLimit}`
      : `SELECT d.question_id, ${score} AS score FROM (${candidatesWith(pageLimit)}) c
       JOIN search_document d USING (question_id)
       ORDER BY d.rank_date DESC, d.question_id DESC`;
  // Highlights are made in the app (highlight.ts) from the highlight query as PostgreSQL stems
  // it: with prefixes, since the text itself has no compound parts. Computed once (an InitPlan).
  const hq = q && highlightText ? (highlightText === tsqueryText ? q : asTsQuery(highlightText)) : q;
  const itemsOf = (page: string) => `
SELECT d.question_set_id, d.municipality_slug, d.number, d.subject, d.question,
  ${readable('d.answer')} AS answer, d.party_name, d.portfolio_holder_name, d.status,
  ${readable("to_char(d.answered_on, 'YYYY-MM-DD')")} AS answered_on,
  ${hq ? `(SELECT ${hq}::text)` : 'NULL::text'} AS hl_query,
  page.score
FROM (${page}) page JOIN search_document d USING (question_id)
ORDER BY ${byRelevance ? 'page.score DESC, ' : ''}d.rank_date DESC, d.question_id DESC`;
  const itemsSql = itemsOf(pageOf(orderedCandidates));
  const matchColumns =
    'd.question_id, d.rank_date, d.municipality_slug, d.party_name, d.portfolio_holder_name, d.status, d.year';
  const itemsBitmapSql = itemsOf(pageOf(bitmapCandidates));
  // The months are the last parameter, so the other items statements keep theirs.
  const months = params.clone().add(null);
  const itemsInMonthsSql = `
WITH m AS MATERIALIZED (SELECT d.question_id, d.rank_date FROM search_document d WHERE ${where} AND search_month(d.rank_date) = ANY(${months}::int[])),
c AS MATERIALIZED (SELECT question_id, rank_date FROM m ORDER BY rank_date DESC, question_id DESC LIMIT ${candidates})
SELECT (SELECT count(*) FROM c) AS found, x.* FROM (${itemsOf(pageOf((limitSql) => `SELECT question_id FROM c ORDER BY rank_date DESC, question_id DESC ${limitSql}`))}) x`;
  const facetsOver = (fromSql: string, whereSql: string | null, countSql: string, perMonth = false) => `
SELECT CASE WHEN GROUPING(d.municipality_slug) = 0 THEN 'municipality'
            WHEN GROUPING(d.party_name) = 0 THEN 'party'
            WHEN GROUPING(d.portfolio_holder_name) = 0 THEN 'portfolioHolder'
            WHEN GROUPING(d.status) = 0 THEN 'status'
            WHEN GROUPING(d.year) = 0 THEN 'year'${
              perMonth
                ? `
            WHEN GROUPING(search_month(d.rank_date)) = 0 THEN 'month'`
                : ''
            }
            ELSE 'total' END AS dim,
       coalesce(d.municipality_slug, d.party_name, d.portfolio_holder_name, d.status, d.year::text${perMonth ? ', search_month(d.rank_date)::text' : ''}) AS key,
       ${countSql}${
         perMonth
           ? `,
       (SELECT search_month(max(x.rank_date)) FROM search_document x) AS max_month`
           : ''
       }
FROM ${fromSql}${whereSql === null ? '' : ` WHERE ${whereSql}`}
GROUP BY GROUPING SETS ((d.municipality_slug), (d.party_name), (d.portfolio_holder_name), (d.status), (d.year),${perMonth ? ' (search_month(d.rank_date)),' : ''} ())`;
  // The municipality's own parameter (filtersSql adds it first), so the fine sample index intersects it.
  const inMunicipality = query.municipalityId !== undefined ? ` AND ${filters[0].sql}` : '';
  const sampleCounts =
    filters.length > 0
      ? `count(*) FILTER (WHERE ${filters.map((f) => f.sql).join(' AND ')}) AS n, count(*) AS unfiltered`
      : 'count(*) AS n, count(*) AS unfiltered';
  return {
    facetParams,
    itemParams: params,
    itemsSql,
    itemsBitmapSql,
    candidates,
    itemsInMonthsSql,
    // The sample applies the filters as FILTER clauses, so it also tells how many rows the text
    // alone matches: the cost of an exact count.
    sampleFacetsSql: facetsOver(
      'search_document d',
      `${match} AND d.question_id % ${SAMPLE_MODULUS} = 0`,
      sampleCounts,
      true,
    ),
    fineSampleFacetsSql: facetsOver(
      'search_document d',
      `${match}${inMunicipality} AND d.question_id % ${FINE_SAMPLE_MODULUS} = 0`,
      sampleCounts,
      true,
    ),
    fineSampleInMunicipality: inMunicipality !== '',
    municipalitySampleFirst: inMunicipality !== '' && options.smallMunicipality === true,
    newestMonth: newestMonthAllowed(query),
    exactWithItemsSql: `
WITH m AS MATERIALIZED (SELECT ${matchColumns} FROM search_document d WHERE ${whereExact}),
f AS (${facetsOver('m d', null, 'count(*) AS n')})
SELECT CASE WHEN i.ord IS NULL OR i.ord = 1 THEN (SELECT json_agg(f) FROM f) END AS facets, i.*
FROM (SELECT 1) one LEFT JOIN LATERAL (
  SELECT row_number() OVER () AS ord, x.* FROM (${itemsOf(pageOf((limitSql) => `SELECT question_id FROM m ORDER BY rank_date DESC, question_id DESC ${limitSql}`))}) x
) i ON true
ORDER BY i.ord`,
  };
}

/** search_month of a date (as the SQL function: months since year 0). */
export function monthOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;
}

function newestMonthAllowed(query: SearchQuery): number | null {
  const caps = [query.to ? monthOf(query.to) : null, query.year !== undefined ? query.year * 12 + 11 : null].filter(
    (m): m is number => m !== null,
  );
  return caps.length > 0 ? Math.min(...caps) : null;
}

function totalOf(rows: SampleRow[]): number {
  return Number(rows.find((r) => r.dim === 'total')?.n ?? 0);
}

function toFacets(rows: SampleRow[], scale: number): SearchFacets {
  const facets = emptyFacets();
  for (const row of rows) {
    if (!(row.dim in facets) || row.key === null || Number(row.n) === 0) continue;
    facets[row.dim as keyof SearchFacets][row.key] = Number(row.n) * scale;
  }
  return facets;
}

/** Hits with their snippets (made here, from the stemmed highlight query every row carries). */
function toHits(rows: HitRow[]): SearchHit[] {
  const terms = termsOfTsQuery(rows[0]?.hl_query ?? null);
  return rows.map((row) => toHit(row, terms));
}

function toHit(row: HitRow, terms: HighlightTerm[]): SearchHit {
  return {
    questionSetId: row.question_set_id,
    municipality: row.municipality_slug,
    number: row.number,
    subject: row.subject,
    question: row.question,
    answer: row.answer,
    party: row.party_name,
    portfolioHolder: row.portfolio_holder_name,
    status: row.status,
    answeredOn: row.answered_on,
    snippets: {
      subject: markedWhole(row.subject, terms),
      question: snippetOf(row.question, terms),
      answer: row.answer === null ? null : snippetOf(row.answer, terms),
    },
    score: Math.round(Number(row.score) * 10_000) / 10_000,
  };
}

/**
 * When a thesaurus concept of the query is one this archive lacks, the query's main concept is
 * known to be missing; a typo correction is then a guess that may not tip a row over the relaxed
 * share: it counts in the query's weight but not as a row's evidence (`begraafplaats ruimen
 * graven`: `graven` corrected to `graden` made a row with only the common `ruim` qualify).
 * Undefined (every slot counts) otherwise.
 */
export function guessesAsNoEvidence(slots: Slot[], counts: number[], weights: number[]): number[] | undefined {
  const absentConcept = slots.some((slot, i) => slot.thesaurus === true && counts[i] === 0);
  if (!absentConcept || !slots.some((slot) => slot.corrected)) return undefined;
  return weights.map((w, i) => (slots[i].corrected ? 0 : w));
}

/**
 * An unknown compound matched by its head (Slot.broadened) is a concept the archive lacks as typed:
 * in the query's weight it counts as the unknown word would (so the rest of the query is measured
 * against all that was asked), and a row with the head gets half the head's weight as evidence (it
 * has a broader thing than asked). Unchanged weights and evidence when no slot is broadened.
 */
export function broadenedWeights(
  plan: QueryPlan,
  slots: Slot[],
  frequencies: { counts: number[]; total: number },
  weights: number[],
): { weights: number[]; evidence: number[] } {
  if (!slots.some((slot) => slot.broadened)) return { weights, evidence: weights };
  const counts = frequencies.counts.map((c, i) => (slots[i].broadened ? 0 : c));
  const asUnknown = cappedUnknownWeights(
    plan,
    slots,
    counts,
    weights.map((w, i) => (slots[i].broadened ? idf(0, frequencies.total) * (slots[i].share ?? 1) : w)),
  );
  return { weights: asUnknown, evidence: weights };
}

/**
 * The share of the query's weight a relaxed row must carry. Half (RELAXED_MIN_SHARE) makes a
 * two-word query "the rarer word, or both"; when both words are in the archive and about as rare
 * (`voedselbank verhuizen`, neither row has both), which one is a little rarer is chance, and rows
 * with the other were never found. So when every concept is in the archive as typed (nothing unknown,
 * no thesaurus concept missing, no compound matched only by its head), a word within a fifth of the
 * rarest one's weight also qualifies a row: KNOWN_WORDS_MIN_SHARE (0.45: b ≥ 0.82·a). Only for
 * two concepts: with more, half the weight is reached by several words, and a lower share let rows
 * with a sentence's common words (`kinderen`, `buiten`) stop the last resort from finding the set
 * whose subject has its rare word. A query with a concept the archive lacks keeps half, so it still
 * finds nothing rather than rows with its common words.
 */
export const KNOWN_WORDS_MIN_SHARE = 0.45;
export function relaxedMinShare(slots: Slot[], counts: number[]): number {
  const allKnown = counts.every((c) => c > 0) && !slots.some((slot) => slot.broadened);
  return allKnown && slots.length === 2 ? KNOWN_WORDS_MIN_SHARE : RELAXED_MIN_SHARE;
}

/** Queries of at least this many concepts get the last resort (lenientMatch) when nothing matched. */
export const LENIENT_MIN_SLOTS = 3;

/**
 * Each relaxed slot's weight: its IDF times its share of a compound typed whole. A typo correction
 * is a guess, so its slot weighs half. A thesaurus concept this archive lacks weighs half in a
 * query of LENIENT_MIN_SLOTS or more concepts (one concept of several the reader knows was meant),
 * but in full with two, as an unknown word does: half of what was asked is missing, and at half
 * weight the other word alone would qualify (`eikenprocessierups bestrijding` found every row with
 * `bestrijding`; a word became a thesaurus term and stopped protecting such a query). An
 * abbreviation no row has (Slot.abbreviation: `smp`, `nt2`) weighs half too, whatever the number of
 * concepts: the archive likely spells out what it names, so it is no sign the query is about
 * something else; with two concepts the other one then qualifies alone when it is rarer than about
 * the square root of the archive's rows (the evidence lenientMatch asks of a subject word), and a
 * common word next to an unknown abbreviation still finds nothing.
 */
export function slotWeights(
  plan: QueryPlan,
  slots: Slot[],
  frequencies: { counts: number[]; total: number },
): number[] {
  const few = plan.slots.length < LENIENT_MIN_SLOTS;
  return frequencies.counts.map((df, i) => {
    const absentConcept = slots[i].thesaurus === true && df === 0 && !few;
    const absentAbbreviation = slots[i].abbreviation === true && df === 0;
    const guess = slots[i].corrected || slots[i].broadened || absentConcept || absentAbbreviation;
    return idf(df, frequencies.total) * (slots[i].share ?? 1) * (guess ? 0.5 : 1);
  });
}

/**
 * In a query of LENIENT_MIN_SLOTS or more concepts, a word no row the caller may match has weighs
 * no more than the heaviest word the archive has: in a sentence such words are mostly its own
 * verbs and paraphrases (`bekendgemaakt`), which say little about which set is meant. With
 * fewer concepts it keeps its full IDF (the most of any word), so `paardenmest op straat` finds
 * nothing rather than any row with `straat`; with more, the share rule still finds nothing when
 * most concepts are unknown (three unknown words and one known carry at least three quarters).
 */
export function cappedUnknownWeights(plan: QueryPlan, slots: Slot[], counts: number[], weights: number[]): number[] {
  if (plan.slots.length < LENIENT_MIN_SLOTS) return weights;
  // A compound's part is compared as its whole word (Slot.share), an unknown part keeps its share.
  const known = weights.map((w, i) => w / (slots[i].share ?? 1)).filter((_, i) => counts[i] > 0);
  if (known.length === 0) return weights;
  const cap = Math.max(...known);
  return weights.map((w, i) => (counts[i] > 0 ? w : Math.min(w, cap * (slots[i].share ?? 1))));
}

/**
 * The last resort of relaxed matching (docs/search.md, "The last resort"): a query of
 * LENIENT_MIN_SLOTS or more concepts that found nothing, neither strict nor relaxed, because its
 * rare words are spread over the archive or absent from it (a sentence's own verbs and
 * paraphrases: `meedelen in de opbrengst` for `meeprofiteren`). A row then qualifies by evidence:
 * the query's words in its **subject** (weight A: what the set is about, not a word a question or
 * answer uses in passing) must carry at least half the weight of a word no row has (one word rarer
 * than about the square root of the archive's rows, or several less rare ones; a common word alone
 * is no evidence). Words no row the caller may match has leave the weight. Ranked as relaxed rows,
 * by how much of the known words' weight a row covers. Null when it does not apply: fewer concepts
 * (with two, a missing one is half of what was asked); more concepts the archive lacks than it has
 * (the query is about something else: `kermis warmtenet schaatsbaan ijsbaan`); no word the archive
 * has, or only common ones.
 */
export function lenientMatch(
  plan: QueryPlan,
  slots: Slot[],
  frequencies: { counts: number[]; total: number },
  weights: number[],
): RelaxedMatch | null {
  if (plan.slots.length < LENIENT_MIN_SLOTS) return null;
  const known = slots.map((_, i) => i).filter((i) => frequencies.counts[i] > 0);
  // Concepts, a compound's parts counting as parts of one (Slot.share).
  const concepts = (indexes: number[]) => indexes.reduce((n, i) => n + (slots[i].share ?? 1), 0);
  const unknown = slots.map((_, i) => i).filter((i) => frequencies.counts[i] === 0);
  if (known.length === 0 || concepts(unknown) > concepts(known)) return null;
  // A compound's part weighs as a word of its own here: the evidence is how rare the word in the
  // subject is (`asielzoekers` of `asielzoekerscentrum`).
  const knownWeights = known.map((i) => weights[i] / (slots[i].share ?? 1));
  const total = knownWeights.reduce((a, b) => a + b, 0);
  const minShare = idf(0, frequencies.total) / 2 / total;
  if (minShare > 1) return null;
  return {
    slots: known.map((i) => slotText(slots[i])),
    fieldSlots: known.map((i) => slotText(slots[i], 'fields')),
    conditionSlots: known.map((i) => slotText(slots[i], 'subject')),
    weights: knownWeights,
    minShare,
  };
}

/** Below this many strict matches, a query of several slots is also searched relaxed (issue 18). */
export const RELAX_BELOW = 10;
/** Document frequencies are counted up to this many rows (a rarer slot is what they tell apart). */
export const DF_CAP = 10_000;

/**
 * The rows the actor may match each slot in (up to DF_CAP) and the number of search rows (exact
 * for a small archive, the planner's estimate for a large one): the IDF of relaxed matching.
 */
export function documentFrequenciesSql(
  actor: Actor,
  slots: string[],
  cap = DF_CAP,
): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const counts = slots.map(
    (text) =>
      `(SELECT count(*) FROM (SELECT 1 FROM search_document d WHERE ${matchSql(actor, params, `${params.add(text)}::tsquery`)} LIMIT ${params.add(cap)}) x)`,
  );
  const sql = `SELECT (SELECT CASE WHEN c.reltuples < 10000 THEN (SELECT count(*) FROM search_document) ELSE c.reltuples::bigint END
  FROM pg_class c WHERE c.oid = 'public.search_document'::regclass) AS total,
  ARRAY[${counts.join(', ')}]::bigint[] AS counts`;
  return { sql, params: params.values };
}

function toInterpretation(i: Interpretation): QueryInterpretation | null {
  if (!i.municipality && !i.party && !i.portfolioHolder) return null;
  return {
    ...(i.municipality ? { municipality: i.municipality.slug, municipalityName: i.municipality.name } : {}),
    ...(i.party ? { party: i.party } : {}),
    ...(i.portfolioHolder ? { portfolioHolder: i.portfolioHolder } : {}),
    as: 'filter',
  };
}
