/**
 * Figures of a municipality's written questions per quarter: how long answers take, how many come
 * on time, how often the college postpones, and how its commitments stand. Pure: rows in, numbers
 * out, so the page, the JSON and the CSV say the same and a table of cases pins the arithmetic.
 */

export interface AnsweredRow {
  receivedOn: string;
  /** The due date that applied (the term, or the latest postponement's date). */
  dueOn: string | null;
  answeredOn: string;
  holder: string | null;
}

export interface PostponementRow {
  sentOn: string;
  holder: string | null;
}

export interface CommitmentRow {
  deadline: string | null;
  /** Confirmed statuses only (open, fulfilled, partially_fulfilled, not_kept, withdrawn). */
  status: string;
  holder: string | null;
}

export interface FigureRows {
  answered: AnsweredRow[];
  postponements: PostponementRow[];
  commitments: CommitmentRow[];
}

export interface QuarterFigures {
  /** `2025-K2`. */
  quarter: string;
  /** First and last day of the quarter. */
  from: string;
  to: string;
  /** Sets answered in the quarter (by answer date). */
  answered: number;
  /** Median of the calendar days from receipt to answer, of the sets answered in the quarter; null without any. */
  medianAnswerDays: number | null;
  /** Of those, answered on or before their due date. */
  answeredOnTime: number;
  /** answeredOnTime / answered, 0–1 with three decimals; null without answers. */
  onTimeShare: number | null;
  /** Postponement notices sent in the quarter. */
  postponements: number;
  /** Confirmed commitments with a deadline in the quarter. */
  commitments: number;
  /** Of those, still open. */
  openCommitments: number;
  /** Of those, open with the deadline passed (before `today`). */
  overdueCommitments: number;
}

export interface HolderFigures {
  name: string;
  quarters: QuarterFigures[];
}

export interface Figures {
  year: number;
  quarters: QuarterFigures[];
  portfolioHolders: HolderFigures[];
}

/** The holder name used for sets and commitments without a portfolio holder. */
export const NO_HOLDER = 'Geen portefeuillehouder';

function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Median of whole numbers: `median([1, 3, 10])` → 3, `median([1, 2])` → 1.5, `median([])` → null. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `quarterOf("2025-05-14")` → 2. */
export function quarterOf(iso: string): number {
  return Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;
}

const QUARTER_BOUNDS: [string, string][] = [
  ['01-01', '03-31'],
  ['04-01', '06-30'],
  ['07-01', '09-30'],
  ['10-01', '12-31'],
];

function quarterFigures(year: number, q: number, rows: FigureRows, today: string): QuarterFigures {
  const [fromMd, toMd] = QUARTER_BOUNDS[q - 1];
  const from = `${year}-${fromMd}`;
  const to = `${year}-${toMd}`;
  const inQuarter = (d: string | null): d is string => d !== null && d >= from && d <= to;
  const answered = rows.answered.filter((r) => inQuarter(r.answeredOn));
  const onTime = answered.filter((r) => r.dueOn !== null && r.answeredOn <= r.dueOn).length;
  const commitments = rows.commitments.filter((r) => inQuarter(r.deadline));
  const open = commitments.filter((r) => r.status === 'open');
  return {
    quarter: `${year}-K${q}`,
    from,
    to,
    answered: answered.length,
    medianAnswerDays: median(answered.map((r) => days(r.receivedOn, r.answeredOn))),
    answeredOnTime: onTime,
    onTimeShare: answered.length === 0 ? null : Math.round((onTime / answered.length) * 1000) / 1000,
    postponements: rows.postponements.filter((r) => inQuarter(r.sentOn)).length,
    commitments: commitments.length,
    openCommitments: open.length,
    overdueCommitments: open.filter((r) => (r.deadline as string) < today).length,
  };
}

function quartersOf(year: number, rows: FigureRows, today: string): QuarterFigures[] {
  return [1, 2, 3, 4].map((q) => quarterFigures(year, q, rows, today));
}

/**
 * The year's four quarters for the municipality and for each portfolio holder with anything in
 * that year (alphabetical; sets and commitments without one under "Geen portefeuillehouder", last).
 */
export function computeFigures(rows: FigureRows, year: number, today: string): Figures {
  const holders = new Set<string>();
  const inYear = (d: string | null) => d !== null && d.startsWith(`${year}-`);
  for (const r of rows.answered) if (inYear(r.answeredOn)) holders.add(r.holder ?? NO_HOLDER);
  for (const r of rows.postponements) if (inYear(r.sentOn)) holders.add(r.holder ?? NO_HOLDER);
  for (const r of rows.commitments) if (inYear(r.deadline)) holders.add(r.holder ?? NO_HOLDER);
  const of = (name: string): FigureRows => ({
    answered: rows.answered.filter((r) => (r.holder ?? NO_HOLDER) === name),
    postponements: rows.postponements.filter((r) => (r.holder ?? NO_HOLDER) === name),
    commitments: rows.commitments.filter((r) => (r.holder ?? NO_HOLDER) === name),
  });
  const names = [...holders].sort((a, b) => (a === NO_HOLDER ? 1 : b === NO_HOLDER ? -1 : a.localeCompare(b, 'nl')));
  return {
    year,
    quarters: quartersOf(year, rows, today),
    portfolioHolders: names.map((name) => ({ name, quarters: quartersOf(year, of(name), today) })),
  };
}
