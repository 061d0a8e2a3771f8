import type { QuestionSetStatus } from './question-set.entity';

/** Dutch names of a set's statuses: pages and exports use the same words. */
export const QUESTION_SET_STATUS_LABELS: Record<QuestionSetStatus, string> = {
  draft: 'Concept',
  registered: 'Geregistreerd',
  postponed: 'Uitgesteld',
  answered: 'Beantwoord, nog niet gepubliceerd',
  published: 'Beantwoord en gepubliceerd',
  withdrawn: 'Ingetrokken',
};
