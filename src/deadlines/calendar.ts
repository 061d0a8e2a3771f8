/**
 * Calendar arithmetic on plain dates. Dates are counted as days since 1970-01-01 ("day numbers")
 * so that the phrase engine never allocates a Date and never meets a time zone; only the two
 * Amsterdam functions at the bottom look at instants.
 */

/** An inclusive period of day numbers. */
export interface DayRange {
  start: number;
  end: number;
}

/** Gregorian leap year: `isLeapYear(2024)` → true, `isLeapYear(2100)` → false. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12): `daysInMonth(2024, 2)` → 29. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a civil date (H. Hinnant's algorithm): `dayNumber(1970, 1, 1)` → 0. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number: `civilDate(0)` → [1970, 1, 1]. */
export function civilDate(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO text of a day number: `isoOf(0)` → "1970-01-01". */
export function isoOf(days: number): string {
  const [y, m, d] = civilDate(days);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** Day number of a valid ISO date, else null: `parseIso("2024-02-30")` → null. */
export function parseIso(s: string): number | null {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return dayNumber(y, m, d);
}

/** Whether a string is a real calendar date in ISO form: `isValidIsoDate("2024-02-29")` → true. */
export function isValidIsoDate(s: string): boolean {
  return parseIso(s) !== null;
}

function requireIso(iso: string): number {
  const day = parseIso(iso);
  if (day === null) throw new RangeError(`Not a valid ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return day;
}

/** Calendar days later (or earlier): `addDays("2024-12-31", 1)` → "2025-01-01". */
export function addDays(iso: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return isoOf(requireIso(iso) + days);
}

/** Months later keeping the day number, clamped to the month's end: 31 Jan + 1 → 28/29 Feb. */
export function addMonthsToDay(days: number, months: number): number {
  const [y, m, d] = civilDate(days);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayNumber(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Weekday with Monday = 1 … Sunday = 7 (ISO 8601); 1970-01-01 was a Thursday. */
export function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Monday of ISO week 1: the week holding 4 January. */
function isoWeekOneMonday(isoYear: number): number {
  const jan4 = dayNumber(isoYear, 1, 4);
  return jan4 - (isoWeekday(jan4) - 1);
}

/** 52 or 53: a year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap year. */
export function isoWeeksInYear(isoYear: number): number {
  const jan1 = isoWeekday(dayNumber(isoYear, 1, 1));
  return jan1 === 4 || (jan1 === 3 && isLeapYear(isoYear)) ? 53 : 52;
}

/** Monday–Sunday of an ISO week, null when the year has no such week. */
export function isoWeekRange(isoYear: number, week: number): DayRange | null {
  if (week < 1 || week > isoWeeksInYear(isoYear)) return null;
  const start = isoWeekOneMonday(isoYear) + (week - 1) * 7;
  return { start, end: start + 6 };
}

/** The ISO week (Monday–Sunday) that contains a day. */
export function weekContaining(days: number): DayRange {
  const start = days - (isoWeekday(days) - 1);
  return { start, end: start + 6 };
}

export function monthRange(year: number, month: number): DayRange {
  return { start: dayNumber(year, month, 1), end: dayNumber(year, month, daysInMonth(year, month)) };
}

/** Months from..to inclusive within one year, or running on into the next year (winter). */
export function monthsRange(year: number, firstMonth: number, monthCount: number): DayRange {
  const start = dayNumber(year, firstMonth, 1);
  const last = addMonthsToDay(start, monthCount - 1);
  const [ly, lm] = civilDate(last);
  return { start, end: dayNumber(ly, lm, daysInMonth(ly, lm)) };
}

// Formatting with a fixed time zone is the costly part of Intl; one formatter serves every call.
let amsterdamFormatter: Intl.DateTimeFormat | null = null;

/** The calendar date in Amsterdam at an instant: 2024-10-01T21:30Z (23:30 CEST) → "2024-10-01". */
export function localDateInAmsterdam(instant: Date): string {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new RangeError('Not a valid instant');
  amsterdamFormatter ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  let year = '';
  let month = '';
  let day = '';
  for (const part of amsterdamFormatter.formatToParts(instant)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year.padStart(4, '0')}-${month}-${day}`;
}

/** Today in Europe/Amsterdam, the reference date when a document gives none: → "2025-04-09". */
export function todayInAmsterdam(now: Date = new Date()): string {
  return localDateInAmsterdam(now);
}
