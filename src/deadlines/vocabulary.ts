/**
 * The words the engine looks up, as one table the tokenizer reads while it scans a word.
 *
 * Why: every word of a text used to become a new string that the first `Set.has` had to hash
 * (a call into the runtime per word), and most words are none the engine knows. The tokenizer
 * now hashes the lower-cased characters as it reads them and finds a known word here without
 * making a string: the token takes the table's own string (hashed once, at start-up), and a
 * word that is not here is marked unknown, so no lexicon look-up needs to hash it. Every set a
 * caller skips for unknown words must be registered with `addWords` (a spec checks it).
 */
import {
  ABBREVIATED_MONTH_LICENSES,
  ABBREVIATIONS,
  COUNT_NOUNS,
  COUNT_UNITS,
  EXPECT_VERBS,
  FRACTION_FOLLOWERS,
  FUTURE_MARKERS,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  NON_PAST_OPENERS,
  NUMBER_WORDS,
  ORDINAL_DAY_WORDS,
  ORDINALS,
  PART_WORDS,
  PAST_MARKERS,
  PREFIX_ITEMS,
  RECESS_WORDS,
  REFERENCE_WORDS,
  RELATIVE_WORDS,
  SEASONS,
  WEEKDAYS,
} from './lexicon';

const BITS = 13;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;
/** Open addressing: the string in a slot, its hash (so most probes compare no characters) and its groups. */
const slots: (string | undefined)[] = new Array<string | undefined>(SIZE).fill(undefined);
const hashes = new Int32Array(SIZE);
const groups = new Int32Array(SIZE);
/** Slot of each word, for the tokenizer's slow path (words it cannot lower-case on the fly). */
const slotOf = new Map<string, number>();
let nextGroup = 1;

/**
 * The hash of a word's lower-cased code units. The tokenizer computes the same steps inline while
 * it scans (`hash = (Math.imul(hash, 31) + lowerLatin1(c)) | 0` from HASH_SEED): a second pass
 * over the characters cost as much as the scan itself.
 */
export const HASH_SEED = 7;

function hashOf(word: string): number {
  let h = HASH_SEED;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
  return h;
}

function add(word: string): number {
  const known = slotOf.get(word);
  if (known !== undefined) return known;
  if (word !== word.toLowerCase() || word !== word.normalize('NFC')) throw new Error(`Not lower case NFC: ${word}`);
  if (slotOf.size >= SIZE / 2) throw new Error('The word table is full: raise BITS');
  const h = hashOf(word);
  let s = h & MASK;
  while (slots[s] !== undefined) s = (s + 1) & MASK;
  slots[s] = word;
  hashes[s] = h;
  slotOf.set(word, s);
  return s;
}

/** Registers lower-case, NFC words (an entry of several, `tot en met`, registers each of them). */
export function addWords(words: Iterable<string>): void {
  for (const entry of words) for (const word of entry.split(' ')) if (word !== '') add(word);
}

/**
 * Registers the words of a set as a group and returns the group's bit: for a word or code token
 * `(token.groups & bit) !== 0` then says what `set.has(token.text)` says, without a look-up.
 */
export function wordGroup(words: Iterable<string>): number {
  if (nextGroup === 0) throw new Error('No word group left: 31 at most');
  const bit = nextGroup;
  nextGroup = nextGroup === 1 << 30 ? 0 : nextGroup << 1;
  for (const word of words) {
    if (word.includes(' ')) throw new Error(`A group holds single words: ${word}`);
    groups[add(word)] |= bit;
  }
  return bit;
}

/**
 * The slot of the characters `text[start..end)` lower-cased, whose hash (hashOf) is `h`; −1 when
 * the word is not known. The caller guarantees that no code unit is above U+00FF (lowerLatin1 is
 * then exactly `toLowerCase`).
 */
export function findWordAt(text: string, start: number, end: number, h: number): number {
  const length = end - start;
  for (let s = h & MASK; ; s = (s + 1) & MASK) {
    const word = slots[s];
    if (word === undefined) return -1;
    if (hashes[s] !== h || word.length !== length) continue;
    let k = 0;
    while (k < length && lowerLatin1(text.charCodeAt(start + k)) === word.charCodeAt(k)) k++;
    if (k === length) return s;
  }
}

/** The slot of a lower-case NFC word, or −1. */
export function findWord(word: string): number {
  return slotOf.get(word) ?? -1;
}

/** The table's own string in a slot (hashed once, so the engine's look-ups of it are cheap). */
export function wordIn(slot: number): string {
  return slots[slot] as string;
}

/** The groups (wordGroup bits) of the word in a slot. */
export function groupsIn(slot: number): number {
  return groups[slot];
}

/**
 * `String.prototype.toLowerCase` for the code units up to U+00FF (ASCII and Latin-1 capitals
 * move by 0x20; × U+00D7 stays); the tokenizer takes the slow path for anything above.
 */
export function lowerLatin1(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

addWords([
  ...MONTH_NAMES.keys(),
  ...MONTH_ABBREVIATIONS.keys(),
  ...WEEKDAYS,
  ...NUMBER_WORDS.keys(),
  ...COUNT_UNITS.keys(),
  ...ORDINAL_DAY_WORDS.keys(),
  ...ABBREVIATED_MONTH_LICENSES,
  ...REFERENCE_WORDS,
  ...ORDINALS.keys(),
  ...SEASONS.keys(),
  ...RECESS_WORDS,
  ...PART_WORDS.keys(),
  ...RELATIVE_WORDS.keys(),
  ...PAST_MARKERS.flat(),
  ...FUTURE_MARKERS.flat(),
  ...PREFIX_ITEMS.flatMap((item) => item.words),
  ...EXPECT_VERBS,
  ...ABBREVIATIONS,
  ...FRACTION_FOLLOWERS,
  ...COUNT_NOUNS,
  ...NON_PAST_OPENERS,
  // Words the matcher compares with directly; known, they cost no string either.
  'verwachting',
  'geleden',
  'kwartaal',
  'halfjaar',
  'jaarhelft',
  'helft',
  'maand',
  'en',
  'of',
  'met',
  'dat',
  'te',
]);
