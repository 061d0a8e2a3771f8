/**
 * Hand-written matcher that reads one named period from a token position (docs/time-phrases.md,
 * "Named periods" and "The reference date"). Every rule looks at most a dozen tokens ahead, so a
 * call costs constant time and the scan over a text stays linear.
 *
 * The parser does not know the words before the period; phrase-finder.ts reads those (relation,
 * approximation) and decides with them whether a bare year counts and how a year-less period
 * rolls over.
 */
import {
  addMonthsToDay,
  civilDate,
  DayRange,
  dayNumber,
  daysInMonth,
  isoWeekRange,
  monthRange,
  monthsRange,
  weekContaining,
} from './calendar';
import {
  ABBREVIATED_MONTH_LICENSES,
  COUNT_NOUNS,
  COUNT_UNITS,
  CountUnit,
  FRACTION_FOLLOWERS,
  FUTURE_MARKERS,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  NUMBER_WORDS,
  ORDINAL_DAY_WORDS,
  ORDINALS,
  Part,
  PART_WORDS,
  PAST_MARKERS,
  RECESS_WORDS,
  REFERENCE_WORDS,
  RELATIVE_WORDS,
  SEASON_FIRST_MONTH,
  SeasonName,
  SEASONS,
  WEEKDAYS,
} from './lexicon';
import { Kind, Token } from './tokenizer';
import { wordGroup } from './vocabulary';
import type { Precision, Relation } from './types';

/**
 * How a year-less period picks its year: dates.md's rules for plain, `jl.` and `komend` periods.
 * `ahead` is the plain rule chosen explicitly by `a.s.`/`aanstaande`: the tense of the clause
 * never turns it into `past`.
 */
export type RollMode = 'default' | 'past' | 'upcoming' | 'ahead';

/** A period as read from the text, not yet placed against the reference date. */
export interface PeriodSpec {
  precision: Precision;
  /** The period in a given year (ISO year for weeks, starting year for winter); null if it does not exist then. */
  at: (year: number) => DayRange | null;
  /** The year the text names (explicitly or relatively); null when the text gives none. */
  year: number | null;
  /** Relative periods (`deze week`, `binnen 3 weken`) are placed already. */
  fixed: DayRange | null;
  mode: RollMode;
  /** For `eind X`: X as a whole, because `voor eind X` means "by X" (dates.md, Relations). */
  endOf: PeriodSpec | null;
  /** The season `zomer`: with `voor`/`na` it names the summer recess instead. */
  summer: boolean;
  /** Only bare years: a time word must license it. */
  bareYear: boolean;
  range: boolean;
  /** A year-less slash date (`1/10`): only after a licensing word is it a date, else a fraction. */
  slashDay: boolean;
  /** `binnen N weken` and `de komende N weken` are always `by`. */
  fixedRelation: Relation | null;
}

export interface ParsedPeriod {
  spec: PeriodSpec;
  /** Token index just past the period. */
  end: number;
}

const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

const STARTERS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES.keys(),
  ...MONTH_ABBREVIATIONS.keys(),
  ...WEEKDAYS,
  ...SEASONS.keys(),
  ...RECESS_WORDS,
  ...PART_WORDS.keys(),
  ...RELATIVE_WORDS.keys(),
  ...ORDINALS.keys(),
  ...ORDINAL_DAY_WORDS.keys(),
  ...NUMBER_WORDS.keys(),
  'over',
  'het',
  'de',
  'tussen',
  'binnen',
  'week',
  'jaar',
  'periode',
  'q1',
  'q2',
  'q3',
  'q4',
  'h1',
  'h2',
]);
const STARTER = wordGroup(STARTERS);
// The lists parseUnit asks a word about, as word groups: a bit test each instead of up to nine
// look-ups for `komende` (vocabulary.ts).
const MONTH_WORD = wordGroup(MONTH_NAMES.keys());
const ABBREVIATED_MONTH = wordGroup(MONTH_ABBREVIATIONS.keys());
const WEEKDAY = wordGroup(WEEKDAYS);
const SEASON_WORD = wordGroup(SEASONS.keys());
const RECESS_WORD = wordGroup(RECESS_WORDS);
const PART_WORD = wordGroup(PART_WORDS.keys());
const ORDINAL_DAY_WORD = wordGroup(ORDINAL_DAY_WORDS.keys());
const ORDINAL_WORD = wordGroup(ORDINALS.keys());
const RELATIVE_WORD = wordGroup(RELATIVE_WORDS.keys());
const UNIT_WORD =
  MONTH_WORD |
  ABBREVIATED_MONTH |
  WEEKDAY |
  SEASON_WORD |
  RECESS_WORD |
  PART_WORD |
  ORDINAL_DAY_WORD |
  ORDINAL_WORD |
  RELATIVE_WORD |
  wordGroup(['week']);

function spec(
  precision: Precision,
  at: (year: number) => DayRange | null,
  year: number | null,
  extra?: Partial<PeriodSpec>,
): PeriodSpec {
  return {
    precision,
    at,
    year,
    fixed: null,
    mode: 'default',
    endOf: null,
    summer: false,
    bareYear: false,
    range: false,
    slashDay: false,
    fixedRelation: null,
    ...extra,
  };
}

function fixedSpec(precision: Precision, range: DayRange, extra?: Partial<PeriodSpec>): PeriodSpec {
  return spec(precision, () => range, null, { fixed: range, ...extra });
}

const yearRange = (y: number): DayRange => ({ start: dayNumber(y, 1, 1), end: dayNumber(y, 12, 31) });
const seasonAt =
  (s: SeasonName) =>
  (y: number): DayRange =>
    monthsRange(y, SEASON_FIRST_MONTH[s], 3);
/** The council's summer recess: 1 July – 31 August. */
const recessAt = (y: number): DayRange => ({ start: dayNumber(y, 7, 1), end: dayNumber(y, 8, 31) });
export const RECESS_AT = recessAt;

function partOfMonth(range: DayRange, part: Part): DayRange {
  if (part === 'begin') return { start: range.start, end: range.start + 9 };
  if (part === 'mid') return { start: range.start + 10, end: range.start + 19 };
  return { start: range.start + 20, end: range.end };
}

/** `begin Q3` its first month (July), `medio Q3` the middle one (August), `eind Q3` the last (September). */
function partOfQuarter(range: DayRange, part: Part): DayRange {
  const [y, m] = civilDate(range.start);
  return monthsRange(y, m + (part === 'begin' ? 0 : part === 'mid' ? 1 : 2), 1);
}

/** `begin 2025` Jan–Mar, `medio 2025` May–Aug, `eind 2025` Oct–Dec. */
function partOfYear(y: number, part: Part): DayRange {
  if (part === 'begin') return monthsRange(y, 1, 3);
  if (part === 'mid') return monthsRange(y, 5, 4);
  return monthsRange(y, 10, 3);
}

/** `24ste`, `1e`, `2de`, `3de` → the day number; −1 for anything else. */
function ordinalCodeDay(text: string): number {
  const n = text.length;
  let digits = 0;
  while (digits < n && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
  if (digits < 1 || digits > 2) return -1;
  const suffix = text.slice(digits);
  if (suffix !== 'e' && suffix !== 'de' && suffix !== 'ste') return -1;
  const d = Number(text.slice(0, digits));
  return d >= 1 && d <= 31 ? d : -1;
}

/** How a counted phrase places its period: dates.md, "The reference date". */
type CountedKind = 'within' | 'last' | 'later' | 'ago';

export class PeriodParser {
  private tokens: readonly Token[] = [];
  private ref = NaN;
  private refYear = 0;
  private refMonth = 0;

  /**
   * Points the parser at a text's tokens and its reference date. phrase-finder.ts keeps one
   * parser for every call: a parser per text died with it, and when the last one had died a
   * full garbage collection freed the hidden class V8 had built for parsers and threw away the
   * optimized code of every method here (`--trace-deopt`: "weak objects"), so the matcher ran
   * unoptimized again after each major GC of a busy process.
   */
  reset(tokens: readonly Token[], ref: number): this {
    this.tokens = tokens;
    if (ref !== this.ref) {
      this.ref = ref;
      const [y, m] = civilDate(ref);
      this.refYear = y;
      this.refMonth = m;
    }
    return this;
  }

  /** Cheap test that lets the scan skip most tokens without trying a parse. */
  static mayStart(token: Token): boolean {
    if (token.kind === Kind.Number) return true;
    if (token.kind === Kind.Word) return (token.groups & STARTER) !== 0;
    if (token.kind === Kind.Code) return (token.groups & STARTER) !== 0 || ordinalCodeDay(token.text) > 0;
    return false;
  }

  /** The longest period starting at token `i` (an article `het`/`de` may lead), or null. */
  parse(i: number): ParsedPeriod | null {
    const w = this.word(i);
    if (w === 'het' || w === 'de') {
      // Articles are the most frequent starters; most are followed by no period word at all.
      const next = this.tokens[i + 1];
      return next && PeriodParser.mayStart(next) ? this.parseCore(i + 1) : null;
    }
    return this.parseCore(i);
  }

  private parseCore(i: number): ParsedPeriod | null {
    const w = this.word(i);
    if (w === 'tussen') {
      // `tussen 1 en 15 mei`: the days between, both included.
      const days = this.dayRange(i + 1);
      if (days) return days;
      const a = this.parseUnit(i + 1);
      if (a && this.word(a.end) === 'en') {
        const b = this.parseUnit(a.end + 1);
        const joined = b ? this.join(a.spec, b.spec, false) : null;
        if (b && joined) return { spec: { ...joined, bareYear: false }, end: b.end };
      }
      return null;
    }
    if (w === 'periode') {
      // `in de periode 2023-2026`, `de periode van 2023 tot en met 2026`: the word licenses the years.
      const k = this.word(i + 1) === 'van' ? i + 2 : i + 1;
      const r = this.parseRanged(k);
      return r && r.spec.precision === 'year' && (r.spec.range || r.spec.bareYear)
        ? { spec: { ...r.spec, bareYear: false }, end: r.end }
        : null;
    }
    if (w === 'jaar') {
      const y = this.year(i + 1);
      return y >= 0 ? { spec: spec('year', yearRange, y), end: i + 2 } : null;
    }
    if (w === 'over') return this.countedPeriod(i + 1, 'later');
    if (w === 'binnen' || w === 'komende' || w === 'aankomende') {
      const counted = this.countedPeriod(i + 1, 'within');
      if (counted) return counted;
      if (w === 'binnen') return null;
    }
    if (w === 'afgelopen') {
      const counted = this.countedPeriod(i + 1, 'last');
      if (counted) return counted;
    }
    if (this.word(i + 2) === 'geleden') {
      const ago = this.countedPeriod(i, 'ago');
      if (ago) return ago;
    }
    // A number word starts nothing but `twee weken geleden`.
    if (NUMBER_WORDS.has(w)) return null;
    return this.parseRanged(i);
  }

  /**
   * `binnen 3 weken`, `(de) komende twee jaar`: the reference date to N units on, relation by;
   * `(de) afgelopen 2 weken`: N units back to the reference date; `over 5 dagen`: the day N
   * units on; `5 dagen geleden`: the day N units back. Months and years keep the day number,
   * clamped to the month's end.
   */
  private countedPeriod(i: number, kind: CountedKind): ParsedPeriod | null {
    const t = this.tokens[i];
    if (!t) return null;
    let n = -1;
    if (t.kind === Kind.Number && this.standalone(i) && !t.amount && t.text.length <= 3) n = t.value;
    else if (t.kind === Kind.Word) n = NUMBER_WORDS.get(t.text) ?? -1;
    const unit = COUNT_UNITS.get(this.word(i + 1));
    if (n < 1 || !unit) return null;
    if (kind === 'ago') {
      const day = this.shift(-n, unit);
      return { spec: fixedSpec('day', { start: day, end: day }), end: i + 3 };
    }
    if (kind === 'later') {
      const day = this.shift(n, unit);
      return { spec: fixedSpec('day', { start: day, end: day }), end: i + 2 };
    }
    if (kind === 'last') return { spec: fixedSpec(unit, { start: this.shift(-n, unit), end: this.ref }), end: i + 2 };
    return {
      spec: fixedSpec(unit, { start: this.ref, end: this.shift(n, unit) }, { fixedRelation: 'by' }),
      end: i + 2,
    };
  }

  /** The reference date moved by n units (n may be negative). */
  private shift(n: number, unit: CountUnit): number {
    if (unit === 'day') return this.ref + n;
    if (unit === 'week') return this.ref + 7 * n;
    return addMonthsToDay(this.ref, unit === 'month' ? n : 12 * n);
  }

  /** A period, or a range of two of the same unit: `april tot en met juni 2025`, `april of mei`. */
  private parseRanged(i: number): ParsedPeriod | null {
    const a = this.parseUnit(i);
    if (!a) return null;
    let k = -1;
    let exclusive = false;
    let adjacent = false;
    const c = a.end;
    if (this.matchSeq(c, ['tot', 'en', 'met'])) k = c + 3;
    else if (this.matchSeq(c, ['t', '/', 'm'])) k = c + 3;
    else if (this.word(c) === 'of') k = c + 1;
    else if (this.word(c) === 'en' && a.spec.precision !== 'day') {
      // `in oktober en november 2025`: two periods that follow each other are one span; two apart
      // (`in april en oktober`) are two moments, and the first stands alone as before.
      k = c + 1;
      adjacent = true;
    } else if (this.word(c) === 'tot' && (this.word(i - 1) === 'van' || a.spec.precision === 'day')) {
      // `van april tot juni`: Dutch `tot` stops before June; between days it runs through the
      // last one (dates.md: `10 tot 22 augustus`, so also `10 augustus tot 12 september`).
      k = c + 1;
      exclusive = a.spec.precision !== 'day';
    } else if ((this.punct(c, '-') || this.punct(c, '\u2013')) && a.spec.precision === 'day') {
      // `10 augustus - 12 september 2025`: a year at the end applies to both days.
      k = c + 1;
    }
    if (k < 0) return a;
    const b = this.parseUnit(k);
    const joined = b ? this.join(a.spec, b.spec, exclusive, adjacent) : null;
    return b && joined ? { spec: joined, end: b.end } : a;
  }

  /**
   * Two periods of one unit as one range; a year-less pair takes one year and rolls over whole.
   * `adjacent`: only when the second begins the day after the first ends (`oktober en november`).
   */
  private join(a: PeriodSpec, b: PeriodSpec, exclusive: boolean, adjacent = false): PeriodSpec | null {
    if (a.precision !== b.precision || a.fixedRelation || b.fixedRelation || a.endOf || b.endOf) return null;
    if ((a.fixed === null) !== (b.fixed === null)) return null;
    const close = (ra: DayRange, rb: DayRange): DayRange | null => {
      if (adjacent && rb.start !== ra.end + 1) return null;
      const end = exclusive ? rb.start - 1 : rb.end;
      return end >= ra.start ? { start: ra.start, end } : null;
    };
    const extra: Partial<PeriodSpec> = {
      range: true,
      bareYear: a.bareYear && b.bareYear,
      slashDay: a.slashDay || b.slashDay,
      mode: a.mode,
    };
    if (a.fixed && b.fixed) {
      const r = close(a.fixed, b.fixed);
      return r ? fixedSpec(a.precision, r, extra) : null;
    }
    if (a.year !== null && b.year !== null) {
      const ra = a.at(a.year);
      const rb = b.at(b.year);
      const r = ra && rb ? close(ra, rb) : null;
      return r ? spec(a.precision, () => r, a.year, extra) : null;
    }
    if (b.year !== null) {
      // `november t/m februari 2025`: the year belongs to the last; the first falls before it.
      const rb = b.at(b.year);
      let ra = a.at(b.year);
      if (ra && rb && ra.start > rb.start) ra = a.at(b.year - 1);
      const r = ra && rb ? close(ra, rb) : null;
      return r ? spec(a.precision, () => r, b.year, extra) : null;
    }
    const at = (y: number): DayRange | null => {
      const ra = a.at(y);
      let rb = b.at(y);
      if (ra && rb && rb.start < ra.start) rb = b.at(y + 1);
      return ra && rb ? close(ra, rb) : null;
    };
    if (a.year !== null) {
      const r = at(a.year);
      return r ? spec(a.precision, () => r, a.year, extra) : null;
    }
    // Year-less: whether the two follow each other does not depend on the year (2001 is any year).
    if (adjacent && !at(2001)) return null;
    return spec(a.precision, at, null, extra);
  }

  private parseUnit(i: number): ParsedPeriod | null {
    const t = this.tokens[i];
    if (!t) return null;
    if (t.kind === Kind.Number) return this.numberUnit(i);
    if (t.kind === Kind.Code) {
      if (!this.standalone(i)) return null;
      // `24ste mei`, `1e juli 2025`; `1e kwartaal` stays a quarter.
      if (this.ordinalDay(i) > 0) {
        const day = this.dayRange(i) ?? this.dayUnit(i, 'default');
        if (day) return day;
      }
      return this.ordinalUnit(i);
    }
    if (t.kind !== Kind.Word) return null;
    const w = t.text;
    const g = t.groups;
    if ((g & UNIT_WORD) === 0) return null;
    const month = (g & MONTH_WORD) !== 0 ? MONTH_NAMES.get(w) : undefined;
    if (month !== undefined) {
      // `31 april 2025` is no date; its month alone is not what the text says either.
      const before = this.tokens[i - 1];
      if (before && before.kind === Kind.Number && before.text.length <= 2) return null;
      if (this.ordinalDay(i - 1) > 0) return null;
      return this.monthUnit(i, month, 'default');
    }
    const abbreviated = (g & ABBREVIATED_MONTH) !== 0 ? MONTH_ABBREVIATIONS.get(w) : undefined;
    if (abbreviated !== undefined) return this.abbreviatedMonth(i, abbreviated);
    if ((g & WEEKDAY) !== 0) {
      // `dinsdag 1 april 2025`, `dinsdag 1/10`: the weekday is part of the phrase, the date decides.
      // After a weekday `1/10` is a date without a licensing word.
      const day =
        this.tokens[i + 1]?.kind === Kind.Number
          ? this.numberUnit(i + 1)
          : this.ordinalDay(i + 1) > 0
            ? this.dayUnit(i + 1, 'default')
            : null;
      return day && day.spec.precision === 'day' ? { spec: { ...day.spec, slashDay: false }, end: day.end } : null;
    }
    const season = (g & SEASON_WORD) !== 0 ? SEASONS.get(w) : undefined;
    if (season !== undefined) return this.seasonUnit(i, season, 'default', null);
    if ((g & RECESS_WORD) !== 0) {
      const ys = this.yearSuffix(i + 1);
      return { spec: spec('season', recessAt, ys ? ys.year : null), end: ys ? ys.end : i + 1 };
    }
    const part = (g & PART_WORD) !== 0 ? PART_WORDS.get(w) : undefined;
    if (part !== undefined) return this.partUnit(i, part);
    if (w === 'week') return this.weekUnit(i);
    if ((g & ORDINAL_DAY_WORD) !== 0) {
      // `vierentwintigste mei`, `achtste tot elfde mei`; `eerste kwartaal` stays a quarter.
      const day = this.dayRange(i) ?? this.dayUnit(i, 'default');
      if (day) return day;
    }
    if ((g & ORDINAL_WORD) !== 0) return this.ordinalUnit(i);
    const relative = (g & RELATIVE_WORD) !== 0 ? RELATIVE_WORDS.get(w) : undefined;
    if (relative !== undefined) return this.relativeUnit(i, w, relative);
    return null;
  }

  private numberUnit(i: number): ParsedPeriod | null {
    const t = this.tokens[i];
    if (t.chainStart === i && t.chainEnd === i + 4) return this.numericDate(i);
    if (t.chainStart === i && t.chainEnd === i + 2 && t.text.length <= 2 && this.chainYear(i + 2) >= 0)
      return this.punct(i + 1, '-') || this.punct(i + 1, '/') ? this.monthYear(i) : null;
    if (t.chainStart === i && t.chainEnd === i + 2 && (this.punct(i + 1, '-') || this.punct(i + 1, '\u2013'))) {
      // `2023-2026` is a span of years only where a time word licenses it (not `Diversiteitsnota 2023-2026`).
      const y1 = this.chainYear(i);
      const y2 = this.chainYear(i + 2);
      if (y1 < 0) return this.dayRange(i);
      if (y2 <= y1) return null;
      const r = { start: dayNumber(y1, 1, 1), end: dayNumber(y2, 12, 31) };
      return { spec: spec('year', () => r, y1, { bareYear: true, range: true }), end: i + 3 };
    }
    if (t.chainStart === i && t.chainEnd === i + 2 && this.punct(i + 1, '/')) return this.slashDay(i);
    if (!this.standalone(i) || t.amount) return null;
    const y = this.year(i);
    if (y >= 0) {
      // `in 2000 gevallen`, `rond 2025 woningen`: a count, not a year.
      if (COUNT_NOUNS.has(this.word(i + 1))) return null;
      return { spec: spec('year', yearRange, y, { bareYear: true }), end: i + 1 };
    }
    return this.dayRange(i) ?? this.dayUnit(i, 'default');
  }

  /**
   * `04/2025`, `4-2025`, `04-2025`: that month (never a day). Not after a reference word
   * (`motie 4-2025`, `RIB 04-2025`, `kenmerk 3/2025`) and not inside a path.
   */
  private monthYear(i: number): ParsedPeriod | null {
    const a = this.tokens[i];
    const m = a.value;
    if (a.amount || this.tokens[i + 2].amount || m < 1 || m > 12 || this.slashGlued(i, i + 2)) return null;
    const before = this.punct(i - 1, '.') ? i - 2 : i - 1;
    if (REFERENCE_WORDS.has(this.word(before))) return null;
    return { spec: spec('month', (y) => monthRange(y, m), this.chainYear(i + 2)), end: i + 3 };
  }

  /**
   * `apr 2025`, `1 apr.` (via dayUnit), and year-less `in jan`, `eind sept.`, `begin feb`,
   * `medio mrt` (dates.md); alone an abbreviation could be a name (`Jan`), so it needs a year or
   * one of those words before it.
   */
  private abbreviatedMonth(i: number, month: number): ParsedPeriod | null {
    const at = (y: number): DayRange => monthRange(y, month);
    const t = this.tokens[i];
    if (t.chainStart === i && t.chainEnd === i + 2 && this.punct(i + 1, '-')) {
      // `sep-2012`: next to a year, glued by a hyphen.
      const glued = this.chainYear(i + 2);
      return glued >= 0 ? { spec: spec('month', at, glued), end: i + 3 } : null;
    }
    const dot = this.punct(i + 1, '.') && this.tokens[i + 1].start === t.end;
    const k = dot ? i + 2 : i + 1;
    const y = this.year(k);
    if (y >= 0) return { spec: spec('month', at, y), end: k + 1 };
    if (!this.standalone(i) || !ABBREVIATED_MONTH_LICENSES.has(this.word(i - 1))) return null;
    const marked = this.markers(k, 'default');
    return { spec: spec('month', at, null, { mode: marked.mode }), end: marked.end };
  }

  /** The day an ordinal names: `24ste`, `1e`, `vierentwintigste`; −1 otherwise. */
  private ordinalDay(i: number): number {
    const t = this.tokens[i];
    if (!t) return -1;
    if (t.kind === Kind.Word) return ORDINAL_DAY_WORDS.get(t.text) ?? -1;
    return t.kind === Kind.Code && this.standalone(i) ? ordinalCodeDay(t.text) : -1;
  }

  /** A day number: a standalone (or, in `1-5 april`, chained) number 1–31, or an ordinal; −1 otherwise. */
  private dayAt(i: number, chained = false): number {
    const t = this.tokens[i];
    if (!t) return -1;
    if (t.kind !== Kind.Number) return this.ordinalDay(i);
    if ((!chained && !this.standalone(i)) || t.amount || t.text.length > 2 || t.value < 1 || t.value > 31) return -1;
    return t.value;
  }

  /** A `/` glued to either end of the chain `i..last`: a path (`nieuws/1/10/2024`, `/1/10/`), not a date. */
  private slashGlued(i: number, last: number): boolean {
    const before = this.tokens[i - 1];
    const after = this.tokens[last + 1];
    return (
      (before !== undefined &&
        before.kind === Kind.Punct &&
        before.text === '/' &&
        before.end === this.tokens[i].start) ||
      (after !== undefined && after.kind === Kind.Punct && after.text === '/' && after.start === this.tokens[last].end)
    );
  }

  /**
   * `1/10`, `01/10`, `1/10 jl.`: a year-less day, only after a licensing word (phrase-finder.ts
   * checks it), never before a fraction word (`op 1/3 van de locaties`), never `24/7`.
   */
  private slashDay(i: number): ParsedPeriod | null {
    const a = this.tokens[i];
    const b = this.tokens[i + 2];
    if (
      a.kind !== Kind.Number ||
      b.kind !== Kind.Number ||
      a.amount ||
      b.amount ||
      a.text.length > 2 ||
      b.text.length > 2
    )
      return null;
    const d = a.value;
    const month = b.value;
    if (d < 1 || d > 31 || month < 1 || month > 12 || (d === 24 && month === 7)) return null;
    if (this.slashGlued(i, i + 2) || FRACTION_FOLLOWERS.has(this.word(i + 3))) return null;
    if (this.tokens[i + 3]?.kind === Kind.Number) return null;
    const at = (y: number): DayRange | null => {
      if (d > daysInMonth(y, month)) return null;
      const day = dayNumber(y, month, d);
      return { start: day, end: day };
    };
    // `1/10 jl.`, `1/4 a.s.`: a fraction takes no such marker, so the marker licenses the date.
    const marked = this.markers(i + 3, 'default');
    return { spec: spec('day', at, null, { mode: marked.mode, slashDay: marked.end === i + 3 }), end: marked.end };
  }

  /**
   * Days of one month: `1 t/m 5 april`, `1 tot en met 5 april`, `1-5 april`, `1 – 5 april`,
   * `10 tot 22 augustus` and `van 10 tot 22 augustus` (dates.md: from the first day to the
   * last), `1 en 2 april` (only consecutive days: `op 3 en 17 april` names two days, not a
   * range), `tussen 1 en 15 mei`, and with ordinals `achtste tot elfde mei`, `van de achtste
   * tot de elfde mei`.
   */
  private dayRange(i: number): ParsedPeriod | null {
    const t = this.tokens[i];
    const d1 = this.dayAt(i, true);
    if (d1 < 0) return null;
    let k: number;
    let chained = false;
    let consecutiveOnly = false;
    if (t.chainStart === i && t.chainEnd === i + 2 && (this.punct(i + 1, '-') || this.punct(i + 1, '\u2013'))) {
      k = i + 2;
      chained = true;
    } else {
      if (!this.standalone(i)) return null;
      const c = i + 1;
      if (this.matchSeq(c, ['tot', 'en', 'met']) || this.matchSeq(c, ['t', '/', 'm'])) k = c + 3;
      else if (this.punct(c, '-') || this.punct(c, '\u2013') || this.word(c) === 'tot') k = c + 1;
      else if (this.word(c) === 'en') {
        k = c + 1;
        consecutiveOnly = this.word(i - 1) !== 'tussen';
      } else return null;
      if (t.kind !== Kind.Number && this.word(k) === 'de') k++;
    }
    const d2 = this.dayAt(k, true);
    if (d2 <= d1 || (consecutiveOnly && d2 !== d1 + 1)) return null;
    const b = this.dayUnit(k, 'default', chained);
    if (!b) return null;
    const whole = b.spec;
    const at = (y: number): DayRange | null => {
      const r = whole.at(y);
      return r && { start: r.start - (d2 - d1), end: r.end };
    };
    return { spec: spec('day', at, whole.year, { mode: whole.mode, range: true }), end: b.end };
  }

  /** `1-4-2025`, `01-04-2025`, `2025-04-01`, `1/10/2024`, `01/10/2024`. */
  private numericDate(i: number): ParsedPeriod | null {
    const [a, b, c] = [this.tokens[i], this.tokens[i + 2], this.tokens[i + 4]];
    const slash = this.punct(i + 1, '/') && this.punct(i + 3, '/');
    if (!slash && (!this.punct(i + 1, '-') || !this.punct(i + 3, '-'))) return null;
    if (a.kind !== Kind.Number || b.kind !== Kind.Number || c.kind !== Kind.Number || c.amount || a.amount) return null;
    let y: number, m: number, d: number;
    // Slashes only in the day-first order: `2024/10/01` is as often a case number as a date.
    if (!slash && a.text.length === 4 && b.text.length === 2 && c.text.length === 2)
      [y, m, d] = [a.value, b.value, c.value];
    else if (a.text.length <= 2 && b.text.length <= 2 && c.text.length === 4) [y, m, d] = [c.value, b.value, a.value];
    else return null;
    if (slash && this.slashGlued(i, i + 4)) return null;
    if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
    const day = dayNumber(y, m, d);
    return { spec: spec('day', () => ({ start: day, end: day }), y), end: i + 5 };
  }

  /** `6 november 2018`, `1 apr. 2025`, `1 oktober jl.`, `1 oktober`, `24ste mei`, `vierentwintigste mei`. */
  private dayUnit(i: number, mode: RollMode, chained = false): ParsedPeriod | null {
    const d = this.dayAt(i, chained);
    if (d < 0) return null;
    let k = i + 1;
    const w = this.word(k);
    let m = MONTH_NAMES.get(w);
    if (m === undefined) {
      m = MONTH_ABBREVIATIONS.get(w);
      if (m === undefined) return null;
      if (this.punct(k + 1, '.')) k++;
    }
    k++;
    const month = m;
    const at = (y: number): DayRange | null => {
      if (d > daysInMonth(y, month)) return null;
      const day = dayNumber(y, month, d);
      return { start: day, end: day };
    };
    const ys = this.yearSuffix(k);
    if (ys) return at(ys.year) ? { spec: spec('day', at, ys.year), end: ys.end } : null;
    const marked = this.markers(k, mode);
    return { spec: spec('day', at, null, { mode: marked.mode }), end: marked.end };
  }

  private monthUnit(i: number, month: number, mode: RollMode): ParsedPeriod {
    const at = (y: number): DayRange => monthRange(y, month);
    const ys = this.yearSuffix(i + 1);
    if (ys) return { spec: spec('month', at, ys.year), end: ys.end };
    const marked = this.markers(i + 1, mode);
    return { spec: spec('month', at, null, { mode: marked.mode }), end: marked.end };
  }

  /** `jl.`/`jongstleden` point back, `a.s.`/`aanstaande` ahead (the plain rule). */
  private markers(k: number, mode: RollMode): { mode: RollMode; end: number } {
    for (const seq of PAST_MARKERS) if (this.matchSeq(k, seq)) return { mode: 'past', end: k + seq.length };
    for (const seq of FUTURE_MARKERS)
      if (this.matchSeq(k, seq)) return { mode: mode === 'default' ? 'ahead' : mode, end: k + seq.length };
    return { mode, end: k };
  }

  private seasonUnit(i: number, season: SeasonName, mode: RollMode, year: number | null): ParsedPeriod {
    const at = seasonAt(season);
    const extra: Partial<PeriodSpec> = { summer: season === 'summer', mode };
    if (year !== null) return { spec: spec('season', at, year, extra), end: i + 1 };
    const k = i + 1;
    if (season === 'winter') {
      // `winter 2024/2025`, `winter 2024-2025`: the winter that begins in the first year.
      const t = this.tokens[k];
      if (
        t &&
        t.kind === Kind.Number &&
        t.chainStart === k &&
        t.chainEnd === k + 2 &&
        (this.punct(k + 1, '/') || this.punct(k + 1, '-'))
      ) {
        const y1 = this.chainYear(k);
        if (y1 >= 0 && this.chainYear(k + 2) === y1 + 1) return { spec: spec('season', at, y1, extra), end: k + 3 };
      }
    }
    const ys = this.yearSuffix(k);
    if (ys) return { spec: spec('season', at, ys.year, extra), end: ys.end };
    return { spec: spec('season', at, null, extra), end: k };
  }

  /** `begin april`, `eind 2025`, `medio volgend jaar`, `(voor) het einde van het jaar`. */
  private partUnit(i: number, part: Part): ParsedPeriod | null {
    let k = i + 1;
    if (this.word(k) === 'van') k++;
    const article = this.word(k) === 'het' || this.word(k) === 'de';
    if (!article) {
      // `begin april`, `eind sept.`, `medio mrt 2025`: a part of the month.
      const month = MONTH_NAMES.get(this.word(k));
      const m =
        month !== undefined
          ? this.monthUnit(k, month, 'default')
          : MONTH_ABBREVIATIONS.has(this.word(k))
            ? this.parseUnit(k)
            : null;
      if (m) {
        const whole = m.spec;
        return {
          spec: {
            ...whole,
            at: (y) => {
              const r = whole.at(y);
              return r && partOfMonth(r, part);
            },
            endOf: part === 'end' ? whole : null,
          },
          end: m.end,
        };
      }
      if (MONTH_ABBREVIATIONS.has(this.word(k))) return null;
      const y = this.year(k);
      if (y >= 0) return this.partOfYearUnit(y, part, k + 1);
    }
    const h = article ? k + 1 : k;
    const w = this.word(h);
    if (article && w === 'jaar') return this.partOfYearUnit(this.refYear, part, h + 1);
    const rel = RELATIVE_WORDS.get(w);
    if (
      ORDINALS.has(w) ||
      this.tokens[h]?.kind === Kind.Code ||
      (rel !== undefined && this.word(h + 1) === 'kwartaal')
    ) {
      // `eind Q1 2025`, `begin het derde kwartaal`, `medio dit kwartaal`: a month of the quarter.
      const q = rel !== undefined ? this.relativeUnit(h, w, rel) : this.parseUnit(h);
      return q && q.spec.precision === 'quarter' ? this.partOfQuarterUnit(q, part) : null;
    }
    if (rel !== undefined && this.word(h + 1) === 'jaar') return this.partOfYearUnit(this.refYear + rel, part, h + 2);
    const monthOffset =
      w === 'maand' && this.word(k) === 'de' ? 0 : rel !== undefined && this.word(h + 1) === 'maand' ? rel : null;
    if (monthOffset !== null) {
      const whole = this.monthFromRef(monthOffset);
      const end = w === 'maand' ? h + 1 : h + 2;
      return {
        spec: fixedSpec('month', partOfMonth(whole, part), {
          endOf: part === 'end' ? fixedSpec('month', whole) : null,
        }),
        end,
      };
    }
    return null;
  }

  private partOfQuarterUnit(q: ParsedPeriod, part: Part): ParsedPeriod {
    const whole = q.spec;
    const at = (y: number): DayRange | null => {
      const r = whole.at(y);
      return r && partOfQuarter(r, part);
    };
    const fixed = whole.fixed && partOfQuarter(whole.fixed, part);
    return { spec: { ...whole, precision: 'month', at, fixed, endOf: part === 'end' ? whole : null }, end: q.end };
  }

  private partOfYearUnit(y: number, part: Part, end: number): ParsedPeriod {
    return {
      spec: spec('year', (yy) => partOfYear(yy, part), y, {
        endOf: part === 'end' ? spec('year', yearRange, y) : null,
      }),
      end,
    };
  }

  /** `week 14`, `week 14 2025`, `week 14 van 2025` (ISO weeks). */
  private weekUnit(i: number): ParsedPeriod | null {
    if (this.word(i + 1) === 'van') {
      // `(in) de week van (maandag) 14 april (2025)`: the ISO week holding that day.
      const k = WEEKDAYS.has(this.word(i + 2)) ? i + 3 : i + 2;
      const day = this.tokens[k]?.kind === Kind.Number ? this.dayUnit(k, 'default') : null;
      if (!day) return null;
      const whole = day.spec;
      const at = (y: number): DayRange | null => {
        const r = whole.at(y);
        return r && weekContaining(r.start);
      };
      return { spec: spec('week', at, whole.year, { mode: whole.mode }), end: day.end };
    }
    const t = this.tokens[i + 1];
    if (!t || t.kind !== Kind.Number || !this.standalone(i + 1) || t.text.length > 2 || t.value < 1 || t.value > 53)
      return null;
    const week = t.value;
    const at = (y: number): DayRange | null => isoWeekRange(y, week);
    const ys = this.yearSuffix(i + 2);
    if (ys) return at(ys.year) ? { spec: spec('week', at, ys.year), end: ys.end } : null;
    return { spec: spec('week', at, null), end: i + 2 };
  }

  /** `Q1 2025`, `eerste kwartaal (van) 2025`, `1e kwartaal`, `H2 2025`, `tweede helft van 2025`, `eerste halfjaar`. */
  private ordinalUnit(i: number): ParsedPeriod | null {
    const w = this.word(i);
    let quarter = 0;
    let half = 0;
    let k = i + 1;
    let needsYear = false;
    if (w.length === 2 && w[0] === 'q' && w[1] >= '1' && w[1] <= '4') quarter = Number(w[1]);
    else if (w === 'h1' || w === 'h2') half = Number(w[1]);
    else {
      const o = ORDINALS.get(w);
      if (o === undefined) return null;
      const unit = this.word(i + 1);
      k = i + 2;
      if (unit === 'kwartaal') quarter = o === -1 ? 4 : o;
      else if ((unit === 'halfjaar' || unit === 'jaarhelft' || unit === 'helft') && o <= 2) {
        half = o === -1 ? 2 : o;
        // `de eerste helft` alone is as often about a match as about a year.
        needsYear = unit === 'helft';
      } else return null;
    }
    const at =
      quarter > 0
        ? (y: number) => monthsRange(y, quarter * 3 - 2, 3)
        : (y: number) => monthsRange(y, half === 1 ? 1 : 7, 6);
    const precision: Precision = quarter > 0 ? 'quarter' : 'half';
    const ys = this.yearSuffix(k);
    if (ys) return { spec: spec(precision, at, ys.year), end: ys.end };
    return needsYear ? null : { spec: spec(precision, at, null), end: k };
  }

  /** `dit jaar`, `volgende maand`, `vorige week`, `komend voorjaar`, `afgelopen maart`, `deze winter`. */
  private relativeUnit(i: number, w: string, rel: number): ParsedPeriod | null {
    const k = i + 1;
    const u = this.word(k);
    if (u === 'jaar') return { spec: spec('year', yearRange, this.refYear + rel), end: k + 1 };
    if (u === 'maand') return { spec: fixedSpec('month', this.monthFromRef(rel)), end: k + 1 };
    if (u === 'week') {
      const week = weekContaining(this.ref + 7 * rel);
      return { spec: fixedSpec('week', week), end: k + 1 };
    }
    if (u === 'kwartaal') {
      const q = Math.floor((this.refMonth - 1) / 3);
      const first = dayNumber(this.refYear, q * 3 + 1, 1);
      const start = addMonthsToDay(first, 3 * rel);
      const [y, m] = civilDate(start);
      return { spec: fixedSpec('quarter', monthsRange(y, m, 3)), end: k + 1 };
    }
    const season = SEASONS.get(u);
    if (season !== undefined) {
      if (rel === 0)
        return this.seasonUnit(k, season, 'default', season === 'winter' ? this.currentWinterYear() : this.refYear);
      return this.seasonUnit(k, season, rel > 0 ? 'upcoming' : 'past', null);
    }
    if (w === 'afgelopen') {
      // `afgelopen maart`, `afgelopen 1 oktober`: the last occurrence not after the reference date.
      const month = MONTH_NAMES.get(u);
      if (month !== undefined) {
        const m = this.monthUnit(k, month, 'past');
        return m.spec.year === null ? { spec: { ...m.spec, mode: 'past' }, end: m.end } : m;
      }
      if (this.tokens[k]?.kind === Kind.Number) {
        const d = this.dayUnit(k, 'past');
        return d && d.spec.year === null ? { spec: { ...d.spec, mode: 'past' }, end: d.end } : d;
      }
    }
    return null;
  }

  /** `deze winter`: the one holding the reference date, else the one that begins that December. */
  private currentWinterYear(): number {
    return this.refMonth <= 2 ? this.refYear - 1 : this.refYear;
  }

  private monthFromRef(offset: number): DayRange {
    const [y, m] = civilDate(addMonthsToDay(dayNumber(this.refYear, this.refMonth, 1), offset));
    return monthRange(y, m);
  }

  /** `2025`, `van 2025`, `komend jaar`, `van volgend jaar`, `van het jaar` after a period. */
  private yearSuffix(j: number): { year: number; end: number } | null {
    const direct = this.year(j);
    if (direct >= 0) return { year: direct, end: j + 1 };
    let k = j;
    const van = this.word(k) === 'van';
    if (van) k++;
    if (van) {
      const y = this.year(k);
      if (y >= 0) return { year: y, end: k + 1 };
    }
    const het = this.word(k) === 'het';
    const h = het ? k + 1 : k;
    const rel = RELATIVE_WORDS.get(this.word(h));
    if (rel !== undefined && this.word(h + 1) === 'jaar') return { year: this.refYear + rel, end: h + 2 };
    if (van && het && this.word(h) === 'jaar') return { year: this.refYear, end: h + 1 };
    return null;
  }

  private word(i: number): string {
    const t = this.tokens[i];
    return t && (t.kind === Kind.Word || t.kind === Kind.Code) ? t.text : '';
  }

  private punct(i: number, ch: string): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === Kind.Punct && t.text === ch;
  }

  private matchSeq(i: number, seq: readonly string[]): boolean {
    for (let k = 0; k < seq.length; k++) {
      const t = this.tokens[i + k];
      if (!t || t.text !== seq[k] || t.kind === Kind.Number) return false;
    }
    return true;
  }

  private standalone(i: number): boolean {
    const t = this.tokens[i];
    return t.chainStart === i && t.chainEnd === i;
  }

  /** A standalone four-digit year in the supported range, else −1. */
  private year(i: number): number {
    const t = this.tokens[i];
    if (!t || t.kind !== Kind.Number || t.text.length !== 4 || t.amount || !this.standalone(i)) return -1;
    return t.value >= FIRST_YEAR && t.value <= LAST_YEAR ? t.value : -1;
  }

  /** A four-digit year that is part of a chain (`2023-2026`, `2024/2025`). */
  private chainYear(i: number): number {
    const t = this.tokens[i];
    if (!t || t.kind !== Kind.Number || t.text.length !== 4 || t.amount) return -1;
    return t.value >= FIRST_YEAR && t.value <= LAST_YEAR ? t.value : -1;
  }
}
