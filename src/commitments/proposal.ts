/**
 * From answer texts to proposed commitments: the parser decides which sentences promise an act and
 * the deadline engine reads their time phrases in context (findCommitments); a phrase the griffie
 * types is resolved on its own (resolveTerm). Pure.
 */
import { createHash } from 'node:crypto';
import { resolveTimePhrase, type Precision, type Relation } from '../deadlines';
import { findCommitments, namesInLetter } from '../parsing';

export interface ResolvedTerm {
  phrase: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  precision: Precision | null;
  relation: Relation | null;
  approximate: boolean;
  deadline: string | null;
}

export interface CommitmentProposal extends ResolvedTerm {
  questions: string[];
  sentence: string;
  sourceHash: string;
}

/** Case, spacing and quote style do not make a sentence new. */
export function normaliseSentence(sentence: string): string {
  return sentence
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?;:]+$/, '')
    .trim();
}

export function sentenceHash(sentence: string): string {
  return createHash('sha256').update(normaliseSentence(sentence)).digest('hex');
}

/** The phrase's period and deadline against the answer date; an unresolvable phrase keeps its words and has no deadline. */
export function resolveTerm(phrase: string | null | undefined, referenceDate: string): ResolvedTerm {
  const words = phrase?.replace(/\s+/g, ' ').trim() || null;
  const resolved = words ? resolveTimePhrase(words, referenceDate) : null;
  return {
    phrase: words,
    periodStart: resolved?.start ?? null,
    periodEnd: resolved?.end ?? null,
    precision: resolved?.precision ?? null,
    relation: resolved?.relation ?? null,
    approximate: resolved?.approximate ?? false,
    deadline: resolved?.deadline ?? null,
  };
}

/**
 * What the parser knows of the whole letter when it proposes from one answer (parse-question-set.ts):
 * the set's own municipality (another one named as actor is a third party) and the names printed
 * inside a sentence anywhere in its explanation, introduction, questions and answers (`… naar
 * Defensie?` makes `Defensie neemt in mei een besluit.` another body acting). Stored proposals use the
 * same, so the import preview and the proposals after import agree.
 */
export interface ProposalContext {
  municipality: string | null;
  names: ReadonlySet<string>;
}

export function proposalContext(municipality: string | null, texts: (string | null | undefined)[]): ProposalContext {
  return { municipality, names: namesInLetter(texts) };
}

/**
 * Proposals in one text (an answer with its question numbers, or the introduction with []): the
 * parser's commitments with the deadline engine's reading of each phrase in its sentence, as found.
 */
export function proposeFromText(
  text: string,
  referenceDate: string,
  questions: string[],
  context: ProposalContext = { municipality: null, names: new Set() },
): CommitmentProposal[] {
  return findCommitments(text, referenceDate, questions, context.municipality, context.names).map(
    ({ questions, sentence, phrase, time }) => ({
      phrase,
      periodStart: time.start,
      periodEnd: time.end,
      precision: time.precision,
      relation: time.relation,
      approximate: time.approximate,
      deadline: time.deadline,
      questions,
      sentence,
      sourceHash: sentenceHash(sentence),
    }),
  );
}
