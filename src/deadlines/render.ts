/**
 * The one Dutch rendering of a deadline, used by pages, e-mails and the iCal feed alike:
 * `rond april 2025 · uiterlijk 30 april 2025 · over 3 weken`.
 */
import { addMonthsToDay, civilDate, parseIso, todayInAmsterdam } from './calendar';
import { MONTH_NAMES_BY_NUMBER } from './lexicon';

const SEPARATOR = ' · ';
export const NO_TERM = 'geen termijn';

/** Dutch long date: `formatDutchDate("2025-04-30")` → "30 april 2025"; anything else is returned as given. */
export function formatDutchDate(iso: string): string {
  const day = parseIso(iso);
  if (day === null) return typeof iso === 'string' ? iso : '';
  const [y, m, d] = civilDate(day);
  return `${d} ${MONTH_NAMES_BY_NUMBER[m]} ${y}`;
}

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Whole calendar months from `from` to `to` (from ≤ to), a month counting when its day number is reached. */
function wholeMonths(from: number, to: number): number {
  const [fy, fm] = civilDate(from);
  const [ty, tm] = civilDate(to);
  let months = (ty - fy) * 12 + (tm - fm);
  while (months > 0 && addMonthsToDay(from, months) > to) months--;
  return months;
}

/**
 * Distance from today to a deadline in words: `describeDistance("2025-04-30", "2025-04-09")` → "over 3 weken".
 * 0 `vandaag`, +1 `morgen`, -1 `1 dag te laat`; up to 6 days in days, up to 30 in whole weeks, then whole
 * calendar months, from 12 months whole years (`over 1 jaar`, `2 jaar te laat`). Past deadlines
 * read `… te laat`. Counts round down: a deadline is never shown as further away than it is.
 */
export function describeDistance(deadline: string, today: string): string {
  const due = parseIso(deadline);
  const now = parseIso(today);
  if (due === null || now === null) return '';
  const days = due - now;
  if (days === 0) return 'vandaag';
  if (days === 1) return 'morgen';
  // A deadline is late, not "yesterday": `1 dag te laat` reads right next to `uiterlijk …`.
  if (days === -1) return '1 dag te laat';
  const abs = Math.abs(days);
  let amount: string;
  if (abs < 7) amount = count(abs, 'dag', 'dagen');
  else if (abs <= 30) amount = count(Math.floor(abs / 7), 'week', 'weken');
  else {
    const months = Math.max(1, days > 0 ? wholeMonths(now, due) : wholeMonths(due, now));
    amount = months < 12 ? count(months, 'maand', 'maanden') : `${Math.floor(months / 12)} jaar`;
  }
  return days > 0 ? `over ${amount}` : `${amount} te laat`;
}

/**
 * A commitment's term for display: `describeDeadline({ phrase: "rond april 2025", deadline: "2025-04-30" }, "2025-04-09")`
 * → "rond april 2025 · uiterlijk 30 april 2025 · over 3 weken". Without a deadline the phrase stays
 * as written and the term says so (`binnenkort · geen termijn`); with neither, "geen termijn".
 */
export function describeDeadline(c: { phrase: string | null; deadline: string | null }, today: string): string {
  const phrase = c.phrase ? c.phrase.replace(/\s+/g, ' ').trim() : '';
  const parts: string[] = phrase ? [phrase] : [];
  if (!c.deadline || parseIso(c.deadline) === null) {
    parts.push(NO_TERM);
    return parts.join(SEPARATOR);
  }
  parts.push(`uiterlijk ${formatDutchDate(c.deadline)}`);
  const distance = describeDistance(c.deadline, today);
  if (distance) parts.push(distance);
  return parts.join(SEPARATOR);
}

type HelperFn = (...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Handlebars passes its options object last; the helpers only want the values before it. */
function valuesOf(args: unknown[]): unknown[] {
  const last = args[args.length - 1];
  const isOptions = typeof last === 'object' && last !== null && 'hash' in last && 'data' in last;
  return isOptions ? args.slice(0, -1) : args;
}

function asString(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

/**
 * Registers `{{dutchDate iso}}`, `{{deadline commitment}}` (or `{{deadline phrase deadline}}`) and
 * `{{distance deadline}}` on Handlebars (or hbs): `registerDeadlineHelpers(hbs)`.
 * `today` defaults to today in Amsterdam, read at every render.
 */
export function registerDeadlineHelpers(
  hbs: { registerHelper(name: string, fn: HelperFn): void },
  today: () => string = defaultToday,
): void {
  hbs.registerHelper('dutchDate', (...args: unknown[]) => {
    const iso = asString(valuesOf(args)[0]);
    return iso ? formatDutchDate(iso) : '';
  });
  hbs.registerHelper('deadline', (...args: unknown[]) => {
    const values = valuesOf(args);
    const first = values[0];
    if (typeof first === 'object' && first !== null) {
      const c = first as { phrase?: unknown; deadline?: unknown };
      return describeDeadline({ phrase: asString(c.phrase), deadline: asString(c.deadline) }, today());
    }
    return describeDeadline({ phrase: asString(first), deadline: asString(values[1]) }, today());
  });
  hbs.registerHelper('distance', (...args: unknown[]) => {
    const iso = asString(valuesOf(args)[0]);
    return iso ? describeDistance(iso, today()) : '';
  });
}

function defaultToday(): string {
  return todayInAmsterdam();
}
