import { QueryRunner } from 'typeorm';
import { ThesaurusService } from '../thesaurus/thesaurus.service';
import { KNOWN_COMPOUND_PARTS } from './index-sql';
import { nameWords, withNameAliases } from './name-aliases';
import {
  Interpretation,
  KnownName,
  Lexeme,
  QueryPlan,
  ThesaurusGroup,
  WordFacts,
  compoundSynonymsToAnalyse,
  interpretNames,
  partSynonyms,
  planQuery,
  wordsToAnalyse,
} from './query-plan';
import { MISSING_LETTER_MIN, TYPO_MIN_LENGTH, TypoCandidate, parseQuery, pickCorrection } from './query-text';

/**
 * What the query planner (query-plan.ts) needs from the database, fetched in one round trip for
 * the typed words (a second one only for an unknown word: its typo correction's and compound
 * parts' lexemes), with the thesaurus terms' lexemes and the names of municipalities, parties and
 * portfolio holders cached in the process.
 */

/** A typo correction is at least this similar (pg_trgm) and at most this many letters longer or shorter. */
export const TYPO_MIN_SIMILARITY = 0.4;
export const TYPO_MAX_LENGTH_DIFFERENCE = 3;
/**
 * Candidates below TYPO_MIN_SIMILARITY are fetched down to this similarity (pg_trgm's default
 * threshold of `%`, so its index still serves): a letter swap breaks three trigrams, which in a
 * short word leaves it under 0.4 (`fatbkies`/`fatbikes` 0.38). They are taken only when close in
 * edits (pickCorrection, query-text.ts).
 */
export const TYPO_CANDIDATE_SIMILARITY = 0.3;
const TYPO_CANDIDATES = 30;
/**
 * A typed word of this length or more also matches the lexicon's longer words that end or start
 * with it, the compounds it is the head or first part of (`opvang` finds `noodopvang`, `station`
 * finds `stationsplein`), also where the compound could not be split because its other part is
 * no word of the lexicon; as a head also in the other number (`verzekering` finds `opstalverzekeringen`).
 */
export const HEAD_MIN_LENGTH = 5;
const MAX_HEADS = 20;

/**
 * Each word's lexemes (in position order), whether the lexicon knows it, and a typo correction for
 * an unknown typed word (`$2`; not for the joined adjacent words). `$3`: typed compounds with a part
 * replaced by a thesaurus synonym (compoundSynonyms, query-plan.ts): only those the lexicon has
 * come back, with their lexemes, so each costs one lexicon lookup (docs/search.md, "Compound
 * synonyms").
 */
export const WORD_FACTS_SQL = `
SELECT w.word,
  (SELECT coalesce(json_agg(json_build_object('lexeme', t.lexeme, 'pos', p) ORDER BY p, t.lexeme), '[]'::json)
     FROM unnest(to_tsvector('public.dutch_unaccent', w.word)) AS t, unnest(t.positions) AS p) AS lexemes,
  k.known,
  CASE WHEN NOT k.known AND w.word = ANY($2::text[]) AND length(w.word) >= ${MISSING_LETTER_MIN} AND w.word ~ '^[a-z]+$' THEN
    (SELECT json_agg(json_build_object('word', c.word, 'similarity', c.sim) ORDER BY c.sim DESC, c.word) FROM (
       SELECT l.word, similarity(l.word, w.word) AS sim FROM search_lexicon l
       WHERE l.word % w.word AND similarity(l.word, w.word) >= ${TYPO_CANDIDATE_SIMILARITY}
         AND abs(length(l.word) - length(w.word)) <= ${TYPO_MAX_LENGTH_DIFFERENCE}
       ORDER BY similarity(l.word, w.word) DESC, l.word LIMIT ${TYPO_CANDIDATES}) c)
  END AS suggestions,
  CASE WHEN w.word = ANY($2::text[]) AND length(w.word) >= ${HEAD_MIN_LENGTH} AND w.word ~ '^[a-z]+$' THEN
    (SELECT coalesce(json_agg(json_build_object('lexemes', h.lexemes, 'covered', h.covered)), '[]'::json) FROM (
       SELECT (SELECT json_agg(json_build_object('lexeme', t.lexeme, 'pos', p) ORDER BY p, t.lexeme)
               FROM unnest(to_tsvector('public.dutch_unaccent', l.word)) AS t, unnest(t.positions) AS p) AS lexemes,
         -- Split at index time with the typed word as a part: its rows carry that part's lexeme already.
         EXISTS (SELECT 1 FROM search_compound_part c, unnest(c.parts) AS cp(part)
                 WHERE c.word = l.word AND to_tsvector('public.dutch_unaccent', cp.part) = to_tsvector('public.dutch_unaccent', w.word)) AS covered
       FROM search_lexicon l
       WHERE (l.word LIKE '%' || b.base OR l.word LIKE '%' || b.base || 'en' OR l.word LIKE '%' || b.base || 's'
              OR l.word LIKE w.word || '%') AND length(l.word) >= length(b.base) + 3
       ORDER BY l.word LIMIT ${MAX_HEADS}) h
     WHERE h.lexemes IS NOT NULL)
  END AS heads,
  (SELECT json_agg(json_build_object('word', p.part, 'lexemes',
     (SELECT coalesce(json_agg(json_build_object('lexeme', t.lexeme, 'pos', tp) ORDER BY tp, t.lexeme), '[]'::json)
      FROM unnest(to_tsvector('public.dutch_unaccent', p.part)) AS t, unnest(t.positions) AS tp)) ORDER BY p.n)
   FROM search_compound_part c, unnest(c.parts) WITH ORDINALITY AS p(part, n) WHERE c.word = w.word) AS parts
FROM unnest($1::text[]) AS w(word),
  LATERAL (SELECT EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = w.word) AS known) AS k,
  -- The head without its plural ending: a compound's head may stand in the other number (\`verzekering\` is
  -- the head of \`opstalverzekeringen\`, \`woningen\` of \`studentenwoning\`).
  LATERAL (SELECT CASE WHEN length(regexp_replace(w.word, '(en|s)$', '')) >= ${HEAD_MIN_LENGTH}
                       THEN regexp_replace(w.word, '(en|s)$', '') ELSE w.word END AS base) AS b
UNION ALL
SELECT c.word,
  (SELECT coalesce(json_agg(json_build_object('lexeme', t.lexeme, 'pos', p) ORDER BY p, t.lexeme), '[]'::json)
     FROM unnest(to_tsvector('public.dutch_unaccent', c.word)) AS t, unnest(t.positions) AS p),
  true, NULL::json, NULL::json, NULL::json
FROM unnest($3::text[]) AS c(word),
  -- One lookup per candidate, as for the typed words (\`= ANY\` may take the trigram index: slow).
  LATERAL (SELECT EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = c.word) AS known) AS k
WHERE k.known AND c.word <> ALL($1::text[])`;

/** Lexemes of terms (thesaurus terms, corrections, compound parts), and whether the lexicon has the word. */
export const TERM_LEXEMES_SQL = `
SELECT w.word,
  (SELECT coalesce(json_agg(json_build_object('lexeme', t.lexeme, 'pos', p) ORDER BY p, t.lexeme), '[]'::json)
     FROM unnest(to_tsvector('public.dutch_unaccent', w.word)) AS t, unnest(t.positions) AS p) AS lexemes,
  EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = w.word) AS known
FROM unnest($1::text[]) AS w(word)`;

/** Municipalities, parties and portfolio holders a query may name. */
export const KNOWN_NAMES_SQL = `
SELECT 'municipality' AS kind, m.slug AS value, m.name AS label, m.id FROM municipality m
UNION ALL
SELECT DISTINCT 'party', p.name, p.name, NULL::int FROM party p
UNION ALL
SELECT DISTINCT 'portfolioHolder', pe.name, pe.name, NULL::int FROM person pe
WHERE EXISTS (SELECT 1 FROM question_set s WHERE s.portfolio_holder_id = pe.id)`;

const NAMES_TTL_MS = 60_000;
const LINKS = ['', 's', 'e', 'en'];
const PART_INFLECTIONS = ['', 'en', 's', 'e', 'n'];
const MIN_PART = 4;
const MIN_SPLIT_LENGTH = 9;
/**
 * A part of a three-part split is this long: with four-letter parts a word splits into common short
 * words by chance (`hartstilstand` → hart, stil, stand, where the text has `hartstilstand` nowhere
 * and `stil` and `stand` mean nothing of it).
 */
const THREE_PART_MIN_PART = MIN_PART + 1;
/** The shortest word split in three. */
const THREE_PART_MIN_LENGTH = 3 * THREE_PART_MIN_PART;
/** A compound's head stands in for it only when this long (`vervoer`, not `plan`). */
export const HEAD_BACKOFF_MIN_LENGTH = 5;

interface FactRow {
  word: string;
  lexemes: Lexeme[];
  known: boolean;
  suggestions?: TypoCandidate[] | null;
  /** The correction picked from the suggestions (pickCorrection). */
  suggestion?: string | null;
  heads?: { lexemes: Lexeme[]; covered: boolean }[] | null;
  /** A known compound's parts (search_compound_part) with their lexemes. */
  parts?: { word: string; lexemes: Lexeme[] }[] | null;
}

/**
 * A part's lexemes as the archive has the part: the part itself when a text has it, else its first
 * inflected form a text has (`verzinkbarepalen` → `verzinkbare` + `palen`: the stemmer makes
 * `verzink` of `verzinkbare` but `verzinkbar` of the bare part, a lexeme no text has).
 */
function partLexemes(
  part: string,
  found: Map<string, FactRow>,
  isPart: (w: string) => boolean,
): { word: string; lexemes: Lexeme[] } {
  const form = PART_INFLECTIONS.map((e) => part + e).find((w) => isPart(w) && (found.get(w)?.lexemes.length ?? 0) > 0);
  return { word: part, lexemes: found.get(form ?? part)?.lexemes ?? [] };
}

/** Two-part splits of an unknown word: prefix, optional linking letters, rest. */
export function splitCandidates(word: string): { prefix: string; rest: string }[] {
  const out: { prefix: string; rest: string }[] = [];
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    for (const link of LINKS) {
      if (word.substr(i, link.length) !== link) continue;
      const rest = word.slice(i + link.length);
      if (rest.length >= MIN_PART) out.push({ prefix: word.slice(0, i), rest });
    }
  }
  return out;
}

/**
 * Three-part splits of an unknown word: a two-part split with either side split once more, each part
 * THREE_PART_MIN_PART+ letters.
 */
export function threePartCandidates(word: string): string[][] {
  const out: string[][] = [];
  for (const c of splitCandidates(word)) {
    for (const r of splitCandidates(c.rest)) out.push([c.prefix, r.prefix, r.rest]);
    for (const p of splitCandidates(c.prefix)) out.push([p.prefix, p.rest, c.rest]);
  }
  return out.filter((parts) => parts.every((part) => part.length >= THREE_PART_MIN_PART));
}

/**
 * The same compound with its linking `s` left out or put in (`vergunningsvrij` ⇄ `vergunningvrij`,
 * `rijkweg` ⇄ `rijksweg`): Dutch writers differ on the linking `s`, so a typed compound the archive
 * lacks is looked up in the other spelling at each split point (both parts MIN_PART+ letters).
 */
export function linkingVariants(word: string): string[] {
  const out = new Set<string>();
  for (const c of splitCandidates(word)) {
    const link = word.slice(c.prefix.length, word.length - c.rest.length);
    if (link === 's') out.add(c.prefix + c.rest);
    else if (link === '' && !c.prefix.endsWith('s') && !c.rest.startsWith('s')) out.add(`${c.prefix}s${c.rest}`);
  }
  out.delete(word);
  return [...out];
}

/**
 * An unknown word as an abbreviation of two or three letters hyphenated to a word (`pasmelders` →
 * `pas-melders` for a text's `PAS-melders`, `ictsystemen` → `ict-systemen`): the compound splitter
 * takes parts of MIN_PART+ letters only, so such a word was found only where a typo correction
 * happened to pick its end. The rest must be MIN_PART+ letters.
 */
export function hyphenatedForms(word: string): { form: string; rest: string }[] {
  if (!/^\p{L}+$/u.test(word)) return [];
  return [2, 3]
    .filter((i) => word.length - i >= MIN_PART)
    .map((i) => ({ form: `${word.slice(0, i)}-${word.slice(i)}`, rest: word.slice(i) }));
}

/**
 * The head of an unknown compound that the archive has as a word of its own (`dwangontruimingen` →
 * `ontruimingen`, `schoolvervoer` → `vervoer`): a Dutch compound is right-headed, so what it names is
 * a kind of its head. The longest such head of HEAD_BACKOFF_MIN_LENGTH+ letters (the most specific),
 * as typed or inflected; only a word some text has, not a part the splitter knows alone.
 */
export function compoundHead(
  candidates: { prefix: string; rest: string }[],
  found: ReadonlyMap<string, { word: string; lexemes: Lexeme[]; known: boolean }>,
): { word: string; lexemes: Lexeme[] } | null {
  let best: { word: string; lexemes: Lexeme[] } | null = null;
  for (const c of candidates) {
    if (c.rest.length < HEAD_BACKOFF_MIN_LENGTH || (best && best.word.length >= c.rest.length)) continue;
    for (const ending of PART_INFLECTIONS) {
      const hit = found.get(c.rest + ending);
      if (hit?.known && hit.lexemes.length === 1) {
        best = { word: c.rest, lexemes: hit.lexemes };
        break;
      }
    }
  }
  return best;
}

/**
 * The word with two neighbouring letters swapped, each pair once (`schlep` → `schelp`): the
 * commonest typo, which in a short word breaks so many trigrams that the trigram search for a
 * correction (TYPO_CANDIDATE_SIMILARITY) does not return the word meant (`schlep`/`schelp` 0.27).
 * Looked up as exact words in the round trip an unknown word has anyway; only for words of
 * TYPO_MIN_LENGTH+ letters, as other corrections.
 */
export function adjacentSwaps(word: string): string[] {
  if (word.length < TYPO_MIN_LENGTH || !/^\p{L}+$/u.test(word)) return [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return [...out];
}

/**
 * The typed word with each `y` written `ij` (`schoolontbyt` → `schoolontbijt`), or null: Dutch
 * typists often type the one for the other, and the index folds accents but not `ij`. Asked only
 * for a word the archive lacks, so `hobby` or `yoga` stay as typed.
 */
export function ijSpelling(word: string): string | null {
  return word.includes('y') && /^\p{L}+$/u.test(word) ? word.replaceAll('y', 'ij') : null;
}

export class QueryAnalyser {
  private thesaurusCache: { revision: string; groups: ThesaurusGroup[] } | null = null;
  private namesCache: { until: number; names: KnownName[]; municipalityIds: Map<string, number> } | null = null;

  constructor(private readonly thesaurus: ThesaurusService) {}

  /** Drops the cached names (a new municipality, party or portfolio holder is named at once). */
  forgetNames(): void {
    this.namesCache = null;
  }

  /**
   * The municipality, party or portfolio holder named in a query, and the query without those words
   * (for an engine that plans no query itself: Meilisearch). The same names and rules as planQuery.
   */
  async namesIn(runner: QueryRunner, typed: string): Promise<{ interpreted: Interpretation; rest: string }> {
    const parts = parseQuery(typed);
    const words = parts.filter((p): p is Extract<(typeof parts)[number], { kind: 'word' }> => p.kind === 'word');
    const { kept, interpreted } = interpretNames(words, (await this.names(runner)).names);
    const keptSet = new Set<unknown>(kept);
    const rest = parts
      .filter((p) => p.kind !== 'word' || keptSet.has(p))
      .map((p) => (p.kind === 'phrase' ? `"${p.text}"` : p.text))
      .join(' ');
    return { interpreted, rest };
  }

  async municipalityId(runner: QueryRunner, slug: string): Promise<number | undefined> {
    return (await this.names(runner)).municipalityIds.get(slug);
  }

  async plan(runner: QueryRunner, typed: string, interpret: boolean): Promise<QueryPlan> {
    const parts = parseQuery(typed);
    const thesaurus = await this.groups(runner);
    const words = wordsToAnalyse(parts);
    // A typed compound with a part replaced by a synonym is asked about in the same round trip.
    const candidates = compoundSynonymsToAnalyse(parts, partSynonyms(thesaurus));
    const typedWords = new Set(parts.filter((p) => p.kind === 'word').map((p) => p.text));
    const facts = new Map<string, WordFacts>();
    if (words.length > 0) {
      const rows = (await runner.query(WORD_FACTS_SQL, [words, [...typedWords], candidates])) as FactRow[];
      for (const row of rows) {
        row.suggestion = row.suggestions
          ? pickCorrection(row.word, row.suggestions, TYPO_MIN_SIMILARITY, TYPO_CANDIDATE_SIMILARITY)
          : null;
        facts.set(row.word, {
          lexemes: row.lexemes,
          known: row.known,
          heads: row.heads?.filter((h) => !h.covered).map((h) => h.lexemes) ?? null,
          coveredHeads: row.heads?.filter((h) => h.covered).map((h) => h.lexemes) ?? null,
        });
      }
      await this.addCorrectionsAndParts(
        runner,
        rows.filter((r) => typedWords.has(r.word)),
        facts,
      );
    }
    return planQuery(parts, {
      facts,
      thesaurus,
      names: interpret ? (await this.names(runner)).names : [],
      interpret,
    });
  }

  /** Lexemes of typo corrections, and the parts of unknown compounds split on the fly (one round trip). */
  private async addCorrectionsAndParts(runner: QueryRunner, rows: FactRow[], facts: Map<string, WordFacts>) {
    const typed = new Set(
      rows.filter((r) => !r.known && /^\p{L}+$/u.test(r.word) && r.lexemes.length > 0).map((r) => r.word),
    );
    const splits = new Map<string, { prefix: string; rest: string }[]>();
    const variants = new Map<string, string[]>();
    const ijSplits = new Map<string, { prefix: string; rest: string }[]>();
    const lookups = new Set<string>();
    // A known compound's parts (search_compound_part) come with their lexemes: the query also finds them apart.
    for (const row of rows) {
      const fact = facts.get(row.word);
      if (fact && row.parts && row.parts.length > 1) fact.parts = row.parts;
    }
    for (const row of rows) {
      if (row.known || !typed.has(row.word)) continue;
      const ij = ijSpelling(row.word);
      if (ij) lookups.add(ij);
      if (row.suggestion) lookups.add(row.suggestion);
      else for (const swapped of adjacentSwaps(row.word)) lookups.add(swapped);
      for (const h of hyphenatedForms(row.word)) lookups.add(h.form).add(h.rest);
      if (row.word.length >= MIN_SPLIT_LENGTH) {
        const typedSplits = splitCandidates(row.word);
        splits.set(row.word, typedSplits);
        // A compound typed with `y` for `ij` (`schoolontbyt`, `hockeyclub`) is split in both spellings.
        const ijCandidates = ij ? splitCandidates(ij) : [];
        ijSplits.set(row.word, ijCandidates);
        const candidates = [...typedSplits, ...ijCandidates];
        const linking = linkingVariants(row.word);
        variants.set(row.word, linking);
        for (const variant of linking) lookups.add(variant);
        for (const c of candidates) {
          for (const ending of PART_INFLECTIONS) {
            lookups.add(c.prefix + ending);
            lookups.add(c.rest + ending);
          }
        }
      }
    }
    if (lookups.size === 0) return;
    const found = new Map(
      ((await runner.query(TERM_LEXEMES_SQL, [[...lookups]])) as FactRow[]).map((r) => [r.word, r] as const),
    );
    const isPart = (w: string) => found.get(w)?.known === true || KNOWN_COMPOUND_PARTS.includes(w);
    for (const row of rows) {
      const fact = facts.get(row.word);
      if (!fact || row.known || !typed.has(row.word)) continue;
      const ij = found.get(ijSpelling(row.word) ?? '');
      const correction =
        ij?.known === true && ij.lexemes.length > 0
          ? ij
          : row.suggestion
            ? found.get(row.suggestion)
            : adjacentSwaps(row.word)
                .map((w) => found.get(w))
                .find((f) => f?.known === true && f.lexemes.length > 0);
      if (correction) fact.correction = { word: correction.word, lexemes: correction.lexemes };
      const linked = (variants.get(row.word) ?? [])
        .map((w) => found.get(w))
        .find((f) => f?.known === true && f.lexemes.length === 1);
      if (linked) fact.linked = { word: linked.word, lexemes: linked.lexemes };
      const hyphenated = hyphenatedForms(row.word).find((h) => found.get(h.rest)?.known === true);
      if (hyphenated) fact.hyphenated = found.get(hyphenated.form)?.lexemes ?? null;
      let best: { prefix: string; rest: string } | null = null;
      // The `ij` spelling known whole is the correction: no split of it.
      const splitsOf = [
        ...(splits.get(row.word) ?? []),
        ...(ij !== undefined && correction === ij ? [] : (ijSplits.get(row.word) ?? [])),
      ];
      for (const c of splitsOf) {
        // Either part may stand in the text only inflected: `wildopvang` where the text has `wilde dieren`.
        const restKnown = PART_INFLECTIONS.some((e) => isPart(c.rest + e));
        if (!PART_INFLECTIONS.some((e) => isPart(c.prefix + e)) || !restKnown) continue;
        if (!best || Math.min(c.prefix.length, c.rest.length) > Math.min(best.prefix.length, best.rest.length)) {
          best = c;
        }
      }
      if (best) fact.parts = [best.prefix, best.rest].map((w) => partLexemes(w, found, isPart));
      if (!fact.correction) fact.head = compoundHead(splitsOf, found);
    }
    await this.addThreePartSplits(runner, [...typed], facts, isPart);
  }

  /**
   * A compound of three parts the archive has only apart (`wereldmuziekconcours` for `Wereld Muziek
   * Concours`): the two-part splitter finds no split with both parts known, so each unknown word left
   * without parts or a correction is split once more on one side. A second round trip, only for such
   * words (THREE_PART_MIN_LENGTH+ letters), so a query that splits in two costs nothing more.
   */
  private async addThreePartSplits(
    runner: QueryRunner,
    words: string[],
    facts: Map<string, WordFacts>,
    isPart: (w: string) => boolean,
  ) {
    const open = words.filter((w) => {
      const fact = facts.get(w);
      return fact && !fact.parts && !fact.correction && w.length >= THREE_PART_MIN_LENGTH;
    });
    const candidates = new Map(open.map((w) => [w, threePartCandidates(w)] as const));
    const lookups = new Set<string>();
    for (const parts of candidates.values()) {
      for (const part of parts.flat()) for (const ending of PART_INFLECTIONS) lookups.add(part + ending);
    }
    if (lookups.size === 0) return;
    const found = new Map(
      ((await runner.query(TERM_LEXEMES_SQL, [[...lookups]])) as FactRow[]).map((r) => [r.word, r] as const),
    );
    const known = (w: string) => isPart(w) || PART_INFLECTIONS.some((e) => found.get(w + e)?.known === true);
    for (const word of open) {
      let best: string[] | null = null;
      for (const parts of candidates.get(word) ?? []) {
        if (!parts.every(known)) continue;
        if (!best || Math.min(...parts.map((p) => p.length)) > Math.min(...best.map((p) => p.length))) best = parts;
      }
      const fact = facts.get(word);
      // (A part's inflected form may be known only from this round's lookups: `verzinkbare` for `verzink`.)
      const isKnownPart = (w: string) => isPart(w) || found.get(w)?.known === true;
      if (best && fact) fact.parts = best.map((w) => partLexemes(w, found, isKnownPart));
    }
  }

  private async groups(runner: QueryRunner): Promise<ThesaurusGroup[]> {
    const { revision, entries } = await this.thesaurus.entries();
    if (this.thesaurusCache?.revision === revision) return this.thesaurusCache.groups;
    const terms = [...new Set(entries.flatMap((e) => e.terms))];
    const rows = (await runner.query(TERM_LEXEMES_SQL, [terms])) as FactRow[];
    const lexemes = new Map(rows.map((r) => [r.word, r.lexemes] as const));
    const groups = entries.map((e) => ({
      terms: e.terms.map((text) => ({ text, lexemes: lexemes.get(text) ?? [] })).filter((t) => t.lexemes.length > 0),
    }));
    this.thesaurusCache = { revision, groups };
    return groups;
  }

  private async names(runner: QueryRunner) {
    if (this.namesCache && this.namesCache.until > Date.now()) return this.namesCache;
    const rows = (await runner.query(KNOWN_NAMES_SQL)) as {
      kind: KnownName['kind'];
      value: string;
      label: string;
      id: number | null;
    }[];
    const names = withNameAliases(
      rows
        .map((r) => ({ kind: r.kind, value: r.value, label: r.label, words: nameWords(r.label) }))
        .filter((n) => n.words.length > 0 && (n.words.length > 1 || n.words[0].length >= 2)),
    );
    const municipalityIds = new Map(
      rows.filter((r) => r.kind === 'municipality' && r.id !== null).map((r) => [r.value, r.id as number]),
    );
    this.namesCache = { until: Date.now() + NAMES_TTL_MS, names, municipalityIds };
    return this.namesCache;
  }
}
