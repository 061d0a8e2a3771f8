/**
 * Text extraction: `.txt` (and e-mails saved as text), `.eml` (MIME), `.pdf` (text layer), `.docx` and `.rtf`.
 * Every failure is a `DocumentError` with a code and a Dutch one-sentence message.
 */
import { DocumentError } from '../document-error';
import { extractDocxText } from './docx';
import { MailAttachment, looksLikeMime, mailToText } from './mail';
import { extractPdfText } from './pdf';
import { extractRtfText, looksLikeRtf } from './rtf';
import { decodeText } from './text';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const UNSUPPORTED_EXTENSIONS = new Set([
  '.doc',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
  '.odt',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.tif',
  '.tiff',
  '.zip',
  '.exe',
  '.msg',
]);

/** The text of a document: `await extractText(bytes, 'vragen.pdf')`. */
export async function extractText(bytes: Buffer, filename: string): Promise<string> {
  if (bytes.length === 0) throw new DocumentError('empty');
  if (bytes.length > MAX_FILE_BYTES)
    throw new DocumentError('too_large', 'Het bestand is groter dan 50 MB en wordt niet ingelezen.');
  const extension = /\.[^./\\]+$/.exec(filename.toLowerCase())?.[0] ?? '';
  const head = bytes.subarray(0, 8).toString('latin1');
  let text: string;
  if (head.startsWith('%PDF') || extension === '.pdf') {
    text = await extractPdfText(bytes);
    if (text.trim() === '') throw new DocumentError('scanned');
  } else if (extension === '.docx' || (head.startsWith('PK\u0003\u0004') && bytes.includes('word/'))) {
    text = await extractDocxText(bytes);
  } else if (looksLikeRtf(bytes)) {
    // By its content: Word saves RTF under `.doc` too, and a mail client's `.rtf` is no MIME message.
    text = extractRtfText(bytes);
  } else if (extension === '.eml' || looksLikeMime(bytes)) {
    text = await mailToText(bytes, readAttachment);
  } else if (
    UNSUPPORTED_EXTENSIONS.has(extension) ||
    head.startsWith('PK\u0003\u0004') ||
    head.startsWith('\u00D0\u00CF\u0011\u00E0')
  ) {
    throw new DocumentError('unsupported');
  } else {
    text = decodeText(bytes);
  }
  if (text.trim() === '') throw new DocumentError('empty');
  return text;
}

/** An e-mail attachment's text: PDF, Word (.docx), RTF or plain text; other files hold no questions (null). */
async function readAttachment(attachment: MailAttachment): Promise<string | null> {
  const name = attachment.filename.toLowerCase();
  const type = attachment.contentType;
  if (attachment.bytes.length === 0) return null;
  try {
    if (name.endsWith('.pdf') || type === 'application/pdf') return await extractPdfText(attachment.bytes);
    if (name.endsWith('.docx') || type.includes('wordprocessingml')) return await extractDocxText(attachment.bytes);
    if (looksLikeRtf(attachment.bytes)) return extractRtfText(attachment.bytes);
    // (An `.rtf` whose bytes are no RTF is read as the text it is.)
    const rtfNamed = name.endsWith('.rtf') || type === 'application/rtf' || type === 'text/rtf';
    if (rtfNamed || name.endsWith('.txt') || type === 'text/plain') return decodeText(attachment.bytes);
  } catch (error: unknown) {
    // An unreadable attachment leaves the mail body; the parser then reports what it misses.
    // An attachment past the unpack limits is refused with the mail, never skipped after unpacking it.
    if (error instanceof DocumentError) {
      if (error.code === 'too_complex') throw error;
      return null;
    }
    throw error;
  }
  return null;
}
