import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StoredMail {
  file: string;
  headers: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

function decode(body: string, encoding: string): string {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(encoding)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
  }
  return body;
}

function part(raw: string, type: string): string {
  const index = raw.search(new RegExp(`Content-Type: ${type}`, 'i'));
  if (index < 0) return '';
  const rest = raw.slice(index);
  const split = rest.search(/\r?\n\r?\n/);
  const headers = rest.slice(0, split);
  const body = rest
    .slice(split)
    .replace(/^\r?\n\r?\n/, '')
    .split(/\r?\n--/)[0];
  const encoding = /Content-Transfer-Encoding:\s*(\S+)/i.exec(headers)?.[1] ?? '7bit';
  return decode(body, encoding);
}

/** The .eml files the MailService wrote under DATA_DIR/mail, decoded enough for assertions. */
export function readMailbox(dataDir: string): StoredMail[] {
  const dir = join(dataDir, 'mail');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      const headers = raw.slice(0, raw.search(/\r?\n\r?\n/));
      const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
      return {
        file: f,
        headers: unfolded,
        to: /^To: (.*)$/im.exec(unfolded)?.[1] ?? '',
        subject: /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '',
        text: part(raw, 'text/plain'),
        html: part(raw, 'text/html'),
      };
    });
}
