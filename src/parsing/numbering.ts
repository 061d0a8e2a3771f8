/**
 * Question numbers: digits, then an optional lower-case letter (`1`, `1a`, `12c`).
 * Also parses lists of numbers as they stand in labels and cross-references
 * (`2 en 3`, `4 t/m 6`, `1c en 1d`, `1a. en 4b`).
 */

const NUMBER_BODY = /^(\d{1,3})\s*\.?\s*([a-z])?\s*[.):]*$/i;

/** Normalises a printed question number: `normaliseQuestionNumber('Vraag 1a:')` → `'1a'`. */
export function normaliseQuestionNumber(raw: string): string | null {
  const stripped = raw
    .trim()
    .replace(/^(?:vra(?:ag|gen)|antwoord(?:en)?|ad|beantwoording)\b\s*(?:op\s+)?(?:vraag\s+)?/i, '')
    .trim();
  const match = NUMBER_BODY.exec(stripped);
  if (!match) return null;
  return `${Number(match[1])}${(match[2] ?? '').toLowerCase()}`;
}

export interface NumberList {
  numbers: string[];
  /** Characters of the input consumed by the list. */
  length: number;
}

// The letter of a sub-question may follow a dot, a hyphen or stand in brackets: `1.a`, `2-a`, `3 (a)`.
const TOKEN = /(\d{1,3})(?!\d)(?:[ \t]*[.-]?[ \t]*([a-z])(?![a-zà-ÿ/])|[ \t]*\(([a-z])\))?/y;
const LETTER_TOKEN = /([a-z])(?![a-zà-ÿ/])/y;
// (A label in capitals joins its numbers in capitals: `ANTWOORD OP VRAAG 3 EN 4`, `VRAAG 5 T/M 7`.)
const SEPARATOR = /[.)]?[ \t]*(t\/m|T\/M|tot en met|TOT EN MET|tm|TM|,|&|en|EN|of|OF|–|-|\/)[ \t]*/y;

/** Reads a list of question numbers at the start of `text`; `{ numbers: [] }` when there is none. */
export function parseNumberList(text: string): NumberList {
  const numbers: string[] = [];
  let pos: number;
  let lastMain: number | null = null;
  let pendingRange: boolean;

  const readToken = (at: number): { main: number; letter: string; end: number } | null => {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (m) return { main: Number(m[1]), letter: (m[2] ?? m[3] ?? '').toLowerCase(), end: TOKEN.lastIndex };
    if (lastMain !== null && numbers.length > 0 && /[a-z]$/.test(numbers[numbers.length - 1])) {
      LETTER_TOKEN.lastIndex = at;
      const l = LETTER_TOKEN.exec(text);
      if (l) return { main: lastMain, letter: l[1].toLowerCase(), end: LETTER_TOKEN.lastIndex };
    }
    return null;
  };

  const first = readToken(0);
  if (!first) return { numbers: [], length: 0 };
  numbers.push(`${first.main}${first.letter}`);
  lastMain = first.main;
  pos = first.end;

  for (;;) {
    SEPARATOR.lastIndex = pos;
    const sep = SEPARATOR.exec(text);
    if (!sep) break;
    const next = readToken(SEPARATOR.lastIndex);
    if (!next) break;
    const word = sep[1].toLowerCase();
    pendingRange = word === 't/m' || word === 'tot en met' || word === 'tm' || word === '–' || word === '-';
    const previous = numbers[numbers.length - 1];
    if (pendingRange) {
      for (const n of expandRange(previous, `${next.main}${next.letter}`)) numbers.push(n);
    } else {
      numbers.push(`${next.main}${next.letter}`);
    }
    lastMain = next.main;
    pos = next.end;
  }
  return { numbers: unique(numbers), length: pos };
}

/** `4`..`6` → 5, 6; `1a`..`1c` → 1b, 1c (the start is already in the list). */
function expandRange(from: string, to: string): string[] {
  const a = /^(\d+)([a-z]?)$/.exec(from);
  const b = /^(\d+)([a-z]?)$/.exec(to);
  if (!a || !b) return [to];
  const out: string[] = [];
  if (a[2] && b[2] && a[1] === b[1]) {
    for (let c = a[2].charCodeAt(0) + 1; c <= b[2].charCodeAt(0); c++) out.push(`${a[1]}${String.fromCharCode(c)}`);
    return out;
  }
  if (!a[2] && !b[2]) {
    const start = Number(a[1]);
    const end = Number(b[1]);
    if (end > start && end - start <= 50) {
      for (let n = start + 1; n <= end; n++) out.push(String(n));
      return out;
    }
  }
  return [to];
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Items as a Dutch list prints them: `A`, `A en B`, `A, B en C`. */
export function dutchList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}` : (items[0] ?? '');
}

/** Orders question numbers as printed numbers sort: 2 < 10, 1a < 1b. */
export function compareQuestionNumbers(a: string, b: string): number {
  const ma = /^(\d+)([a-z]?)$/.exec(a);
  const mb = /^(\d+)([a-z]?)$/.exec(b);
  if (!ma || !mb) return a.localeCompare(b);
  return Number(ma[1]) - Number(mb[1]) || ma[2].localeCompare(mb[2]);
}
