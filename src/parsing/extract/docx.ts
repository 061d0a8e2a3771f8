import { DocumentError } from '../document-error';
import { checkDocxLimits } from './zip-limits';

type Mammoth = typeof import('mammoth');

/** The raw text of a Word (.docx) document, paragraphs separated by blank lines. */
export async function extractDocxText(bytes: Buffer): Promise<string> {
  checkDocxLimits(bytes);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mammoth = require('mammoth') as Mammoth;
  try {
    const result = await mammoth.extractRawText({ buffer: bytes });
    return result.value;
  } catch (error: unknown) {
    throw new DocumentError(
      'corrupt',
      `Het Word-bestand is beschadigd en kan niet worden gelezen (${describe(error)}).`,
    );
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].slice(0, 120);
}
