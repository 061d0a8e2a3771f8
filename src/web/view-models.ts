import { COMMITMENT_STATUS_LABELS } from '../commitments/status-labels';
import { escapeHtml } from '../common/html';
import { describeDeadline, describeDistance, formatDutchDate } from '../deadlines';
import type { DocumentDto } from '../documents/dto/document.dto';
import type { AnswerDto, QuestionSetDto } from '../questions/dto/question-set.dto';
import { DOCUMENT_KIND_LABELS as KIND_LABELS } from '../documents/document-kinds';
import { QUESTION_SET_STATUS_LABELS } from '../questions/status-labels';

/** Builders that turn service DTOs into what the templates show: Dutch labels, links, grouped rows. */

export const STATUS_LABELS: Record<string, string> = QUESTION_SET_STATUS_LABELS;

export const DOCUMENT_KIND_LABELS: Record<string, string> = KIND_LABELS;

export { COMMITMENT_STATUS_LABELS };

/** `1 resultaat`, `0 resultaten`, `3 resultaten`: Dutch takes the singular for exactly one. */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${count.toLocaleString('nl-NL')} ${count === 1 ? singular : pluralForm}`;
}

/** "3 dagen te laat beantwoord (uiterlijk 21 oktober 2026)" for a set answered after its due date, else null. */
export function lateAnswerText(set: { daysLate: number | null; dueOn: string | null }): string | null {
  if (set.daysLate === null || !set.dueOn) return null;
  return `${plural(set.daysLate, 'dag', 'dagen')} te laat beantwoord (uiterlijk ${formatDutchDate(set.dueOn)})`;
}

/** `1a` → `1a`, `12` → `12`: the anchor id of a question on the set page. */
export function questionAnchor(number: string): string {
  return `vraag-${number}`;
}

export function documentLabel(doc: Pick<DocumentDto, 'kind' | 'reference' | 'title' | 'url'>): string {
  const kind = DOCUMENT_KIND_LABELS[doc.kind] ?? 'Document';
  if (doc.reference && doc.title) return `${kind} ${doc.reference}: ${doc.title}`;
  if (doc.reference) return `${kind} ${doc.reference}`;
  if (doc.title) return doc.kind === 'policy' || doc.kind === 'other' ? doc.title : `${kind}: ${doc.title}`;
  return doc.url ?? kind;
}

export interface DocumentView {
  id: number;
  url: string;
  label: string;
  external: string | null;
  date: string | null;
}

export function documentView(doc: DocumentDto): DocumentView {
  return { id: doc.id, url: `/documenten/${doc.id}`, label: documentLabel(doc), external: doc.url, date: doc.date };
}

/**
 * Paragraphs as safe HTML: the text is escaped first; then mentions of questions of this set
 * (`vraag 1b`, `vragen 2 en 3`) become links to them, so cross-references can be followed.
 */
export function paragraphsWithLinks(text: string | null, knownNumbers: Set<string>): string[] {
  if (!text) return [];
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) =>
      escapeHtml(p).replace(
        /\b(vra(?:ag|gen))(\s+)(\d{1,3}(?:\.?\s?[a-z])?)\b/gi,
        (match, word: string, space: string, raw: string) => {
          const number = raw.replace(/[\s.]/g, '').toLowerCase();
          if (!knownNumbers.has(number)) return match;
          return `${word}${space}<a href="#${questionAnchor(number)}">${raw}</a>`;
        },
      ),
    );
}

export interface SetSummaryView {
  id: number;
  url: string;
  subject: string;
  municipality: string;
  reference: string | null;
  party: string | null;
  portfolioHolder: string | null;
  status: string;
  statusLabel: string;
  receivedOn: string | null;
  dueOn: string | null;
  dueText: string | null;
  overdue: boolean;
  answeredOn: string | null;
  /** "3 dagen te laat beantwoord (uiterlijk 21 oktober 2026)" when answered after the due date. */
  lateText: string | null;
  publishedOn: string | null;
  questionCount: number;
}

export function setSummary(dto: QuestionSetDto, today: string): SetSummaryView {
  const open = dto.status === 'registered' || dto.status === 'postponed';
  return {
    id: dto.id,
    url: `/vragen/${dto.id}`,
    subject: dto.subject,
    municipality: dto.municipality.name,
    reference: dto.reference,
    party: dto.party?.name ?? null,
    portfolioHolder: dto.portfolioHolder?.name ?? null,
    status: dto.status,
    statusLabel:
      (STATUS_LABELS[dto.status] ?? dto.status) +
      (open && dto.answers.length > 0
        ? ` (deels beantwoord: ${answeredCount(dto)} van ${dto.questions.length} vragen)`
        : ''),
    receivedOn: dto.receivedOn,
    dueOn: dto.dueOn,
    dueText: open && dto.dueOn ? `${formatDutchDate(dto.dueOn)} (${describeDistance(dto.dueOn, today)})` : null,
    overdue: dto.overdue,
    answeredOn: dto.answeredOn,
    lateText: lateAnswerText(dto),
    publishedOn: dto.publishedOn,
    questionCount: dto.questions.length,
  };
}

/** Commitments as the commitments module fills them in; read defensively, the shape belongs to that module. */
interface CommitmentLike {
  id?: number;
  phrase?: string | null;
  deadline?: string | null;
  status?: string;
  sentence?: string | null;
  questions?: string[];
  fulfilledBy?: DocumentDto | null;
}

export interface CommitmentView {
  id: number | null;
  sentence: string;
  deadlineText: string;
  status: string;
  statusLabel: string;
  questions: { number: string; anchor: string }[];
  /** The document that fulfilled it (a council letter), linked to its page. */
  fulfilledBy: DocumentView | null;
}

export function commitmentView(raw: unknown, today: string): CommitmentView {
  const c = (raw ?? {}) as CommitmentLike;
  return {
    id: typeof c.id === 'number' ? c.id : null,
    sentence: c.sentence ?? '',
    deadlineText: describeDeadline({ phrase: c.phrase ?? null, deadline: c.deadline ?? null }, today),
    status: c.status ?? 'open',
    statusLabel: (COMMITMENT_STATUS_LABELS as Record<string, string>)[c.status ?? 'open'] ?? c.status ?? '',
    questions: (c.questions ?? []).map((n) => ({ number: n, anchor: questionAnchor(n) })),
    fulfilledBy: c.fulfilledBy ? documentView(c.fulfilledBy) : null,
  };
}

interface AnswerView {
  id: number;
  anchor: string;
  numbers: string;
  paragraphs: string[];
  refersTo: { number: string; anchor: string }[];
  documents: DocumentView[];
  corrections: { previousText: string; reason: string; correctedOn: string }[];
}

interface RowView {
  questions: { number: string; anchor: string; paragraphs: string[] }[];
  answer: AnswerView | null;
  /** The answer is printed at an earlier question. */
  seeAnswerAt: { number: string; anchor: string } | null;
}

export interface TimelineEvent {
  date: string;
  label: string;
  detail: string | null;
}

function answerView(answer: AnswerDto, known: Set<string>): AnswerView {
  return {
    id: answer.id,
    anchor: `antwoord-${answer.id}`,
    numbers: answer.questions.join(', '),
    paragraphs: paragraphsWithLinks(answer.text, known),
    refersTo: answer.refersTo.map((n) => ({ number: n, anchor: questionAnchor(n) })),
    documents: answer.documents.map(documentView),
    corrections: answer.corrections,
  };
}

/** The set page: questions beside their answers (an answer covering 1c and 1d stands once, beside both). */
export function setDetail(dto: QuestionSetDto, today: string) {
  const known = new Set(dto.questions.map((q) => q.number));
  const answerOf = new Map<string, AnswerDto>();
  for (const answer of dto.answers) for (const n of answer.questions) answerOf.set(n, answer);
  const printedAt = new Map<number, string>();
  const rows: RowView[] = [];
  for (const question of dto.questions) {
    const q = {
      number: question.number,
      anchor: questionAnchor(question.number),
      paragraphs: paragraphsWithLinks(question.text, known),
    };
    const answer = answerOf.get(question.number) ?? null;
    const previous = rows[rows.length - 1];
    if (answer && previous?.answer?.id === answer.id) {
      previous.questions.push(q);
      continue;
    }
    if (answer && printedAt.has(answer.id)) {
      const at = printedAt.get(answer.id) as string;
      rows.push({ questions: [q], answer: null, seeAnswerAt: { number: at, anchor: questionAnchor(at) } });
      continue;
    }
    if (answer) printedAt.set(answer.id, question.number);
    rows.push({ questions: [q], answer: answer ? answerView(answer, known) : null, seeAnswerAt: null });
  }
  const timeline: TimelineEvent[] = [];
  if (dto.receivedOn) timeline.push({ date: dto.receivedOn, label: 'Vragen ontvangen door de griffie', detail: null });
  for (const p of dto.postponements) {
    timeline.push({
      date: p.sentOn,
      label: 'Uitstelbericht',
      detail: `${p.reason} Nieuwe uiterste datum: ${formatDutchDate(p.newDueOn)}.`,
    });
  }
  if (dto.answeredOn) timeline.push({ date: dto.answeredOn, label: 'Beantwoord door het college', detail: null });
  if (dto.publishedOn) timeline.push({ date: dto.publishedOn, label: 'Antwoorden gepubliceerd', detail: null });
  if (dto.withdrawnOn) timeline.push({ date: dto.withdrawnOn, label: 'Vragen ingetrokken', detail: dto.closedReason });
  for (const answer of dto.answers) {
    for (const c of answer.corrections) {
      timeline.push({
        date: c.correctedOn,
        label: `Antwoord op vraag ${answer.questions.join(', ')} gecorrigeerd`,
        detail: c.reason,
      });
    }
  }
  timeline.sort((a, b) => a.date.localeCompare(b.date));
  const open = dto.status === 'registered' || dto.status === 'postponed';
  return {
    ...setSummary(dto, today),
    legalBasis: dto.legalBasis,
    submitters: dto.submitters.join(', '),
    explanation: paragraphsWithLinks(dto.explanation, known),
    introduction: paragraphsWithLinks(dto.introduction, known),
    dueExplanation: dto.dueExplanation,
    intakeNote: dto.status === 'draft' ? dto.intakeNote : null,
    intakePending: dto.intakeStatus === 'pending',
    rows,
    hasAnswers: dto.answers.length > 0,
    answersEmbargoed: dto.answersEmbargoed,
    documents: dto.documents.map(documentView),
    postponements: dto.postponements,
    commitments: (dto.commitments ?? []).map((c) => commitmentView(c, today)),
    timeline,
    open,
    closedReason: dto.closedReason,
    withdrawnOn: dto.withdrawnOn,
    version: dto.version,
    municipalitySlug: dto.municipality.slug,
    // Only a complete answer makes a letter: a set with some questions answered is not "beantwoord".
    canPrintLetter: dto.answers.length > 0 && (dto.status === 'answered' || dto.status === 'published'),
  };
}

export interface Pager {
  total: number;
  from: number;
  to: number;
  previous: string | null;
  next: string | null;
  pages: { number: number; url: string; current: boolean }[];
}

/** Pagination links that keep the other query parameters (`pagina` is 1-based). */
export function pager(
  total: number,
  limit: number,
  offset: number,
  baseQuery: Record<string, string | undefined>,
  path: string,
): Pager {
  const pageCount = Math.max(1, Math.ceil(total / limit));
  const current = Math.floor(offset / limit) + 1;
  const link = (page: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(baseQuery)) if (v) params.set(k, v);
    if (page > 1) params.set('pagina', String(page));
    const query = params.toString();
    return query ? `${path}?${query}` : path;
  };
  const pages = [];
  for (let p = Math.max(1, current - 3); p <= Math.min(pageCount, current + 3); p++)
    pages.push({ number: p, url: link(p), current: p === current });
  return {
    total,
    from: total === 0 ? 0 : offset + 1,
    to: Math.min(total, offset + limit),
    previous: current > 1 ? link(current - 1) : null,
    next: current < pageCount ? link(current + 1) : null,
    pages: pageCount > 1 ? pages : [],
  };
}

/** Field errors keyed by path, plus an ordered summary that links to the fields (WCAG 3.3.1). */
export interface FormErrors {
  byField: Record<string, string>;
  summary: { field: string; text: string }[];
}

export function formErrors(
  errors: { path: string; message: string }[],
  labels: Record<string, string>,
  idOf: (path: string) => string = (p) => `veld-${p.replace(/\./g, '-')}`,
): FormErrors {
  const byField: Record<string, string> = {};
  const summary: { field: string; text: string }[] = [];
  for (const e of errors) {
    const path = e.path || 'algemeen';
    const label = labels[path] ?? labels[path.replace(/\.\d+.*$/, '')] ?? '';
    const text = label ? `${label} ${e.message}` : e.message.charAt(0).toUpperCase() + e.message.slice(1);
    byField[path] = byField[path] ? `${byField[path]} ${text}` : text;
    summary.push({ field: idOf(path), text });
  }
  return { byField, summary };
}

function answeredCount(dto: QuestionSetDto): number {
  return new Set(dto.answers.flatMap((a) => a.questions)).size;
}
