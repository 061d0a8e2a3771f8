import { formatDutchDate } from '../deadlines';

/**
 * A question set as the plain text of a griffie's letter, in the layout the document reader
 * (src/parsing) reads back: labelled header lines, numbered questions, and an answer part with
 * `Ad 1.` blocks. OParl Files carry it in `text`, so another system (and our own harvest) gets
 * the questions and answers without a structured field for them. Pure.
 */
export interface SetTextInput {
  subject: string;
  reference: string | null;
  municipality: string;
  legalBasis: string;
  party: string | null;
  submitters: string[];
  portfolioHolder: string | null;
  receivedOn: string | null;
  explanation: string | null;
  questions: Array<{ number: string; text: string }>;
}

export interface AnswerTextInput {
  answeredOn: string | null;
  introduction: string | null;
  answers: Array<{ questions: string[]; text: string }>;
}

function line(label: string, value: string | null | undefined): string[] {
  return value ? [`${label}: ${value}`] : [];
}

/** `1`, `1a` → `1` and `1a`; `1`, `2`, `3` → `1, 2 en 3`. */
function numbersInDutch(numbers: string[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} en ${numbers[numbers.length - 1]}`;
}

export function questionsText(set: SetTextInput): string {
  const parts = [
    ...line('Onderwerp', set.subject),
    ...line('Registratienummer', set.reference),
    `Gemeente ${set.municipality}`,
    ...line('Grondslag', set.legalBasis),
    ...line('Fractie', set.party),
    ...line('Indieners', set.submitters.length > 0 ? set.submitters.join(', ') : null),
    ...line('Portefeuillehouder', set.portfolioHolder),
    ...line('Datum ontvangst', set.receivedOn ? formatDutchDate(set.receivedOn) : null),
    '',
  ];
  if (set.explanation) parts.push('Toelichting', set.explanation, '');
  parts.push('Vragen', '');
  for (const question of set.questions) parts.push(`${question.number}) ${question.text}`, '');
  return parts.join('\n');
}

export function answersText(input: AnswerTextInput): string {
  const parts = [
    'Beantwoording',
    ...line('Datum beantwoording', input.answeredOn ? formatDutchDate(input.answeredOn) : null),
    '',
  ];
  if (input.introduction) parts.push(input.introduction, '');
  for (const answer of input.answers) parts.push(`Ad ${numbersInDutch(answer.questions)}.`, answer.text, '');
  return parts.join('\n');
}
