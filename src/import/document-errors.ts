import { DomainError, PayloadTooLargeError, UnprocessableDocumentError } from '../common/domain-errors';
import { DocumentError } from '../parsing';

/**
 * The parser's DocumentError as the core's domain error: `too_large` is 413 like an upload over
 * the limit; every other code (empty, corrupt, scanned, unsupported, not_a_question_set) is 422
 * with the code as problem type and the parser's Dutch sentence as detail.
 */
export function documentErrorToDomainError(error: DocumentError): DomainError {
  if (error.code === 'too_large') return new PayloadTooLargeError(error.message);
  return new UnprocessableDocumentError(error.code, error.message);
}

/** Runs a parser call, turning its DocumentError into the domain error; anything else passes through. */
export async function withDocumentErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DocumentError) throw documentErrorToDomainError(error);
    throw error;
  }
}
