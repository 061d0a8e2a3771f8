/**
 * From answer texts to proposed commitments: the parser decides which sentences promise an act
 * (detectCommitments), the deadline engine resolves the phrase to a period. Pure.
 */
import { createHash } from 'node:crypto';
import { resolveTimePhrase, type Precision, type Relation } from '../deadlines';
import { detectCommitments } from '../parsing';

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

/** Proposals in one text (an answer with its question numbers, or the introduction with []). */
export function proposeFromText(text: string, referenceDate: string, questions: string[]): CommitmentProposal[] {
  return detectCommitments(text, referenceDate, questions).map((found) => {
    const term = resolveTerm(found.phrase, referenceDate);
    // The parser's deadline wins when the engine cannot re-resolve the exact words it cut out.
    const deadline = term.deadline ?? found.deadline ?? null;
    return {
      ...term,
      deadline,
      questions: found.questions,
      sentence: found.sentence,
      sourceHash: sentenceHash(found.sentence),
    };
  });
}
