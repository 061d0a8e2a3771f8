import type { ImportedSetInput } from '../questions/questions.service';
import type { ImportSetDto } from './dto/import.dto';

/** What the commit knows beside the edited preview. */
export interface EditedSetContext {
  /** Slug of the municipality chosen for the import. */
  municipality: string;
  /** Set when the set is imported as published (archives). */
  publishedOn: string | null;
  /** SHA-256 of the uploaded bytes, never the client's. */
  sourceSha256: string;
}

/**
 * The preview as the griffie edited it (`ImportSetDto`), as the set to store: field for field,
 * blank texts as absent, a set without subject as "Schriftelijke vragen", answers with the
 * documents the griffie linked to them.
 */
export function editedSetToImportedSet(set: ImportSetDto, context: EditedSetContext): ImportedSetInput {
  return {
    municipality: context.municipality,
    status: 'registered',
    reference: set.reference?.trim() || null,
    subject: set.subject?.trim() || 'Schriftelijke vragen',
    legalBasis: set.legalBasis?.trim() || undefined,
    party: set.party?.trim() || null,
    submitters: set.submitters ?? [],
    portfolioHolder: set.portfolioHolder?.trim() || null,
    explanation: set.explanation ?? null,
    introduction: set.introduction ?? null,
    receivedOn: set.receivedOn ?? undefined,
    questions: set.questions.map((q) => ({ number: q.number, text: q.text })),
    answers: (set.answers ?? []).map((a) => ({
      questions: a.questions,
      text: a.text,
      refersTo: a.refersTo ?? [],
      documents: a.documents,
    })),
    answeredOn: set.answeredOn ?? null,
    publishedOn: context.publishedOn,
    documents: (set.documents ?? []).map((d) => ({
      kind: d.kind,
      reference: d.reference ?? null,
      title: d.title ?? null,
      date: d.date ?? null,
      url: d.url ?? null,
    })),
    sourceSha256: context.sourceSha256,
  };
}
