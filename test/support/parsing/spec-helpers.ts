import { parseQuestionSetText } from '../../../src/parsing';
import type { ParsedQuestionSet } from '../../../src/parsing';

/**
 * Shorthands for the parser specs (src/parsing/*.spec.ts), so that a case reads as "these lines → these questions
 * and answers". Each assertion is the plain `toEqual` it replaces, on the same projection of the parsed set.
 */

/** Parses a text written as its lines. */
export function parseLines(lines: string[]): ParsedQuestionSet {
  return parseQuestionSetText(lines.join('\n'));
}

/** Parses a text written as its lines, reading its time phrases against the date `reference` (ISO). */
export function parseAsOf(reference: string, lines: string[]): ParsedQuestionSet {
  return parseQuestionSetText(lines.join('\n'), { reference });
}

/** The questions' texts, in order. */
export function expectQuestions(set: ParsedQuestionSet, texts: string[]): void {
  expect(set.questions.map((q) => q.text)).toEqual(texts);
}

/** The questions as `[number, text]`, in order. */
export function expectNumberedQuestions(set: ParsedQuestionSet, questions: Array<[string, string]>): void {
  expect(set.questions.map((q) => [q.number, q.text])).toEqual(questions);
}

/** The answers as `[question numbers, text]`, in order. */
export function expectAnswers(set: ParsedQuestionSet, answers: Array<[string[], string]>): void {
  expect(set.answers.map((a) => [a.questions, a.text])).toEqual(answers);
}

/** The answers' texts, in order. */
export function expectAnswerTexts(set: ParsedQuestionSet, texts: string[]): void {
  expect(set.answers.map((a) => a.text)).toEqual(texts);
}
