/**
 * The document parser: document text (plain text, PDF, Word, e-mail) → parsed question set
 * (docs/parse-output.md). Pure engine: no Nest, no TypeORM.
 */
export type {
  DocumentKind,
  ParsedAnswer,
  ParsedDocument,
  ParsedQuestion,
  ParsedQuestionSet,
  ParseOptions,
  ProposedCommitment,
} from './types';
export { DocumentError } from './document-error';
export type { DocumentErrorCode } from './document-error';
export { parseQuestionSetText } from './parse-question-set';
export { extractText } from './extract';
export { parseDocument } from './parse-document';
export { detectCommitments, findCommitments, namesInLetter } from './commitments';
export type { FoundCommitment } from './commitments';
export { findDocumentReferences } from './documents';
export { normaliseQuestionNumber } from './numbering';
export { parseDocumentIsolated, extractTextIsolated, DEFAULT_LIMITS } from './isolated';
export type { IsolationLimits } from './isolated';
export { cleanParty as cleanPartyName, municipalitySlug } from './header';
