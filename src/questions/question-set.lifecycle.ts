import { InvalidTransitionError } from '../common/domain-errors';
import type { QuestionSetStatus } from './question-set.entity';

/**
 * The lifecycle of docs/domain.md: draft → registered → postponed (may repeat) → answered →
 * published; withdrawn ends draft, registered or postponed. Answers may be recorded in several
 * steps, so `recordAnswers` is allowed again once answered (until publication; then corrections).
 */
export const TRANSITIONS = {
  register: { from: ['draft'], refusal: 'Alleen een concept kan worden geregistreerd.' },
  postpone: { from: ['registered', 'postponed'], refusal: 'Uitstel kan alleen voor vragen die nog open staan.' },
  recordAnswers: {
    from: ['registered', 'postponed', 'answered'],
    refusal: 'Antwoorden kunnen alleen bij geregistreerde vragen; gepubliceerde antwoorden worden gecorrigeerd.',
  },
  publish: { from: ['answered'], refusal: 'Alleen een beantwoorde vragenset kan worden gepubliceerd.' },
  withdraw: { from: ['draft', 'registered', 'postponed'], refusal: 'Alleen open vragen kunnen worden ingetrokken.' },
} as const satisfies Record<string, { from: readonly QuestionSetStatus[]; refusal: string }>;

export type Transition = keyof typeof TRANSITIONS;

/** Throws InvalidTransitionError (409 with the current status) when `status` does not allow the transition. */
export function assertTransition(status: QuestionSetStatus, transition: Transition): void {
  const rule = TRANSITIONS[transition];
  if (!(rule.from as readonly QuestionSetStatus[]).includes(status))
    throw new InvalidTransitionError(rule.refusal, status);
}
