/**
 * The deadlines engine: Dutch time phrases → periods and deadlines (docs/time-phrases.md), their
 * Dutch rendering, and the answer term of question sets. Pure: no Nest, no TypeORM, no I/O.
 */
export type { Precision, Relation, TimePhrase } from './types';
export { findTimePhrases, resolveTimePhrase } from './phrase-finder';
export { formatDutchDate, describeDistance, describeDeadline, registerDeadlineHelpers } from './render';
export { MONTH_NAMES_BY_NUMBER } from './lexicon';
export { todayInAmsterdam, localDateInAmsterdam, addDays, isValidIsoDate } from './calendar';
export type { AnswerTerm, AnswerTermUnit, DueDateComputation, RecessPeriod } from './answer-term';
export {
  ANSWER_TERM_UNITS,
  computeAnswerTerm,
  computeDueDate,
  countNl,
  describeAnswerTerm,
  explainPostponedDueDate,
  isOverdue,
} from './answer-term';
export type { PublicHoliday } from './holidays';
export { dutchPublicHolidays } from './holidays';
