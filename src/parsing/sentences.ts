/** Splits Dutch running text into sentences without breaking at abbreviations (`jl.`, `o.a.`, `J.`). */

const ABBREVIATIONS = new Set([
  'jl',
  'ca',
  'bijv',
  'bv',
  'o.a',
  'a',
  'nr',
  'd.d',
  'dd',
  'm.i.v',
  'e.d',
  'enz',
  'etc',
  'dhr',
  'mevr',
  'mw',
  'drs',
  'mr',
  'dr',
  'ir',
  'ing',
  'prof',
  'art',
  'blz',
  'pag',
  'resp',
  'i.v.m',
  'm.b.t',
  'incl',
  'excl',
  'vs',
  'evt',
  'min',
  'max',
  'ca',
  'z.s.m',
  't.a.v',
  'p',
  'o.b.v',
  'n.a.v',
  'i.p.v',
  'wo',
  'di',
  'do',
  'vr',
  'za',
  'zo',
  'ma',
  'st',
  'tel',
  'ong',
  'mln',
  'mld',
  'vgl',
]);

export interface Sentence {
  text: string;
  start: number;
}

const BOUNDARY = /[.?!…]+["”’')\]]*\s+(?=["“„‘'(]?[\p{Lu}\d])/gu;

/**
 * A question's decimal sub-number referred to (`zie het antwoord op vraag 2.1.`, `vragen 1.1 en 1.2.`): no section
 * number but the number the sentence ends with, its point the full stop.
 */
const REFERRED_SUB_NUMBER =
  /\b(?:vraag|vragen|antwoord(?:en)?)\s+(?:\d{1,2}\.\d{1,2}\s*(?:,|en|t\/m)\s*)*\d{1,2}\.\d{1,2}\.$/i;

const PARTY_EXCLAIMED = /\b[Ff]ractie\s+(?:van\s+)?(?:de\s+|het\s+)?\p{Lu}[\p{L}\d'&+-]*$/u;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].trimEnd().length;
    const before = text.slice(Math.max(start, m.index - 12), m.index + 1);
    if (
      m[0].startsWith('.') &&
      isAbbreviation(before, text.charAt(m.index + m[0].length)) &&
      !REFERRED_SUB_NUMBER.test(text.slice(Math.max(start, m.index - 40), m.index + 1))
    )
      continue;
    // A party named with an exclamation mark right after `fractie (van)` (`de fractie van Forza! Castricum heeft …`)
    // goes on with the sentence.
    if (m[0].startsWith('!') && PARTY_EXCLAIMED.test(text.slice(Math.max(start, m.index - 40), m.index))) continue;
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push({ text: sentence, start });
    start = m.index + m[0].length;
  }
  const last = text.slice(start).trim();
  if (last) sentences.push({ text: last, start });
  return sentences;
}

// A weekday's short form is also a word (`zo`, `do`): it shortens a day only before a date (`zo. 12 mei`).
const WEEKDAYS = new Set(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);

function isAbbreviation(beforeWithDot: string, next: string): boolean {
  const word = /([\p{L}.\d]+)\.$/u.exec(beforeWithDot)?.[1] ?? '';
  if (!word) return false;
  if (WEEKDAYS.has(word.toLowerCase()) && !/\d/.test(next)) return false;
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true; // initials: J. de Vries, G.J. Ten Dam
  // A company form in capitals closes its name (`… Beheer BV. De eigenaar …`), where `bv.` shortens `bijvoorbeeld`.
  if (/^(?:BV|NV)$/.test(word)) return false;
  // 3.3. is a section number; `€ 120.000.` (groups of three digits) is an amount closing its sentence.
  if (/^\d+(?:\.\d+)*$/.test(word)) return /\d\.\d/.test(word) && !/^\d{1,3}(?:\.\d{3})+$/.test(word);
  return ABBREVIATIONS.has(word.toLowerCase());
}
