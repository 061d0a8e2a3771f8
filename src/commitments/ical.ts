/**
 * A minimal iCalendar (RFC 5545) writer for all-day events: CRLF line ends, lines folded at 75
 * octets (never inside a UTF-8 sequence), TEXT values escaped. Pure: no Nest, no I/O.
 */

export interface IcalEvent {
  /** Globally unique and stable across refreshes, so calendar apps update instead of duplicating. */
  uid: string;
  /** ISO date of the all-day event. */
  date: string;
  summary: string;
  description: string;
  url?: string | null;
  categories?: string[];
}

export interface IcalCalendar {
  name: string;
  /** Time of generation, for DTSTAMP. */
  now: Date;
  events: IcalEvent[];
}

const CRLF = '\r\n';

/** TEXT escaping of RFC 5545 §3.3.11: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line: at most 75 octets per line, continuation lines start with one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets, continuation lines 74 plus the leading space.
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function dateValue(iso: string): string {
  return iso.replace(/-/g, '');
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function buildCalendar(calendar: IcalCalendar): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Raadsvragen//Toezeggingen//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    'X-WR-TIMEZONE:Europe/Amsterdam',
  ];
  const dtstamp = stamp(calendar.now);
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
      // DTEND is exclusive: an all-day event on one date ends the next day.
      `DTEND;VALUE=DATE:${dateValue(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
    );
    if (event.url) lines.push(`URL:${event.url}`);
    if (event.categories && event.categories.length > 0)
      lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
