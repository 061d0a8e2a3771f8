/**
 * A small MIME reader for e-mails saved as `.eml` (RFC 5322 / MIME): unfolded headers with
 * RFC 2047 encoded words, quoted-printable and base64 bodies, utf-8 / iso-8859-1 / windows-1252
 * charsets, `multipart/alternative` (text/plain preferred, else text/html as text),
 * `multipart/mixed` with .pdf/.docx/.txt attachments and forwarded `message/rfc822` parts.
 *
 * The result is the text an Outlook user gets with "save as text": a header block (`Van:`,
 * `Verzonden:`, `Aan:`, `Onderwerp:`) and the body, so that one parser reads both. When the body
 * is only a cover note and an attachment holds the numbered questions, the attachment's text
 * replaces the body.
 */
import { DocumentError } from '../document-error';
import { LIMITS, MailBudget } from './limits';
import { MONTH_NAMES_BY_NUMBER } from '../../deadlines';

interface Part {
  headers: Map<string, string>;
  /** The raw entity body, one byte per character (latin1). */
  body: string;
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export interface MailContent {
  from: string | null;
  date: string | null;
  to: string | null;
  subject: string | null;
  /** The body as text (text/plain preferred, else text/html converted). */
  text: string;
  attachments: MailAttachment[];
  /** Forwarded messages attached as `message/rfc822`. */
  messages: MailContent[];
}

const RFC822_HEADERS =
  /^(?:return-path|received|message-id|mime-version|content-type|dkim-signature|delivered-to|x-[\w-]+|arc-[\w-]+|authentication-results)$/i;

/** True when the bytes start with an RFC 5322 header block that carries mail transport headers. */
export function looksLikeMime(bytes: Buffer): boolean {
  return startsWithMimeHeaders(bytes.subarray(0, 8192).toString('latin1'));
}

function startsWithMimeHeaders(head: string): boolean {
  const end = head.search(/\r?\n\r?\n/);
  if (end < 0) return false;
  const lines = head.slice(0, end).split(/\r?\n/);
  if (!/^[\w-]+:/.test(lines[0])) return false;
  const names = lines.filter((l) => !/^[ \t]/.test(l)).map((l) => /^([\w-]+):/.exec(l)?.[1] ?? '');
  if (names.some((n) => n === '')) return false;
  return names.some((n) => /^from$/i.test(n)) && names.some((n) => RFC822_HEADERS.test(n));
}

/** Parses a whole message. */
export function readMail(bytes: Buffer): MailContent {
  const budget = new MailBudget();
  budget.bytes(bytes.length);
  return readMessage(bytes.toString('latin1'), budget, 0);
}

/**
 * Every part counts against the budget (parts, nesting depth, decoded bytes): a message
 * forwarded thousands of levels deep or with thousands of attachments stops at the limit with
 * `too_complex` instead of recursing and copying itself until the stack or the heap runs out.
 */
function readMessage(raw: string, budget: MailBudget, depth: number): MailContent {
  budget.part(depth);
  const root = splitEntity(raw);
  const mail: MailContent = {
    from: headerText(root, 'from'),
    date: root.headers.get('date') ?? null,
    to: headerText(root, 'to'),
    subject: headerText(root, 'subject'),
    text: '',
    attachments: [],
    messages: [],
  };
  mail.text = collect(root, mail, budget, depth).trim();
  return mail;
}

function headerText(part: Part, name: string): string | null {
  const value = part.headers.get(name);
  return value === undefined ? null : decodeHeader(value).replace(/\s+/g, ' ').trim();
}

/** Headers (unfolded, lower-case names) and body of one entity. */
function splitEntity(raw: string): Part {
  const match = /\r?\n\r?\n/.exec(raw);
  const headerBlock = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of headerBlock.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const m = /^([^:\s]+):[ \t]*(.*)$/.exec(line);
    if (!m) continue;
    last = m[1].toLowerCase();
    // The first occurrence wins (a forwarded message's headers come later in the body, not here).
    if (!headers.has(last)) headers.set(last, m[2]);
    else last = null;
  }
  // No header of a real message comes near the limit; cutting keeps every pattern that reads headers short.
  for (const [name, value] of headers) {
    if (value.length > LIMITS.mailHeaderChars) headers.set(name, value.slice(0, LIMITS.mailHeaderChars));
  }
  return { headers, body };
}

interface ContentType {
  type: string;
  params: Map<string, string>;
}

function parseContentType(value: string | undefined, fallback: string): ContentType {
  const [type, ...rest] = (value ?? fallback).split(';');
  return { type: type.trim().toLowerCase() || fallback, params: parseParams(rest.join(';')) };
}

/** `; charset="utf-8"; name*=utf-8''vragen%20zwembad.docx` → parameters, RFC 2231 values decoded. */
function parseParams(text: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const m of text.matchAll(/([\w*-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g)) {
    let name = m[1].toLowerCase();
    let value = m[2].trim().replace(/^"|"$/g, '').replace(/\\(.)/g, '$1');
    if (name.endsWith('*')) {
      name = name.replace(/\*\d*\*?$/, '');
      const ext = /^([\w-]*)'[\w-]*'(.*)$/.exec(value);
      const bytes = Buffer.from(
        (ext ? ext[2] : value).replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
        'latin1',
      );
      value = decodeCharset(bytes, ext?.[1] || 'utf-8');
      params.set(name, (params.get(name) ?? '') + value);
      continue;
    }
    name = name.replace(/\*\d+$/, '');
    params.set(name, (params.get(name) ?? '') + decodeHeader(value));
  }
  return params;
}

/** Walks the MIME tree: collects the readable body text; attachments and forwarded messages on the side. */
function collect(part: Part, mail: MailContent, budget: MailBudget, depth: number): string {
  const contentType = parseContentType(part.headers.get('content-type'), 'text/plain');
  const disposition = parseContentType(part.headers.get('content-disposition'), 'inline');
  const filename = disposition.params.get('filename') ?? contentType.params.get('name') ?? '';
  const isAttachment =
    disposition.type === 'attachment' || (filename !== '' && !contentType.type.startsWith('multipart/'));

  if (contentType.type.startsWith('multipart/')) {
    const boundary = contentType.params.get('boundary');
    if (!boundary) return '';
    const children = splitMultipart(part.body, boundary).map((child) => {
      budget.part(depth + 1);
      return splitEntity(child);
    });
    if (contentType.type === 'multipart/alternative') {
      const plain = children.find(
        (c) => parseContentType(c.headers.get('content-type'), 'text/plain').type === 'text/plain',
      );
      const preferred =
        plain ??
        children.find((c) =>
          /^(?:text\/html|multipart\/)/.test(parseContentType(c.headers.get('content-type'), 'text/plain').type),
        );
      return preferred ? collect(preferred, mail, budget, depth + 1) : '';
    }
    return children
      .map((child) => collect(child, mail, budget, depth + 1))
      .filter((text) => text.trim() !== '')
      .join('\n\n');
  }
  if (contentType.type === 'message/rfc822') {
    const forwarded = decodeTransfer(part);
    budget.bytes(forwarded.length);
    mail.messages.push(readMessage(forwarded, budget, depth + 1));
    return '';
  }
  const bytes = Buffer.from(decodeTransfer(part), 'latin1');
  budget.bytes(bytes.length);
  if (isAttachment || !contentType.type.startsWith('text/')) {
    mail.attachments.push({ filename, contentType: contentType.type, bytes });
    return '';
  }
  const text = decodeCharset(bytes, contentType.params.get('charset') ?? 'utf-8');
  return contentType.type === 'text/html' ? htmlToText(text) : text;
}

function splitMultipart(body: string, boundary: string): string[] {
  const parts: string[] = [];
  const delimiter = `--${boundary}`;
  let current: string[] | null = null;
  for (const line of body.split(/\r?\n/)) {
    if (line.startsWith(delimiter)) {
      if (current) parts.push(current.join('\n'));
      if (line.slice(delimiter.length).startsWith('--')) return parts;
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (current) parts.push(current.join('\n'));
  return parts;
}

/** The entity body with its Content-Transfer-Encoding undone, one byte per character. */
function decodeTransfer(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64').toString('latin1');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return part.body;
}

function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map(trimTrailingBlanks)
    .join('\n')
    .replace(/=\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Spaces and tabs at the end of a line, removed by scanning back: `/[ \t]+$/gm` retries from
 * every blank of a long run that does not end the line, quadratic on a line of blanks.
 */
function trimTrailingBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** Bytes in a declared charset; an unknown label falls back to UTF-8, then Windows-1252. */
export function decodeCharset(bytes: Buffer, charset: string): string {
  const label = charset.trim().toLowerCase().replace(/^"|"$/g, '');
  const known = ['utf-8', 'utf8', 'us-ascii', 'ascii', 'iso-8859-1', 'latin1', 'iso-8859-15', 'windows-1252', 'cp1252'];
  if (known.includes(label) && !/^(?:utf-?8|us-ascii|ascii)$/.test(label)) {
    // iso-8859-1 mail is in practice Windows-1252 (curly quotes, €), as browsers also assume.
    return new TextDecoder(label === 'iso-8859-15' ? 'iso-8859-15' : 'windows-1252').decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error: unknown) {
    if (!(error instanceof TypeError)) throw error;
    // Mislabelled 8-bit text: older mail programs send Windows-1252 as "utf-8" or without a label.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** RFC 2047 encoded words (`=?utf-8?Q?caf=C3=A9?=`, `=?utf-8?B?…?=`); raw 8-bit header bytes as UTF-8 or Windows-1252. */
export function decodeHeader(value: string): string {
  const raw = /[\u0080-\u00ff]/.test(value) ? decodeCharset(Buffer.from(value, 'latin1'), 'utf-8') : value;
  return raw
    .replace(/(=\?[^?\s]+\?[bq]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[bq]\?)/gi, '$1')
    .replace(/=\?([^?\s]+)\?([bq])\?([^?\s]*)\?=/gi, (_, charset: string, encoding: string, text: string) => {
      const bytes =
        encoding.toLowerCase() === 'b'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text
                .replace(/_/g, ' ')
                .replace(/=([0-9A-Fa-f]{2})/g, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
              'latin1',
            );
      return decodeCharset(bytes, charset.replace(/\*.*$/, ''));
    });
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  euro: '€',
  shy: '',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  deg: '°',
  sect: '§',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  iacute: 'í',
  iuml: 'ï',
  oacute: 'ó',
  ocirc: 'ô',
  ouml: 'ö',
  uacute: 'ú',
  uuml: 'ü',
  ccedil: 'ç',
  ntilde: 'ñ',
  szlig: 'ß',
  Eacute: 'É',
  Euml: 'Ë',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Auml: 'Ä',
  Iuml: 'Ï',
  Ccedil: 'Ç',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    const code = name.startsWith('#x') || name.startsWith('#X') ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    if (name.startsWith('#')) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return ENTITIES[name] ?? ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const HIDDEN_BLOCK = /<!--|<(head|style|script|title)\b/gi;

/**
 * Comments and head/style/script/title elements removed, each end found with indexOf. The
 * patterns `<!--[\s\S]*?-->` and `<(style…)\b[\s\S]*?<\/\1>` scan to the end of the text from every
 * opening that is never closed: quadratic on a part full of `<!--`.
 */
function dropBlocks(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let last = 0;
  HIDDEN_BLOCK.lastIndex = 0;
  for (let m = HIDDEN_BLOCK.exec(html); m; m = HIDDEN_BLOCK.exec(html)) {
    const close = m[1] ? `</${m[1].toLowerCase()}` : '-->';
    const end = lower.indexOf(close, m.index + m[0].length);
    if (end < 0) break;
    const after = m[1] ? lower.indexOf('>', end) : end + close.length - 1;
    if (after < 0) break;
    out += html.slice(last, m.index);
    last = after + 1;
    HIDDEN_BLOCK.lastIndex = last;
  }
  return out + html.slice(last);
}

/** HTML mail → text: paragraphs and list items on their own lines, ordered lists numbered `1.`, table cells tab-separated. */
export function htmlToText(html: string): string {
  const source = dropBlocks(html).replace(/\s+/g, ' ');
  const lists: Array<{ ordered: boolean; count: number }> = [];
  let out = '';
  let last = 0;
  // `[^<>]` rather than `[^>]`: a tag that never closes stops at the next `<`, so the scan stays linear.
  for (const m of source.matchAll(/<(\/?)([a-z][\w:-]*)\b[^<>]*>/gi)) {
    out += source.slice(last, m.index);
    last = m.index + m[0].length;
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    if (tag === 'br') out += '\n';
    else if (/^(?:p|div|h[1-6]|blockquote|pre|table|address)$/.test(tag)) out += closing ? '\n\n' : '\n';
    else if (tag === 'tr') out += '\n';
    else if ((tag === 'td' || tag === 'th') && closing) out += '\t';
    else if (tag === 'ol' || tag === 'ul') {
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', count: Number(/\bstart\s*=\s*"?(\d+)/i.exec(m[0])?.[1] ?? 1) - 1 });
      out += '\n';
    } else if (tag === 'li' && !closing) {
      const list = lists[lists.length - 1];
      if (list) list.count++;
      out += list?.ordered ? `\n${list.count}. ` : '\n- ';
    }
  }
  out += source.slice(last);
  return decodeEntities(out)
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]+/g, ' ').replace(/ *\t */g, '\t'))
    .map((line) => trimTrailingBlanks(line).trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** An RFC 5322 `Date:` as the Dutch date and time in Europe/Amsterdam (`15 oktober 2024 00:41`), or null. */
export function mailDateInAmsterdam(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value.replace(/\s*\([^)]*\)\s*$/, ''));
  if (Number.isNaN(time)) return null;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(time));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${Number(get('day'))} ${MONTH_NAMES_BY_NUMBER[Number(get('month'))]} ${get('year')} ${get('hour')}:${get('minute')}`;
}

/** The Outlook-style header block for one message. */
export function mailHeaderBlock(mail: MailContent): string {
  const lines: string[] = [];
  if (mail.from) lines.push(`Van: ${mail.from}`);
  const date = mailDateInAmsterdam(mail.date);
  if (date) lines.push(`Verzonden: ${date}`);
  if (mail.to) lines.push(`Aan: ${mail.to}`);
  if (mail.subject) lines.push(`Onderwerp: ${mail.subject}`);
  return lines.join('\n');
}

/** Numbered questions in a text: two lines or more that start `1.`, `2)`, `Vraag 3`. */
export function holdsNumberedQuestions(text: string): boolean {
  const numbered = text
    .split('\n')
    .filter(
      (line) => /^\s*(?:vraag\s+)?\d{1,2}[a-z]?\s*[.):]\s*\S/i.test(line) || /^\s*vraag\s+\d{1,2}\s*$/i.test(line),
    );
  return numbered.length >= 1 && text.includes('?');
}

/**
 * A raw message that reached the parser as text (an `.eml` opened in an editor and pasted, or imported as `.txt`
 * without the upload's MIME test): the same header block and decoded body as an uploaded `.eml`, so that
 * quoted-printable soft line breaks and `=C3=AF` escapes are undone. Only text attachments can be read here (a PDF
 * or Word attachment needs the asynchronous extraction); null when the text is no MIME message.
 */
export function mimeTextAsMail(text: string): string | null {
  const raw = text.replace(/^\uFEFF/, '');
  if (!/^[\w-]+:/.test(raw) || !startsWithMimeHeaders(raw.slice(0, 8192))) return null;
  let mail: MailContent;
  try {
    mail = readMail(Buffer.from(raw, 'utf8'));
  } catch (error: unknown) {
    if (error instanceof DocumentError) throw error;
    return null;
  }
  return renderMailSync(mail);
}

function renderMailSync(mail: MailContent): string {
  const header = mailHeaderBlock(mail);
  if (!holdsNumberedQuestions(mail.text)) {
    for (const attachment of mail.attachments) {
      if (attachment.contentType !== 'text/plain' && !/\.txt$/i.test(attachment.filename)) continue;
      const text = decodeCharset(attachment.bytes, 'utf-8');
      if (holdsNumberedQuestions(text)) return `${header}\n\n${text}`;
    }
    for (const message of mail.messages) {
      const text = renderMailSync(message);
      if (holdsNumberedQuestions(text)) return `${header}\n\n${text}`;
    }
  }
  return `${header}\n\n${mail.text}`;
}

/**
 * The text of an e-mail for the parser. `readAttachment` extracts an attachment's text (PDF,
 * Word), or null for a file type that holds no questions.
 */
export async function mailToText(
  bytes: Buffer,
  readAttachment: (attachment: MailAttachment) => Promise<string | null>,
): Promise<string> {
  let mail: MailContent;
  try {
    mail = readMail(bytes);
  } catch (error: unknown) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError('corrupt', 'Het e-mailbericht is beschadigd en kan niet worden gelezen.');
  }
  return renderMail(mail, readAttachment);
}

async function renderMail(
  mail: MailContent,
  readAttachment: (attachment: MailAttachment) => Promise<string | null>,
): Promise<string> {
  const header = mailHeaderBlock(mail);
  let body = mail.text;
  if (!holdsNumberedQuestions(body)) {
    // A cover note ("Bijgaand treft u onze vragen"): the questions are in an attachment or a forwarded message.
    for (const attachment of mail.attachments) {
      const text = await readAttachment(attachment);
      if (text && holdsNumberedQuestions(text)) return `${header}\n\n${text}`;
    }
    for (const message of mail.messages) {
      const text = await renderMail(message, readAttachment);
      if (holdsNumberedQuestions(text)) return `${header}\n\n${text}`;
    }
  }
  if (body.trim() === '' && mail.attachments.length > 0) {
    const texts: string[] = [];
    for (const attachment of mail.attachments) texts.push((await readAttachment(attachment)) ?? '');
    body = texts.filter(Boolean).join('\n\n');
  }
  return `${header}\n\n${body}`;
}
