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

function isUrlStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  if (c === 104) {
    return /^https?:\/\//i.test(text.slice(i, i + 8));
  }
  if (c === 119) return text.slice(i, i + 4).toLowerCase() === 'www.';
  return false;
}

/** Tokenizes a text: `tokenize("in 2025")` → a word and a number token with offsets. */
export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  const expectSentences: boolean[] = [false];
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
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) digits = true;
        else if (isLetter(d)) {
          letters = true;
          if (d >= 0x300) combining = true;
        } else break;
        i++;
      }
      const raw = text.slice(start, i);
      const kind = letters && digits ? Kind.Code : digits ? Kind.Number : Kind.Word;
      const lower = kind === Kind.Number ? raw : raw.toLowerCase();
      const token = makeToken(kind, start, i, combining ? lower.normalize('NFC') : lower, sentence);
      if (kind === Kind.Number) {
        token.value = raw.length <= 9 ? Number(raw) : -1;
        const before = start > 0 ? text.charCodeAt(start - 1) : 0;
        const after = i < n ? text.charCodeAt(i) : 0;
        token.amount = before === 0x20ac || before === 36 || after === 37 || after === 0x2030 || after === 0x20ac;
      } else if (kind === Kind.Word && EXPECT_VERBS.has(token.text)) {
        expectSentences[sentence] = true;
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
  return { tokens, expectSentences };
}

function makeToken(kind: Kind, start: number, end: number, text: string, sentence: number): Token {
  return {
    kind,
    start,
    end,
    text,
    value: -1,
    chainStart: kind === Kind.Punct || kind === Kind.Url ? -2 : -1,
    chainEnd: -2,
    amount: false,
    sentence,
  };
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
