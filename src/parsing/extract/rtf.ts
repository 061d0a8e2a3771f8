import { DocumentError } from '../document-error';
import { codePageDecoder, readRtfText } from '../rtf';

/** Whether a file's bytes are RTF (`{\rtf1…`), whatever its name says (Word saves RTF as `.doc` too). */
export function looksLikeRtf(bytes: Buffer): boolean {
  return /^(?:\u00EF\u00BB\u00BF)?\s*\{\\rtf/.test(bytes.subarray(0, 16).toString('latin1'));
}

/**
 * An `.rtf` file's text as a word processor shows it (`readRtfText`), its hyperlinks written as Markdown links
 * that `normaliseText` keeps. The source is 7-bit ASCII as the specification writes it, or 8-bit characters in the
 * code page its header names (`\ansicpg1252`); a generator that wrote UTF-8 is read as such.
 */
export function extractRtfText(bytes: Buffer): string {
  const latin1 = bytes.toString('latin1').replace(/^\u00EF\u00BB\u00BF/, '');
  let source = latin1;
  if (/[\u0080-\u00FF]/.test(latin1)) {
    try {
      source = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      source = codePageDecoder(latin1).decode(bytes);
    }
  }
  const rtf = readRtfText(source, { markLinks: true });
  if (!rtf) throw new DocumentError('corrupt');
  return rtf.text;
}
