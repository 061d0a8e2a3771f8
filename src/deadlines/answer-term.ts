/**
 * The answer term of a question set, as Reglementen van Orde write it: N calendar days, N weeks
 * or N working days (werkdagen) after receipt, counted in Europe/Amsterdam, paused during the
 * municipality's recesses (zomerreces, kerstreces). A postponement replaces the due date.
 */
import { isoOf, isoWeekday, localDateInAmsterdam, parseIso } from './calendar';
import { isPublicHoliday } from './holidays';
import { formatDutchDate } from './render';

export type AnswerTermUnit = 'days' | 'weeks' | 'workingDays';
export const ANSWER_TERM_UNITS: readonly AnswerTermUnit[] = ['days', 'weeks', 'workingDays'];

/** A municipality's term: `{ amount: 30, unit: 'days' }` (RvO art. 40 in many places), weeks = 7 days each, or werkdagen. */
export type AnswerTerm = { amount: number; unit: AnswerTermUnit };

/** A recess of the council, both dates included: `{ name: 'zomerreces', startsOn: '2025-07-12', endsOn: '2025-08-22' }`. */
export interface RecessPeriod {
  name: string;
  startsOn: string;
  endsOn: string;
}

/** The due date with the way it was computed, in Dutch for the set's page. */
export interface DueDateComputation {
  dueOn: string;
  /** "30 dagen na ontvangst op 3 juni 2025, plus 42 dagen zomerreces (12 juli – 22 augustus 2025)". */
  explanation: string;
  /** Calendar days added because a recess paused the term (days and weeks; 0 for werkdagen). */
  pausedDays: number;
  /** The recesses that paused the term. */
  recesses: RecessPeriod[];
}

/** Dutch count with the right plural: `countNl(1, 'dag', 'dagen')` → "1 dag". */
export function countNl(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

const UNIT_WORDS: Record<AnswerTermUnit, [string, string]> = {
  days: ['dag', 'dagen'],
  weeks: ['week', 'weken'],
  workingDays: ['werkdag', 'werkdagen'],
};

/** The term in Dutch: `describeAnswerTerm({ amount: 15, unit: 'workingDays' })` → "15 werkdagen". */
export function describeAnswerTerm(term: AnswerTerm): string {
  const [one, many] = UNIT_WORDS[term.unit] ?? UNIT_WORDS.days;
  return countNl(term.amount, one, many);
}

/** The longest a count may run: a term of a year inside recesses that never end is refused, not looped over. */
const MAX_SPAN_DAYS = 5 * 366;

function checkInputs(received: string, term: AnswerTerm, recesses: ReadonlyArray<RecessPeriod>): void {
  if (parseIso(received) === null) throw new RangeError(`Not a valid received date: ${JSON.stringify(received)}`);
  if (!Number.isInteger(term.amount) || term.amount < 0)
    throw new RangeError(`Not a valid answer term: ${term.amount}`);
  if (!ANSWER_TERM_UNITS.includes(term.unit))
    throw new RangeError(`Not a valid answer term unit: ${String(term.unit)}`);
  for (const r of recesses) {
    const start = parseIso(r.startsOn);
    const end = parseIso(r.endsOn);
    if (start === null || end === null || end < start) throw new RangeError(`Not a valid recess: ${JSON.stringify(r)}`);
  }
}

/**
 * Due date and its explanation: `computeAnswerTerm("2025-06-03", { amount: 30, unit: "days" },
 * [{ name: "zomerreces", startsOn: "2025-07-12", endsOn: "2025-08-22" }])` → due 14 August + 42 days,
 * "30 dagen na ontvangst op 3 juni 2025, plus 42 dagen zomerreces (12 juli – 22 augustus 2025)".
 * Days in a recess do not count; for werkdagen neither do weekends and Dutch public holidays.
 */
export function computeAnswerTerm(
  receivedOn: string | Date,
  term: AnswerTerm,
  recesses: ReadonlyArray<RecessPeriod> = [],
): DueDateComputation {
  const received = receivedOn instanceof Date ? localDateInAmsterdam(receivedOn) : receivedOn;
  checkInputs(received, term, recesses);
  const start = parseIso(received) as number;
  const periods = recesses
    .map((r) => ({ r, start: parseIso(r.startsOn) as number, end: parseIso(r.endsOn) as number }))
    .sort((a, b) => a.start - b.start);
  const inRecess = (day: number) => periods.find((p) => day >= p.start && day <= p.end);
  const toCount = term.unit === 'weeks' ? term.amount * 7 : term.amount;
  const paused = new Set<(typeof periods)[number]>();
  let day = start;
  let counted = 0;
  let pausedDays = 0;
  while (counted < toCount) {
    day++;
    if (day - start > MAX_SPAN_DAYS) throw new RangeError('The answer term does not end within five years');
    const recess = inRecess(day);
    if (recess) {
      paused.add(recess);
      pausedDays++;
      continue;
    }
    if (term.unit === 'workingDays' && (isoWeekday(day) >= 6 || isPublicHoliday(day))) continue;
    counted++;
  }
  const dueOn = isoOf(day);
  const used = [...paused].map((p) => p.r);
  const receipt = `${describeAnswerTerm(term)} na ontvangst op ${formatDutchDate(received)}`;
  const recessText = used.map((r) => `${r.name} (${formatDutchDate(r.startsOn)} – ${formatDutchDate(r.endsOn)})`);
  let explanation: string;
  if (term.unit === 'workingDays') {
    explanation = `${receipt}, zonder weekend, feestdagen en reces`;
    const skipped = used.map((r) => `${r.name} ${formatDutchDate(r.startsOn)} – ${formatDutchDate(r.endsOn)}`);
    if (skipped.length > 0) explanation += ` (${skipped.join(', ')})`;
  } else {
    explanation = receipt;
    if (pausedDays > 0) explanation += `, plus ${countNl(pausedDays, 'dag', 'dagen')} ${recessText.join(' en ')}`;
  }
  return { dueOn, explanation, pausedDays: term.unit === 'workingDays' ? 0 : pausedDays, recesses: used };
}

/**
 * Due date of a set: `computeDueDate("2024-10-02", { amount: 20, unit: "days" })` → "2024-10-22".
 * An instant is first turned into its Amsterdam calendar date, so a set received at 23:30 local
 * time counts from that day. The last postponement in the list wins: each one replaces the term.
 */
export function computeDueDate(
  receivedOn: string | Date,
  term: AnswerTerm,
  postponements: ReadonlyArray<{ newDueOn: string }> = [],
  recesses: ReadonlyArray<RecessPeriod> = [],
): string {
  const received = receivedOn instanceof Date ? localDateInAmsterdam(receivedOn) : receivedOn;
  checkInputs(received, term, recesses);
  const latest = postponements.length > 0 ? postponements[postponements.length - 1].newDueOn : null;
  if (latest !== null) {
    if (parseIso(latest) === null) throw new RangeError(`Not a valid postponed due date: ${JSON.stringify(latest)}`);
    return latest;
  }
  return computeAnswerTerm(received, term, recesses).dueOn;
}

/** The explanation of a postponed due date: "uitgesteld tot 12 augustus 2025 (uitstelbericht van 1 juli 2025)". */
export function explainPostponedDueDate(postponement: { newDueOn: string; sentOn: string }): string {
  return `uitgesteld tot ${formatDutchDate(postponement.newDueOn)} (uitstelbericht van ${formatDutchDate(postponement.sentOn)})`;
}

/** Overdue means today is past the due date and the set is not settled: `isOverdue("2024-10-22", "2024-10-23", false)` → true. */
export function isOverdue(dueOn: string | null, today: string, settled: boolean): boolean {
  if (settled || dueOn === null) return false;
  const due = parseIso(dueOn);
  const now = parseIso(today);
  if (due === null || now === null) return false;
  return now > due;
}
