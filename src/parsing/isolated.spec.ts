import { DocumentError } from './document-error';
import { DEFAULT_LIMITS, extractTextIsolated, parseDocumentIsolated } from './isolated';

const QUESTIONS = Buffer.from('Schriftelijke vragen\nOnderwerp: Brug\n\n1. Gaat de brug dicht?\n\n2. Wanneer?\n');

async function refusal(work: Promise<unknown>): Promise<DocumentError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('expected a DocumentError');
}

describe('parsing in a child process', () => {
  it('returns what the parser returns, and its DocumentError', async () => {
    const parsed = await parseDocumentIsolated(QUESTIONS, 'vragen.txt');
    expect(parsed.questions.map((q) => q.number)).toEqual(['1', '2']);
    expect(await extractTextIsolated(QUESTIONS, 'vragen.txt')).toContain('Gaat de brug dicht?');
    expect((await refusal(parseDocumentIsolated(Buffer.alloc(0), 'leeg.txt'))).code).toBe('empty');
  });

  it('stops a child past its time or memory and answers too_complex', async () => {
    const slow = await refusal(parseDocumentIsolated(QUESTIONS, 'vragen.txt', {}, { ...DEFAULT_LIMITS, timeoutMs: 1 }));
    expect(slow.code).toBe('too_complex');
    expect(slow.message).toContain('duurde langer dan');
    // No Node process fits in 5 MB: the resident-memory watch stops it.
    const big = await refusal(parseDocumentIsolated(QUESTIONS, 'vragen.txt', {}, { ...DEFAULT_LIMITS, rssMb: 5 }));
    expect(big.code).toBe('too_complex');
    expect(big.message).toContain('te veel geheugen');
  });
});
