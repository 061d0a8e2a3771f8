import { DocumentError } from '../document-error';

/** Decodes a plain-text file (UTF-8, else Windows-1252); binary content is refused. */
export function decodeText(bytes: Buffer): string {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) throw new DocumentError('unsupported');
    if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) control++;
  }
  if (control > sample.length * 0.05) throw new DocumentError('unsupported');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Not UTF-8: older Word and mail exports use Windows-1252.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
