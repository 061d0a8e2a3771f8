/**
 * One left-to-right pass over the text that yields words, numbers, codes and punctuation with
 * their offsets. The matcher works on these tokens, never on the raw text, so the whole engine
 * stays linear in the text's length.
 *
 * Two facts the tokenizer records protect against false positives:
 * - chains: tokens glued together by `-`, `/`, `.`, `,`, `:` (`2018-115M`, `RIB 2024-085`,
 *   `2.000`, `0,77`, `14:00`). A number inside a chain is never a year or a day on its own; only
 *   whole chains of a known shape (`1-4-2025`, `2025-04-01`, `2023-2026`) are dates.
 * - URLs are single tokens, so `…/2023/02/14/…` yields nothing.
 */
import { ABBREVIATIONS, EXPECT_VERBS } from './lexicon';
import { findWord, findWordAt, groupsIn, HASH_SEED, lowerLatin1, wordGroup, wordIn } from './vocabulary';

export enum Kind {
  Word,
  Number,
  /** Letters and digits mixed: `q1`, `h2`, `1e`, `115m`, `cvdr699462`. */
  Code,
  Punct,
  Url,
}

export interface Token {
  kind: Kind;
  start: number;
  end: number;
  /** Lower-cased text for words and codes, the digits for numbers, the character for punctuation. */
  text: string;
  /** Numeric value of a number token. */
  value: number;
  /** First and last token index of this token's chain (itself when it stands alone). */
  chainStart: number;
  chainEnd: number;
  /** A number glued to `%`, `‰`, `€` or `$`: an amount, never a date. */
  amount: boolean;
  sentence: number;
  /**
   * False for a word or code that is in no set of the engine's vocabulary (vocabulary.ts): a
   * look-up of it in such a set is false without hashing it. True for every other token.
   */
  known: boolean;
  /** A known word's or code's word groups (vocabulary.ts wordGroup); 0 for other tokens. */
  groups: number;
}

export interface TokenizedText {
  tokens: Token[];
  /** Per sentence index: a form of `verwachten` occurs in it. */
  expectSentences: boolean[];
  /** `naar verwachting` stands somewhere in the text: only then do phrases need their clause for it. */
  namesExpectation: boolean;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    // Combining accents: `vóór` typed as o + U+0301 is still one word.
    (c >= 0x300 && c <= 0x36f)
  );
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
}

// One table look-up per character instead of the comparisons above: every letter and digit is
// below U+0370, so a code unit past the table is neither.
const EXPECT_VERB = wordGroup(EXPECT_VERBS);

const DIGIT = 1;
const LETTER = 2;
/** A letter that is not a–z: lower-case the word (toLowerCase) when it is not found as it is. */
const NOT_PLAIN = 4;
/** Above U+00FF: the word cannot be lower-cased by lowerLatin1 (vocabulary.ts) on the fly. */
const NOT_LATIN1 = 8;
const COMBINING = 16;
const SPACE = 32;
const TABLE_SIZE = 0x370;
const CHAR_CLASS = new Uint8Array(TABLE_SIZE);
/** lowerLatin1 of each code unit of the table (the hash is only used for Latin-1 words). */
const LOWER = new Uint16Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  let cls = 0;
  if (isDigit(c)) cls = DIGIT;
  else if (isLetter(c)) {
    cls = LETTER;
    if (c > 0xff) cls |= NOT_LATIN1;
    if (c >= 0x300) cls |= COMBINING;
    else if (c < 97 || c > 122) cls |= NOT_PLAIN;
  } else if (isSpace(c)) cls = SPACE;
  CHAR_CLASS[c] = cls;
  LOWER[c] = lowerLatin1(c);
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** Characters that glue two alphanumeric tokens into one chain when no space surrounds them. */
function isConnector(c: number): boolean {
  return c === 45 || c === 47 || c === 46 || c === 44 || c === 58 || c === 95 || c === 64 || c === 0x2013;
}

/** The characters at `i` spell `word` (lower case letters, ASCII), ignoring case. */
function spells(text: string, i: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(i + k);
    const w = word.charCodeAt(k);
    if (c !== w && (c | 0x20) !== w) return false;
  }
  return true;
}

// Compared character by character: words starting with h or w (`het`, `wij`) are frequent, and
// slicing for each of them cost a string per word.
function isUrlStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  if (c === 104) {
    if (!spells(text, i, 'http')) return false;
    const j = text.charCodeAt(i + 4) === 115 || text.charCodeAt(i + 4) === 83 ? i + 5 : i + 4;
    return spells(text, j, '://');
  }
  if (c === 119) return spells(text, i, 'www.');
  return false;
}

/**
 * Tokenizes a text: `tokenize("in 2025")` → a word and a number token with offsets. The result,
 * its arrays and its tokens are reused by the next call.
 */
export function tokenize(text: string): TokenizedText {
  pooled = 0;
  // The array and its token objects are reused by the next call (see makeToken). Entries are
  // overwritten and the length set once at the end: emptying it first dropped its storage, which
  // then grew again token by token.
  const tokens = tokenArray;
  let count = 0;
  const expectSentences = expectArray;
  expectSentences[0] = false;
  let namesExpectation = false;
  const n = text.length;
  let sentence = 0;
  let i = 0;
  let newlines = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < TABLE_SIZE ? CHAR_CLASS[c] : isSpace(c) ? SPACE : 0;
    if (cls === SPACE) {
      if (c === 10) {
        newlines++;
        // A blank line ends a sentence even without a full stop (titles, list items).
        if (newlines === 2 && count > 0 && tokens[count - 1].sentence === sentence) {
          sentence++;
          expectSentences[sentence] = false;
        }
      }
      i++;
      continue;
    }
    newlines = 0;
    const start = i;
    // Only `h` and `w` can start a URL: the cheap test first, on every word.
    if (((c | 0x20) === 104 || (c | 0x20) === 119) && isUrlStart(text, i)) {
      while (i < n && !isSpace(text.charCodeAt(i))) i++;
      tokens[count++] = makeToken(Kind.Url, start, i, '', sentence);
      continue;
    }
    if ((cls & (LETTER | DIGIT)) !== 0) {
      // The union of the classes of the word's characters, and the hash of its lower-cased code
      // units for the vocabulary (vocabulary.ts hashOf) in the same pass.
      let classes = 0;
      let hash = HASH_SEED | 0;
      let value = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        const dc = d < TABLE_SIZE ? CHAR_CLASS[d] : 0;
        if ((dc & (LETTER | DIGIT)) === 0) break;
        classes |= dc;
        hash = (Math.imul(hash, 31) + LOWER[d]) | 0;
        if (dc === DIGIT) value = value * 10 + (d - 48);
        i++;
      }
      const letters = (classes & LETTER) !== 0;
      const digits = (classes & DIGIT) !== 0;
      const upper = (classes & NOT_PLAIN) !== 0;
      const combining = (classes & COMBINING) !== 0;
      const latin1 = (classes & NOT_LATIN1) === 0;
      const kind = letters && digits ? Kind.Code : digits ? Kind.Number : Kind.Word;
      let token: Token;
      if (kind === Kind.Number) {
        const length = i - start;
        token = makeToken(kind, start, i, numberText(text, start, i, value), sentence);
        token.value = length <= 9 ? value : -1;
        const before = start > 0 ? text.charCodeAt(start - 1) : 0;
        const after = i < n ? text.charCodeAt(i) : 0;
        token.amount = before === 0x20ac || before === 36 || after === 37 || after === 0x2030 || after === 0x20ac;
      } else {
        let slot = latin1 ? findWordAt(text, start, i, hash) : -1;
        let word: string;
        if (slot >= 0) word = wordIn(slot);
        else {
          // A Latin-1 word missing from the table is unknown; others are looked up as strings.
          const raw = text.slice(start, i);
          const lower = upper ? raw.toLowerCase() : raw;
          word = combining ? lower.normalize('NFC') : lower;
          if (!latin1) {
            slot = findWord(word);
            if (slot >= 0) word = wordIn(slot);
          }
        }
        token = makeToken(kind, start, i, word, sentence);
        const known = slot >= 0;
        token.known = known;
        if (known) token.groups = groupsIn(slot);
        if (kind === Kind.Word && known) {
          if ((token.groups & EXPECT_VERB) !== 0) expectSentences[sentence] = true;
          else if (word === 'verwachting' && count > 0 && tokens[count - 1].text === 'naar') namesExpectation = true;
        }
      }
      // Glued to the previous alphanumeric token by a single connector: same chain.
      const prev = count - 1;
      if (prev >= 1 && start >= 2) {
        const glue = tokens[prev];
        const left = tokens[prev - 1];
        if (
          glue.kind === Kind.Punct &&
          glue.start === start - 1 &&
          isConnector(text.charCodeAt(start - 1)) &&
          left.end === start - 1 &&
          (left.kind === Kind.Word || left.kind === Kind.Number || left.kind === Kind.Code)
        ) {
          token.chainStart = left.chainStart;
        }
      }
      const index = count++;
      tokens[index] = token;
      if (token.chainStart === -1) token.chainStart = index;
      token.chainEnd = index;
      continue;
    }
    i++;
    tokens[count++] = makeToken(Kind.Punct, start, i, text[start], sentence);
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      if (endsSentence(text, tokens, count, start, c)) {
        sentence++;
        expectSentences[sentence] = false;
      }
    }
  }
  // Chain ends in one backward pass: members of a chain stand two tokens apart (word, connector,
  // word), so each takes the end of the member after it. Updating every member whenever a chain
  // grew cost quadratic time on long chains such as `1/1/1/…`.
  tokens.length = count;
  for (let k = count - 3; k >= 0; k--) {
    const next = tokens[k + 2];
    if (tokens[k].chainStart >= 0 && next.chainStart === tokens[k].chainStart) tokens[k].chainEnd = next.chainEnd;
  }
  expectSentences.length = sentence + 1;
  result.namesExpectation = namesExpectation;
  return result;
}

// Token objects are reused from one call to the next: findTimePhrases keeps none of them after
// it returns (a phrase holds strings and numbers only), and allocating ~20 objects per sentence
// was a quarter of the engine's time in garbage collection (bench: npm run bench -- dates).
const pool: Token[] = [];
const tokenArray: Token[] = [];
const expectArray: boolean[] = [];
/** What tokenize returns, reused like its tokens: valid until the next call. */
const result: TokenizedText = { tokens: tokenArray, expectSentences: expectArray, namesExpectation: false };
let pooled = 0;

function makeToken(kind: Kind, start: number, end: number, text: string, sentence: number): Token {
  const chainStart = kind === Kind.Punct || kind === Kind.Url ? -2 : -1;
  if (pooled < pool.length) {
    const t = pool[pooled++];
    t.kind = kind;
    t.start = start;
    t.end = end;
    t.text = text;
    t.value = -1;
    t.chainStart = chainStart;
    t.chainEnd = -2;
    t.amount = false;
    t.sentence = sentence;
    t.known = true;
    t.groups = 0;
    return t;
  }
  const t: Token = {
    kind,
    start,
    end,
    text,
    value: -1,
    chainStart,
    chainEnd: -2,
    amount: false,
    sentence,
    known: true,
    groups: 0,
  };
  // A 1 MB text makes a million tokens: only a modest pool is kept.
  if (pool.length < 4096) {
    pool.push(t);
    pooled++;
  }
  return t;
}

// Numbers up to 9999 written without a leading zero share one string per value: days, months
// and years are most of a letter's numbers, and slicing each was a string per number.
const NUMBER_TEXTS: (string | undefined)[] = new Array<string | undefined>(10_000).fill(undefined);

function numberText(text: string, start: number, end: number, value: number): string {
  const length = end - start;
  if (length > 4 || (length > 1 && text.charCodeAt(start) === 48)) return text.slice(start, end);
  return (NUMBER_TEXTS[value] ??= String(value));
}

/** `.`, `!`, `?` end a sentence when the next word starts with a capital (or the text ends). */
function endsSentence(text: string, tokens: Token[], count: number, at: number, c: number): boolean {
  let j = at + 1;
  const n = text.length;
  if (j < n && !isSpace(text.charCodeAt(j))) return false;
  while (j < n && isSpace(text.charCodeAt(j))) j++;
  if (j >= n) return true;
  if (!isUpper(text.charCodeAt(j))) return false;
  if (c !== 46) return true;
  const before = count >= 2 ? tokens[count - 2] : null;
  if (before && before.end === at && before.kind === Kind.Word) {
    if (before.text.length === 1 || (before.known && ABBREVIATIONS.has(before.text))) return false;
  }
  return true;
}
