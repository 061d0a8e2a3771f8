/**
 * From what a person typed to the concepts a search looks for (issue 18). Pure: the engine
 * fetches what needs the database first (every word's lexemes as `dutch_unaccent` stems them,
 * whether the lexicon knows it, a typo correction, compound parts, the thesaurus terms' lexemes)
 * and passes it in as a `QueryAnalysis`.
 *
 * A query becomes **slots**: one concept each, with alternatives (the word's own stem, a typo
 * correction, the parts of a compound the text may have apart, the adjacent words written as one
 * compound, and every term of a thesaurus group the word or words belong to). The strict search
 * requires every slot (AND); the relaxed search requires slots carrying at least half the query's
 * rarity (IDF) and ranks by how much of it a row covers. Dutch stop words, question words and
 * words every council question has (`gemeente`, `college`, `wethouder`, `aantal`) are dropped
 * outside quoted phrases. A municipality, party or portfolio holder named in the query becomes
 * a filter (`interpreted`).
 */
import { QUERY_STOP_WORDS } from './stop-words';
import { editDistance, foldWord, quoteOperand } from './query-text';
import type { QueryPart } from './query-text';

/** A lexeme as `to_tsvector` gives it, with its position (phrases keep their distances). */
export interface Lexeme {
  lexeme: string;
  pos: number;
}

/** What the database said about one typed word (or code, phrase, adjacent-word concatenation). */
export interface WordFacts {
  lexemes: Lexeme[];
  /** In search_lexicon (some text has the word as written). */
  known: boolean;
  /** Closest lexicon word, for an unknown word of 5+ letters. */
  correction?: { word: string; lexemes: Lexeme[] } | null;
  /** Parts of a compound (search_compound_part, or split on the fly for an unknown word). */
  parts?: { word: string; lexemes: Lexeme[] }[] | null;
  /** Lexemes of the lexicon's longer words that end or start with this one (compounds it is a part of). */
  heads?: Lexeme[][] | null;
  /** For an unknown compound: its head as a word the archive has (compoundHead, query-analysis.ts). */
  head?: { word: string; lexemes: Lexeme[] } | null;
  /**
   * For an unknown compound: the same compound with its linking `s` left out or put in, as the
   * archive writes it (`vergunningsvrij` → vergunningvrij; linkingVariant, query-analysis.ts).
   */
  linked?: { word: string; lexemes: Lexeme[] } | null;
  /**
   * For an unknown word: the same word with a hyphen after its first two or three letters, as an
   * abbreviation is joined to a word (`pasmelders` → PAS-melders, `ictsystemen` → ICT-systemen;
   * hyphenatedForms, query-analysis.ts), where the archive has the rest as a word.
   */
  hyphenated?: Lexeme[] | null;
  /**
   * Longer words that the index split with this word as a part (`jeugdzorg` for `zorg`): every
   * row with them has this word's lexeme already, so they only mark the compound in highlights.
   */
  coveredHeads?: Lexeme[][] | null;
}

export interface ThesaurusTerm {
  text: string;
  lexemes: Lexeme[];
}

export interface ThesaurusGroup {
  terms: ThesaurusTerm[];
}

/** Names the query may contain: each becomes a filter when matched as whole words. */
export interface KnownName {
  kind: 'municipality' | 'party' | 'portfolioHolder';
  /** Filter value: municipality slug, party or person name. */
  value: string;
  /** Folded words of the name (`partij voor de dieren`). */
  words: string[];
  /** Display name (`Groningen`). */
  label: string;
}

export interface QueryAnalysis {
  facts: ReadonlyMap<string, WordFacts>;
  thesaurus: readonly ThesaurusGroup[];
  names: readonly KnownName[];
  /** Whether named municipalities, parties and portfolio holders become filters. */
  interpret: boolean;
}

/** One alternative: a phrase of lexemes (a single lexeme is a phrase of one), or all of several. */
export type Alternative =
  | {
      kind: 'phrase';
      lexemes: Lexeme[];
      prefix: boolean;
      highlightOnly?: boolean;
      /** A broader word than typed (an unknown compound's head): relaxed matching only (Slot.broadened). */
      broader?: boolean;
    }
  | { kind: 'and'; items: Alternative[] };

export interface Slot {
  /** What was typed for it (`p+r`, `asielzoekerscentum`). */
  typed: string;
  alternatives: Alternative[];
  /** A typo correction used in it (for "Bedoelde u …"), with the alternatives of both forms. */
  corrected?: Correction;
  /** The slot is a thesaurus concept (a known term, even when this archive lacks it). */
  thesaurus?: boolean;
  /**
   * An unknown compound also matches its head (`dwangontruimingen` → ontruimingen): a broader word
   * than typed, so a guess that weighs half, as a typo correction does (slotWeights).
   */
  broadened?: boolean;
  /** Share of its word's weight (a part of a compound typed whole weighs 1/parts). */
  share?: number;
  /**
   * An abbreviation the lexicon and thesaurus lack (`smp`, `nt2`, `GGD` typed in capitals): what it
   * names the archive likely spells out, so where no row has it, it weighs as a guess (slotWeights).
   */
  abbreviation?: boolean;
}

export interface Correction {
  from: string;
  to: string;
  own: Alternative;
  correction: Alternative;
  /**
   * The thesaurus terms the slot has only because the corrected word is a term (`maessen` →
   * `messen` → wapenbezit): they go with the correction when it is dropped.
   */
  terms?: Alternative[];
}

export interface Interpretation {
  municipality?: { slug: string; name: string };
  party?: string;
  portfolioHolder?: string;
}

export interface QueryPlan {
  slots: Slot[];
  interpreted: Interpretation;
  /** The typo corrections searched too. */
  corrections: Correction[];
}

export { QUERY_STOP_WORDS } from './stop-words';

/**
 * The longest typed run compared with the thesaurus terms: the full names of organisations run to
 * five or six words with their stop words (`centraal bureau voor de statistiek`, `rijksinstituut voor
 * volksgezondheid en milieu`); a shorter limit split them into a shorter term and a stray concept.
 */
const MAX_TERM_WORDS = 6;

/**
 * Whether a typed token has the shape of an abbreviation: 2–5 characters with letters and digits
 * (`nt2`, `b1`), or 2–5 letters without a vowel (`smp`, `vvgb`: no Dutch word is written so) or
 * typed in capitals (`NOVA`). Only a sign: the planner marks it only when the lexicon and the
 * thesaurus lack it, and the engine weighs it as a guess only when no row has it.
 */
export function abbreviationShaped(text: string, capitals = false): boolean {
  if (/^(?=.*\p{L})(?=.*\p{N})[\p{L}\p{N}]{2,5}$/u.test(text)) return true;
  if (!/^\p{L}{2,5}$/u.test(text)) return false;
  return capitals || !/[aeiouyáéíóúäëïöüàèìòù]/u.test(text);
}

function phrase(lexemes: Lexeme[], prefix = false): Alternative {
  return { kind: 'phrase', lexemes, prefix };
}

/**
 * A term of several words also with one word more between two of them: a text writes `huisvesting van
 * arbeidsmigranten` or `opvang voor dakloze jongeren` where the thesaurus has `huisvesting arbeidsmigranten`, and the
 * phrase alone made the typed words, which any two words match anywhere in a row, match fewer rows for being a
 * concept (docs/search.md, session 15).
 */
function withOneWordBetween(term: Alternative): Alternative[] {
  if (term.kind !== 'phrase' || term.lexemes.length < 2) return [];
  const out: Alternative[] = [];
  for (let gap = 1; gap < term.lexemes.length; gap++) {
    if (term.lexemes[gap].pos === term.lexemes[gap - 1].pos) continue;
    const lexemes = term.lexemes.map((l, i) => (i >= gap ? { ...l, pos: l.pos + 1 } : l));
    out.push(phrase(lexemes, term.prefix));
  }
  return out;
}

function sameLexemes(a: Lexeme[], b: string[]): boolean {
  return a.length === b.length && a.every((l, i) => l.lexeme === b[i]);
}

function alternativeKey(alt: Alternative): string {
  return alt.kind === 'phrase'
    ? `${alt.highlightOnly ? '~' : ''}${alt.broader ? '^' : ''}${alt.prefix ? '*' : ''}${alt.lexemes.map((l) => `${l.lexeme}@${l.pos}`).join(' ')}`
    : `(${alt.items.map(alternativeKey).join('&')})`;
}

function addAlternative(slot: Slot, alt: Alternative): void {
  if (alt.kind === 'phrase' && alt.lexemes.length === 0) return;
  const key = alternativeKey(alt);
  if (!slot.alternatives.some((a) => alternativeKey(a) === key)) slot.alternatives.push(alt);
}

interface Token {
  word: string;
  prefix: boolean;
  facts: WordFacts;
  /** The lexemes thesaurus terms are compared with: the word's own, then its correction's when unknown. */
  matchLexemes: string[][];
}

/** The thesaurus groups with a term of exactly these lexemes. */
function groupsWith(thesaurus: readonly ThesaurusGroup[], lexemes: string[]): ThesaurusGroup[] {
  return thesaurus.filter((g) => g.terms.some((term) => sameLexemes(term.lexemes, lexemes)));
}

/** Longest thesaurus match starting at token `i`: the number of tokens and the groups. */
function thesaurusMatch(
  tokens: Token[],
  i: number,
  thesaurus: readonly ThesaurusGroup[],
): { length: number; groups: ThesaurusGroup[]; asTyped: boolean } | null {
  for (let n = Math.min(MAX_TERM_WORDS, tokens.length - i); n >= 1; n--) {
    const span = tokens.slice(i, i + n);
    // The words as typed first; then a single word's typo correction.
    const readings = [span.map((t) => t.matchLexemes[0] ?? [])];
    if (n === 1 && span[0].matchLexemes.length > 1) readings.push([span[0].matchLexemes[1]]);
    for (const [r, reading] of readings.entries()) {
      // Words without a lexeme (Dutch stop words: `oud en nieuw`) may stand inside a term, not at its ends.
      if (reading[0].length === 0 || reading[reading.length - 1].length === 0) continue;
      const lexemes = reading.flat();
      const groups = groupsWith(thesaurus, lexemes);
      if (groups.length > 0) return { length: n, groups, asTyped: r === 0 };
    }
  }
  return null;
}

/** Longest name (municipality, party, portfolio holder) starting at word `i`, as whole words. */
function nameMatch(words: string[], i: number, names: readonly KnownName[]): KnownName | null {
  let best: KnownName | null = null;
  for (const name of names) {
    if (name.words.length === 0 || i + name.words.length > words.length) continue;
    if (best && best.words.length >= name.words.length) continue;
    if (name.words.every((w, k) => words[i + k] === w)) best = name;
  }
  return best;
}

/**
 * Edits a typed word may be from a word of a municipality's name to be read as it: people misspell
 * place names (`middelbrug`, `hoekse waard`), and a misspelt name was read as an unknown word that
 * no text has, which emptied the search or left its filter out. None for names of five letters or
 * less (`emmen`, `hoorn`: one edit makes another word too often).
 */
export function nameWordTolerance(nameWord: string): number {
  return nameWord.length >= 8 ? 2 : nameWord.length >= 6 ? 1 : 0;
}

/**
 * The municipality whose name the words at `i` misspell: each word as the name has it or, for a word
 * no text of the archive has (`unknown`), within nameWordTolerance edits and with the same first
 * letter; at least one word misspelt (an exact name is nameMatch's). The fewest edits win.
 */
function misspeltMunicipality(
  words: string[],
  i: number,
  names: readonly KnownName[],
  unknown: (word: string) => boolean,
): KnownName | null {
  let best: { name: KnownName; edits: number } | null = null;
  for (const name of names) {
    if (name.kind !== 'municipality' || name.words.length === 0 || i + name.words.length > words.length) continue;
    let edits = 0;
    for (const [k, w] of name.words.entries()) {
      const typed = words[i + k];
      if (typed === w) continue;
      const tolerance = nameWordTolerance(w);
      const distance = tolerance > 0 && typed[0] === w[0] && unknown(typed) ? editDistance(typed, w) : Infinity;
      if (distance > tolerance) {
        edits = Infinity;
        break;
      }
      edits += distance;
    }
    if (edits === 0 || edits === Infinity) continue;
    if (!best || edits < best.edits || (edits === best.edits && name.words.length > best.name.words.length)) {
      best = { name, edits };
    }
  }
  return best?.name ?? null;
}

export function interpretNames(
  words: { text: string; prefix: boolean }[],
  names: readonly KnownName[],
  unknown?: (word: string) => boolean,
): { kept: { text: string; prefix: boolean }[]; interpreted: Interpretation } {
  const interpreted: Interpretation = {};
  const kept: { text: string; prefix: boolean }[] = [];
  const texts = words.map((w) => w.text);
  for (let i = 0; i < words.length;) {
    const name =
      nameMatch(texts, i, names) ??
      (unknown && !interpreted.municipality ? misspeltMunicipality(texts, i, names, unknown) : null);
    const free =
      name &&
      (name.kind === 'municipality'
        ? !interpreted.municipality
        : name.kind === 'party'
          ? !interpreted.party
          : !interpreted.portfolioHolder);
    if (name && free) {
      if (name.kind === 'municipality') interpreted.municipality = { slug: name.value, name: name.label };
      else if (name.kind === 'party') interpreted.party = name.value;
      else interpreted.portfolioHolder = name.value;
      i += name.words.length;
      continue;
    }
    kept.push(words[i]);
    i++;
  }
  return { kept, interpreted };
}

type TypedWord = { text: string; prefix: boolean; capitals?: true };

function wordSlots(words: TypedWord[], analysis: QueryAnalysis, corrections: Correction[], capitalsCount: boolean) {
  const capitals = new Set(words.filter((w) => capitalsCount && w.capitals).map((w) => w.text));
  const synonyms = partSynonyms(analysis.thesaurus);
  const tokens: Token[] = words.map((w) => {
    const facts = analysis.facts.get(w.text) ?? { lexemes: [], known: false };
    const own = facts.lexemes.map((l) => l.lexeme);
    const corrected = !facts.known && facts.correction ? facts.correction.lexemes.map((l) => l.lexeme) : [];
    return { word: w.text, prefix: w.prefix, facts, matchLexemes: corrected.length > 0 ? [own, corrected] : [own] };
  });
  const slots: Slot[] = [];
  const slotOfToken: (Slot | null)[] = [];
  // Whether a token is a word of a multi-word thesaurus term (it has no slot of its own).
  const inTerm: boolean[] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i];
    const found = token.prefix ? null : thesaurusMatch(tokens, i, analysis.thesaurus);
    // A stop word alone stays one (`wethouder` is in a group, and in nearly every question).
    const match = found && (found.length > 1 || !QUERY_STOP_WORDS.has(token.word)) ? found : null;
    if (match) {
      const span = tokens.slice(i, i + match.length);
      const slot: Slot = { typed: span.map((t) => t.word).join(' '), alternatives: [], thesaurus: true };
      // A word that is a thesaurus term as typed is a word of the language, not a typo, though no
      // text of this archive has it (`huizenbelasting` is no misspelt `hondenbelasting`).
      if (match.length === 1) tokenAlternatives(token, slot, corrections, analysis.facts, synonyms, !match.asTyped);
      const terms = match.groups.flatMap((group) => group.terms.map((term) => phrase(term.lexemes)));
      for (const term of terms) addAlternative(slot, term);
      for (const term of terms) for (const gapped of withOneWordBetween(term)) addAlternative(slot, gapped);
      if (!match.asTyped && slot.corrected) slot.corrected.terms = terms;
      slots.push(slot);
      for (let k = 0; k < match.length; k++) {
        slotOfToken.push(match.length === 1 ? slot : null);
        inTerm.push(match.length > 1);
      }
      i += match.length;
      continue;
    }
    const stop = QUERY_STOP_WORDS.has(token.word) || token.word.length < 2 || token.facts.lexemes.length === 0;
    if (stop) {
      slotOfToken.push(null);
      inTerm.push(false);
      i++;
      continue;
    }
    const slot: Slot = { typed: token.word, alternatives: [] };
    if (!token.facts.known && !token.prefix && abbreviationShaped(token.word, capitals.has(token.word))) {
      slot.abbreviation = true;
    }
    tokenAlternatives(token, slot, corrections, analysis.facts, synonyms);
    slots.push(slot);
    slotOfToken.push(slot);
    inTerm.push(false);
    i++;
  }
  // Adjacent words may stand as one compound in the text (`fietsen stalling` → fietsenstalling):
  // the concatenation is an alternative of each of them, so a row with the compound covers both.
  for (let i = 0; i + 1 < tokens.length; i++) {
    for (let n = 2; n <= 3 && i + n <= tokens.length; n++) {
      const span = tokens.slice(i, i + n);
      const spanSlots = span.map((_, k) => slotOfToken[i + k]);
      // A word of a multi-word term may still be the head of a compound typed apart (`mini containers
      // niet geleegd`): the compound is then an alternative of the words before it, the term stays as it is.
      if (spanSlots.some((s, k) => s === null && !(k === n - 1 && k > 0 && inTerm[i + k]))) break;
      const joined = analysis.facts.get(span.map((t) => t.word).join(''));
      if (!joined || joined.lexemes.length !== 1) continue;
      for (const slot of spanSlots) if (slot) addAlternative(slot, phrase(joined.lexemes, span[n - 1].prefix));
    }
  }
  return slots;
}

function tokenAlternatives(
  token: Token,
  slot: Slot,
  corrections: Correction[],
  facts: ReadonlyMap<string, WordFacts>,
  synonyms: PartSynonyms,
  correct = true,
): void {
  const own = phrase(token.facts.lexemes, token.prefix);
  addAlternative(slot, own);
  // The compound with a part replaced by a thesaurus synonym, where the lexicon has it: a guess of
  // the thesaurus's kind (the slot weighs as a thesaurus concept), and the typed word is no typo.
  if (!token.prefix) {
    for (const word of compoundSynonyms(token.word, synonyms)) {
      const found = facts.get(word);
      if (!found?.known || found.lexemes.length !== 1) continue;
      if (alternativeKey(phrase(found.lexemes)) === alternativeKey(own)) continue;
      addAlternative(slot, phrase(found.lexemes));
      slot.thesaurus = true;
      correct = false;
    }
  }
  const { parts, known, heads, coveredHeads } = token.facts;
  // The archive's spelling of the same compound is the word itself, not a guess: no typo correction beside it.
  const linked = token.facts.linked?.lexemes.length === 1 ? token.facts.linked : null;
  if (!token.prefix && linked) addAlternative(slot, phrase(linked.lexemes));
  if (!token.prefix && token.facts.hyphenated) addAlternative(slot, phrase(token.facts.hyphenated));
  const correction = linked ? null : token.facts.correction;
  if (!token.prefix) for (const head of heads ?? []) if (head.length === 1) addAlternative(slot, phrase(head));
  if (!token.prefix) {
    for (const head of coveredHeads ?? []) {
      if (head.length === 1) addAlternative(slot, { ...phrase(head), highlightOnly: true } as Alternative);
    }
  }
  const alternative = correct && correction ? phrase(correction.lexemes) : null;
  // A correction to the same stem (`warmtenetten` → warmtenet) is no correction.
  if (
    !known &&
    correction &&
    alternative &&
    correction.lexemes.length > 0 &&
    alternativeKey(alternative) !== alternativeKey(own)
  ) {
    addAlternative(slot, alternative);
    slot.corrected = { from: token.word, to: correction.word, own, correction: alternative };
    corrections.push(slot.corrected);
  }
  if (parts && parts.length > 1 && parts.every((p) => p.lexemes.length > 0)) {
    addAlternative(slot, { kind: 'and', items: parts.map((p) => phrase(p.lexemes)) });
  }
  if (!token.prefix) {
    for (const form of nounNumberForms(token.word)) {
      const other = facts.get(form);
      if (!other || other.lexemes.length !== 1) continue;
      // The lexicon holds words of four letters or more, so a three-letter singular (`bus`) is taken as stemmed.
      if (other.known || form.length < LEXICON_MIN_LENGTH) addAlternative(slot, phrase(other.lexemes));
    }
    for (const base of lexiconForms(token.word)) {
      const known = facts.get(base);
      if (known?.known && known.lexemes.length === 1) addAlternative(slot, phrase(known.lexemes));
    }
  }
}

/**
 * A code (`2023-241`, `nt2`) matches as written; one of an abbreviation's shape is also a thesaurus
 * term when a group has it (`nt2` with Nederlands als tweede taal, `co2` with koolstofdioxide).
 */
function codeSlot(text: string, facts: WordFacts, thesaurus: readonly ThesaurusGroup[], apart?: WordFacts): Slot {
  const own = phrase(facts.lexemes);
  // A reference typed without its space (`ris320114` for `RIS 320114`) also matches as printed.
  if (apart && apart.lexemes.length === 2) return { typed: text, alternatives: [own, phrase(apart.lexemes)] };
  if (!abbreviationShaped(text)) return { typed: text, alternatives: [own] };
  const lexemes = facts.lexemes.map((l) => l.lexeme);
  const groups = groupsWith(thesaurus, lexemes);
  if (groups.length === 0) return { typed: text, alternatives: [own], ...(facts.known ? {} : { abbreviation: true }) };
  const slot: Slot = { typed: text, alternatives: [own], thesaurus: true };
  for (const group of groups) for (const term of group.terms) addAlternative(slot, phrase(term.lexemes));
  return slot;
}

/**
 * Infinitives a weak verb form may come from (`geplaatst` → plaatsen, `gebouwd` → bouwen, `betaald`
 * → betalen, `verhoogd` → verhogen, `plaatst` → plaatsen): Dutch stemming leaves a participle or a
 * third person apart from the infinitive and the noun (`geplaatst`, `plaatst`, `plaats` are three
 * lexemes), so a user's `wordt geplaatst` missed a text's `plaatsen`. Only forms ending in t/d (weak
 * verbs; `gesloten` is left alone), and only an infinitive the lexicon knows becomes an alternative.
 * From five letters (`ruikt` → ruiken, `huurt` → huren, `loopt` → lopen: residents write the third
 * person, the college the infinitive; docs/search.md, session 15).
 */
export function verbBaseForms(word: string): string[] {
  if (word.length < 5 || !/^[a-z]+[td]$/.test(word)) return [];
  const core = word.slice(0, -1);
  const base = word.startsWith('ge') && core.length >= 6 ? core.slice(2) : core;
  if (base.length < 4 || !/[aeiou]/.test(base)) return [];
  const out = new Set([`${base}en`]);
  // A long vowel is written single before -en (betaal → betalen), and f/s voice to v/z (leef → leven).
  const open = base.replace(/(aa|ee|oo|uu)([^aeiou])$/, (_, v: string, c: string) => v[0] + c);
  if (open !== base) {
    out.add(`${open}en`);
    out.add(`${open.replace(/f$/, 'v').replace(/s$/, 'z')}en`);
  }
  out.delete(word);
  return [...out];
}

/** The shortest word the search lexicon holds (src/search/postgres/index-sql.ts). */
const LEXICON_MIN_LENGTH = 4;

/**
 * The other number of a noun whose short vowel doubles its last consonant in the plural (`bus` /
 * `bussen`, `kas` / `kassen`, `mes` / `messen`): Dutch stemming keeps the doubled consonant (`buss`,
 * `kass`), so a user's plural missed a text's singular and compounds split on it, and the other way
 * round. Only a form the lexicon knows becomes an alternative (`weg` has no `weggen`), as with verbBaseForms; a
 * singular shorter than the lexicon's words (`bus`) is taken when it has a lexeme (a stop word such as `wil` has none).
 */
export function nounNumberForms(word: string): string[] {
  const plural = /^([a-z]*[^aeiou]|)([aeiou])([bdfgklmnprst])\3en$/.exec(word);
  if (plural) {
    const single = `${plural[1]}${plural[2]}${plural[3]}`;
    return single.length >= 3 ? [single] : [];
  }
  const singular = /^([a-z]*[^aeiou]|)([aeiou])([bdfgklmnprst])$/.exec(word);
  return singular && word.length >= 3 ? [`${word}${singular[3]}en`] : [];
}

/**
 * The noun a diminutive is made from (`bankjes` → bank, `boompje` → boom, `stoeltje` → stoel, `balletje` → bal,
 * `autootje` → auto): residents write the diminutive (`bankjes langs het pad`), a college the noun (`zitbanken`),
 * and Dutch stemming keeps them apart (`bankjes`, `bank`). Every reading of the ending is tried; only a noun the
 * lexicon knows becomes an alternative, as with nounNumberForms.
 */
export function diminutiveBaseForms(word: string): string[] {
  const single = word.replace(/s$/, '');
  if (word.length < 6 || !/je$/.test(single)) return [];
  const out = new Set<string>();
  const doubled = /^([a-z]*[aeiou])([bdfgklmnprst])\2etje$/.exec(single);
  if (doubled) out.add(doubled[1] + doubled[2]);
  if (/[a-z]{3}etje$/.test(single)) out.add(single.slice(0, -4));
  const longVowel = /^([a-z]+)([aiou])\2tje$/.exec(single);
  if (longVowel) out.add(longVowel[1] + longVowel[2]);
  if (/[a-z]{3}mpje$/.test(single)) out.add(single.slice(0, -3));
  if (/[a-z]{3}tje$/.test(single)) out.add(single.slice(0, -3));
  if (/[a-z]{3}[^aeiou]je$/.test(single)) out.add(single.slice(0, -2));
  return [...out].filter((base) => base.length >= 3);
}

/**
 * The agent noun of an action noun in -ing (`handhaving` → handhaver(s), `begeleiding` → begeleider(s),
 * `melding` → melder(s)): a text about enforcement names the `handhavers`, and Dutch stemming keeps `handhav` and
 * `handhaver` apart. Only one direction: from an agent noun back, `inwoners` would find `inwoning`. Only a form the
 * lexicon knows becomes an alternative.
 */
export function agentNounForms(word: string): string[] {
  const action = /^([a-z]{4,})ing$/.exec(word);
  return action ? [`${action[1]}er`, `${action[1]}ers`] : [];
}

/**
 * Forms of a typed word the Dutch stemmer keeps apart from it, each an alternative when the lexicon knows it: a weak
 * verb's infinitive, a diminutive's noun, an action noun's agent noun (nounNumberForms has its own rule for short
 * singulars).
 */
function lexiconForms(word: string): string[] {
  return [...verbBaseForms(word), ...diminutiveBaseForms(word), ...agentNounForms(word)];
}

/** The linking letters between the parts of a Dutch compound (`huisvesting-s-beleid`, `fiets-en-stalling`). */
export const COMPOUND_LINKS: readonly string[] = ['', 's', 'e', 'en'];
/** Endings a compound's head may carry (`stalling-en`, `bak-ken`), kept on its replacement. */
const HEAD_ENDINGS: readonly string[] = ['en', 's', 'e', 'n'];
/** A part replaced, and its synonym, have at least this many letters (`ov`, `bus` say too little). */
export const SYNONYM_PART_MIN = 4;
/** At most this many compounds of a typed word are looked up in the lexicon (the fact round trip grows by them). */
export const MAX_COMPOUND_SYNONYMS = 40;

/** Single-word thesaurus terms and, for each, the single-word terms of its groups (PartSynonyms). */
export type PartSynonyms = ReadonlyMap<string, readonly string[]>;

const partSynonymsCache = new WeakMap<readonly ThesaurusGroup[], PartSynonyms>();

/**
 * Each single-word thesaurus term of SYNONYM_PART_MIN letters or more, with the other single-word
 * terms of its groups that are no compound of it nor it of them (`afval` and `afvalinzameling` are
 * one concept, but `afvalinzameling` is no replacement for the part `afval`). Cached per thesaurus.
 */
export function partSynonyms(thesaurus: readonly ThesaurusGroup[]): PartSynonyms {
  const cached = partSynonymsCache.get(thesaurus);
  if (cached) return cached;
  const out = new Map<string, Set<string>>();
  for (const group of thesaurus) {
    const words = [
      ...new Set(group.terms.map((t) => foldWord(t.text.trim())).filter((t) => /^[a-z]+$/.test(t))),
    ].filter((t) => t.length >= SYNONYM_PART_MIN);
    for (const a of words) {
      for (const b of words) {
        if (a.includes(b) || b.includes(a)) continue;
        const set = out.get(a) ?? new Set<string>();
        set.add(b);
        out.set(a, set);
      }
    }
  }
  const result: PartSynonyms = new Map([...out].map(([k, v]) => [k, [...v].sort()]));
  partSynonymsCache.set(thesaurus, result);
  return result;
}

/**
 * A typed compound with one part replaced by a thesaurus synonym of it (docs/search.md, "Compound
 * synonyms"): `drankverkoop` → `alcoholverkoop` when drank ≈ alcohol, `rijwielstalling` →
 * `fietsenstalling`. The word is split as the compound splitter does (parts of 4+ letters, linking
 * s/e/en); a replaced first part takes each linking form (its own is unknown: fiets-en-, rijwiel-),
 * a replaced head keeps the typed head's ending (`stallingen` → `plaatsen`… are left to the
 * lexicon). Candidates only: the planner takes those the lexicon has. At most MAX_COMPOUND_SYNONYMS.
 */
export function compoundSynonyms(word: string, synonyms: PartSynonyms): string[] {
  if (synonyms.size === 0 || !/^[a-z]+$/.test(word) || word.length < 2 * SYNONYM_PART_MIN) return [];
  const out = new Set<string>();
  const add = (candidate: string) => {
    if (candidate !== word && out.size < MAX_COMPOUND_SYNONYMS) out.add(candidate);
  };
  for (let i = SYNONYM_PART_MIN; i <= word.length - SYNONYM_PART_MIN; i++) {
    for (const link of COMPOUND_LINKS) {
      if (word.substr(i, link.length) !== link) continue;
      const modifier = word.slice(0, i);
      const head = word.slice(i + link.length);
      if (head.length < SYNONYM_PART_MIN) continue;
      for (const synonym of synonyms.get(modifier) ?? []) {
        for (const newLink of COMPOUND_LINKS) add(synonym + newLink + head);
      }
      // The head as typed, or without its ending (`stallingen`, `bakken` for bak).
      const heads: { base: string; ending: string }[] = [{ base: head, ending: '' }];
      for (const ending of HEAD_ENDINGS) {
        if (!head.endsWith(ending)) continue;
        const base = head.slice(0, -ending.length);
        heads.push({ base, ending });
        if (ending === 'en' && /([bdfgklmnprt])\1$/.test(base)) heads.push({ base: base.slice(0, -1), ending });
      }
      for (const { base, ending } of heads) {
        for (const synonym of synonyms.get(base) ?? []) {
          add(modifier + link + synonym + ending);
          if (ending !== '') add(modifier + link + synonym);
        }
      }
    }
  }
  return [...out];
}

/** At most this many compound synonyms of a query are looked up (MAX_COMPOUND_SYNONYMS a word). */
export const MAX_QUERY_COMPOUND_SYNONYMS = 100;

/**
 * The typed words' compounds with a part replaced by a thesaurus synonym (compoundSynonyms), for the
 * lexicon to say which it has; not for a prefix typed (`fietsstal*` asks for that prefix only).
 */
export function compoundSynonymsToAnalyse(parts: QueryPart[], synonyms: PartSynonyms): string[] {
  const out = new Set<string>();
  for (const part of parts) {
    if (part.kind !== 'word' || part.prefix) continue;
    for (const candidate of compoundSynonyms(part.text, synonyms)) out.add(candidate);
  }
  return [...out].slice(0, MAX_QUERY_COMPOUND_SYNONYMS);
}

/** The words worth asking the database about: every typed word, and adjacent pairs and triples joined, and the
 * infinitives of weak verb forms (verbBaseForms), the other number of a noun (nounNumberForms), the noun of a
 * diminutive (diminutiveBaseForms) and the agent noun of an action noun (agentNounForms). */
/**
 * A reference's letters and number typed as one code (`ris320114`, `rib2024085`): the words apart as a
 * reference is printed (`RIS 320114`), or null. Letters 2–6, then a number of 3+ digits.
 */
export function gluedReferenceApart(code: string): string | null {
  const glued = /^(\p{L}{2,6})(\d{3,}(?:[./-]\d+)*)$/u.exec(code);
  return glued ? `${glued[1]} ${glued[2]}` : null;
}

/**
 * The other ways a reference of numbers is printed (`MRS/26/0631`, `MRS-26-0631`, `MRS 26.0631`,
 * `2026-0419` for `2026/0419`): one separator between the numbers, the letters before them apart or
 * joined by it. The text search reads each spelling into other tokens (a path, signed numbers, a
 * decimal), so a reference typed with other separators than printed matched nothing. Only for two
 * or more numbers, one of three digits or more; up to three groups of 1–6 letters (`M2024-017`, `RIB 2024-085`,
 * `SWL-RV-2024-0213`).
 */
export function referenceForms(code: string): string[] {
  // Up to three groups of letters (`SWL-RV-2024-0213`), read as words apart.
  const typed = /^((?:\p{L}{1,6}[\s./-]?){0,3})(\d+(?:[\s./-]\d+)+)$/u.exec(code);
  if (!typed) return [];
  const numbers = typed[2].split(/[\s./-]/);
  if (!numbers.some((n) => n.length >= 3)) return [];
  const letters =
    typed[1]
      .split(/[\s./-]+/)
      .filter(Boolean)
      .join(' ') || undefined;
  const out = new Set<string>();
  for (const separator of ['/', '-', '.']) {
    const number = numbers.join(separator);
    if (!letters) out.add(number);
    else out.add(`${letters}${separator}${number}`).add(`${letters} ${number}`);
  }
  out.add([...(letters ? [letters] : []), ...numbers].join(' '));
  // With no separators at all, as the index also holds it (index-sql.ts): `olz 25 0317` for `OLZ25.0317`,
  // whose printed form the text search reads as the tokens `olz25.0317` or `olz25` and `0317`.
  out.add([...(letters ? [letters.replaceAll(' ', '')] : []), ...numbers].join(''));
  // Without the numbers' leading zeros, as the index also holds a padded reference (index-sql.ts): `swl rv 2024
  // 0213` typed for a printed `SWL-RV-2024-213`. Only with letters: two bare numbers apart (`2023 88`) stand in
  // running text too. The other way round needs nothing here, the index holding the reference without zeros.
  const unpadded = numbers.map((n) => n.replace(/^0+(?=\d)/, ''));
  if (letters && unpadded.some((n, i) => n !== numbers[i])) out.add([letters, ...unpadded].join(' '));
  out.delete(code);
  return [...out];
}

export function wordsToAnalyse(parts: QueryPart[]): string[] {
  const out = new Set<string>();
  let run: string[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i++) {
      out.add(run[i]);
      if (i + 1 < run.length) out.add(run[i] + run[i + 1]);
      if (i + 2 < run.length) out.add(run[i] + run[i + 1] + run[i + 2]);
    }
    for (const word of run) for (const base of [...lexiconForms(word), ...nounNumberForms(word)]) out.add(base);
    run = [];
  };
  for (const part of parts) {
    if (part.kind === 'word') run.push(part.text);
    else {
      flush();
      out.add(part.text);
      const apart = gluedReferenceApart(part.text);
      if (apart) out.add(apart);
      for (const form of referenceForms(part.text)) out.add(form);
    }
  }
  flush();
  return [...out];
}

/**
 * Words every document of this archive is about: each set is a written council question, so
 * `schriftelijke vragen 2023-241` means the set 2023-241, and `schriftelijke vragen` is no concept a
 * set must hold (most texts never name their own kind). Only outside quoted phrases.
 */
export const ARCHIVE_WORDS: ReadonlySet<string> = new Set([
  'schriftelijke',
  'schriftelijk',
  'raadsvragen',
  'raadsvraag',
  'artikelvragen',
]);
const ARTICLE_WORDS: ReadonlySet<string> = new Set(['artikel', 'art']);
const QUESTION_WORDS: ReadonlySet<string> = new Set(['vragen', 'vraag']);

/**
 * The parts left when the words every document is about are dropped: the ARCHIVE_WORDS, and an
 * article of the rules of procedure for written questions (`art. 40 vragen`, `artikel 42-vragen`).
 * Nothing is dropped when nothing else would be left.
 */
export function withoutArchiveWords(parts: QueryPart[]): QueryPart[] {
  const drop = new Set<number>();
  parts.forEach((part, i) => {
    if (part.kind === 'word' && ARCHIVE_WORDS.has(part.text) && !part.prefix) drop.add(i);
    if (part.kind !== 'word' || !ARTICLE_WORDS.has(part.text)) return;
    const number = parts[i + 1];
    if (number?.kind !== 'code') return;
    const own = /^\d{1,3}-?(vragen|vraag)$/.exec(number.text);
    const next = parts[i + 2];
    if (own || (/^\d{1,3}$/.test(number.text) && next?.kind === 'word' && QUESTION_WORDS.has(next.text))) {
      drop.add(i);
      drop.add(i + 1);
    }
  });
  const rest = parts.filter((_, i) => !drop.has(i));
  const meaningful = rest.some((p) => p.kind !== 'word' || !QUERY_STOP_WORDS.has(p.text));
  return meaningful ? rest : parts;
}

export function planQuery(allParts: QueryPart[], analysis: QueryAnalysis): QueryPlan {
  const corrections: Correction[] = [];
  const slots: Slot[] = [];
  const parts = withoutArchiveWords(allParts);
  // Names are looked for in every run of plain words; the first of each kind is taken.
  const allWords = parts.filter((p): p is Extract<QueryPart, { kind: 'word' }> => p.kind === 'word');
  const names = analysis.interpret ? analysis.names : [];
  // A municipality's name may be misspelt in a word no text has (misspeltMunicipality).
  const { kept, interpreted } = interpretNames(allWords, names, (w) => analysis.facts.get(w)?.known === false);
  const keptSet = new Set(kept);
  // A query typed wholly in capitals says nothing about which of its words are abbreviations.
  const capitalsCount = allWords.some((w) => !w.capitals);
  let run: TypedWord[] = [];
  const flush = () => {
    if (run.length > 0) slots.push(...wordSlots(run, analysis, corrections, capitalsCount));
    run = [];
  };
  for (const part of parts) {
    if (part.kind === 'word') {
      if (keptSet.has(part)) run.push(part);
      continue;
    }
    flush();
    const facts = analysis.facts.get(part.text);
    const apart = gluedReferenceApart(part.text);
    if (facts && facts.lexemes.length > 0) {
      const slot = codeSlot(part.text, facts, analysis.thesaurus, apart ? analysis.facts.get(apart) : undefined);
      for (const form of referenceForms(part.text)) {
        const lexemes = analysis.facts.get(form)?.lexemes;
        if (lexemes) addAlternative(slot, phrase(lexemes));
      }
      slots.push(slot);
    }
  }
  flush();
  // Only stop words typed (`raad`): search them after all.
  if (slots.length === 0 && kept.length > 0 && Object.keys(interpreted).length === 0) {
    for (const word of kept) {
      const facts = analysis.facts.get(word.text);
      if (facts && facts.lexemes.length > 0) {
        slots.push({ typed: word.text, alternatives: [phrase(facts.lexemes, word.prefix)] });
      }
    }
  }
  broadenUnknownCompounds(slots, analysis.facts);
  return { slots, interpreted, corrections };
}

/**
 * An unknown compound's head (WordFacts.head) becomes an alternative of its slot when the query has
 * another concept too: with it, the head narrowed by the rest of the query is the set meant
 * (`dwangontruimingen huurders`); alone it would answer a question about something the archive
 * lacks with everything about the broader word (`ijsbaanverlichting`).
 */
function broadenUnknownCompounds(slots: Slot[], facts: ReadonlyMap<string, WordFacts>): void {
  const headOf = (slot: Slot) =>
    slot.thesaurus || slot.corrected || slot.typed.includes(' ') ? null : (facts.get(slot.typed)?.head ?? null);
  // Another concept the archive has as typed must narrow the head: two heads alone (`peilbesluit
  // veenweidegebied` → besluit, gebied) are two common words, not what was asked.
  const narrowed = slots.some((slot) => !headOf(slot) && (slot.thesaurus || facts.get(slot.typed)?.known === true));
  if (slots.length < 2 || !narrowed) return;
  for (const slot of slots) {
    const head = headOf(slot);
    if (!head || head.lexemes.length !== 1) continue;
    if (slot.alternatives.some((a) => a.kind === 'phrase' && sameLexemes(a.lexemes, [head.lexemes[0].lexeme])))
      continue;
    addAlternative(slot, { ...phrase(head.lexemes), broader: true } as Alternative);
    slot.broadened = true;
  }
}

/**
 * Drops a typo correction (the typed form itself matches rows, so it was no typo): the
 * correction's alternative leaves its slot, and the plan's corrections.
 */
export function withoutCorrection(plan: QueryPlan, correction: Correction): QueryPlan {
  // The corrected word's thesaurus terms go with it (the word as typed was no typo, so no term of its group).
  const keys = new Set([correction.correction, ...(correction.terms ?? [])].map(alternativeKey));
  keys.delete(alternativeKey(correction.own));
  return {
    ...plan,
    slots: plan.slots.map((slot) =>
      slot.corrected === correction
        ? {
            typed: slot.typed,
            alternatives: slot.alternatives.filter((a) => !keys.has(alternativeKey(a))),
            ...(slot.abbreviation ? { abbreviation: true } : {}),
          }
        : slot,
    ),
    corrections: plan.corrections.filter((c) => c !== correction),
  };
}

/**
 * How a slot becomes tsquery text: for matching, for matching in subject/question/names only
 * (weights A and B), in the subject only (weight A), for highlighting.
 */
export type RenderMode = 'match' | 'fields' | 'subject' | 'highlight';

const HIGHLIGHT_PREFIX_MIN_LENGTH = 4;

function renderLexeme(lexeme: string, prefix: boolean, mode: RenderMode): string {
  const star = prefix || (mode === 'highlight' && lexeme.length >= HIGHLIGHT_PREFIX_MIN_LENGTH);
  const label = `${star ? '*' : ''}${mode === 'fields' ? 'AB' : mode === 'subject' ? 'A' : ''}`;
  return `${quoteOperand(lexeme)}${label ? `:${label}` : ''}`;
}

function renderAlternative(alt: Alternative, mode: RenderMode): string {
  if (alt.kind === 'and') return `(${alt.items.map((a) => renderAlternative(a, mode)).join(' & ')})`;
  const lexemes = alt.lexemes;
  // Highlighting marks the words, not the phrase: its words are enough.
  if (mode === 'highlight') return lexemes.map((l) => renderLexeme(l.lexeme, alt.prefix, mode)).join(' | ');
  let text = renderLexeme(lexemes[0].lexeme, alt.prefix && lexemes.length === 1, mode);
  for (let i = 1; i < lexemes.length; i++) {
    const distance = Math.max(1, lexemes[i].pos - lexemes[i - 1].pos);
    const operator = distance === 1 ? '<->' : `<${distance}>`;
    text += ` ${operator} ${renderLexeme(lexemes[i].lexeme, alt.prefix && i === lexemes.length - 1, mode)}`;
  }
  return lexemes.length > 1 ? `(${text})` : text;
}

/**
 * A slot as tsquery text (already stemmed: cast with ::tsquery, never through to_tsquery again).
 * `splits: false` leaves out the parts of a compound standing apart (`zorg & project` for
 * `zorgproject`), unless the slot has nothing else: the first strict pass (see hasSplits).
 */
export function slotText(slot: Slot, mode: RenderMode = 'match', splits = true): string {
  const matching = slot.alternatives.filter((a) => a.kind === 'and' || !a.highlightOnly);
  const kept = splits ? matching : matching.filter((a) => a.kind !== 'and');
  const alternatives = (kept.length > 0 ? kept : matching).map((a) => renderAlternative(a, mode));
  return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' | ')})`;
}

/** Every slot required (strict), or any slot (relaxed); null when the query has no slot. */
export function planText(
  plan: QueryPlan,
  combine: 'and' | 'or',
  mode: RenderMode = 'match',
  splits = true,
): string | null {
  if (plan.slots.length === 0) return null;
  if (mode === 'highlight') return highlightText(plan);
  // Strict matching is every concept as typed: an unknown compound's head only counts when relaxed.
  const asTyped = (slot: Slot): Slot =>
    slot.broadened ? { ...slot, alternatives: slot.alternatives.filter((a) => a.kind === 'and' || !a.broader) } : slot;
  const slots = combine === 'and' ? plan.slots.map(asTyped) : plan.slots;
  return slots.map((s) => slotText(s, mode, splits)).join(combine === 'and' ? ' & ' : ' | ');
}

/**
 * The highlight query: every lexeme once, OR-ed, without those a shorter prefix term already
 * marks (`'zorg':*` marks every word `'zorgplan':*` marks). A word's longer compounds from the
 * lexicon (its heads, up to 20) would otherwise each be a term the app matches against every
 * word of a page's texts: 4.8 ms instead of 1.2 ms a page on the bench vocabulary.
 */
function highlightText(plan: QueryPlan): string {
  const terms = new Map<string, string>();
  const collect = (alt: Alternative): void => {
    if (alt.kind === 'and') return alt.items.forEach(collect);
    for (const l of alt.lexemes) terms.set(renderLexeme(l.lexeme, alt.prefix, 'highlight'), l.lexeme);
  };
  for (const slot of plan.slots) slot.alternatives.forEach(collect);
  const prefixes = [...terms].filter(([text]) => text.endsWith(':*')).map(([, lexeme]) => lexeme);
  const covered = (text: string, lexeme: string) =>
    text.endsWith(':*') && prefixes.some((p) => p !== lexeme && lexeme.startsWith(p));
  return [...terms]
    .filter(([text, lexeme]) => !covered(text, lexeme))
    .map(([text]) => text)
    .join(' | ');
}

/**
 * Whether a slot has the parts of a compound standing apart as an alternative. Those parts
 * (`zorg & project`) are common words that a long answer often has somewhere, so they can
 * match most of an archive; the strict search first runs without them, and with them only when
 * that finds fewer than RELAX_BELOW rows (docs/search.md, "Latency").
 */
export function hasSplits(plan: QueryPlan): boolean {
  return plan.slots.some(
    (slot) => slot.alternatives.some((a) => a.kind === 'and') && slot.alternatives.some((a) => a.kind !== 'and'),
  );
}

/** The query as typed with its corrections applied, for "Bedoelde u …". */
export function correctedQuery(typed: string, corrections: readonly { from: string; to: string }[]): string | null {
  if (corrections.length === 0) return null;
  let out = typed;
  for (const { from, to } of corrections) {
    out = out.replace(
      new RegExp(`(^|[^\\p{L}])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}])`, 'giu'),
      `$1${to}`,
    );
  }
  return out;
}

/**
 * BM25's IDF of a slot from its document frequency among `total` rows (never below a small
 * positive weight, so a slot every row has still counts a little).
 */
export function idf(documentFrequency: number, total: number): number {
  const n = Math.max(total, documentFrequency, 1);
  return Math.max(0.05, Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}

/** Relaxed matching requires slots carrying at least this share of the query's IDF. */
export const RELAXED_MIN_SHARE = 0.5;

/**
 * The slots relaxed matching counts: a compound typed whole whose parts stand apart in the text
 * (`huisvestingsbeleid` → huisvesting, beleid) counts part by part, so a row with one part still
 * covers some of the query. A thesaurus concept stays whole (its parts only together): half of a
 * named thing is not that thing, and a rare part alone made a query the archive cannot answer
 * find something (`stoplicht voor fietsen` found a set naming the police's `Stop Heling`).
 */
export function relaxedSlots(plan: QueryPlan): Slot[] {
  return plan.slots.flatMap((slot): Slot[] => {
    const split = slot.alternatives.find((a): a is Extract<Alternative, { kind: 'and' }> => a.kind === 'and');
    if (!split || slot.typed.includes(' ') || slot.thesaurus) return [slot];
    const whole = slot.alternatives.filter((a) => a.kind === 'phrase');
    return split.items.map((part) => ({
      typed: slot.typed,
      alternatives: [part, ...whole],
      corrected: slot.corrected,
      abbreviation: slot.abbreviation,
      // Parts the lexicon has are what the unknown compound is made of, not a broader word: they weigh as
      // themselves (`obesitas bij basisschoolleerlingen`: basisschool and leerling, not a word no row has).
      share: 1 / split.items.length,
    }));
  });
}
