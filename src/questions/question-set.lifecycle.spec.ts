import { InvalidTransitionError } from '../common/domain-errors';
import { QUESTION_SET_STATUSES, QuestionSetStatus } from './question-set.entity';
import { assertTransition, Transition } from './question-set.lifecycle';

const ALLOWED: Record<Transition, QuestionSetStatus[]> = {
  register: ['draft'],
  postpone: ['registered', 'postponed'],
  recordAnswers: ['registered', 'postponed', 'answered'],
  publish: ['answered'],
  withdraw: ['draft', 'registered', 'postponed'],
};

const cases = (Object.keys(ALLOWED) as Transition[]).flatMap((transition) =>
  QUESTION_SET_STATUSES.map((status) => [transition, status, ALLOWED[transition].includes(status)] as const),
);

describe('question-set lifecycle', () => {
  it.each(cases)('%s from %s is allowed: %s', (transition, status, allowed) => {
    if (allowed) expect(() => assertTransition(status, transition)).not.toThrow();
    else expect(() => assertTransition(status, transition)).toThrow(InvalidTransitionError);
  });

  it('names the current status in the refusal', () => {
    try {
      assertTransition('published', 'withdraw');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidTransitionError);
      expect((error as InvalidTransitionError).extensions.currentStatus).toBe('published');
    }
  });
});
