/**
 * The answer term of a question set: the college answers within a number of calendar days (or
 * weeks) after receipt, counted in Europe/Amsterdam; a postponement replaces the due date.
 */
import { addDays, localDateInAmsterdam, parseIso } from './calendar';

/** A municipality's term: `{ amount: 30, unit: 'days' }` (RvO art. 40 in many places), or weeks = 7 days each. */
export type AnswerTerm = { amount: number; unit: 'days' | 'weeks' };

/**
 * Due date of a set: `computeDueDate("2024-10-02", { amount: 20, unit: "days" })` → "2024-10-22".
 * An instant is first turned into its Amsterdam calendar date, so a set received at 23:30 local
 * time counts from that day. The last postponement in the list wins: each one replaces the term.
 */
export function computeDueDate(
  receivedOn: string | Date,
  term: AnswerTerm,
  postponements: ReadonlyArray<{ newDueOn: string }> = [],
): string {
  const received = receivedOn instanceof Date ? localDateInAmsterdam(receivedOn) : receivedOn;
  if (parseIso(received) === null) throw new RangeError(`Not a valid received date: ${JSON.stringify(received)}`);
  if (!Number.isInteger(term.amount) || term.amount < 0)
    throw new RangeError(`Not a valid answer term: ${term.amount}`);
  if (term.unit !== 'days' && term.unit !== 'weeks')
    throw new RangeError(`Not a valid answer term unit: ${String(term.unit)}`);
  const latest = postponements.length > 0 ? postponements[postponements.length - 1].newDueOn : null;
  if (latest !== null) {
    if (parseIso(latest) === null) throw new RangeError(`Not a valid postponed due date: ${JSON.stringify(latest)}`);
    return latest;
  }
  return addDays(received, term.unit === 'weeks' ? term.amount * 7 : term.amount);
}

/** Overdue means today is past the due date and the set is not settled: `isOverdue("2024-10-22", "2024-10-23", false)` → true. */
export function isOverdue(dueOn: string | null, today: string, settled: boolean): boolean {
  if (settled || dueOn === null) return false;
  const due = parseIso(dueOn);
  const now = parseIso(today);
  if (due === null || now === null) return false;
  return now > due;
}
