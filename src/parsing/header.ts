/**
 * Header fields of a question set: labelled lines (`Onderwerp:`, `Datum ontvangst:`, a form's
 * header table), letterheads, signatures, and names and dates as printed.
 */

import { MONTH_NAMES_BY_NUMBER } from '../deadlines';
import municipalityList from './municipalities.nl.json';

/** The labelled fields that give a set's reference (`Registratienummer`, `Zaaknummer`, `Kenmerk`); a bare `Nummer` too. */
export const REFERENCE_FIELDS: ReadonlySet<HeaderField> = new Set<HeaderField>([
  'registrationNumber',
  'caseNumber',
  'ourReference',
  'number',
]);

export type HeaderField =
  | 'subject'
  | 'title'
  | 'registrationNumber'
  | 'caseNumber'
  | 'ourReference'
  | 'number'
  | 'receivedOn'
  | 'answeredOn'
  | 'sentOn'
  | 'date'
  | 'submitters'
  | 'from'
  | 'party'
  | 'portfolioHolder'
  | 'legalBasis'
  | 'municipality'
  | 'author'
  | 'department'
  | 'ignored';

/** Who asks, as a form's label names them (`raadslid(en)`, `indiener(s)`, `vragensteller(s)`). */
const ASKERS = String.raw`(?:raadslid(?:\(en\))?|raadsleden|indiener(?:s|\(s\))?|vragensteller(?:s|\(s\))?)`;
/**
 * A signature's label (`Handtekening raadslid(en)`, `Ondertekening vragensteller(s)`, `Ondertekend door`): a
 * submitters field here, and where it follows the questions their end (structure.ts, SIGNATURE_FIELD).
 */
export const SIGNATURE_LABEL = String.raw`(?:(?:handtekening(?:en|\(en\))?|ondertekening)(?: ${ASKERS})?|ondertekend door)`;

/**
 * The college's signature field under its answers (`Ondertekening college`, `Handtekening namens het college`,
 * `Ondertekend door de portefeuillehouder`): it signs the letter, names no asker, and ends the answers (structure.ts).
 */
export const COLLEGE_SIGNATURE_LABEL = String.raw`(?:handtekening(?:en)?|ondertekening|ondertekend)(?: (?:namens|door|van))?(?: (?:het|de))? (?:college(?: van b(?:urgemeester )?(?:&|en) ?w(?:ethouders)?)?|burgemeester en wethouders|b&w|portefeuillehouder|wethouder|secretaris|burgemeester)`;

const LABELS: Array<[RegExp, HeaderField]> = [
  [new RegExp(String.raw`^${COLLEGE_SIGNATURE_LABEL}$`), 'ignored'],
  [/^(?:onderwerp(?: vraag\/vragen| vragen| vraag)?|betreft|inzake|subject)$/, 'subject'],
  [/^titel$/, 'title'],
  // (`Inschrijvingsnr. griffie`: the number the griffie entered the questions under.)
  [
    /^(?:registratienummer|registratienr\.?|reg\.? ?nr\.?|ris-?nummer|inschrijvingsnummer|inschrijvingsnr\.?)(?: \w+)?$/,
    'registrationNumber',
  ],
  // (`Zaaknummer griffie`: the case number the griffie filed the questions under, as `Registratienummer griffie`.)
  [/^(?:zaaknummer|zaaknr\.?)(?: \w+)?$/, 'caseNumber'],
  [/^(?:ons kenmerk|kenmerk)$/, 'ourReference'],
  // (`Nummer raadsvragen`, `Nr. schriftelijke vragen`: the number the questions were registered under.)
  [/^(?:(?:nummer|nr\.?)(?: (?:raadsvragen|raadsvraag|(?:schriftelijke )?vragen))?|vraagnummer)$/, 'number'],
  // (`Via: de griffie`: the way the letter goes, no field of the set; nor is an export's `Geëxporteerd op: …` stamp.)
  [
    /^(?:uw kenmerk|aan|via|to|cc|bcc|bijlage\(?n?\)?|bijlagen|kopie|telefoon|e-?mail|contactpersoon|behandeld door|doorkiesnummer|type|documenttype|status|export|exportdatum|ge[eë]xporteerd(?: op)?|gekoppeld|gekoppelde documenten)$/,
    'ignored',
  ],
  [
    /^(?:datum (?:ontvangst|ontvangen|indiening|binnenkomst|(?:raads|schriftelijke )?vra(?:ag|gen)|van indiening|van ontvangst|ingekomen|ingediend)(?: \w+)?|(?:(?:raads|schriftelijke )?vragen )?(?:ontvangen|ingediend|ingekomen|gesteld)(?: op| d\.d\.?)?|registratiedatum|datum registratie|uw (?:brief|vragen|e-?mail|schrijven)(?: (?:van|d\.d\.))?|(?:ontvangen|ingekomen)(?: (?:bij )?(?:de )?griffie)? d\.d\.?)$/,
    'receivedOn',
  ],
  [
    // (Also by whom: `Vastgesteld door het college op` on a form, the day the college settled its answers; so is
    // `Datum vaststelling college`.)
    /^(?:datum vaststelling (?:(?:door )?(?:het )?(?:college|b&w)|(?:van )?(?:de )?antwoorden)|datum (?:beantwoording|beantwoord|antwoord|van beantwoording|afgedaan|afgehandeld|afhandeling|afdoening)(?: \w+)?|(?:beantwoord|afgedaan|afgehandeld)(?: d\.d\.?| op)?|(?:vastgesteld|beantwoord) door (?:het )?college(?: op| d\.d\.?)?)$/,
    'answeredOn',
  ],
  // The day a letter went out is administrative: the letter's own `Datum` is its answer date (docs/parse-output.md).
  // (So is a bare `Verzonden` in a letter: an e-mail's header block reads it as the message's date, see structure.ts.)
  // (Also naming where it went: `Verzonden aan vragensteller(s) en griffie op: 11 juni 2025`.)
  [
    /^(?:datum (?:verzending|verzonden|van verzending)|verzenddatum|verzonden(?: aan [^.?!]{1,40}?)?(?: op)?)$/,
    'sentOn',
  ],
  // The day the college decided on its answers (`Datum collegebesluit`) dates them as the sending day does: only when
  // the answer letter prints no date of its own.
  [/^(?:datum (?:collegebesluit|besluit(?: college| b&w)?)|collegebesluit(?: van| d\.d\.)?)$/, 'sentOn'],
  [/^(?:datum|date|sent)$/, 'date'],
  // (A form's `Mede-indieners` / `Mede-ondertekenaars` after the first asker's `Naam`: they ask with them.)
  [
    new RegExp(
      String.raw`^(?:(?:mede-?)?indiener(?:s|\(s\))?|mede-?ondertekenaar(?:s|\(s\))?|(?:naam|namen) ${ASKERS}(?:\/(?:raadsleden|indieners))?|${SIGNATURE_LABEL}|vragen van|vragensteller(?:s|\(s\))?|vraagsteller(?:s|\(s\))?|ingediend door|gesteld door|raadslid(?:\(en\)|\/raadsleden)?|raadsleden|namens)$`,
    ),
    'submitters',
  ],
  // `Steller` is the civil servant who drafted the document (a form's, a letter's, a collegevoorstel's): no submitter.
  // (So is the `Behandelend ambtenaar`.)
  [/^(?:steller(?:s|\(s\))?|behandelend ambtenaar)$/, 'author'],
  // A form's consent box (`Akkoord privacyverklaring: ja`, `Akkoord met de voorwaarden: ja`) is no field of the set.
  [/^akkoord(?: [a-zà-ÿ-]+){0,4}$/, 'ignored'],
  // A paraph under the answers (`Paraaf portefeuillehouder: M.J.`) initials the letter: no field of the set.
  [/^paraaf(?: \w+)?$/, 'ignored'],
  // A Gemeenteblad's volume year and a portfolio's name (`Portefeuille(s)   Verkeer`) are no field of the set.
  [/^(?:jaar|jaargang|portefeuille(?:s|\(s\))?)$/, 'ignored'],
  [/^afdeling$/, 'department'],
  // A collegevoorstel's own dates and flags are not the set's.
  [/^(?:datum voorstel|collegevergadering|datum collegevergadering|openbaar|geheim)$/, 'ignored'],
  // The day the griffie passed the questions on (`Doorgezonden aan college`) is neither received nor answered.
  [/^(?:doorgezonden|doorgestuurd)(?: aan (?:het )?college)?(?: d\.d\.?| op)?$/, 'ignored'],
  // A RIS page's own bookkeeping (`Laatst gewijzigd   29-11-2024 09:14`) dates the page, not the set.
  [
    /^(?:laatst gewijzigd|laatst bijgewerkt|gewijzigd(?: op)?|bijgewerkt(?: op)?|gepubliceerd(?: op)?|publicatiedatum)$/,
    'ignored',
  ],
  [/^(?:van|from)$/, 'from'],
  [/^(?:fractie|partij|fractie\(?s\)?|fracties|namens (?:de )?fractie)$/, 'party'],
  [
    /^(?:portefeuillehouder(?:s|\(s\))?|afgestemd (?:met (?:de )?)?portefeuillehouder|verantwoordelijk wethouder|wethouder|vakwethouder|behandelend wethouder|beantwoord door)$/,
    'portfolioHolder',
  ],
  // (A form asks it as `Vragen op grond van` / `Gesteld op grond van`, the article ticked among its boxes.)
  [/^(?:grondslag|reglement|artikel|vragen ex|(?:(?:vragen|gesteld|ingediend) )?op grond van)$/, 'legalBasis'],
  [/^gemeente$/, 'municipality'],
];

export function labelField(label: string): HeaderField | null {
  let normalised = label
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s:]+$/, '')
    .trim();
  // (A form may space the slash between a label's alternatives: `Naam raadslid / raadsleden`.)
  if (normalised.includes(' /') || normalised.includes('/ ')) normalised = normalised.replace(/ ?\/ ?/g, '/');
  for (const [pattern, field] of LABELS) if (pattern.test(normalised)) return field;
  return null;
}

/** A field label alone on its line (`Onderwerp`, `Indiener(s)`), its value on the next line as a RIS page prints it. */
export function isBareLabel(line: string): boolean {
  if (/[:\d\t]| {2,}/.test(line) || line.split(' ').length > 4) return false;
  return labelField(line) !== null;
}

export interface FieldValue {
  field: HeaderField;
  value: string;
  /** Read from an e-mail's header block (`Van:`, `Verzonden:`, `Onderwerp:`), which the body's own fields override. */
  mail?: boolean;
  /** Printed after the first answer or the answers heading: a `Datum:` there is the answer's date. */
  afterAnswers?: boolean;
  /** Printed in a document glued after the one holding the questions (an answer letter after the questions form). */
  laterPart?: boolean;
  /** Printed in the document holding the questions when an answer letter is glued after it. */
  questionPart?: boolean;
}

/** `Fw: Schriftelijke vragen: laadpalen` → `laadpalen`: reply/forward prefixes and the generic label go. */
export function cleanMailSubject(subject: string): string | null {
  let value = subject.trim();
  for (let guard = 0; guard < 6; guard++) {
    const next = value.replace(
      /^(?:(?:re|fw|fwd|aw|wg|antw|doorst|tr)\s*:\s*|\[[^\]]{1,30}\]\s*|schriftelijke (?:raads)?vragen\s*:\s*)/i,
      '',
    );
    if (next === value) break;
    value = next;
  }
  return value || null;
}

/**
 * The subject a title line names: `Beantwoording schriftelijke vragen van de fractie X over Y` → `Y`
 * as printed (an article after `over` stays). A title without `over` is kept whole.
 */
export function subjectFromTitle(title: string): string {
  const about = /\sover\s+(\S.*)$/i.exec(title.trim());
  return about ? about[1].trim() : title.trim();
}

/** Reads `Label: value` pairs from a line, also as table cells (`| Fractie | VVD |`, tabs, wide gaps). */
export function parseFieldLine(line: string): FieldValue[] {
  if (line.length > 200) return [];
  // `Zaaknummer          : Z/25/041287`: a label padded to a column before its colon.
  // `Titel ............. Wachttijden …`: a RIS export pads its labels to a column with a dot leader, a colon's place.
  const leader = /^([^.:|\t]{2,40}?)[ \t]*\.{2,}[ \t]+(?=\S)/.exec(line);
  if (leader && labelField(leader[1]) !== null) line = `${leader[1]}: ${line.slice(leader[0].length)}`;
  // `Fractie        = Stadsbelang`: an export in `Sleutel = waarde` form sets its value off with an equals sign.
  const equals = /^([^=:|\t]{2,40}?)[ \t]*=[ \t]+(?=\S)/.exec(line);
  if (equals && labelField(equals[1]) !== null) line = `${equals[1]}: ${line.slice(equals[0].length)}`;
  const parts = line
    .replace(/(\S)[ \t]+:(?=\s|$)/g, '$1:')
    .replace(/^\|\s*|\s*\|$/g, '')
    .split(/(\s*\|\s*|\t+| {2,})/);
  // Each cell with the gap printed before it: two spaces inside a value are an OCR'd word gap, not a column.
  const cells: string[] = [];
  const gaps: string[] = [];
  for (let k = 0; k < parts.length; k += 2) {
    const cell = parts[k].trim();
    if (cell === '') continue;
    cells.push(cell);
    gaps.push(k > 0 ? parts[k - 1] : '');
  }
  const isLabelCell = (cell: string): boolean =>
    labelField(cell) !== null || labelField(/^([^:]{2,40}?)\s*:/.exec(cell)?.[1] ?? '') !== null;
  // `Onderwerp       :  Beantwoording  schriftelijke vragen`: the words after a double space go on with the value.
  const goesOn = (k: number): boolean => k < cells.length && gaps[k] === '  ' && !isLabelCell(cells[k]);
  const out: FieldValue[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    // (A label naming where a form went runs longer: `Verzonden aan vragensteller(s) en griffie op:`.)
    const colon = /^([^:]{2,60}?)\s*:\s*(.*)$/.exec(cell);
    if (colon) {
      const field = labelField(colon[1]);
      if (field) {
        let value = colon[2].trim();
        if (!value && i + 1 < cells.length && !labelField(cells[i + 1].replace(/:.*$/, ''))) value = cells[++i];
        while (value && goesOn(i + 1)) value = `${value} ${cells[++i]}`;
        out.push({ field, value });
        continue;
      }
    }
    const field = labelField(cell);
    if (field && i + 1 < cells.length) {
      out.push({ field, value: cells[++i] });
      continue;
    }
    if (i === 0) return [];
  }
  return out;
}

/**
 * A label as long as a field block's column leaves room for, one space before its value (`Portefeuillehouder wethouder
 * X` under `Onderwerp          Y`): read where the neighbouring field line's value starts, at the same column.
 */
export function fieldAtColumn(line: string, neighbour: string): FieldValue[] {
  const column = /^(\S.*?\S) {2,}(?=\S)/.exec(neighbour);
  if (!column || labelField(column[1]) === null) return [];
  const at = column[0].length;
  if (line.length <= at || line.charAt(at - 1) !== ' ' || /\s/.test(line.charAt(at - 2) + line.charAt(at))) return [];
  const field = labelField(line.slice(0, at - 1));
  return field ? [{ field, value: line.slice(at).trim() }] : [];
}

/** A letterhead's fields run together on one line: `Datum 28 oktober 2024 · Kenmerk AB/24/1 · Uw brief 7 oktober 2024`. */
export const DOTTED_FIELDS = /\s[·•]\s/;

/**
 * Each `Label value` piece of such a line (a label of up to three words, no colon); a piece that opens with no
 * label makes the line no field line (`Gemeente X · Kerklaan 1 · 1234 AB X` is an address).
 */
export function parseRunTogetherFields(line: string): FieldValue[] {
  const out: FieldValue[] = [];
  for (const piece of line.split(/\s+[·•]\s+/)) {
    const words = piece.trim().split(/\s+/);
    let read: FieldValue | null = null;
    for (let k = Math.min(3, words.length - 1); k >= 1 && !read; k--) {
      const field = labelField(words.slice(0, k).join(' '));
      if (field) read = { field, value: words.slice(k).join(' ') };
    }
    if (!read) return [];
    out.push(read);
  }
  return out;
}

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  febr: 2,
  maart: 3,
  mrt: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const WRITTEN_DATE = new RegExp(`\\b(\\d{1,2})\\s+(${Object.keys(MONTHS).join('|')})\\.?\\s+(\\d{4})\\b`, 'i');

/** A date written in full (`6 november 2018`, `06-11-2018`, `2018-11-06`) as ISO; relative dates are not read here. */
export function findAbsoluteDate(text: string): { iso: string; index: number; length: number } | null {
  const candidates: Array<{ iso: string | null; index: number; length: number }> = [];
  const written = WRITTEN_DATE.exec(text);
  if (written)
    candidates.push({
      iso: isoDate(+written[3], MONTHS[written[2].toLowerCase()], +written[1]),
      index: written.index,
      length: written[0].length,
    });
  const numeric = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/.exec(text);
  if (numeric)
    candidates.push({
      iso: isoDate(+numeric[3], +numeric[2], +numeric[1]),
      index: numeric.index,
      length: numeric[0].length,
    });
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) candidates.push({ iso: isoDate(+iso[1], +iso[2], +iso[3]), index: iso.index, length: iso[0].length });
  const valid = candidates.filter((c): c is { iso: string; index: number; length: number } => c.iso !== null);
  valid.sort((a, b) => a.index - b.index);
  return valid[0] ?? null;
}

const ENGLISH_MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};
const ENGLISH_MONTH = `(${Object.keys(ENGLISH_MONTHS).join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)`;
const ENGLISH_DATE = new RegExp(
  `\\b${ENGLISH_MONTH}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b|\\b(\\d{1,2})\\s+${ENGLISH_MONTH}\\.?,?\\s+(\\d{4})\\b`,
  'i',
);

/**
 * The date of an e-mail header (`Verzonden:`, `Sent:`, `Date:`): Dutch as in the text, or as an English
 * mail program prints it (`Monday, February 3, 2025 11:20 AM`, `3 Feb 2025`). Only headers are read so:
 * English month names in Dutch running text are not dates of the set.
 */
export function findMailDate(value: string): string | null {
  const dutch = findAbsoluteDate(value);
  if (dutch) return dutch.iso;
  const m = ENGLISH_DATE.exec(value);
  if (!m) return null;
  const month = (name: string): number =>
    ENGLISH_MONTHS[name.toLowerCase()] ??
    Object.entries(ENGLISH_MONTHS).find(([full]) => full.startsWith(name.toLowerCase()))?.[1] ??
    0;
  return m[1] ? isoDate(+m[3], month(m[1]), +m[2]) : isoDate(+m[6], month(m[5]), +m[4]);
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2999) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `2018-11-06` → `6 november 2018`. */
export function formatDutchDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTH_NAMES_BY_NUMBER[m]} ${y}`;
}

const TITLES =
  /^(?:wethouder|burgemeester|loco-burgemeester|de heren|de dames|mevrouw|mevr\.?|mw\.?|de heer|dhr\.?|heer|hr\.?|het lid|de leden|de raadsleden|de raadslid|raadslid|raadsleden|fractievoorzitter|commissielid|steunfractielid|drs\.?|mr\.?|dr\.?|ir\.?|ing\.?|prof\.?|ds\.?|bc\.?|ba|msc)\s+/i;

/** A printed name without titles or roles; `Paffen – Zeenni` → `Paffen-Zeenni`, `Bakker – van Velzen` → `Bakker-van Velzen`. */
export function cleanPersonName(raw: string): string | null {
  let name = raw
    .replace(/<[^>]*>/g, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/[\w.+-]+@[\w.-]+/g, '')
    .replace(/\s*[,;]\s*(?:fractievoorzitter|raadslid|wethouder|burgemeester|commissielid)\b.*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (let guard = 0; guard < 5 && TITLES.test(name); guard++) name = name.replace(TITLES, '');
  name = name
    .replace(/(\p{Lu}[\p{L}']*)\s+[–—-]\s+(?=(?:(?:van|de|der|den|ter|ten|te|in|'t)\s+)*\p{Lu})/gu, '$1-')
    .replace(/^["'“„]|["'”]$/g, '')
    .replace(/[.,;:]+$/, (m) => (/\b\p{Lu}\.$/u.test(name) ? '.' : m.replace(/[,;:]+/, '')))
    .trim();
  if (!name || !/\p{Lu}/u.test(name) || /\d/.test(name)) return null;
  return name;
}

/** A list of names (`J. de Vries, A. Bakker en K. Öztürk`) → cleaned names; parties in brackets are returned too. */
export function splitNames(raw: string): { names: string[]; parties: string[] } {
  const parties = [...raw.matchAll(/\(([^)]+)\)/g)].map((m) => m[1].trim());
  // `dhr. W. Bos, fractie VVD`: the party after the names is no name (`…, fractie van het CDA`: nor the article).
  const named = raw
    .replace(/\([^)]*\)/g, '')
    .replace(/\s*[,;]\s*(?:de\s+)?fractie\s+(?:van\s+(?:de\s+|het\s+)?)?(.+)$/i, (_all, party: string) => {
      parties.push(party.trim());
      return '';
    });
  // (An ampersand inside a word abbreviates, `Secretariaat B&W`: only one between spaces joins two names.)
  const names = named
    .split(/\s*(?:,|;|(?<!\S)&(?!\S)|\/|\sen\s)\s*/)
    .map((part) => cleanPersonName(part))
    .filter((name): name is string => name !== null);
  return { names, parties };
}

// (A founding year abbreviated after the name is part of it: `Gemeentebelangen '98`.)
// (A local party's name may end a word with an exclamation mark: `fractie Forza! Castricum`, `fractie Echt Anders!`.)
// (Two parties in one fractie are joined by a slash: `de fractie PvdA/GroenLinks`, `ChristenUnie/SGP`.)
const PARTY_AFTER_FRACTIE =
  /\b[Ff]racties?[ \t]+(?:van[ \t]+)?(?:de[ \t]+|het[ \t]+)?((?:\p{Lu}|\d)[\p{L}\d'&+-]*!?(?:[ \t]+(?:(?:voor|van)(?:[ \t]+(?:de|het|'t))?|en|&)[ \t]+(?:\p{Lu}|\d)[\p{L}\d'-]*|[ /-](?:\p{Lu}|\d)[\p{L}\d'&+-]*!?){0,3}(?:[ \t]+['’]\d{2}\b)?)/u;
const PARTY_BEFORE_FRACTIE = /\b((?:\p{Lu}|\d)[\p{L}\d'&+]*(?:-\p{Lu}[\p{L}\d]*)?)-?fractie\b/u;

/** The party named in `de fractie van GroenLinks`, `Fractie: VVD`, `de D66-fractie`. */
export function findParty(text: string, municipality: string | null): string | null {
  const after = PARTY_AFTER_FRACTIE.exec(text);
  const before = PARTY_BEFORE_FRACTIE.exec(text);
  const hit = after && (!before || after.index <= before.index) ? after[1] : before?.[1];
  return hit ? cleanParty(hit, municipality) : null;
}

// (A provincial party has local branches as a national one does: `FNP Smallingerland` is the FNP's.)
export const NATIONAL_PARTY =
  /^(?:GroenLinks(?:-PvdA)?|PvdA|VVD|CDA|D66|SP|ChristenUnie|SGP|PVV|Partij voor de Dieren|PvdD|Volt|JA21|BBB|50PLUS|DENK|FvD|Forum voor Democratie|FNP)$/i;

export function cleanParty(raw: string, municipality: string | null): string | null {
  let party = raw
    .replace(/^(?:de\s+)?fractie\s+(?:van\s+)?(?:de\s+|het\s+)?/i, '')
    .replace(/-?fractie$/i, '')
    .replace(/[.,;:]+$/, '')
    .trim();
  // `GroenLinks Amersfoort` is the local branch of a national party; `Leefbaar Almere` is a local party's name.
  if (municipality && party.endsWith(` ${municipality}`)) {
    const branch = party.slice(0, -municipality.length - 1);
    if (NATIONAL_PARTY.test(branch)) party = branch;
  } else if (!municipality) {
    // `SP Heerlen` where the text names no municipality: a national party and a place name.
    const branch = /^(.+)\s\p{Lu}[\p{L}'-]+$/u.exec(party);
    if (branch && NATIONAL_PARTY.test(branch[1])) party = branch[1];
  }
  if (/^(?:van|de|het|en|in|uw|onze)$/i.test(party)) return null;
  return party || null;
}

/** A place name: `Amersfoort`, `'s-Hertogenbosch`, `Alphen aan den Rijn`, `Den Haag`, `De Bilt`. */
// Two capitalised words when the first is an adjective or a compass word: `Hoeksche Waard`, `Gooise Meren`,
// `Oude IJsselstreek`, `West Betuwe`.
const PLACE =
  "('s-\\p{Lu}[\\p{L}-]+|(?:\\p{Lu}\\p{Ll}+(?:sche|se)|West|Oost|Noord|Zuid|Oude|Nieuwe|Hollands) \\p{Lu}[\\p{L}'-]+|(?:(?:Den|De|Het)\\s+(?=\\p{Lu}))?\\p{Lu}[\\p{L}'-]+(?:\\s+(?:aan|op|den|de|in)\\s+(?:den\\s+|de\\s+)?\\p{Lu}[\\p{L}'-]+)?)";
// The name follows on the same line or the next (a letterhead `gemeente` / `Noord-Beveland`), never after a blank
// line: `Aan de leden van de gemeenteraad` / (blank) / `Onderwerp: …` names none. The next line is read only under a
// `gemeente` standing alone on its line: under `Fractie in de gemeenteraad` stands a party's name (`CDA Oosterhoeve`).
const MUNICIPALITY_PATTERNS = [
  new RegExp(
    `\\b[Gg]emeente(?:raad)?(?:[ \\t]+|(?<=(?:^|\\n)[ \\t]*[Gg]emeente(?:raad)?)[ \\t]*\\n[ \\t]*)(?:van\\s+)?${PLACE}`,
    'gu',
  ),
  new RegExp(`\\b[Bb]urgemeester en wethouders van\\s+${PLACE}`, 'gu'),
];
/**
 * Read only when no `gemeente X` is printed: `Griffie Heerlen`, `Raadsinformatie Den Haag`, on one line (a portal title
 * `Barendrecht - Raadsinformatiesysteem` ends its line, and the next line's first word is no place). A form's head in
 * capitals puts the office before the word as well (`GRIFFIE GEMEENTE X`).
 */
const COUNCIL_OFFICE_PATTERN = new RegExp(
  `\\b(?:[Gg]riffie|GRIFFIE|[Rr]aadsinformatie(?:systeem)?|[Rr]aadsgriffie)[ \\t]+(?:van[ \\t]+|gemeente[ \\t]+|GEMEENTE[ \\t]+)?${PLACE}`,
  'gu',
);
// (`GEMEENTE` is the letterhead's next line read after `… de gemeenteraad`, never a name.)
const NOT_A_MUNICIPALITY = new Set([
  'De',
  'Het',
  'Een',
  'Dit',
  'Deze',
  'Die',
  'Wij',
  'We',
  'Ook',
  'En',
  'Nederland',
  'Gemeente',
  'GEMEENTE',
  'GEMEENTERAAD',
]);

/**
 * The official names (src/parsing/municipalities.nl.json) by their first word in lower case, longest first:
 * a name of several words (`Aa en Hunze`, `Peel en Maas`, `Nuenen, Gerwen en Nederwetten`) is read whole
 * where the general place pattern stops at its first word.
 */
const KNOWN_MUNICIPALITIES = new Map<string, string[]>();
for (const name of (municipalityList as { names: string[] }).names) {
  const first = /^[^\s,]+/.exec(name.toLowerCase())?.[0] ?? '';
  KNOWN_MUNICIPALITIES.set(first, [...(KNOWN_MUNICIPALITIES.get(first) ?? []), name]);
}
for (const names of KNOWN_MUNICIPALITIES.values()) names.sort((a, b) => b.length - a.length);

/**
 * The official name of a municipality printed at `index` (`Peel en Maas |`, `AA EN HUNZE`), spelled as
 * listed; null when the words there are no listed name (then the general rules read it as printed).
 */
export function knownMunicipalityAt(text: string, index: number): string | null {
  const first = /^[^\s,]+/.exec(text.slice(index, index + 40))?.[0].toLowerCase();
  const candidates = first ? KNOWN_MUNICIPALITIES.get(first.replace(/[.:;]+$/, '')) : undefined;
  if (!candidates || !/^(?:'[sS]-)?\p{Lu}/u.test(text.slice(index, index + 4))) return null;
  for (const name of candidates) {
    const printed = text.slice(index, index + name.length);
    // Any case (a letterhead in capitals), but whole words: `Beek` is not the start of `Beekdaelen`.
    if (printed.toLowerCase() === name.toLowerCase() && !/[\p{L}\p{N}]/u.test(text.charAt(index + name.length)))
      return name;
  }
  return null;
}

/**
 * The municipality named most often (`gemeente Amersfoort`, `gemeenteraad van Amersfoort`); ties go to the first.
 * A letter's own municipality stands in its letterhead, sender or address (`Gemeente X`, `Bestuurssecretariaat
 * gemeente X`, `burgemeester en wethouders van X`, `Aan de gemeenteraad van X`); one named in a sentence with an
 * article (`samen met de gemeente Y`, `De gemeente Y legt …`) or on a copy line (`cc: gemeente Y`) is another
 * it works with, counted only when no own mark is printed.
 */
export function findMunicipality(text: string): string | null {
  const named = mostNamed(text, MUNICIPALITY_PATTERNS, isOwnMark);
  // `Gemeente Gooise Meren` on a line of its own names the whole of a two-word municipality (its words
  // one space apart: `Gemeente Wageningen          Raadsvragen` is a name beside a column).
  const letterhead =
    /^[Gg]emeente (\p{Lu}[\p{L}'-]+(?: (?:(?:van|en|aan|den|de|op) )?\p{Lu}[\p{L}'-]+){1,2})[ \t]*$/mu.exec(text)?.[1];
  if (named && letterhead?.startsWith(`${named} `)) return letterhead;
  const office = mostNamed(text, [COUNCIL_OFFICE_PATTERN]);
  // A council office's name in capitals (`GRIFFIE X`) is written as a name, as a capitals letterhead is.
  return (
    named ??
    capitalsLetterhead(text) ??
    (office && !/\p{Ll}/u.test(office) ? capitalsName(office) : office) ??
    portalTitle(text)
  );
}

/**
 * A policy or by-law titled with a listed municipality right after its first word (`Cultuurnota X 2024-2028`,
 * `Parkeerverordening X`), or after the lower-case words after it: the municipality's own document, so it names the municipality of a text whose letterhead
 * was lost (a Word export). Read only where nothing else names it; a region's or province's (`Woonvisie Regio X`,
 * `Omgevingsvisie Provincie X`) has another word there.
 */
export function municipalityInTitles(titles: string[]): string | null {
  for (const title of titles) {
    // (Also after lower-case words naming its subject: `Verordening maatschappelijke ondersteuning X 2020`.)
    // (Or after the adjective saying whose it is: `Gemeentelijk Rioleringsplan X 2022-2026`.)
    const at = /^(?:Gemeentelijke?\s+)?\S+\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}/u.exec(title)?.[0].length ?? 0;
    const name = at > 0 ? knownMunicipalityAt(title, at) : null;
    if (name && /^(?:\s+\d{4}(?:\s*[-–]\s*\d{4})?)?$/.test(title.slice(at + name.length))) return name;
  }
  return null;
}

/**
 * A RIS page's site title on its first line, `Heerde - Bestuurlijke informatie` (or the other way round),
 * names the municipality when the name is a listed one — a guess from how iBabs and NotuBiz title a page; so does
 * one part of it that joins the portal's name to the municipality's (`RIS Asten | Raadsinformatie`).
 */
const PORTAL =
  /^(?:bestuurlijke informatie|raadsinformatie(?:systeem)?|gemeenteraad|raad|ris|ibabs|notubiz|politiek portaal|vergaderingen|besluitvorming)$/i;
function portalTitle(text: string): string | null {
  const line = /^\s*(.*)/.exec(text.slice(0, 300))?.[1].trim() ?? '';
  const parts = line.split(/\s+[-–|]\s+/).map((part) => part.trim());
  const known = (name: string | undefined): string | null =>
    name !== undefined && knownMunicipalityAt(name, 0) === name ? name : null;
  // The portal's name joined to the municipality's (`RIS Bergeijk | Raadsinformatie - documentexport`).
  for (const part of parts) {
    const joined = known(/^(?:ris|ibabs|notubiz|raadsinformatie(?:systeem)?)\s+(\S.*)$/i.exec(part)?.[1]);
    if (joined) return joined;
  }
  if (parts.length !== 2) return null;
  const [a, b] = parts;
  return known(PORTAL.test(b) ? a : PORTAL.test(a) ? b : undefined);
}

/** `GEMEENTE CAPELLE AAN DEN IJSSEL` (or `GEMEENTERAAD …`) on a line of its own → `Capelle aan den IJssel`. */
function capitalsLetterhead(text: string): string | null {
  // One line, words one space apart: not the next line, not a column beside it (which may follow after a wide gap:
  // `GEMEENTE X          SCHRIFTELIJKE VRAGEN`, a form's title beside the letterhead).
  // (A department after a spaced dash, `GEMEENTE X - GRIFFIE`, is no part of the name.)
  const m =
    /^GEMEENTE(?:RAAD)? +((?:'S-)?[A-ZÀ-Ý][A-ZÀ-Ý'-]+(?: (?![-–] )[A-ZÀ-Ý'-]+){0,4})(?:[ \t]*$| {3,}\S| [-–] [A-ZÀ-Ý][A-ZÀ-Ý ]*$)/m.exec(
      text,
    );
  if (!m) {
    // A listed name with a comma (`GEMEENTE NUENEN, GERWEN EN NEDERWETTEN`), only whole: `GEMEENTE X, AFDELING Y` is no name.
    const comma = /^GEMEENTE(?:RAAD)? +([A-ZÀ-Ý][A-ZÀ-Ý'-]+,(?: [A-ZÀ-Ý'-]+){1,4})[ \t]*$/m.exec(text)?.[1];
    const known = comma ? knownMunicipalityAt(comma, 0) : null;
    return known && comma && known.length === comma.length ? known : null;
  }
  return capitalsName(m[1]);
}

/** A name printed in capitals (`CAPELLE AAN DEN IJSSEL`) as it is written: the listed name, else each word capitalised. */
function capitalsName(name: string): string {
  const known = knownMunicipalityAt(name, 0);
  if (known && known.length === name.length) return known;
  return name
    .split(/\s+/)
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && /^(?:aan|op|den|de|in|der)$/.test(lower)) return lower;
      if (lower.startsWith("'s-")) return `'s-${lower.charAt(3).toUpperCase()}${lower.slice(4)}`;
      if (lower.startsWith('ij')) return `IJ${lower.slice(2)}`;
      return lower.replace(/(^|-)(\p{L})/gu, (_all, dash: string, letter: string) => `${dash}${letter.toUpperCase()}`);
    })
    .join(' ');
}

/** A mention that marks the letter's own municipality: no article before `gemeente`, not on a copy line. */
function isOwnMark(text: string, index: number, match: string): boolean {
  const line = text.slice(text.lastIndexOf('\n', index - 1) + 1, index);
  if (/^\s*(?:cc|bcc|afschrift(?:\s+aan)?|kopie(?:\s+aan)?)\s*:/i.test(line)) return false;
  return !(/^[Gg]emeente\s/.test(match) && /\b(?:de|De|DE)\s+$/.test(line));
}

function mostNamed(
  text: string,
  patterns: RegExp[],
  ownMark: (text: string, index: number, match: string) => boolean = () => false,
): string | null {
  const counts = new Map<string, { own: number; count: number; first: number }>();
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const name = knownMunicipalityAt(text, m.index + m[0].length - m[1].length) ?? m[1];
      if (NOT_A_MUNICIPALITY.has(name)) continue;
      const entry = counts.get(name) ?? { own: 0, count: 0, first: m.index };
      entry.count++;
      if (ownMark(text, m.index, m[0])) entry.own++;
      entry.first = Math.min(entry.first, m.index);
      counts.set(name, entry);
    }
  }
  let best: string | null = null;
  let bestEntry: { own: number; count: number; first: number } | null = null;
  for (const [name, entry] of counts) {
    if (
      !bestEntry ||
      Math.sign(entry.own) > Math.sign(bestEntry.own) ||
      (Math.sign(entry.own) === Math.sign(bestEntry.own) &&
        (entry.count > bestEntry.count || (entry.count === bestEntry.count && entry.first < bestEntry.first)))
    ) {
      best = name;
      bestEntry = entry;
    }
  }
  return best;
}

/** A municipality's URL name: `Súdwest-Fryslân` → `sudwest-fryslan`, `'s-Hertogenbosch` → `s-hertogenbosch`. */
export function municipalitySlug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `--municipality amstelveen` → `Amstelveen`; a slug that matches the name in the text takes that name. */
export function municipalityFromOption(option: string, inText: string | null): string {
  const value = option.trim();
  if (inText && municipalitySlug(inText) === municipalitySlug(value)) return inText;
  if (/^[a-z0-9'-]+$/.test(value)) {
    return value
      .split('-')
      .map((part, i) =>
        i > 0 && /^(?:aan|op|den|de|in|en|der)$/.test(part) ? part : part.charAt(0).toUpperCase() + part.slice(1),
      )
      .join(' ')
      .replace(/^'S /, "'s-");
  }
  return value;
}

const LEGAL_BASIS =
  /\b(?:art(?:ikel|\.)\s*\d+[a-z]?(?:\s*,?\s*lid\s*\d+)?(?:\s+van\s+het)?\s+(?:RvO|Reglement\s+van\s+Orde(?:\s+(?:voor|van)\s+de\s+(?:gemeente)?raad\b)?)|(?:RvO|Reglement\s+van\s+Orde)\s+art(?:ikel|\.)\s*\d+[a-z]?|(?<=\b(?:vragen|ex)\s+)art(?:ikel|\.)\s*\d+[a-z]?\b)/iu;

/** `artikel 40 RvO` as printed (with `voor de raad` when the reglement's name goes on so), or null. */
export function findLegalBasis(text: string): string | null {
  const m = LEGAL_BASIS.exec(text);
  if (!m) return null;
  let basis = m[0];
  // `… van de gemeenteraad van Zuidplas`: the reglement's name goes on with the council's place (capitalised, on the line).
  if (/raad$/i.test(basis)) {
    const place = OF_PLACE.exec(text.slice(m.index + basis.length));
    if (place) basis += place[0];
  }
  return basis.replace(/\s+/g, ' ').trim();
}

/**
 * Questions named after their article (`beantwoording artikel 40-vragen`): the article alone, as printed; read only
 * where the text names the article nowhere with its reglement.
 */
export function findArticleQuestions(text: string): string | null {
  return /\bart(?:ikel|\.)\s*\d+[a-z]?(?=[- ]vragen\b)/i.exec(text)?.[0].replace(/\s+/g, ' ') ?? null;
}

// The place ends the name: the line or the sentence goes on with a lowercase word (`… van Hollands Kroon heeft gesteld`).
const OF_PLACE = new RegExp(`^[ \\t]+van[ \\t]+${PLACE}(?=[ \\t]*(?:$|[\\n.,;:)]|[ \\t]\\p{Ll}))`, 'u');
