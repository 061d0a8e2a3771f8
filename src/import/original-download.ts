import type { Response } from 'express';
import type { OriginalFileInfo } from './import.service';

/**
 * `attachment; filename="…"; filename*=UTF-8''…`: the ASCII form keeps letters, digits, dot, dash
 * and underscore (everything else, quotes and line breaks included, becomes `_`), the RFC 5987 form
 * carries the name as uploaded. A name that is only dots or empty becomes `origineel`.
 */
export function attachmentDisposition(filename: string): string {
  const cleaned = filename.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  let ascii = cleaned
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(-100);
  if (!/[A-Za-z0-9]/.test(ascii)) ascii = 'origineel';
  const encoded = encodeURIComponent(cleaned || 'origineel').replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Sends an imported set's original file: as an attachment, never sniffed, not stored by caches unless public. */
export function sendOriginal(response: Response, file: OriginalFileInfo & { bytes: Buffer }): void {
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Disposition', attachmentDisposition(file.filename));
  response.setHeader('Content-Length', String(file.bytes.length));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', file.public ? 'public, max-age=300' : 'no-store');
  if (!file.public) response.setHeader('Pragma', 'no-cache');
  response.setHeader('ETag', `"${file.sha256}"`);
  response.status(200).end(file.bytes);
}
