import type { FieldError } from '../common/domain-errors';
import type { AnswerInputDto, QuestionSetDto } from '../questions/dto/question-set.dto';

/**
 * The answers form: one block per question with its own answer, or "same answer as question X"
 * (an earlier question), so one answer can cover 1c and 1d without JavaScript. The college's
 * introduction sits above the answers.
 */

export interface AnswerBlockView {
  number: string;
  /** The question in field names: answerFieldKey. */
  key: string;
  text: string;
  id: string;
  answer: string;
  sameAsOptions: { value: string; selected: boolean }[];
  error: string | null;
}

export interface AnswersFormValues {
  /** Own answer text per question number. */
  texts: Record<string, string>;
  /** "Same answer as" per question number ('' for an own answer). */
  sameAs: Record<string, string>;
  introduction: string;
  answeredOn: string;
}

export interface AnswersFormResult {
  /** New or changed answers only: an unchanged answer is not replaced (it keeps its id and corrections). */
  answers: AnswerInputDto[];
  /** Set when the introduction differs from the stored one. */
  introduction: string | undefined;
  errors: FieldError[];
}

export const answerFieldId = (number: string) => `antwoord-${number}`;

/**
 * The key of a question in the form's field names (`answers[v1]`): never a bare number, because
 * the extended urlencoded parser turns `answers[1]`, `answers[2]` into an array (compacted, so
 * answer 2 landed under question 1) and a lone `answers[1]` into `['…']` under index 0.
 */
export const answerFieldKey = (number: string) => `v${number}`;

function stringMap(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [key, value] of Object.entries(raw as Record<string, unknown>))
      if (typeof value === 'string' && key.startsWith('v')) out[key.slice(1)] = value.trim();
  }
  return out;
}

/** The stored answers as form values: the first question of a shared answer holds the text, the others point at it. */
export function storedAnswersForm(set: QuestionSetDto, answeredOn: string): AnswersFormValues {
  const texts: Record<string, string> = {};
  const sameAs: Record<string, string> = {};
  for (const answer of set.answers) {
    const [first, ...others] = set.questions.map((q) => q.number).filter((n) => answer.questions.includes(n));
    if (first === undefined) continue;
    texts[first] = answer.text;
    for (const n of others) sameAs[n] = first;
  }
  return { texts, sameAs, introduction: set.introduction ?? '', answeredOn };
}

export function postedAnswersForm(body: Record<string, unknown>, answeredOn: string): AnswersFormValues {
  const introduction = typeof body.introduction === 'string' ? body.introduction.trim() : '';
  return { texts: stringMap(body.answers), sameAs: stringMap(body.sameAs), introduction, answeredOn };
}

/** Groups the questions by the answer they share and keeps the groups that are new or changed. */
export function answersToRecord(set: QuestionSetDto, values: AnswersFormValues): AnswersFormResult {
  const order = set.questions.map((q) => q.number);
  const errors: FieldError[] = [];
  const rootOf = new Map<string, string>();
  for (const [i, number] of order.entries()) {
    const target = values.sameAs[number] ?? '';
    if (target === '') {
      rootOf.set(number, number);
      continue;
    }
    // Only an earlier question may be pointed at: no cycles, and the shared text stands first.
    if (!order.slice(0, i).includes(target)) {
      errors.push({ path: `sameAs.${number}`, message: `kan alleen naar een eerdere vraag verwijzen` });
      rootOf.set(number, number);
    } else if (values.texts[number]) {
      errors.push({
        path: `sameAs.${number}`,
        message: `kies een eigen antwoord of "zelfde antwoord als vraag ${target}", niet allebei`,
      });
      rootOf.set(number, number);
    } else {
      rootOf.set(number, rootOf.get(target) as string);
    }
  }
  const groups = new Map<string, string[]>();
  for (const number of order) {
    const root = rootOf.get(number) as string;
    groups.set(root, [...(groups.get(root) ?? []), number]);
  }
  const stored = new Map<string, { id: number; text: string }>();
  for (const answer of set.answers)
    for (const n of answer.questions) stored.set(n, { id: answer.id, text: answer.text });
  const answers: AnswerInputDto[] = [];
  for (const [root, numbers] of groups) {
    const text = values.texts[root] ?? '';
    if (text === '') {
      if (numbers.length > 1)
        errors.push({
          path: `answers.${root}`,
          message: `is leeg, terwijl vraag ${numbers.slice(1).join(', ')} hetzelfde antwoord krijgt`,
        });
      continue;
    }
    const first = stored.get(root);
    const unchanged =
      first !== undefined && first.text === text && numbers.every((n) => stored.get(n)?.id === first.id);
    if (!unchanged) answers.push({ questions: numbers, text });
  }
  const introduction = values.introduction !== (set.introduction ?? '') ? values.introduction : undefined;
  return { answers, introduction, errors };
}

export function answerBlocks(
  set: QuestionSetDto,
  values: AnswersFormValues,
  byField: Record<string, string>,
): AnswerBlockView[] {
  const order = set.questions.map((q) => q.number);
  return set.questions.map((q, i) => ({
    number: q.number,
    key: answerFieldKey(q.number),
    text: q.text,
    id: answerFieldId(q.number),
    answer: values.texts[q.number] ?? '',
    sameAsOptions: order.slice(0, i).map((n) => ({ value: n, selected: values.sameAs[q.number] === n })),
    error: [byField[`answers.${q.number}`], byField[`sameAs.${q.number}`]].filter(Boolean).join(' ') || null,
  }));
}
