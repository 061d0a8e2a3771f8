/**
 * Limits on what one uploaded document may unpack to. A question set is a few pages of text; these
 * leave ample room for real letters (a reply with twenty attachments, a Word file full of photos)
 * and stop files built to exhaust memory or time: a small .docx that inflates to a gigabyte, an
 * e-mail with a thousand attachments or forwarded three thousand levels deep.
 */
import { DocumentError } from '../document-error';

export const LIMITS = {
  /** Entries in a .docx (a real one has 10–60; one with many images a few hundred). */
  docxEntries: 2000,
  /** Total unpacked size of a .docx. */
  docxUnpackedBytes: 200 * 1024 * 1024,
  /** Unpacked size of one entry divided by its packed size (Word XML packs 5–20×; a bomb 1000×). */
  docxRatio: 200,
  /** Entries smaller than this unpacked are not held to the ratio (a 10 kB run of spaces packs 500×). */
  docxRatioFloorBytes: 1024 * 1024,
  /** MIME parts in one e-mail, forwarded messages included. */
  mailParts: 300,
  /** Multipart and forwarded-message nesting of one e-mail. */
  mailDepth: 16,
  /** Decoded bytes of all parts of one e-mail together. */
  mailDecodedBytes: 100 * 1024 * 1024,
  /** Characters of one (unfolded) header kept; the rest is cut off before any pattern runs on it. */
  mailHeaderChars: 8192,
  /** Pages of a PDF. */
  pdfPages: 2000,
} as const;

export function tooComplex(message: string): DocumentError {
  return new DocumentError('too_complex', message);
}

/** Counts what an e-mail unpacks to while it is read; throws `too_complex` past a limit. */
export class MailBudget {
  private parts = 0;
  private decoded = 0;

  part(depth: number): void {
    if (depth > LIMITS.mailDepth)
      throw tooComplex(
        `Het e-mailbericht is meer dan ${LIMITS.mailDepth} keer doorgestuurd of ingepakt en wordt niet ingelezen.`,
      );
    if (++this.parts > LIMITS.mailParts)
      throw tooComplex(
        `Het e-mailbericht heeft meer dan ${LIMITS.mailParts} onderdelen of bijlagen en wordt niet ingelezen.`,
      );
  }

  bytes(length: number): void {
    this.decoded += length;
    if (this.decoded > LIMITS.mailDecodedBytes)
      throw tooComplex(
        `Het e-mailbericht pakt uit tot meer dan ${LIMITS.mailDecodedBytes / 1024 / 1024} MB en wordt niet ingelezen.`,
      );
  }
}
