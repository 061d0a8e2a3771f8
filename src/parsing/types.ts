/** The parsed question set: the import contract (docs/parse-output.md). */

export interface ParsedQuestion {
  number: string;
  text: string;
}

export interface ParsedAnswer {
  questions: string[];
  text: string;
  refersTo: string[];
}

/** Kinds of documents (parse-output.md); the stored Document entity uses the same list. */
export const DOCUMENT_KINDS = [
  'motion',
  'amendment',
  'council_letter',
  'council_proposal',
  'policy',
  'regulation',
  'web',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface ParsedDocument {
  kind: DocumentKind;
  reference: string | null;
  title: string | null;
  date: string | null;
  url: string | null;
}

export interface ProposedCommitment {
  questions: string[];
  sentence: string;
  phrase: string;
  deadline: string;
}

export interface ParsedQuestionSet {
  municipality: string | null;
  reference: string | null;
  subject: string | null;
  legalBasis: string | null;
  party: string | null;
  submitters: string[];
  portfolioHolder: string | null;
  receivedOn: string | null;
  answeredOn: string | null;
  explanation: string | null;
  introduction: string | null;
  questions: ParsedQuestion[];
  answers: ParsedAnswer[];
  documents: ParsedDocument[];
  commitments: ProposedCommitment[];
  warnings: string[];
}

export interface ParseOptions {
  /** Municipality name or slug given by the caller; wins over a name found in the text. */
  municipality?: string | null;
  /** Reference date (ISO) for time phrases when the document prints no answer date. */
  reference?: string | null;
  /** The answer date as entered by the griffie: wins over the printed one (and is the commitments' reference). */
  answeredOn?: string | null;
}
