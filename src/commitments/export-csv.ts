/**
 * The toezeggingenlijst as CSV (the format of src/common/csv.ts): Dutch headers, the phrase as
 * written next to the computed deadline. Pure.
 */

export { csvCell, toCsv, type CsvColumn } from '../common/csv';
import type { CsvColumn } from '../common/csv';

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
  questionSetId: number | null;
  questionSetSubject: string | null;
  meeting: { name: string; date: string } | null;
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
  {
    header: 'Vragen',
    value: (c) => (c.meeting ? '' : c.questions.length > 0 ? c.questions.join(', ') : 'inleiding'),
  },
  { header: 'Vragenset', value: (c) => c.questionSetId ?? '' },
  { header: 'Onderwerp', value: (c) => c.questionSetSubject ?? '' },
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
  { header: 'Bron', value: (c) => (c.meeting ? 'vergadering' : 'schriftelijke vragen') },
  { header: 'Vergadering', value: (c) => c.meeting?.name ?? '' },
  { header: 'Vergaderdatum', value: (c) => c.meeting?.date ?? '' },
];
