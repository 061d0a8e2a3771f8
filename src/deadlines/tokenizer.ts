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

/** Tokenizes a text: `tokenize("in 2025")` → a word and a number token with offsets. */
export function tokenize(text: string): TokenizedText {
  pooled = 0;
  // The array and its token objects are reused by the next call (see makeToken).
  const tokens = tokenArray;
  tokens.length = 0;
  const expectSentences: boolean[] = [false];
  let namesExpectation = false;
  const n = text.length;
  let sentence = 0;
  let i = 0;
  let newlines = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10) {
        newlines++;
        // A blank line ends a sentence even without a full stop (titles, list items).
        if (newlines === 2 && tokens.length > 0 && tokens[tokens.length - 1].sentence === sentence) {
          sentence++;
          expectSentences.push(false);
        }
      }
      i++;
      continue;
    }
    newlines = 0;
    const start = i;
    if ((isLetter(c) || isDigit(c)) && isUrlStart(text, i)) {
      while (i < n && !isSpace(text.charCodeAt(i))) i++;
      tokens.push(makeToken(Kind.Url, start, i, '', sentence));
      continue;
    }
    if (isLetter(c) || isDigit(c)) {
      let letters = false;
      let digits = false;
      let combining = false;
      let upper = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) digits = true;
        else if (isLetter(d)) {
          letters = true;
          if (d >= 0x300) combining = true;
          else if (d < 97 || d > 122) upper = true; // capital or accented: lower-case it below
        } else break;
        i++;
      }
      const raw = text.slice(start, i);
      const kind = letters && digits ? Kind.Code : digits ? Kind.Number : Kind.Word;
      const lower = kind === Kind.Number || !upper ? raw : raw.toLowerCase();
      const token = makeToken(kind, start, i, combining ? lower.normalize('NFC') : lower, sentence);
      if (kind === Kind.Number) {
        token.value = raw.length <= 9 ? Number(raw) : -1;
        const before = start > 0 ? text.charCodeAt(start - 1) : 0;
        const after = i < n ? text.charCodeAt(i) : 0;
        token.amount = before === 0x20ac || before === 36 || after === 37 || after === 0x2030 || after === 0x20ac;
      } else if (kind === Kind.Word) {
        if (EXPECT_VERBS.has(token.text)) expectSentences[sentence] = true;
        else if (token.text === 'verwachting' && tokens.length > 0 && tokens[tokens.length - 1].text === 'naar')
          namesExpectation = true;
      }
      // Glued to the previous alphanumeric token by a single connector: same chain.
      const prev = tokens.length - 1;
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
      tokens.push(token);
      const index = tokens.length - 1;
      if (token.chainStart === -1) token.chainStart = index;
      token.chainEnd = index;
      continue;
    }
    i++;
    tokens.push(makeToken(Kind.Punct, start, i, text[start], sentence));
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      if (endsSentence(text, tokens, start, c)) {
        sentence++;
        expectSentences.push(false);
      }
    }
  }
  // Chain ends in one backward pass: members of a chain stand two tokens apart (word, connector,
  // word), so each takes the end of the member after it. Updating every member whenever a chain
  // grew cost quadratic time on long chains such as `1/1/1/…`.
  for (let k = tokens.length - 3; k >= 0; k--) {
    const next = tokens[k + 2];
    if (tokens[k].chainStart >= 0 && next.chainStart === tokens[k].chainStart) tokens[k].chainEnd = next.chainEnd;
  }
  return { tokens, expectSentences, namesExpectation };
}

// Token objects are reused from one call to the next: findTimePhrases keeps none of them after
// it returns (a phrase holds strings and numbers only), and allocating ~20 objects per sentence
// was a quarter of the engine's time in garbage collection (bench: npm run bench -- dates).
const pool: Token[] = [];
const tokenArray: Token[] = [];
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
    return t;
  }
  const t: Token = { kind, start, end, text, value: -1, chainStart, chainEnd: -2, amount: false, sentence };
  // A 1 MB text makes a million tokens: only a modest pool is kept.
  if (pool.length < 4096) {
    pool.push(t);
    pooled++;
  }
  return t;
}

/** `.`, `!`, `?` end a sentence when the next word starts with a capital (or the text ends). */
function endsSentence(text: string, tokens: Token[], at: number, c: number): boolean {
  let j = at + 1;
  const n = text.length;
  if (j < n && !isSpace(text.charCodeAt(j))) return false;
  while (j < n && isSpace(text.charCodeAt(j))) j++;
  if (j >= n) return true;
  if (!isUpper(text.charCodeAt(j))) return false;
  if (c !== 46) return true;
  const before = tokens.length >= 2 ? tokens[tokens.length - 2] : null;
  if (before && before.end === at && before.kind === Kind.Word) {
    if (before.text.length === 1 || ABBREVIATIONS.has(before.text)) return false;
  }
  return true;
}
