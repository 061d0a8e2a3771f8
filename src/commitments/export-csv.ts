/**
 * The toezeggingenlijst as CSV for spreadsheets used by Dutch griffies: `;` separator (Excel in a
 * Dutch locale), UTF-8 with BOM (so Excel reads the accents), CRLF rows, Dutch headers, the
 * phrase as written next to the computed deadline. Pure.
 */

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

const BOM = '\uFEFF';

/** Quotes when needed; a leading = + - @ is neutralised so a spreadsheet never runs a cell as a formula. */
export function csvCell(raw: string | number | boolean | null | undefined): string {
  if (raw === null || raw === undefined) return '';
  let value = String(raw);
  if (/^[=+\-@\t\r]/.test(value)) value = `'${value}`;
  if (/[";\r\n]/.test(value)) value = `"${value.replace(/"/g, '""')}"`;
  return value;
}

export function toCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(';')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(';'));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** The columns of the toezeggingenlijst: the phrase as promised next to the computed date. */
export interface CommitmentCsvRow {
  id: number;
  municipality: string;
  statusLabel: string;
  phrase: string | null;
  deadline: string | null;
  overdue: boolean;
  sentence: string;
  questions: string[];
  questionSetId: number;
  questionSetSubject: string;
  portfolioHolder: { name: string } | null;
  party: { name: string } | null;
  fulfilledBy: { kind: string; reference: string | null; title: string | null } | null;
  statusChangedOn: string | null;
  notes: string | null;
}

export const COMMITMENT_CSV_COLUMNS: CsvColumn<CommitmentCsvRow>[] = [
  { header: 'Nummer', value: (c) => c.id },
  { header: 'Gemeente', value: (c) => c.municipality },
  { header: 'Status', value: (c) => c.statusLabel },
  { header: 'Termijn (zoals toegezegd)', value: (c) => c.phrase ?? '' },
  { header: 'Uiterlijk', value: (c) => c.deadline ?? 'geen termijn' },
  { header: 'Te laat', value: (c) => (c.overdue ? 'ja' : 'nee') },
  { header: 'Toezegging', value: (c) => c.sentence },
  { header: 'Vragen', value: (c) => (c.questions.length > 0 ? c.questions.join(', ') : 'inleiding') },
  { header: 'Vragenset', value: (c) => c.questionSetId },
  { header: 'Onderwerp', value: (c) => c.questionSetSubject },
  { header: 'Portefeuillehouder', value: (c) => c.portfolioHolder?.name ?? '' },
  { header: 'Toegezegd aan', value: (c) => c.party?.name ?? '' },
  {
    header: 'Afgedaan met',
    value: (c) =>
      c.fulfilledBy
        ? [c.fulfilledBy.reference, c.fulfilledBy.title].filter(Boolean).join(' ') || c.fulfilledBy.kind
        : '',
  },
  { header: 'Statusdatum', value: (c) => c.statusChangedOn ?? '' },
  { header: 'Notities', value: (c) => c.notes ?? '' },
];
