import type { Actor } from '../auth/actor';
import { DomainEvent } from '../common/domain-events';
import type { Answer } from './answer.entity';
import type { QuestionSet } from './question-set.entity';

/**
 * A question set changed (created, imported, a lifecycle step, an edit, an answer corrected), published in
 * the change's transaction. `action` is the audit action (`created`, `imported`, `answers.recorded`, …).
 * Subscribers: search (index rows + outbox), commitments (follow notifications).
 */
export class QuestionSetChanged extends DomainEvent {
  constructor(
    readonly set: QuestionSet,
    readonly action: string,
  ) {
    super();
  }
}

/**
 * Answers were recorded (through the API, the web form or an import), published in that transaction before
 * the set's QuestionSetChanged. Subscriber: commitments (proposals from the answers' time phrases).
 */
export class AnswersRecorded extends DomainEvent {
  constructor(
    readonly actor: Actor,
    readonly set: QuestionSet,
    readonly answers: Answer[],
  ) {
    super();
  }
}
