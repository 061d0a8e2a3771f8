import type { ParsedQuestionSet } from '../parsing';
import type { ImportedSetInput } from '../questions/questions.service';

export interface ImportOverrides {
  municipality: string;
  reference?: string | null;
  /** Used when the document prints no subject. */
  subject?: string | null;
  party?: string | null;
  portfolioHolder?: string | null;
  receivedOn?: string | null;
  answeredOn?: string | null;
  publishedOn?: string | null;
  sourceSha256?: string | null;
}

/**
 * The parser's object (docs/parse-output.md) as a set to store, for imports nobody edited (the demo's
 * seeds, a harvest); the griffie's edited preview maps through editedSetToImportedSet (edited-to-set.ts).
 */
export function parsedToImportedSet(parsed: ParsedQuestionSet, overrides: ImportOverrides): ImportedSetInput {
  const pick = <T>(override: T | null | undefined, parsedValue: T | null): T | null =>
    override !== undefined ? override : parsedValue;
  return {
    municipality: overrides.municipality,
    status: 'registered',
    reference: pick(overrides.reference, parsed.reference),
    subject: parsed.subject ?? overrides.subject ?? 'Schriftelijke vragen',
    legalBasis: parsed.legalBasis ?? undefined,
    party: pick(overrides.party, parsed.party),
    submitters: parsed.submitters,
    portfolioHolder: pick(overrides.portfolioHolder, parsed.portfolioHolder),
    explanation: parsed.explanation,
    introduction: parsed.introduction,
    receivedOn: pick(overrides.receivedOn, parsed.receivedOn) ?? undefined,
    questions: parsed.questions.map((q) => ({ number: q.number, text: q.text })),
    answers: parsed.answers.map((a) => ({ questions: a.questions, text: a.text, refersTo: a.refersTo })),
    answeredOn: pick(overrides.answeredOn, parsed.answeredOn),
    publishedOn: overrides.publishedOn ?? null,
    documents: parsed.documents.map((d) => ({
      kind: d.kind,
      reference: d.reference,
      title: d.title,
      date: d.date,
      url: d.url,
    })),
    sourceSha256: overrides.sourceSha256 ?? null,
  };
}
