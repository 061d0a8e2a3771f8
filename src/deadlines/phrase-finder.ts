/**
 * Finds the time phrases of a Dutch text and resolves them against a reference date, as
 * docs/time-phrases.md specifies. A tokenizer and a hand-written matcher over tokens keep it
 * linear: at each token a bounded look ahead (the period) and a bounded look back (relation and
 * approximation words), never a backtracking regular expression.
 *
 * Rules where dates.md is silent, chosen as a griffie reads them (each has a test):
 * - `voor`/`tot` + `(het) eind(e) (van) X` both mean "by X as a whole": `tot eind 2025` runs
 *   through 31 December, just like `voor het einde van 2025`.
 * - `voor`/`na` + the season `zomer` in any form (`voor de zomer`, `voor zomer 2025`,
 *   `na deze zomer`) name the summer recess; `in`/`tijdens` keep the season.
 * - `van X tot Y` stops before Y (`van april tot juni` is 1 April – 31 May); `X tot en met Y`,
 *   `X t/m Y`, `X of Y` and `tussen X en Y` include Y.
 * - `komend`/`volgend` + a season: the first one that starts after the reference date;
 *   `afgelopen`/`vorig` + a season: like `jl.`, the last one that started on or before it.
 * - `(de) eerste helft` needs a year (`van 2025`, `van het jaar`); `eerste halfjaar` does not.
 * - Abbreviated months count after a day number (`1 apr. 2025`) or before a year (`apr 2025`).
 * - An impossible date (`31 april 2025`, `29 februari 2025`, `week 53 2024`) yields nothing,
 *   not its month or year: the text does not name a period we can trust.
 * - A year is 1900–2199; a number glued to `%`, `€`, `$` or, by `-`, `/`, `.`, `,` or `:`, to
 *   other letters or digits (`2018-115M`, `2.000`) is never a year or a day, except in the
 *   date shapes `1-4-2025`, `2025-04-01`, `1/10/2024`, `1/10`, `1-5 april` and the year span
 *   `2023-2026` (after a time word). A chain that runs on (`nieuws/1/10/2024`, `1/10/2024/`)
 *   is a path, not a date.
 * - Slash dates: `1/10/2024` and `01/10/2024` are a day (day first; `2024/10/01` is as often a
 *   case number as a date and is not read). A year-less `1/10` is a day under the year-less
 *   rules only after `op`, `per`, `vanaf`, `sinds`, `uiterlijk`, `t/m`, `tot (en met)`, `vóór`,
 *   `na`, `m.i.v.`, `rond`…, after a weekday (`dinsdag 1/10`) or with `jl.`/`a.s.` after it;
 *   else it is a fraction (`in 1/3 van de gevallen`, `voor 1/2 jaar`). Never before a fraction
 *   or rate word (`op 1/3 van`, `per 1/2 uur`) and never `24/7`. Two-digit years (`1/10/24`)
 *   are not read.
 * - Day ranges within one month: `1 t/m 5 april`, `1 tot en met 5 april`, `1-5 april`,
 *   `1 – 5 april`, `tussen 1 en 15 mei` run from the first day through the last (precision
 *   day); `van 1 tot 5 april` stops before the 5th, like `van april tot juni`. `1 en 2 april`
 *   is a range only for consecutive days: `op 3 en 17 april` names two days and yields only
 *   `17 april`. A year-less range rolls over as a whole.
 * - `(in) de week van (maandag) 14 april (2025)`: the ISO week (Monday–Sunday) holding that
 *   day, precision week; year-less it rolls like a week.
 * - `begin`/`medio`/`eind` + a quarter (`eind Q1 2025`, `begin Q3`, `medio het tweede
 *   kwartaal`, `eind eerste kwartaal 2025`, `begin volgend kwartaal`): the quarter's first,
 *   middle or last month, precision month. `voor eind Q1 2025` is `by` with the whole quarter,
 *   like `voor eind april`.
 * - Year-less periods roll forward also in a clause in the past tense (`U heeft eind november
 *   een brief gezonden`), as dates.md prescribes; only `jl.`, `jongstleden` and `afgelopen`
 *   point back. Whether such a phrase is a promise is decided by the commitment rules, not here.
 * - A four-digit number directly followed by a count noun (`in 2000 gevallen`, `rond 2025
 *   woningen`, `tot 2000 euro`; lexicon.ts COUNT_NOUNS) is a number, not a year. With a word
 *   between (`in 2025 nieuwe woningen`) it stays a year.
 */
import { civilDate, DayRange, isoOf, parseIso } from './calendar';
import { analyseClauses, ClauseInfo } from './clauses';
import { MAX_PREFIX_TOKENS, PREFIX_ITEMS, PrefixItem } from './lexicon';
import { PeriodParser, PeriodSpec, RECESS_AT } from './period-parser';
import { Kind, Token, tokenize } from './tokenizer';
import { wordGroup } from './vocabulary';
import type { Precision, Relation, TimePhrase } from './types';

/** How far a year-less period may roll to find its occurrence; 28 years holds every weekday/leap cycle. */
const ROLL_WINDOW = 28;

interface Prefix {
  first: number;
  items: readonly PrefixItem[];
}

const ITEMS_BY_FIRST_WORD = new Map<string, PrefixItem[]>();
for (const item of [...PREFIX_ITEMS].sort((a, b) => b.words.length - a.words.length)) {
  const list = ITEMS_BY_FIRST_WORD.get(item.words[0]) ?? [];
  list.push(item);
  ITEMS_BY_FIRST_WORD.set(item.words[0], list);
}

/** The last words of the prefix items: a token that is none of them ends no prefix. */
const LAST_WORDS: ReadonlySet<string> = new Set(PREFIX_ITEMS.map((item) => item.words[item.words.length - 1]));
const LAST_WORD = wordGroup(LAST_WORDS);

const NO_ITEMS: readonly PrefixItem[] = [];

/** The longest prefix item that starts at token `p`, ends by `limit` and is followed by a reached position. */
function itemReaching(tokens: readonly Token[], p: number, limit: number, low: number): PrefixItem | null {
  const t = tokens[p];
  if (!t || t.kind === Kind.Number || !t.known) return null;
  const candidates = ITEMS_BY_FIRST_WORD.get(t.text);
  if (!candidates) return null;
  for (const item of candidates) {
    const length = item.words.length;
    if (p + length > limit || reach[p + length - low] === 0) continue;
    let k = 1;
    while (k < length && tokens[p + k].kind !== Kind.Number && tokens[p + k].text === item.words[k]) k++;
    if (k === length) return item;
  }
  return null;
}

// Scratch space of scanPrefix, reused from call to call: two arrays per phrase were a quarter of
// the engine's allocations. reach[p - low]: the tokens p..at-1 split into prefix items;
// taken[p - low]: the item taken at p (read only where reach is set in the same call).
const reach = new Uint8Array(MAX_PREFIX_TOKENS + 1);
const taken: (PrefixItem | null)[] = new Array<PrefixItem | null>(MAX_PREFIX_TOKENS + 1).fill(null);

const PARTICLES: ReadonlySet<string> = new Set(['in', 'op']);

/** The relation and approximation words directly before token `at`, not reaching back past `floor`. */
function scanPrefix(tokens: readonly Token[], floor: number, at: number): Prefix {
  const before = tokens[at - 1];
  if (at <= floor || (before.kind === Kind.Punct ? !LAST_WORDS.has(before.text) : (before.groups & LAST_WORD) === 0))
    return { first: at, items: NO_ITEMS };
  const low = Math.max(floor, at - MAX_PREFIX_TOKENS);
  for (let k = 0; k < at - low; k++) reach[k] = 0;
  reach[at - low] = 1;
  let first = at;
  for (let p = at - 1; p >= low; p--) {
    const item = itemReaching(tokens, p, at, low);
    if (item !== null) {
      reach[p - low] = 1;
      taken[p - low] = item;
      first = p;
    }
  }
  const items: PrefixItem[] = [];
  for (let p = first; p < at;) {
    const item = taken[p - low] as PrefixItem;
    items.push(item);
    p += item.words.length;
  }
  // `Wij richten de zone in vóór de zomer` (or `in tijdens de zomer`, `in op 1 mei`): an `in`/`op`
  // before another relation word is the verb's particle (`inrichten`, `opleveren`), not part of
  // the phrase; two prepositions in a row do not open one period.
  while (items.length > 1 && PARTICLES.has(items[0].words.join(' ')) && items[1].relation !== null) {
    first += items[0].words.length;
    items.shift();
  }
  return { first, items };
}

/** The relation word that counts: the last one that is not `in`/`op`/`van` (dates.md, Relations). */
function relationOf(items: readonly PrefixItem[]): { relation: Relation; item: PrefixItem | null } {
  for (let k = items.length - 1; k >= 0; k--) {
    const r = items[k].relation;
    if (r !== null && r !== 'in') return { relation: r, item: items[k] };
  }
  return { relation: 'in', item: null };
}

function deadlineOf(range: DayRange, relation: Relation): number {
  switch (relation) {
    case 'before':
      return range.start - 1;
    case 'from':
      return range.start;
    case 'after':
      return range.end + 1;
    default:
      return range.end;
  }
}

/**
 * Places a year-less period: dates.md, "The reference date". A phrase at token `at` in a clause
 * in the past tense makes the plain rule look back like `jl.` (clauses.ts).
 */
function roll(spec: PeriodSpec, relation: Relation, ref: number, at: number): DayRange | null {
  const refYear = lastRefYear;
  if (spec.mode === 'past' || (spec.mode === 'default' && pastClause(at))) {
    for (let y = refYear + 1; y >= refYear - ROLL_WINDOW; y--) {
      const r = spec.at(y);
      if (r && r.start <= ref) return r;
    }
    return null;
  }
  for (let y = refYear - 1; y <= refYear + ROLL_WINDOW; y++) {
    const r = spec.at(y);
    if (!r) continue;
    if (spec.mode === 'upcoming' ? r.start > ref : (relation === 'before' ? r.start - 1 : r.end) >= ref) return r;
  }
  return null;
}

interface Resolved {
  range: DayRange;
  precision: Precision;
  relation: Relation;
}

function resolveSpec(spec: PeriodSpec, prefix: Prefix, ref: number, at: number): Resolved | null {
  const { relation: counted, item } = relationOf(prefix.items);
  let relation = counted;
  let period = spec;
  if (spec.bareYear) {
    // A bare year needs a time word; `voor 2026` is "for 2026", `van` only opens a span.
    const last = prefix.items[prefix.items.length - 1];
    if (!last || !(last.licensesYear || (spec.range && last.words[0] === 'van'))) return null;
  }
  if (spec.slashDay) {
    // `op 1/10`, `per 1/1`: a licensing word makes a year-less `d/m` a date; else it is a fraction.
    const last = prefix.items[prefix.items.length - 1];
    if (!last || !(last.licensesSlashDay || (spec.range && last.words[0] === 'van'))) return null;
  }
  if (spec.fixedRelation) relation = spec.fixedRelation;
  else if (
    relation === 'before' &&
    spec.endOf &&
    item &&
    (item.words[0] === 'voor' || item.words[0] === 'vóór' || item.words[0] === 'vòòr' || item.words[0] === 'tot')
  ) {
    relation = 'by';
    period = spec.endOf;
  } else if ((relation === 'before' || relation === 'after') && spec.summer) {
    period = { ...spec, at: RECESS_AT, summer: false };
  }
  const range = period.fixed ?? (period.year !== null ? period.at(period.year) : roll(period, relation, ref, at));
  return range ? { range, precision: period.precision, relation } : null;
}

// Phrases name the same few hundred days over and over; formatting them was 4% of the engine's time.
const isoCache = new Map<number, string>();
function iso(day: number): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    if (isoCache.size >= 4096) isoCache.clear();
    text = isoOf(day);
    isoCache.set(day, text);
  }
  return text;
}

// One parser for every call, like the tokenizer's tokens: see PeriodParser.reset for why.
const PARSER = new PeriodParser();

// The same reference date comes with call after call (one answer's sentences, the benchmark).
let lastReference = '';
let lastRef: number | null = null;
let lastRefYear = 0;

// The text being read, for the clause analysis that roll and the approximate flag may ask for:
// worked out once per text, and only when a year-less phrase or `naar verwachting` asks for it.
// Module state like the tokenizer's tokens: two closures per text were a sixth of the engine's
// allocations.
let textTokens: readonly Token[] = [];
let textExpectSentences: readonly boolean[] = [];
let textClauses: ClauseInfo | null = null;

function clauseInfo(): ClauseInfo {
  return (textClauses ??= analyseClauses(textTokens, textExpectSentences));
}

/** The clause of token `at` is in the past tense. */
function pastClause(at: number): boolean {
  const info = clauseInfo();
  return info.past[info.clauseOf[at]];
}

function anyApproximate(items: readonly PrefixItem[]): boolean {
  for (const item of items) if (item.approximate) return true;
  return false;
}

/** Every resolvable time phrase in order: `findTimePhrases("rond april 2025", "2024-11-05")` → [{ phrase: "rond april 2025", … }]. */
export function findTimePhrases(text: string, reference: string): TimePhrase[] {
  if (reference !== lastReference) {
    lastRef = parseIso(reference);
    lastReference = reference;
    if (lastRef !== null) lastRefYear = civilDate(lastRef)[0];
  }
  const ref = lastRef;
  if (ref === null) throw new RangeError(`Not a valid ISO reference date: ${JSON.stringify(reference)}`);
  if (typeof text !== 'string') throw new TypeError('text must be a string');
  return findInText(text, ref);
}

function findInText(text: string, ref: number): TimePhrase[] {
  const { tokens, expectSentences, namesExpectation } = tokenize(text);
  const parser = PARSER.reset(tokens, ref);
  const found: TimePhrase[] = [];
  textTokens = tokens;
  textExpectSentences = expectSentences;
  textClauses = null;
  let floor = 0;
  let i = 0;
  while (i < tokens.length) {
    if (!PeriodParser.mayStart(tokens[i])) {
      i++;
      continue;
    }
    const parsed = parser.parse(i);
    if (!parsed) {
      i++;
      continue;
    }
    const prefix = scanPrefix(tokens, floor, i);
    const resolved = resolveSpec(parsed.spec, prefix, ref, i);
    if (!resolved) {
      i++;
      continue;
    }
    const start = tokens[prefix.first].start;
    const end = tokens[parsed.end - 1].end;
    const { range, relation, precision } = resolved;
    found.push({
      phrase: text.slice(start, end),
      index: start,
      start: iso(range.start),
      end: iso(range.end),
      precision,
      relation,
      approximate:
        anyApproximate(prefix.items) ||
        expectSentences[tokens[i].sentence] === true ||
        (namesExpectation && clauseInfo().expected[clauseInfo().clauseOf[i]]),
      deadline: iso(deadlineOf(range, relation)),
    });
    floor = parsed.end;
    i = parsed.end;
  }
  return found;
}

/**
 * One phrase typed by a user, `resolveTimePhrase("voorjaar 2025", "2024-11-12")` → 2025-03-01…2025-05-31;
 * null when nothing resolves. A typed bare year (`2025`) or slash date (`1/10`) counts: the field
 * itself is the time word.
 */
export function resolveTimePhrase(phrase: string, reference: string): TimePhrase | null {
  const direct = findTimePhrases(phrase, reference);
  if (direct.length > 0) return direct[0];
  for (const lead of ['in ', 'op ']) {
    const via = findTimePhrases(lead + phrase, reference)[0];
    if (!via) continue;
    const start = Math.max(via.index, lead.length) - lead.length;
    const end = via.index + via.phrase.length - lead.length;
    return { ...via, phrase: phrase.slice(start, end), index: start };
  }
  return null;
}
