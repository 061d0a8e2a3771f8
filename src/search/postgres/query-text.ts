/**
 * Turns what a person types into a PostgreSQL tsquery text for `to_tsquery('dutch_unaccent', …)`,
 * which then stems and folds accents. Pure, so it is unit-tested without a database.
 *
 * - words: the exact stem (`meldingen` → `melding`); compounds are split at index time
 *   (search_compound_part), so `discriminatie` finds `anti-discriminatievoorziening` without the
 *   costly GIN prefix match; `woord*` typed asks for a prefix match explicitly;
 * - highlighting (highlight.ts reads the text itself, without the compound parts) uses the same
 *   query with prefixes from 4 letters on, so the compound is marked;
 * - adjacent words may also match as one compound: `anti discriminatie agenda` finds
 *   `anti-discriminatieagenda` (its parts `anti` and `discriminatieagenda`);
 * - `"…"` is a phrase; `woord*` an explicit prefix; tokens with digits (`2018-115M`) match as
 *   written (the parser splits them into a phrase of their parts);
 * - typo corrections from the lexicon are alternatives of a word, never replacements.
 */

import { QUERY_STOP_WORDS } from './stop-words';

export type QueryPart =
  | { kind: 'word'; text: string; prefix: boolean; capitals?: true }
  | { kind: 'phrase'; text: string }
  | { kind: 'code'; text: string };

/**
 * A query is read up to this many parts that are no stop word (QUERY_STOP_WORDS): a question typed
 * as a sentence often names its subject last (`… door het werk aan de dijk`), so its grammar may not
 * use up the limit. MAX_TOKENS bounds what is read in all (the query is at most 300 characters).
 */
const MAX_PARTS = 12;
const MAX_TOKENS = 40;
const MAX_COMPOUND_WORDS = 5;
const PREFIX_MIN_LENGTH = 4;

/** Lower case without diacritics, as the lexicon stores words. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** A part that counts toward MAX_PARTS: a code, a phrase, or a word that is no stop word. */
const isContent = (part: QueryPart): boolean => part.kind !== 'word' || !QUERY_STOP_WORDS.has(part.text);

export function parseQuery(input: string): QueryPart[] {
  const parts: QueryPart[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let match: RegExpExecArray | null;
  const content = (): number => parts.filter(isContent).length;
  while ((match = re.exec(input)) !== null && parts.length < MAX_TOKENS && content() < MAX_PARTS) {
    if (match[1] !== undefined) {
      const text = match[1].trim();
      if (text !== '') parts.push({ kind: 'phrase', text });
      continue;
    }
    const raw = match[2].replace(/^[^\p{L}\p{N}]+/u, '');
    const explicitPrefix = raw.endsWith('*');
    const token = raw.replace(/[^\p{L}\p{N}]+$/u, '');
    if (token === '') continue;
    if (/\p{N}/u.test(token)) {
      parts.push({ kind: 'code', text: token });
      continue;
    }
    // `anti-discriminatieagenda` typed with hyphens: its parts, like the index has them.
    for (const piece of token.split(/[^\p{L}]+/u).filter((p) => p !== '')) {
      // Typed in capitals (`SMP`, `NT`): a sign of an abbreviation (query-plan.ts, abbreviationShaped).
      const capitals = piece.length >= 2 && piece === piece.toUpperCase() && piece !== piece.toLowerCase();
      parts.push({
        kind: 'word',
        text: foldWord(piece),
        prefix: explicitPrefix,
        ...(capitals ? { capitals: true } : {}),
      });
    }
  }
  // A hyphenated token may have added several parts past the limits.
  let kept = 0;
  return referencesTypedApart(parts)
    .filter((p) => (isContent(p) ? ++kept : kept) <= MAX_PARTS)
    .slice(0, MAX_TOKENS);
}

const YEAR = /^(19|20)\d\d$/;

/**
 * Letters that may open a reference: 1–4 letters (`z`, `rib`, `mrs`, `aadr`), or up to 6 typed in
 * capitals or without a vowel (`GRIFF`, `wkwrs`); not a stop word or a word such as `vragen`
 * (`vragen 2023-241` is the set 2023-241, not a reference `vragen/2023/241`).
 */
function referenceLetters(word: Extract<QueryPart, { kind: 'word' }>): boolean {
  if (QUERY_STOP_WORDS.has(word.text) || !/^\p{L}{1,6}$/u.test(word.text)) return false;
  return word.text.length <= 4 || word.capitals === true || !/[aeiouy]/.test(word.text);
}

/**
 * A reference typed with spaces for its separators (`mrs 26 0631` for `MRS/26/0631`, `rib 2024 085`
 * for `RIB 2024-085`, `hbg 26/1457`): letters, then two or more numbers, one of them no year and of
 * three digits or more, become one code, whose other spellings the planner adds (query-plan.ts, referenceForms).
 */
export function referencesTypedApart(parts: QueryPart[]): QueryPart[] {
  const out: QueryPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    let end = i + 1;
    while (end < parts.length && parts[end].kind === 'code' && /^\d+(?:[./-]\d+)*$/.test(parts[end].text)) end++;
    const codes = parts.slice(i + 1, end).map((p) => p.text);
    const numbers = codes.flatMap((code) => code.split(/[./-]/));
    const reference =
      part.kind === 'word' &&
      !part.prefix &&
      referenceLetters(part) &&
      numbers.length >= 2 &&
      numbers.some((n) => n.length >= 3 && !YEAR.test(n));
    if (!reference) {
      out.push(part);
      continue;
    }
    out.push({ kind: 'code', text: [part.text, ...codes].join(' ') });
    i = end - 1;
  }
  return out;
}

export function quoteOperand(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

function wordOperand(text: string, prefix: boolean): string {
  return `${quoteOperand(text)}${prefix ? ':*' : ''}`;
}

/** Matching: exact stems unless `*` was typed. Highlighting: prefixes from 4 letters on. */
export type QueryMode = 'match' | 'highlight';

function prefixFor(text: string, typed: boolean, mode: QueryMode): boolean {
  return typed || (mode === 'highlight' && text.length >= PREFIX_MIN_LENGTH);
}

function wordTerm(
  part: { text: string; prefix: boolean },
  corrections: ReadonlyMap<string, string>,
  mode: QueryMode,
): string {
  const own = wordOperand(part.text, prefixFor(part.text, part.prefix, mode));
  const corrected = corrections.get(part.text);
  return corrected && corrected !== part.text
    ? `(${own} | ${wordOperand(corrected, prefixFor(corrected, false, mode))})`
    : own;
}

/** AND of the words, with adjacent pairs also allowed to match as one compound word. */
function compoundGroup(
  words: { text: string; prefix: boolean }[],
  corrections: ReadonlyMap<string, string>,
  mode: QueryMode,
): string {
  if (words.length > MAX_COMPOUND_WORDS) return words.map((w) => wordTerm(w, corrections, mode)).join(' & ');
  const build = (i: number): string | null => {
    if (i >= words.length) return null;
    const rest = build(i + 1);
    const single = rest ? `${wordTerm(words[i], corrections, mode)} & ${rest}` : wordTerm(words[i], corrections, mode);
    if (i + 1 >= words.length) return single;
    const mergedText = words[i].text + words[i + 1].text;
    const merged = wordOperand(mergedText, prefixFor(mergedText, words[i + 1].prefix, mode));
    const restAfterMerge = build(i + 2);
    const joined = restAfterMerge ? `${merged} & ${restAfterMerge}` : merged;
    return `((${single}) | (${joined}))`;
  };
  return build(0) ?? '';
}

/** The tsquery text, or null when nothing searchable was typed. */
export function buildTsQueryText(
  parts: QueryPart[],
  corrections: ReadonlyMap<string, string> = new Map(),
  mode: QueryMode = 'match',
): string | null {
  const terms: string[] = [];
  let words: { text: string; prefix: boolean }[] = [];
  const flush = () => {
    if (words.length > 0) terms.push(compoundGroup(words, corrections, mode));
    words = [];
  };
  for (const part of parts) {
    if (part.kind === 'word') {
      words.push(part);
      continue;
    }
    flush();
    terms.push(quoteOperand(part.text));
  }
  flush();
  const nonEmpty = terms.filter((t) => t !== '');
  return nonEmpty.length > 0 ? nonEmpty.join(' & ') : null;
}

/** Words worth a typo lookup: plain words of 5+ letters. */
export function typoCandidates(parts: QueryPart[]): string[] {
  return [
    ...new Set(
      parts
        .filter((p): p is Extract<QueryPart, { kind: 'word' }> => p.kind === 'word' && p.text.length >= 5)
        .map((p) => p.text),
    ),
  ];
}

/**
 * Edits between two words, a swap of two adjacent letters counting as one (Damerau-Levenshtein,
 * optimal string alignment): `fatbkies` is one edit from `fatbikes`, two for plain Levenshtein.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
    }
  }
  return rows[a.length][b.length];
}

/** The edits a typo correction of a word this long may be away: one up to 7 letters, two from 8 on. */
export function maxTypoEdits(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

export interface TypoCandidate {
  word: string;
  similarity: number;
}

/** A typed word this long or longer may be a lexicon word with one letter left out (`tuis` for thuis). */
export const MISSING_LETTER_MIN = 4;
/** Other typos are corrected from this length on (a shorter word is as often another word). */
export const TYPO_MIN_LENGTH = 5;

/** Whether `typed` is `word` with exactly one letter left out. */
function missingOneLetter(typed: string, word: string): boolean {
  if (word.length !== typed.length + 1) return false;
  let i = 0;
  while (i < typed.length && typed[i] === word[i]) i++;
  return typed.slice(i) === word.slice(i + 1);
}

/** Whether two words have the same letters, each as often (one is the other with letters swapped). */
function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

/**
 * The typo correction of an unknown word from the lexicon's most similar words (pg_trgm): a word
 * with the same letters swapped within maxTypoEdits (the fewest edits, then the most similar), so a
 * swap of two letters, which breaks three trigrams and in a short word leaves it under
 * `minSimilarity`, is still found (`fatbkies`, `mantelzrog`); else, as before, the most similar
 * word at `minSimilarity` or above. Other words a few edits away are no better guess than the
 * trigram rule's: a word the archive lacks is often one edit from another word (`haven`/`halen`,
 * `verbouwing`/`bebouwing`); among the words at `minSimilarity` or above, one a single edit away
 * is taken before a more similar one further away. Candidates under `candidateSimilarity` are
 * never taken.
 */
export function pickCorrection(
  word: string,
  candidates: readonly TypoCandidate[],
  minSimilarity: number,
  candidateSimilarity: number,
): string | null {
  const limit = maxTypoEdits(word.length);
  let best: { word: string; similarity: number; edits: number } | null = null;
  for (const c of candidates) {
    if (c.similarity < candidateSimilarity || c.word === word) continue;
    const dropped = word.length >= MISSING_LETTER_MIN && missingOneLetter(word, c.word);
    if (!dropped && !sameLetters(word, c.word)) continue;
    const edits = dropped ? 1 : editDistance(word, c.word);
    if (!dropped && edits > limit) continue;
    const better =
      !best ||
      edits < best.edits ||
      (edits === best.edits &&
        (c.similarity > best.similarity || (c.similarity === best.similarity && c.word < best.word)));
    if (better) best = { ...c, edits };
  }
  if (best) return best.word;
  // A short word is corrected only for a left-out letter: one trigram-similar to it is as often another word.
  if (word.length < TYPO_MIN_LENGTH) return null;
  // Of the similar words, one a single edit away first: `urenko` is one letter from `urenco` but
  // more similar by trigrams to `uren`, which it only starts with. Not two edits: `verbouwing` is
  // two from `bebouwing`, another word (docs/search.md, "Tried and narrowed").
  const reach = (c: TypoCandidate) => (editDistance(word, c.word) <= 1 ? 0 : 1);
  const similar = candidates
    .filter(
      (c) =>
        c.similarity >= minSimilarity &&
        c.word !== word &&
        !prefixedForm(word, c.word) &&
        !headOf(word, c.word) &&
        typoShaped(word, c.word),
    )
    .map((c) => ({ ...c, reach: reach(c) }))
    .sort(
      (x, y) => x.reach - y.reach || y.similarity - x.similarity || (x.word < y.word ? -1 : x.word > y.word ? 1 : 0),
    );
  return similar[0]?.word ?? null;
}

/** Dutch verb prefixes: a word with or without one is the same verb (`declareert`, `gedeclareerd`, `affakkelen`). */
const VERB_PREFIXES = [
  'ge',
  'be',
  'ver',
  'ont',
  'her',
  'af',
  'op',
  'uit',
  'aan',
  'in',
  'mee',
  'toe',
  'door',
  'om',
  'na',
];

/**
 * Whether a similar word may be what was meant: a typist seldom misses the first letter, so past a single
 * edit the candidate starts as the typed word does, or would with a verb prefix taken off either (`declareert`
 * → gedeclareerd, `affakkelen` → fakkelen: the same verb). Another first letter makes it another word that
 * shares letters (`spechten` → hechten, `kaatsen` → plaatsen), and a correction to it answered a question
 * about something the archive lacks with a set about something else.
 */
function typoShaped(word: string, candidate: string): boolean {
  if (word[0] === candidate[0] || editDistance(word, candidate) <= 1) return true;
  const unprefixed = (a: string, b: string) =>
    VERB_PREFIXES.some((p) => a.startsWith(p) && a.length > p.length + 2 && a[p.length] === b[0]);
  return unprefixed(word, candidate) || unprefixed(candidate, word);
}

/**
 * The typed word with a prefix of at most three letters (huizen → verhuizen, kopen → bekopen): a
 * derived word of another meaning, not a typo. A longer head is a compound the typed word is part of
 * (coach → energiecoach), which the trigram rule may still pick.
 */
function prefixedForm(word: string, candidate: string): boolean {
  return candidate.endsWith(word) && candidate.length - word.length <= 3;
}

/**
 * The candidate is the typed word's end after three letters or more (ijsvogels → vogels): the typed
 * word is a compound of it, which the archive lacks, not a typo of it. Its head is a broader word
 * (query-analysis.ts, compoundHead), used only where another concept narrows it.
 */
function headOf(word: string, candidate: string): boolean {
  return word.endsWith(candidate) && word.length - candidate.length >= 3;
}

/** For "similar questions": the distinct longer words of a text, OR-ed, longest first. */
export function similarityQueryText(text: string, maxWords = 24): string | null {
  const words = [...new Set((text.match(/\p{L}{4,}/gu) ?? []).map(foldWord))]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .slice(0, maxWords);
  return words.length > 0 ? words.map((w) => quoteOperand(w)).join(' | ') : null;
}
