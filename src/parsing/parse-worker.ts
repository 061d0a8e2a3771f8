/**
 * The child process of `isolated.ts`: parses one document and exits. Whatever the document does
 * to this process (a heap that runs out, a V8 abort, a pattern that never ends) ends here; the
 * server only sees the child go.
 */
import { DocumentError } from './document-error';
import { extractText } from './extract';
import { parseDocument } from './parse-document';
import type { IsolatedReply, IsolatedRequest } from './isolated';

async function run(request: IsolatedRequest): Promise<IsolatedReply> {
  const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
  try {
    const value =
      request.mode === 'extract'
        ? await extractText(bytes, request.filename)
        : await parseDocument(bytes, request.filename, request.options);
    return { ok: true, value };
  } catch (error: unknown) {
    if (error instanceof DocumentError) return { ok: false, code: error.code, message: error.message };
    // A parser bug on an odd document: the document cannot be read; the cause goes to the server's log.
    return { ok: false, code: null, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

process.once('message', (request: IsolatedRequest) => {
  void run(request).then((reply) => process.send?.(reply, () => process.exit(0)));
});
// The server went away: nobody waits for the answer.
process.once('disconnect', () => process.exit(0));
