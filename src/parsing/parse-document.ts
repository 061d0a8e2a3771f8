import { extractText } from './extract';
import { parseQuestionSetText } from './parse-question-set';
import { ParsedQuestionSet, ParseOptions } from './types';

/** Extracts and parses one file: `await parseDocument(bytes, 'vragen.pdf', { reference: '2024-11-05' })`. */
export async function parseDocument(
  bytes: Buffer,
  filename: string,
  options: ParseOptions = {},
): Promise<ParsedQuestionSet> {
  return parseQuestionSetText(await extractText(bytes, filename), options);
}
