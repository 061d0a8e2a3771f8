import { Actor } from '../auth/actor';
import { canSeeAnswers } from '../auth/visibility';
import { isOverdue } from '../deadlines';
import { toDocumentDto } from '../documents/documents.service';
import { AnswerDto, QuestionSetDto } from './dto/question-set.dto';
import { Answer } from './answer.entity';
import { QuestionSet, QuestionSetStatus } from './question-set.entity';

/** Statuses in which the answer term no longer runs. */
export const SETTLED_STATUSES: QuestionSetStatus[] = ['answered', 'published', 'withdrawn', 'draft'];

export function isSetOverdue(set: Pick<QuestionSet, 'status' | 'dueOn'>, today: string): boolean {
  return isOverdue(set.dueOn, today, SETTLED_STATUSES.includes(set.status));
}

/** Days the answer came after the due date that applied, or null when on time (or not answered). */
export function daysAnsweredLate(set: Pick<QuestionSet, 'answeredOn' | 'dueOn'>): number | null {
  if (!set.answeredOn || !set.dueOn || set.answeredOn <= set.dueOn) return null;
  return Math.round((Date.parse(`${set.answeredOn}T00:00:00Z`) - Date.parse(`${set.dueOn}T00:00:00Z`)) / 86_400_000);
}

function byNumber(a: string, b: string): number {
  return a.localeCompare(b, 'nl', { numeric: true });
}

export function toAnswerDto(answer: Answer, numbers: string[]): AnswerDto {
  return {
    id: answer.id,
    questions: [...numbers].sort(byNumber),
    text: answer.text,
    refersTo: answer.refersTo ?? [],
    corrections: (answer.corrections ?? [])
      .slice()
      .sort((a, b) => a.id - b.id)
      .map((c) => ({ previousText: c.previousText, reason: c.reason, correctedOn: c.correctedOn })),
    documents: (answer.documents ?? []).map(toDocumentDto),
    version: answer.version,
  };
}

/** First signer first, as entered (`submitterOrder`); people missing from it after them, by name. */
function inSubmitterOrder(set: QuestionSet) {
  const order = set.submitterOrder ?? [];
  const rank = (id: number) => (order.includes(id) ? order.indexOf(id) : order.length);
  return (set.submitters ?? []).slice().sort((a, b) => rank(a.id) - rank(b.id) || a.name.localeCompare(b.name, 'nl'));
}

/** The set as the actor may see it: answers only outside the embargo. */
export function toQuestionSetDto(set: QuestionSet, actor: Actor, today: string): QuestionSetDto {
  const questions = (set.questions ?? []).slice().sort((a, b) => a.position - b.position);
  const answersVisible = canSeeAnswers(actor, set);
  const numbersByAnswer = new Map<number, string[]>();
  for (const question of questions) {
    if (question.answerId === null) continue;
    const list = numbersByAnswer.get(question.answerId) ?? [];
    list.push(question.number);
    numbersByAnswer.set(question.answerId, list);
  }
  const answers = (set.answers ?? [])
    .slice()
    .sort((a, b) => a.position - b.position)
    .map((answer) => toAnswerDto(answer, numbersByAnswer.get(answer.id) ?? []));
  return {
    id: set.id,
    municipality: { id: set.municipality.id, slug: set.municipality.slug, name: set.municipality.name },
    reference: set.reference,
    subject: set.subject,
    legalBasis: set.legalBasis,
    party: set.party ? { id: set.party.id, name: set.party.name } : null,
    submitters: inSubmitterOrder(set).map((p) => p.name),
    portfolioHolder: set.portfolioHolder ? { id: set.portfolioHolder.id, name: set.portfolioHolder.name } : null,
    explanation: set.explanation,
    introduction: answersVisible ? set.introduction : null,
    status: set.status,
    receivedOn: set.receivedOn,
    dueOn: set.dueOn,
    dueExplanation: set.dueExplanation ?? null,
    overdue: isSetOverdue(set, today),
    intakeStatus: set.intakeStatus ?? null,
    intakeNote: set.intakeNote ?? null,
    answeredLate: daysAnsweredLate(set) !== null,
    daysLate: daysAnsweredLate(set),
    answeredOn: set.answeredOn,
    publishedOn: set.publishedOn,
    withdrawnOn: set.withdrawnOn,
    closedReason: set.closedReason,
    questions: questions.map((q) => ({ number: q.number, text: q.text })),
    answers: answersVisible ? answers : [],
    answersEmbargoed: !answersVisible && answers.length > 0,
    documents: (set.documents ?? []).map(toDocumentDto),
    postponements: (set.postponements ?? [])
      .slice()
      .sort((a, b) => a.id - b.id)
      .map((p) => ({ reason: p.reason, sentOn: p.sentOn, newDueOn: p.newDueOn })),
    commitments: [],
    version: set.version,
    createdAt: set.createdAt.toISOString(),
    updatedAt: set.updatedAt.toISOString(),
  };
}

/** A compact snapshot for the audit trail. */
export function auditSnapshot(set: QuestionSet): Record<string, unknown> {
  return {
    status: set.status,
    reference: set.reference,
    subject: set.subject,
    receivedOn: set.receivedOn,
    dueOn: set.dueOn,
    answeredOn: set.answeredOn,
    publishedOn: set.publishedOn,
    withdrawnOn: set.withdrawnOn,
    closedReason: set.closedReason,
    partyId: set.partyId,
    portfolioHolderId: set.portfolioHolderId,
    version: set.version,
  };
}
