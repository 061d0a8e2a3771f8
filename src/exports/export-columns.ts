import type { CsvColumn } from '../common/csv';
import { DOCUMENT_KIND_LABELS } from '../documents/document-kinds';
import type { DocumentDto } from '../documents/dto/document.dto';
import type { QuestionSetDto } from '../questions/dto/question-set.dto';
import { QUESTION_SET_STATUS_LABELS } from '../questions/status-labels';

/**
 * The question sets as CSV, one row per set: the griffie's register with the questions and the
 * answers the caller may read in two cells (`1. …` lines), so a spreadsheet filter finds them.
 * Other lists (the workbench's work list) can take these columns as they are.
 */
export const QUESTION_SET_CSV_COLUMNS: CsvColumn<QuestionSetDto>[] = [
  { header: 'Nummer', value: (s) => s.id },
  { header: 'Gemeente', value: (s) => s.municipality.name },
  { header: 'Registratienummer', value: (s) => s.reference },
  { header: 'Onderwerp', value: (s) => s.subject },
  { header: 'Status', value: (s) => QUESTION_SET_STATUS_LABELS[s.status] },
  { header: 'Fractie', value: (s) => s.party?.name },
  { header: 'Indieners', value: (s) => s.submitters.join(', ') },
  { header: 'Portefeuillehouder', value: (s) => s.portfolioHolder?.name },
  { header: 'Ontvangen', value: (s) => s.receivedOn },
  { header: 'Uiterlijk', value: (s) => s.dueOn },
  { header: 'Te laat', value: (s) => (s.overdue ? 'ja' : 'nee') },
  { header: 'Beantwoord', value: (s) => s.answeredOn },
  { header: 'Gepubliceerd', value: (s) => s.publishedOn },
  { header: 'Ingetrokken', value: (s) => s.withdrawnOn },
  { header: 'Aantal vragen', value: (s) => s.questions.length },
  { header: 'Vragen', value: (s) => s.questions.map((q) => `${q.number}. ${q.text}`).join('\n') },
  {
    header: 'Antwoorden',
    value: (s) =>
      s.answersEmbargoed ? 'onder embargo' : s.answers.map((a) => `${a.questions.join(', ')}. ${a.text}`).join('\n'),
  },
  {
    header: 'Documenten',
    value: (s) => s.documents.map((d) => [d.reference, d.title].filter(Boolean).join(' ') || d.kind).join('\n'),
  },
];

export const DOCUMENT_CSV_COLUMNS: CsvColumn<DocumentDto>[] = [
  { header: 'Nummer', value: (d) => d.id },
  { header: 'Gemeente', value: (d) => d.municipalityId },
  { header: 'Soort', value: (d) => DOCUMENT_KIND_LABELS[d.kind] },
  { header: 'Kenmerk', value: (d) => d.reference },
  { header: 'Titel', value: (d) => d.title },
  { header: 'Datum', value: (d) => d.date },
  { header: 'URL', value: (d) => d.url },
];
