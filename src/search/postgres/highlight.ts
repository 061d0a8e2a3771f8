/**
 * Highlights for the PostgreSQL engine, made in the app instead of with `ts_headline`
 * (docs/search.md): PostgreSQL's text parser costs ~0.1 µs a byte, which for a page of 20
 * questions and answers was ~5 ms of a search's ~14 ms database time. Pure: no Nest, no database.
 *
 * The search already knows which stems it asked for: the highlight tsquery as PostgreSQL
 * stemmed it (`'woning':* & 'regio':*`). A word of the text is marked when its folded form
 * (lower case, no diacritics, as `dutch_unaccent` folds) starts with a prefix term, or equals an
 * exact term up to a Dutch inflection (`wet` marks `wetten`). The Dutch Snowball stemmer removes
 * endings and, when a stem then ends in consonant, double vowel, consonant, one of the vowels
 * (`raad` → `rad`, `vragen` and `vraag` → `vrag`): a term ending in consonant, vowel, consonant
 * also marks the word with that vowel doubled plus an ending (`rad` marks `raad`, `raads`, not
 * `raadsgesprek`). So prefix terms mark what `ts_headline` marks (an e2e test compares the two
 * on the seeds).
 *
 * Fragments follow `ts_headline`'s options (MaxWords 30, MinWords 12, MaxFragments 2, " … "):
 * up to two windows of at most 30 words around the marked words, the ones with the most
 * different query terms first (the passage where most query words are), shown in text order;
 * without a marked word, the first 12 words (30 when the search has no words). A fragment starts and ends at a word boundary (with
 * the punctuation attached to its outer words); `… ` before, ` …` after and ` … ` between
 * fragments say where text was left out. The output is a `Snippet` (src/search/search-engine.ts):
 * plain text and the ranges of the marked words, never HTML.
 */

import type { HighlightRange, Snippet } from '../search-engine';
import { foldWord } from './query-text';

export interface HighlightTerm {
  lexeme: string;
  prefix: boolean;
}

/** A term with what the matcher derives from it once per highlight. */
interface MatchTerm extends HighlightTerm {
  /** The stem as written before the stemmer undoubled its last vowel (`rad` → `raad`), or null. */
  doubled: string | null;
}

/** The form a stem ending in consonant, vowel, consonant may have had in the text (`vrag` → `vraag`). */
function doubledVowelForm(lexeme: string): string | null {
  const end = /[^aeiouy][aeou][^aeiouy]$/.exec(lexeme);
  return end ? `${lexeme.slice(0, -1)}${lexeme[lexeme.length - 2]}${lexeme[lexeme.length - 1]}` : null;
}

export interface HighlightOptions {
  maxWords: number;
  minWords: number;
  maxFragments: number;
  delimiter: string;
}

export const HEADLINE_OPTIONS: HighlightOptions = { maxWords: 30, minWords: 12, maxFragments: 2, delimiter: ' … ' };

/** Endings an exact (short) term may carry in the text: `wet` → `wetten`, `ov` → `ov's`. */
const INFLECTIONS = new Set(['', 'e', 'en', 'n', 's', 'es', 'er', 'ers', 'je', 'jes', 'tje', 'tjes']);

/**
 * The lexemes of a tsquery as PostgreSQL prints it (`'anti' & 'discriminatie':* | 'x''y'`).
 * Quotes inside a lexeme are doubled; `:*` marks a prefix (weights after it are ignored).
 */
export function termsOfTsQuery(tsquery: string | null): HighlightTerm[] {
  if (!tsquery) return [];
  const terms = new Map<string, HighlightTerm>();
  const re = /'((?:[^'\\]|''|\\.)*)'(:[*A-Da-d]*)?/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(tsquery)) !== null) {
    const lexeme = match[1].replace(/''/g, "'").replace(/\\(.)/g, '$1');
    const prefix = (match[2] ?? '').includes('*');
    if (lexeme === '') continue;
    const key = `${prefix ? '*' : '='}${lexeme}`;
    terms.set(key, { lexeme, prefix });
  }
  return [...terms.values()];
}

/**
 * Lower case without diacritics, one character for one, so positions in the folded text are
 * positions in the text: accented letters map to their base letter; a character that would fold
 * to more than one (`ß`, `æ`, or one whose lower case is longer) is kept and then matches nothing.
 */
function foldInPlace(text: string): string {
  const lower = text.toLowerCase();
  const folded =
    lower.length === text.length
      ? lower
      : [...text].map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
  return /[^\x00-\x7f]/.test(folded) ? folded.replace(/[^\x00-\x7f]/g, foldChar) : folded;
}

const FOLDED_CHARS = new Map<string, string>();
function foldChar(ch: string): string {
  let base = FOLDED_CHARS.get(ch);
  if (base === undefined) {
    const stripped = foldWord(ch);
    base = stripped.length === ch.length ? stripped : ch;
    if (FOLDED_CHARS.size < 10_000) FOLDED_CHARS.set(ch, base);
  }
  return base;
}

/** The index of the term the word at folded[start, end) matches, or -1. */
function matchingTerm(folded: string, start: number, end: number, terms: MatchTerm[]): number {
  for (let i = 0; i < terms.length; i++) {
    const { lexeme, prefix, doubled } = terms[i];
    // The stem with its last vowel doubled, as the text wrote it, plus an ending: `rad` → `raden`, `raads`.
    if (
      doubled !== null &&
      doubled.length <= end - start &&
      folded.startsWith(doubled, start) &&
      INFLECTIONS.has(folded.slice(start + doubled.length, end))
    )
      return i;
    if (lexeme.length > end - start || !folded.startsWith(lexeme, start)) continue;
    if (prefix) return i;
    const rest = folded.slice(start + lexeme.length, end);
    if (INFLECTIONS.has(rest)) return i;
    // A doubled last consonant before the ending: `wet` → `wetten`, `kat` → `katten`.
    if (rest[0] === lexeme[lexeme.length - 1] && INFLECTIONS.has(rest.slice(1))) return i;
  }
  return -1;
}

/** A text's words (letters, marks and digits, as `[\p{L}\p{M}\p{N}]+`) as parallel arrays. */
interface Words {
  starts: number[];
  ends: number[];
  /** Index of the matched term per word, or -1. */
  terms: number[];
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const nonAsciiWordChars = new Map<number, boolean>();

/** Whether a UTF-16 code unit belongs to a word; surrogates (letters beyond the BMP) count as letters. */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let known = nonAsciiWordChars.get(code);
  if (known === undefined) {
    known = NON_ASCII_WORD_CHAR.test(String.fromCharCode(code));
    if (nonAsciiWordChars.size < 10_000) nonAsciiWordChars.set(code, known);
  }
  return known;
}

/** The words of a text with the term each matches: one pass over the characters, no regular expression. */
function wordsOf(text: string, terms: HighlightTerm[]): Words {
  const folded = terms.length > 0 ? foldInPlace(text) : '';
  const matchTerms: MatchTerm[] = terms.map((t) => ({ ...t, doubled: doubledVowelForm(t.lexeme) }));
  const firstCodes = new Set(terms.map((t) => t.lexeme.charCodeAt(0)));
  const words: Words = { starts: [], ends: [], terms: [] };
  let i = 0;
  while (i < text.length) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
    words.starts.push(start);
    words.ends.push(i);
    words.terms.push(firstCodes.has(folded.charCodeAt(start)) ? matchingTerm(folded, start, i, matchTerms) : -1);
  }
  return words;
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000
  );
}

/**
 * Where a fragment from word `first` to word `last` starts and ends in the text: with the
 * punctuation attached to its outer words (`(motie`, `gedaan?`), and to the text's own start and
 * end when it reaches them.
 */
function span(text: string, words: Words, first: number, last: number): [number, number] {
  const count = words.starts.length;
  let start = first === 0 ? 0 : words.starts[first];
  const floor = first === 0 ? 0 : words.ends[first - 1];
  while (start > floor && !isSpace(text.charCodeAt(start - 1))) start--;
  let end = last === count - 1 ? text.length : words.ends[last];
  const ceiling = last === count - 1 ? text.length : words.starts[last + 1];
  while (end < ceiling && !isSpace(text.charCodeAt(end))) end++;
  return [start, end];
}

/** A snippet being written: its text so far and the ranges marked in it. */
interface SnippetBuilder {
  text: string;
  highlights: HighlightRange[];
}

/** Appends the text from word `first` to word `last`, with the matched words as ranges. */
function appendFragment(out: SnippetBuilder, text: string, words: Words, first: number, last: number): void {
  const [start, end] = span(text, words, first, last);
  const offset = out.text.length - start;
  for (let i = first; i <= last; i++) {
    if (words.terms[i] >= 0) out.highlights.push({ start: words.starts[i] + offset, end: words.ends[i] + offset });
  }
  out.text += text.slice(start, end);
}

/** The snippet of the fragments (in text order, not touching), with the ellipses where text was left out. */
function snippetOfFragments(
  text: string,
  words: Words,
  fragments: { first: number; last: number }[],
  delimiter: string,
): Snippet {
  const out: SnippetBuilder = { text: '', highlights: [] };
  fragments.forEach((fragment, i) => {
    if (i > 0) out.text += delimiter;
    else if (span(text, words, fragment.first, fragment.last)[0] > 0) out.text += `${ELLIPSIS} `;
    appendFragment(out, text, words, fragment.first, fragment.last);
  });
  const last = fragments[fragments.length - 1];
  if (last && span(text, words, last.first, last.last)[1] < text.length) out.text += ` ${ELLIPSIS}`;
  return out;
}

interface Fragment {
  first: number;
  last: number;
  distinct: number;
  matches: number;
}

/**
 * Candidate fragments: from each marked word, the following marked words within maxWords.
 * Scored by distinct terms, then by marked words.
 */
function candidateFragments(words: Words, maxWords: number): Fragment[] {
  const marked: number[] = [];
  for (let i = 0; i < words.terms.length; i++) if (words.terms[i] >= 0) marked.push(i);
  const fragments: Fragment[] = [];
  for (let a = 0; a < marked.length; a++) {
    const terms = new Set<number>();
    let b = a;
    while (b < marked.length && marked[b] - marked[a] < maxWords) {
      terms.add(words.terms[marked[b]]);
      b++;
    }
    fragments.push({ first: marked[a], last: marked[b - 1], distinct: terms.size, matches: b - a });
  }
  return fragments;
}

/** Widens a fragment to maxWords words, evenly before and after, within words low..high. */
function widen(fragment: Fragment, maxWords: number, low: number, high: number): Fragment {
  const spare = Math.max(0, maxWords - (fragment.last - fragment.first + 1));
  const evenBefore = Math.min(Math.floor(spare / 2), fragment.first - low);
  const after = Math.min(spare - evenBefore, high - fragment.last);
  const before = Math.min(spare - after, fragment.first - low);
  return { ...fragment, first: fragment.first - before, last: fragment.last + after };
}

const ELLIPSIS = '\u2026';

/** Composed, so an accented letter is one character (text from Word or PDF may be decomposed). */
function composed(input: string): string {
  return /[\u0300-\u036f]/.test(input) ? input.normalize('NFC') : input;
}

/** A text without words (only punctuation or spaces) as its snippet: shown as it is. */
function wordless(text: string): Snippet {
  return { text, highlights: [] };
}

/**
 * The snippet of a text for the given terms, in fragments:
 * `snippetOf('… veel meldingen …', [{ lexeme: 'melding', prefix: true }])` marks `meldingen`.
 */
export function snippetOf(
  input: string,
  terms: HighlightTerm[],
  options: HighlightOptions = HEADLINE_OPTIONS,
): Snippet {
  const text = composed(input);
  const words = wordsOf(text, terms);
  const count = words.starts.length;
  if (count === 0) return wordless(text);
  const candidates = candidateFragments(words, options.maxWords);
  if (candidates.length === 0) {
    // Without query words (a search by filters only) the opening is the passage: as long as a fragment.
    const shown = Math.min(count, terms.length === 0 ? options.maxWords : options.minWords);
    return snippetOfFragments(text, words, [{ first: 0, last: shown - 1 }], options.delimiter);
  }
  const chosen: Fragment[] = [];
  const ranked = [...candidates].sort((x, y) => y.distinct - x.distinct || y.matches - x.matches || x.first - y.first);
  for (const fragment of ranked) {
    if (chosen.length >= options.maxFragments) break;
    if (chosen.some((c) => fragment.first <= c.last && fragment.last >= c.first)) continue;
    chosen.push(fragment);
  }
  chosen.sort((x, y) => x.first - y.first);
  // Widen each within the gap to its neighbours, so fragments never overlap.
  const widened = chosen.map((fragment, i) => {
    const low = i > 0 ? chosen[i - 1].last + 1 : 0;
    const high = i < chosen.length - 1 ? chosen[i + 1].first - 1 : count - 1;
    return widen(fragment, options.maxWords, low, high);
  });
  for (let i = 1; i < widened.length; i++) {
    // The previous fragment may have grown into the space this one also took.
    if (widened[i].first <= widened[i - 1].last) widened[i] = { ...widened[i], first: widened[i - 1].last + 1 };
  }
  // Fragments that touch are shown as one.
  const merged: Fragment[] = [];
  for (const fragment of widened) {
    const previous = merged[merged.length - 1];
    if (previous && fragment.first === previous.last + 1) previous.last = fragment.last;
    else merged.push({ ...fragment });
  }
  return snippetOfFragments(text, words, merged, options.delimiter);
}

/** A short text (a subject) whole, with the words the terms match marked. */
export function markedWhole(input: string, terms: HighlightTerm[]): Snippet {
  const text = composed(input);
  const words = wordsOf(text, terms);
  if (words.starts.length === 0) return wordless(text);
  return snippetOfFragments(text, words, [{ first: 0, last: words.starts.length - 1 }], '');
}
