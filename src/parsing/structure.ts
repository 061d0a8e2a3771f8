/**
 * Reads the layout of a question set from its cleaned lines: header fields, the party's
 * explanation, the college's introduction, numbered questions and labelled answers. Handles
 * question and answer blocks (`1.a.` … then `Beantwoording`), interleaved `Vraag N:` /
 * `Antwoord N:`, `Ad 1.`, an unnumbered `Antwoord:`, `1.`, `1)`, `a.`, `b)` numbering, answers
 * for several questions (`Antwoord op vraag 2 en 3`), and question/answer tables.
 */
import {
  DOTTED_FIELDS,
  FieldValue,
  fieldAtColumn,
  isBareLabel,
  labelField,
  parseFieldLine,
  parseRunTogetherFields,
  REFERENCE_FIELDS,
  SIGNATURE_LABEL,
  COLLEGE_SIGNATURE_LABEL,
} from './header';
import { isUrlOnlyLine, repairHyphenation } from './normalise';
import { ROMAN, rewriteLayout } from './layout';
import { dutchList, parseNumberList } from './numbering';

export interface RawItem {
  numbers: string[];
  lines: string[];
  /** The answer's own designation where it is numbered apart from its questions (`Antwoord A (vragen 1 en 2)` → `A`). */
  designation?: string;
  /**
   * In a numbering that starts again in each section (`DEEL 2`, `Vraag 1` again), the printed numbers of this item's
   * section and the numbers they were given in order of appearance (`1` → `4`), for `zie antwoord 1 van dit deel`.
   */
  sectionNumbers?: Record<string, string>;
}

export interface Structure {
  fields: FieldValue[];
  headerLines: string[];
  explanationLines: string[];
  introductionLines: string[];
  preambleLines: string[];
  questions: RawItem[];
  answers: RawItem[];
  signatureLines: string[];
  /** The document labels its questions (`Vraag 1`) or answers (`Antwoord 1`, `Ad 1`). */
  labelled: boolean;
  /** The answers stand in a block of their own after all questions, each under its own label. */
  answerBlock: boolean;
  /** Title lines read as headings (`Beantwoording schriftelijke vragen van de fractie X over Y`). */
  titles: string[];
  /**
   * The prose of an earlier letter in the same file, superseded by the letter after it (a postponement notice above
   * the answer letter): no introduction or promise of the set, read only for the day the questions came in.
   */
  supersededLines: string[];
  /** The signature under a questions letter that an answer letter follows in the same file (the askers' names). */
  questionSignatureLines: string[];
  /** The text as read: text tables turned into labelled lines, one line per cell. */
  readingText: string;
  /** The explanation stands under a heading naming the askers as its writers (`Toelichting door vragensteller`). */
  askersExplanation?: boolean;
}

/**
 * A letter starts below what was read so far (a forwarding note, a griffie's banner): that text is superseded, the
 * header fields other than the mail's are dropped, and the header is read anew. Returns where its fields start.
 */
function restartLetter(s: Structure): number {
  s.supersededLines.push(...s.preambleLines, ...s.introductionLines);
  s.fields = s.fields.filter((f) => f.mail);
  s.preambleLines = [];
  s.explanationLines = [];
  s.introductionLines = [];
  s.signatureLines = [];
  s.titles = [];
  return s.fields.length;
}

type Mode = 'header' | 'explanation' | 'introduction' | 'preamble' | 'questions' | 'answers' | 'closing' | 'appendix';
const SIGNATURE_FIELD = new RegExp(String.raw`^${SIGNATURE_LABEL}\s*:`, 'i');
/** A paraph under the answers (`Paraaf portefeuillehouder:`), or the college's signature field (`Ondertekening college:`). */
const PARAPH_FIELD = new RegExp(String.raw`^(?:paraaf(?: \S+)?|${COLLEGE_SIGNATURE_LABEL})\s*:`, 'i');
/** Headings of a web page's or export's back matter after the body. */
// (A bare `Terug naar overzicht` link under the body, too: the print's footer follows.)
// (A list of files with its count, `Bijlagen (2)`, `Documenten (3)`: a web page's, no letter's heading.)
const BACK_MATTER =
  /^(?:terug naar (?:het )?overzicht|(?:bijlagen|documenten|downloads)\s*\(\d{1,3}\)|(?:gekoppelde |bijbehorende )?documenten:?|downloads?|gerelateerd(?:e (?:documenten|items|vergaderingen|agendapunten))?:?|(?:gekoppelde|bijbehorende) (?:vergadering|agendapunt)(?:en)?:?|(?:deel deze pagina|delen)(?:(?:\s+|\s*[|·]\s*)(?:print(?:en)?|afdrukken|terug(?: naar (?:het )?overzicht)?|naar boven)){0,4})$/i;
type HeadingKind = 'explanation' | 'introduction' | 'preamble' | 'questions' | 'answers' | 'neutral';

const HEADINGS: Array<[RegExp, HeadingKind]> = [
  // (`Uw toelichting`: the college's answer letter heads its copy of the askers' explanation so.)
  [
    /^(?:(?:(?:korte|uw)\s+)?(?:toelichting|aanleiding)|(?:toelichting|aanleiding|inleiding)\s*(?:\/|en|&)\s*(?:toelichting|aanleiding)|(?:toelichting|aanleiding)\s*(?:\/|en|&)\s*inleiding|toelichting (?:door|van) (?:de )?fractie|toelichting (?:bij|op) de vragen|toelichting (?:(?:door|van) (?:de )?)?(?:vragensteller|indiener)\(?s?\)?|inleiding (?:(?:door|van) (?:de )?)?(?:fractie|vragensteller(?:s|\(s\))?|indiener(?:s|\(s\))?)|achtergrond|waarom (?:deze|onze) vragen\s*\??)(?:\s*(?::|\t)\s*(.*)|\s*)$/i,
    'explanation',
  ],
  [
    /^(?:inleiding (?:door|van) het college|inleiding college|toelichting (?:(?:door|van) het )?college|algemene inleiding|algemeen|inleidende opmerkingen|reactie (?:van het )?college|kernboodschap)(?:\s*:\s*(.*)|\s*)$/i,
    'introduction',
  ],
  [/^inleiding(?:\s*:\s*(.*)|\s*)$/i, 'preamble'],
  // (`Onze vragen aan het college:`: the party's own heading over its questions; a form's `Vraagstelling`.)
  [
    /^(?:(?:(?:concrete|gestelde|de|uw|onze|mijn)\s+)?vra\(?a?\)?g\(?en\)?(?:\s+van\s+de\s+fractie.*|\s+aan\s+(?:het\s+)?college)?|vraagstelling)\s*:?()$/i,
    'questions',
  ],
  [
    /^(?:beantwoording|antwoorden|(?:de|onze) antwoorden|antwoord(?:en)? (?:van (?:het )?)?college|beantwoording (?:van de |door het college|van het college)?(?:vra\(?a\)?g\(?en\))?|beantwoording door het college(?: van (?:burgemeester en wethouders|b&w))?)\s*:?()$/i,
    'answers',
  ],
  [
    // (A web page's title naming who asks by name and what about, `Vragen van Lokaal Belang over de kermis`, no
    // sentence; not `Vragen van de X-fractie over …`, a letter's own heading.)
    /^(?:vragen\s*(?:&|en)\s*antwoorden(?:\s+van\s+het\s+college)?|vragen\s+van\s+(?!de\s|het\s|een\s)[^.?!:;]{2,60}?\s+over\s+[^.?!:;]+[^.?!:;\s]|(?:formulier\s+(?:voor\s+)?)?(?:schriftelijke vragen|raadsvragen)(?:\s+(?:ex|van|over|inzake|op grond van)\s+.*|\s*\([^)]*\)|\s+[^\s:–-][^:–-]{0,40}\s[–-]\s+\S.*)?|(?:beantwoording(?:\s+van)?|antwoord(?:en)?\s+op)(?:\s+de)?\s+(?:schriftelijke vragen|raadsvragen|(?:schriftelijke\s+)?vervolgvragen).*)\s*:?()$/i,
    'neutral',
  ],
];

/** `Beantwoording` or `Beantwoording:` on its own line. */
const BARE_ANSWERS_HEADING = /^beantwoording\s*:?$/i;
// `Uw vraag 1:` repeats the question addressed back to its asker: a label only with its colon or alone on the line.
// (A portal print counts the questions in brackets, `Vraag 2 (van 4)`: the count is no text of the question.)
const QUESTION_LABEL =
  /^(?:uw\s+(?=vraag\s+\d{1,3}(?:\s*\.?\s*[a-z](?![a-zà-ÿ]))?\s*(?::|$)))?vraag\s+(\d{1,3}(?:\s*\.?\s*[a-z](?![a-zà-ÿ]))?)(?:\s*\(van\s+\d{1,3}\))?\s*[:.)–-]?\s*(.*)$/i;
/**
 * A question or answer label alone on its line with the writer's role in brackets after its numbers (`Vraag 2
 * (fractie)`, `Antwoord 3 en 4 (college)`, `Vraag 1 (vragensteller):`): the label, then its colon if any.
 */
const ROLE_AFTER_LABEL =
  /^((?:vraag|antwoord)\s+\d{1,3}[a-z]?(?:\s*(?:,|en|t\/m|-)\s*\d{1,3}[a-z]?){0,5})\s*\(\s*(?:(?:het|de)\s+)?(?:raadslid|raadsleden|fractie|vragensteller|indiener|college|burgemeester|wethouder|b\s?&\s?w)\s*\)\s*(:?)$/i;
// (`vr.` abbreviates `vraag`: `Antwoord vr. 2 en 3:`.)
const ANSWER_PREFIX =
  /^(?:((?:ons\s+)?antwoord(?:en)?|beantwoording)\b\s*(?:op\s+)?(?:(?:de\s+)?(?:vra(?:ag|gen)\s+|vr\.\s*))?|(ad)\s+(?:vra(?:ag|gen)\s+)?|(bij)\s+vra(?:ag|gen)\s+)/i;
/**
 * A sentence with a question as its object (`Vraag 3 beantwoorden wij in een aparte brief.`, `Vraag 5 kunnen wij nog
 * niet beantwoorden.`): the college's prose about it, no label of that question.
 */
const QUESTION_AS_OBJECT =
  /^vraag\s+\d{1,3}[a-z]?\s+(?:beantwoord(?:en|t)|kunnen|kan|zullen|zal)\s+(?:wij|we|ik|het\s+college)\b/i;
const LETTERED = /^(?:\(([a-z])\)|([a-z])\s*[.)])\s*(.*)$/;
/**
 * A sub-question of a question asked in capitals, lettered in capitals too (`B. WAAR KUNNEN ZIJ TERECHT?`): three words
 * or more without a lower-case letter (not an initial before a surname, `A. DE VRIES`).
 */
const CAPITALS_LETTERED = /^(?:\(([A-Z])\)|([A-Z])\s*[.)])\s+(\P{Ll}+)$/u;
function capitalsLettered(line: string): RegExpExecArray | null {
  const m = CAPITALS_LETTERED.exec(line);
  return m && /\p{Lu}{2}/u.test(m[3]) && m[3].trim().split(/\s+/).length >= 3 ? m : null;
}
const SALUTATION = /^(?:geachte?|beste|hallo|dag|lieve)\b[^.?!]{0,80},?$/i;
/** A salutation to the raad (`Geachte raad,`, `Geachte leden van de gemeenteraad,`), and one to the college. */
const SALUTE_RAAD = /^geachte?\s+(?:(?:leden|dames\s+en\s+heren)\s+van\s+de\s+)?(?:gemeente)?raad\b/i;
const SALUTE_COLLEGE =
  /^geachte?\s+(?:(?:leden\s+van\s+het\s+)?college\b|(?:burgemeester|heer\s+burgemeester)\s+en\s+wethouders\b)/i;
/**
 * `Wij zien uw antwoorden graag binnen de termijn van het Reglement van orde tegemoet`: the wish for answers closes a
 * questions letter. Its own words open and end it, so it may run longer than the other closings (one line of a letter).
 */
const ANSWERS_AWAITED = String.raw`(?:wij|we|ik) (?:zien|kijken) (?:uw|de|het) (?:antwoorden?|beantwoording|reactie) (?:met (?:belangstelling|interesse) )?(?:[^\s\d.?!]+ ){0,12}?(?:tegemoet|uit)`;
const AWAITING_ANSWERS = new RegExp(String.raw`^${ANSWERS_AWAITED}\s*\.?$`, 'i');
const THANKS_IN_ADVANCE = String.raw`(?:(?:alvast|bij voorbaat) (?:hartelijk |vriendelijk |heel erg |erg )?(?:bedankt|dank)|(?:hartelijk |vriendelijk )?(?:bedankt|dank) (?:alvast|bij voorbaat))(?: voor (?:de|het|uw|jullie) [^\d.?!]{1,50})?!?`;
/** A place in a signature (`van Alphen aan den Rijn`), not a sentence going on (`van Assen heeft op …`). */
const PLACE_ONLY = String.raw`(?![^,.]*\b(?:heeft|hebben|is|zijn|wordt|worden|deelt|stelt|antwoordt|beantwoordt)\b)[^,.\d]{1,40}`;
// (`Namens de fractie van X stel ik de volgende vragen`, wrapped before its end, is a sentence with its
// own subject and verb, not a closing: a `namens …` closing holds no `ik`/`wij` and no such verb; nor does the end
// of a wrapped opening, `… heeft deze vragen` / `namens het college beantwoord.`)
// (The trust formula names the letter before or after the addressee: `… u hiermee voldoende te hebben geïnformeerd`,
// `… hiermee uw vragen te hebben beantwoord`.)
// (`De burgemeester van X,` with its comma signs a letter from the mayor alone.)
// (A bilingual closing prints the regional language first, a slash, then the Dutch: `Mei freonlike groetnis / Met
// vriendelijke groet,`.)
// (`Vastgesteld in de collegevergadering van 29 oktober 2024.` below the answers closes them as `Aldus vastgesteld`
// does: the day the college settled them, no answer's words.)
// (The askers' thanks in advance on a line of its own, `Alvast bedankt.`, `Bij voorbaat dank voor de beantwoording!`,
// closes their questions as a greeting does.)
const CLOSING = new RegExp(
  String.raw`^(?:[^\d/.?!:]{3,40}\s/\s+)?(?:hoogachtend|${THANKS_IN_ADVANCE}|(?:wij|we|ik) (?:vertrouwen|hopen|vertrouw|hoop) (?:erop )?(?:(?:u|uw vragen|de vragen) (?:hiermee|hierbij|hiermede|zo)|(?:hiermee|hierbij|hiermede|zo) (?:u|uw vragen|de vragen)) (?:(?:voorlopig|vooralsnog|alvast) )?(?:voldoende )?(?:te hebben )?(?:geïnformeerd|ingelicht|beantwoord)|${ANSWERS_AWAITED}|met (?:vriendelijke|hartelijke|collegiale) groet(?:en)?|mei (?:freonlike|hertlike) groet(?:nis|en)?|vriendelijke groet(?:en)?|(?:hartelijke )?groet(?:en)?|namens (?:de fractie|het college|burgemeester)(?![^.?!]*\b(?:ik|wij|we|heeft|hebben|stel|stelt|stellen|stelde|stelden|stuur|stuurt|sturen|stuurde|stuurden|vraag|vraagt|vroeg|vroegen|diende|dienden|beantwoord|beantwoordt|beantwoorden|gesteld|ingediend|verstuurd|verzonden|gestuurd)\b)[^.?!]*|(?:het )?college van burgemeester en wethouders(?: van ${PLACE_ONLY})?|burgemeester en wethouders van ${PLACE_ONLY}|de (?:loco-)?burgemeester van ${PLACE_ONLY}(?=,$)|aldus (?:vastgesteld|besloten)(?: (?:in|door|op) [^.?!]{3,80})?|vastgesteld (?:in de (?:collegevergadering|vergadering van (?:het college|burgemeester en wethouders))|door (?:het college|burgemeester en wethouders)) (?:van|op) \d{1,2} [^.?!]{3,30})\s*[,.]?$`,
  'i',
);

/**
 * A rule of `=`, `~` or `*` (a title's underline, a banner's frame), or of `-` (a Markdown export's thematic break
 * `---`; five dashes or more are read as an e-mail's separator first).
 */
const RULE = /^(?:[-=~*]\s?){3,}$/;

/** The college named as sender in a letterhead, which a signature repeats at the end. */
const LETTERHEAD_BODY =
  /^(?:(?:het )?college van burgemeester en wethouders|burgemeester en wethouders)(?: van [^,.\d]{1,40})?\s*$/i;

/** `uw inleiding`: the askers' own introduction, named by the college. */
const YOUR_INTRODUCTION = /\b(?:uw|jullie|hun)\s+inleiding\b/i;
/** `geregistreerd onder nummer SV 2024-031`: a set's registration number given in a forwarding note. */
const REGISTERED_AS =
  /\b(?:geregistreerd|ingeschreven|geregistreerd en ingeschreven)\s+(?:onder|met)\s+(?:het\s+)?(?:registratienummer|nummer|kenmerk)\s+([A-Za-z]{0,6}[ -]?\d[\w./-]*\d)/i;

/**
 * `Registratienummer 2025-RV-017.`: a forwarding note's sentence that is only a reference label and its number (the
 * griffie filing the set), not `uw kenmerk` inside a sentence.
 */
const REFERENCE_SENTENCE =
  /(?:^|[.!:]\s)\s*(?:registratienummer|zaaknummer|kenmerk)(?:\s+griffie)?\s*:?\s+([A-Za-z]{0,6}[ /-]?\d[\w/-]*(?:\.\w[\w/-]*)*)(?=\.(?:\s|$)|$)/i;

/** A header line of an e-mail, as Outlook or a mail program prints it when saving or forwarding. */
const MAIL_LABEL =
  /^(?:van|from|verzonden|sent|datum|date|aan|to|cc|bcc|onderwerp|subject|bijlagen?|attachments?|prioriteit|urgentie|importance)\s*:/i;
const DISCLAIMER =
  /^(?:dit|deze)\s+(?:e-?mail(?:bericht)?|bericht)\s+(?:en\s+eventuele\s+bijlagen\s+)?(?:is|zijn)\s+(?:uitsluitend|alleen|enkel)\s+bestemd\b/i;
const ORDINAL_WORDS = 'eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|laatste';
/**
 * A paragraph opening on the questions it answers, named in words: `Ten aanzien van uw vierde vraag`, also with the
 * article (`De derde en de vierde vraag nemen wij samen`).
 */
const ORDINAL_ANSWER = new RegExp(
  `^(?:\\p{L}+,?\\s+){0,4}?(?:uw|de)\\s+((?:${ORDINAL_WORDS})(?:(?:\\s*,\\s*|\\s+en\\s+)(?:(?:uw|de)\\s+)?(?:${ORDINAL_WORDS}))*)\\s+vra(?:ag|gen)\\b`,
  'iu',
);

/** The questions named by ordinal words (`tweede en derde`; `laatste` = the last question), in the order read. */
function ordinalQuestions(words: string, questions: RawItem[]): string[] {
  const order = ORDINAL_WORDS.split('|');
  const out: string[] = [];
  for (const word of words.toLowerCase().split(/\s*,\s*(?:(?:uw|de)\s+)?|\s+en\s+(?:(?:uw|de)\s+)?/)) {
    const position = word === 'laatste' ? questions.length : order.indexOf(word) + 1;
    const question = position >= 1 ? questions[position - 1] : undefined;
    if (!question) return [];
    out.push(...question.numbers);
  }
  return out;
}

/**
 * `Inhoud document: Beantwoording SV-2024-117.pdf`, `Bijlage 2 - Antwoord SV-2024-117.pdf`: a portal print's banner
 * naming the attached file below it. (An export of the attachments' text counts them and sets the banner between rules:
 * `------ Tekst bijlage 2 van 2: Antwoord SV-2024-117.pdf ------`.)
 */
const PRINTED_FILE_BANNER =
  /^(?:[-=*_]{3,}\s*)?(?:inhoud\s+(?:van\s+)?(?:het\s+)?document\s*:|(?:tekst\s+(?:van\s+)?)?bijlage\s+\d{1,2}(?:\s+(?:van|\/)\s+\d{1,2})?\s*[-–:])\s*\S.{0,150}\.(?:pdf|docx?|odt|rtf|txt)(?:\s*[-=*_]{3,})?$/i;

const MAIL_SEPARATOR =
  /^(?:-{2,}\s*(?:oorspronkelijk bericht|original message|doorgestuurd bericht|forwarded message)\s*-*|_{5,}|-{5,})$/i;

/** The line indexes of an e-mail header block starting at `start` (`Van:` + a date + `Aan:`/`Onderwerp:`), or null. */
function mailBlockAt(lines: string[], start: number): number[] | null {
  if (!/^(?:van|from)\s*:/i.test(lines[start])) return null;
  const block: number[] = [];
  for (let i = start; i < lines.length && lines[i] !== '' && MAIL_LABEL.test(lines[i]) && block.length < 10; i++)
    block.push(i);
  const labels = block.map((i) => lines[i].toLowerCase());
  const hasDate = labels.some((l) => /^(?:verzonden|sent|datum|date)\s*:/.test(l));
  const hasSubject = labels.some((l) => /^(?:onderwerp|subject|aan|to)\s*:/.test(l));
  return hasDate && hasSubject ? block : null;
}

/** A Gmail print's message header: `Sanne Willemsen <s.w@raad.nl>⇥10 februari 2025 om 09:17`. */
const GMAIL_HEADER =
  /^([^<>\t]{2,80}?)\s*<[^<>\s]+@[^<>\s]+>(?:\t|\s{2,})(?:\p{L}{2,9}\.?\s+)?(\d{1,2}\s+\p{L}+\.?\s+\d{4})(?:,?\s+(?:om|at)\s+\d{1,2}[:.]\d{2})?\s*$/u;
/** A Gmail print's thread subject stands above `2 berichten`. */
const THREAD_COUNT = /^\d+\s+(?:berichten|bericht|messages?)$/i;

const REPLY_ATTRIBUTION =
  /^(?:op|on)\s+(?:\p{L}+dag\s+|\p{L}{2,3}\.?,?\s+)?(\d{1,2}\s+\p{L}+\.?\s+\d{4}|\d{1,2}[-/]\d{1,2}[-/]\d{4})(?:,?\s+(?:om|at)\s+\d{1,2}[:.]\d{2})?,?\s+(?:(?:schreef|wrote)\s+(.{2,200}?)|heeft\s+(.{2,200}?)\s+het\s+volgende\s+geschreven)\s*:$/iu;

interface AnswerLabel {
  numbers: string[];
  rest: string;
  designation?: string;
  /** Sub-question letters without their question's number (`Antwoord op a) en b):`), for the question above. */
  letters?: string[];
}

/**
 * `Antwoord A (vragen 1 en 2)`, `Antwoord 3 (vraag 4)`: answers numbered apart from the questions (a college answering in
 * its own grouping), each naming the questions it covers in brackets. The brackets give the questions.
 */
const DESIGNATED_ANSWER =
  /^(\p{Lu}|\d{1,2})\s*\(\s*(?:op\s+)?(?:de\s+)?(?:vra(?:ag|gen)|vr\.)\s*([^()]{1,60}?)\s*\)\s*[:.]?\s*(.*)$/u;

/**
 * Letters alone naming sub-questions of the question above (`a) en b)`, `a.`), read as a number list after a stand-in
 * number: the letters, and how many characters of `text` the list took; null when it names anything else.
 */
function letterList(text: string): { letters: string[]; length: number } | null {
  const relative = parseNumberList(`0${text}`);
  if (relative.numbers.length === 0 || !relative.numbers.every((n) => /^0[a-z]$/.test(n))) return null;
  return { letters: relative.numbers.map((n) => n.slice(1)), length: relative.length - 1 };
}

function matchAnswerLabel(line: string): AnswerLabel | null {
  const prefix = ANSWER_PREFIX.exec(line);
  if (!prefix) return null;
  // `Ons antwoord:`, `Ons antwoord op vraag 3:` label only with their colon or alone: `Ons antwoord is …` is a sentence.
  if (/^ons\s/i.test(line) && !/^ons\s+antwoord(?:en)?\b[^:.?!]{0,40}(?::|$)/i.test(line)) return null;
  const after = line.slice(prefix[0].length);
  const designated = prefix[1] ? DESIGNATED_ANSWER.exec(after) : null;
  if (designated) {
    const covered = parseNumberList(designated[2]);
    if (covered.numbers.length > 0 && covered.length === designated[2].length)
      return { numbers: covered.numbers, rest: designated[3], designation: designated[1] };
  }
  const list = parseNumberList(after);
  if (list.numbers.length > 0) {
    const tail = after.slice(list.length);
    const punct = /^\s*[:.)–-]?\s*/.exec(tail)?.[0] ?? '';
    if (/^\d/.test(tail.slice(punct.length))) return null;
    // `Bij vraag 3 en 4:` labels an answer only with its colon: `Bij vraag 2 gaf u aan …` is a sentence.
    if (prefix[3] && !punct.includes(':')) return null;
    return { numbers: list.numbers, rest: tail.slice(punct.length) };
  }
  // `Ad a.`, `Ad b)` under a question with lettered sub-questions: the letters alone, for the question above (read as a
  // list after a stand-in number, as `Antwoord college op a) en b):` below).
  if (prefix[2]) {
    const list = letterList(after);
    const rest = list ? /^\s*[.):]\s*(.*)$|^\s*$/.exec(after.slice(list.length)) : null;
    if (list && rest) return { numbers: [], rest: rest[1] ?? '', letters: list.letters };
  }
  // `Antwoord a:`, `Antwoord b en c:` under lettered sub-questions whose main number was lost: the letters alone, as
  // after `Ad`, but only with the colon or tab that makes the line a label (`Antwoord a` alone may be a sentence's start).
  if (prefix[1] && !/^(?:ons\s)/i.test(line) && /^antwoord\s+[a-z]\b/i.test(line)) {
    const list = letterList(after);
    const rest = list ? /^\s*(?::|\t)\s*(.*)$/.exec(after.slice(list.length)) : null;
    if (list && rest) return { numbers: [], rest: rest[1] ?? '', letters: list.letters };
  }
  if (prefix[2] || prefix[3]) return null; // `Ad` and `Bij vraag` need a number
  // An unnumbered `Antwoord` stands alone or is followed by a colon.
  // (`ANTWOORD COLLEGE:`, `Antwoord van het college:` name who answers.)
  // (`Ons antwoord:` is the college's own answer, in the same two forms.)
  if (/^(?:ons\s+)?antwoord(?:\s+(?:van\s+)?(?:het\s+)?college)?\s*:?\s*$/i.test(line))
    return { numbers: [], rest: '' };
  // `Antwoord college op 3a en 3b: …`: the unnumbered label names the questions it answers after `op`.
  // (Also alone on its line without the colon, `Antwoord college op 3a en 3b` above the answer, as a portal prints it.)
  const on = /^antwoord(?:\s+(?:van\s+)?(?:het\s+)?college)?\s+op\s+(?:(?:de\s+)?vra(?:ag|gen)\s+)?/i.exec(line);
  if (on) {
    const named = parseNumberList(line.slice(on[0].length));
    const tail = /^\s*(?::\s*(.*)|()$)/.exec(line.slice(on[0].length + named.length));
    if (named.numbers.length > 0 && tail) return { numbers: named.numbers, rest: tail[1] ?? '' };
    // `Antwoord college op a) en b):` under a quoted stem: the letters alone, read as a list after a stand-in number.
    // (A label in capitals names them in capitals, alone on its line: `ANTWOORD OP A EN B`.)
    const afterOn = line.slice(on[0].length);
    const capitals = !/\p{Ll}/u.test(line);
    const list = letterList(capitals ? afterOn.toLowerCase() : afterOn);
    const after = list
      ? (capitals ? /^\)?\s*(?::\s*(.*)|()$)/ : /^\)?\s*:\s*(.*)$/).exec(line.slice(on[0].length + list.length))
      : null;
    if (list && after) return { numbers: [], rest: after[1] ?? '', letters: list.letters };
  }
  // (A Word form's field `Antwoord<TAB>…` holds its value after a tab, as `Antwoord: …` after a colon.)
  const colon = /^(?:ons\s+)?antwoord(?:\s+(?:van\s+)?(?:het\s+)?college)?(?:\s*:|\t)\s*(.+)$/i.exec(line);
  return colon ? { numbers: [], rest: colon[1] } : null;
}

/** `1.`, `1)`, `1.a.`, `1a)`, `1 a)`, `1c en 1d` at the start of a line. */
function matchNumbered(line: string): AnswerLabel | null {
  if (!/^\d/.test(line)) return null;
  const list = parseNumberList(line);
  if (list.numbers.length === 0) return null;
  const tail = line.slice(list.length);
  const punct = /^\s*[.)]\s*/.exec(tail);
  const multi = list.numbers.length > 1 || /[a-z]$/.test(list.numbers[0]);
  if (punct) {
    const rest = tail.slice(punct[0].length);
    if (/^\d/.test(rest)) return null;
    return { numbers: list.numbers, rest };
  }
  if (multi && /^\s+\S/.test(tail) && !/^\s+\p{Ll}/u.test(tail)) return { numbers: list.numbers, rest: tail.trim() };
  return null;
}

/** A label alone on its line, lettered or a list (`1c`, `1a en 1b`, `2c tot en met 2e`); a lone `3` may be a table's. */
function matchBareLabel(line: string): AnswerLabel | null {
  const list = parseNumberList(line);
  if (list.numbers.length === 0 || line.slice(list.length).trim() !== '') return null;
  return list.numbers.length > 1 || /[a-z]$/.test(list.numbers[0]) ? { numbers: list.numbers, rest: '' } : null;
}

/** `2 Worden bewoners gecompenseerd?`: a number without punctuation, only as the next number in sequence. */
function matchBareNumber(line: string, expected: number, mode: Mode, answerLabelled: boolean): AnswerLabel | null {
  if ((mode === 'answers' && !answerLabelled) || mode === 'closing') return null;
  const m = /^(\d{1,2})\s+(\p{Lu}\S*(?:\s+\S+){2,}.*)$/u.exec(line);
  return m && Number(m[1]) === expected ? { numbers: [String(expected)], rest: m[2] } : null;
}

/** `Beantwoord door het college op 5 november 2024 …`, `Beantwoord op 12-03-2025`: a closing note dating the answers. */
const ANSWERED_NOTE =
  /^beantwoord(?:\s+door\s+[^()\d.?!:]{2,60}?)?\s+op\s+(\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}|\d{1,2}([-/.])\d{1,2}\2\d{4})\b/iu;
const PORTFOLIO_IN_BRACKETS = /\(\s*portefeuillehouder\s*:?\s*([^)]+)\)/i;
/** `Maastricht, 29 oktober 2024`, `Venlo, 14-10-2024`, `Hengelo (O.), 3 mei 2024`: the place and date of a letter. */
const PLACE_DATE =
  /^(?:'s-)?\p{Lu}[\p{L}'-]+(?:[ -]\p{L}[\p{L}'-]*){0,3}(?:\s+\(\p{Lu}[\p{L}.]{0,5}\))?,\s+(\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}|\d{1,2}([-/.])\d{1,2}\2\d{4})$/iu;

/**
 * A section heading between question-and-answer pairs (`Verkeersveiligheid`, `Handhaving`): a short
 * line without closing punctuation, after a blank line, with the next question right after it.
 * It belongs to no answer.
 */
function isSectionHeading(lines: string[], index: number): boolean {
  // A numbered chapter (`3  Verkeer`) heads sub-questions numbered under it (`Vraag 3.1`, read as `3a`).
  const chapter = /^(\d{1,2})\s+(?=\p{Lu})/u.exec(lines[index]);
  const line = chapter ? lines[index].slice(chapter[0].length) : lines[index];
  if (line.split(/\s+/).length > 5 || /[.?!:,;]$/.test(line) || !/^\p{Lu}/u.test(line)) return false;
  if (index > 0 && lines[index - 1] !== '') return false;
  let next = index + 1;
  while (next < lines.length && lines[next] === '' && next - index < 4) next++;
  if (next >= lines.length) return false;
  const label = QUESTION_LABEL.exec(lines[next]);
  const number = label ? label[1].replace(/\s|\./g, '').toLowerCase() : matchNumbered(lines[next])?.numbers[0];
  if (chapter)
    return (
      number !== undefined && number === `${Number(chapter[1])}${number.replace(/^\d+/, '')}` && /[a-z]$/.test(number)
    );
  return number !== undefined;
}

/**
 * A topic heading of a letter on several subjects (`Energietoeslag`, `Aanbesteding Wmo-hulpmiddelen`): a short line
 * opening with a capital, without closing punctuation, alone between blank lines, with a paragraph of prose under it
 * (no question or numbered item).
 */
function isTopicHeading(lines: string[], index: number): boolean {
  const line = lines[index];
  if (!line || line.split(/\s+/).length > 5 || /[.?!:,;]$/.test(line) || !/^\p{Lu}/u.test(line)) return false;
  if (index === 0 || lines[index - 1] !== '' || lines[index + 1] !== '') return false;
  const next = lines[index + 2];
  return (
    next !== undefined &&
    next.length > 40 &&
    /^\p{Lu}/u.test(next) &&
    !QUESTION_LABEL.test(next) &&
    matchAnswerLabel(next) === null &&
    matchNumbered(next) === null
  );
}

/**
 * Whether the letter closes (`Met vriendelijke groet`, or its end) after `index` within a page's worth of lines, with
 * no question or answer label before: a sub-heading inside an answer (`Kosten`) has the next question below it.
 */
function closesWithoutQuestions(lines: string[], index: number): boolean {
  for (let i = index + 1; i < lines.length && i < index + 60; i++) {
    if (QUESTION_LABEL.test(lines[i]) || matchAnswerLabel(lines[i]) !== null) return false;
    if (CLOSING.test(lines[i])) return true;
  }
  return index + 60 >= lines.length;
}

function matchHeading(line: string): { kind: HeadingKind; rest: string } | null {
  // A form's label with a bracketed instruction (`Toelichting (max. 200 woorden)`) is that label.
  line = line.replace(FORM_INSTRUCTION, '');
  // A form's label whose value only points below (`Vragen: zie hieronder`) is that label alone.
  line = line.replace(POINTER_BELOW, ':');
  // A label with its text on the same line (`Toelichting:⇥Bewoners melden …`, or a tab field's `Toelichting⇥…`
  // without the colon): only the label is measured.
  const sep = /^[^:\t]{2,60}[:\t]\s*\S/.test(line) ? line.search(/[:\t]/) : -1;
  const label = sep >= 0 ? line.slice(0, sep) : line;
  if (label.length > 180 || (label.length > 90 && !/^(?:beantwoording|antwoord|schriftelijke)/i.test(label)))
    return null;
  for (const [pattern, kind] of HEADINGS) {
    const m = pattern.exec(line);
    if (m) return { kind, rest: (m[1] ?? '').trim() };
  }
  return null;
}

/** A sentence about the form it is printed on: `Het formulier inleveren bij …`, `… stuurt dit formulier door`. */
const FORM_INSTRUCTION_TEXT = /\bformulier/i;

const POINTER_BELOW = /\s*:\s*\(?(?:zie\s+)?(?:hieronder|hierna|onderstaand|(?:de\s+)?volgende\s+pagina)\)?\.?$/i;

// (Also telling how to fill it in: `Vragen (nummer iedere vraag; gebruik zo nodig een extra blad)`, `(s.v.p. …)`.)
const FORM_INSTRUCTION =
  /\s*\((?=[^()]*\b(?:max|maximaal|maximum|woorden|tekens|optioneel|verplicht|invullen|in te vullen|indien|zo nodig|gebruik|doorhalen|aankruisen|s\.\s?v\.\s?p|a\.\s?u\.\s?b|nummer(?:en)?\s+(?:iedere|elke|alle))\b)[^()]*\)(?=\s*:?\s*$)/i;

// (`… van de fractie` / `Gemeentebelangen over …`: a title naming the fractie goes on with its name.)
const TITLE_CANNOT_END = /\s(?:de|het|een|van|voor|over|in|op|aan|en|of|met|bij|naar|rond|inzake|de fractie)$/i;

/**
 * A title wrapped onto the next line (`… over de` / `huisvesting van arbeidsmigranten`, or a long
 * title line and a short remainder `Dommelbergen`): no field, label, heading or letterhead there.
 */
function titleGoesOn(title: string, next: string): boolean {
  // A questions title that names who asks but not yet about what (`… vragen van de fracties X en Ouder-Amstel` /
  // `Lokaal over de verkeersdrukte op de Rijksstraatweg`) goes on in a line bringing its `over` within its first words.
  const subjectFollows =
    /\bvragen\b/i.test(title) && !/\s(?:over|inzake)\s/i.test(title) && /^(?:\S+\s+){0,3}(?:over|inzake)\s/.test(next);
  if (next === '' || /[.?!:;,]$/.test(title) || /[:?!]|[.;]$/.test(next)) return false;
  if (next.split(/\s+/).length > (subjectFollows ? 16 : 8)) return false;
  // A title that has begun its subject (`… over de bereikbaarheid`) goes on in a line in lower case
  // (`van de busverbinding naar Joure`): a letterhead, field or heading does not start so.
  const subjectGoesOn = /\s(?:over|inzake)\s/i.test(title) && /^\p{Ll}/u.test(next);
  if (
    (!subjectGoesOn && /^(?:gemeente|griffie|raad|college|datum|aan|van)\b|^\d/i.test(next)) ||
    /\S {3,}\S|\t|\|/.test(next)
  )
    return false;
  if (QUESTION_LABEL.test(next) || matchAnswerLabel(next) || matchHeading(next)) return false;
  return (
    subjectGoesOn ||
    subjectFollows ||
    TITLE_CANNOT_END.test(title) ||
    (title.length >= 60 && next.split(/\s+/).length <= 4)
  );
}

/**
 * A line starting in lower case right under one that does not end a sentence; or a question's number alone
 * (`3.`, `2b`, `4 en 5.`) under a line ending in a reference to it (`… zie het antwoord op vraag` / `3.`).
 */
function continuesSentence(lines: string[], index: number): boolean {
  if (index === 0 || lines[index - 1] === '') return false;
  if (/^\p{Ll}/u.test(lines[index])) return !/[.?!:]$/.test(lines[index - 1]);
  return (
    /^\d{1,2}\p{Ll}?[.,;]?(?:$|\s+\p{Ll})/u.test(lines[index]) &&
    /\b(?:op|bij|in|van|zie|aan)\s+(?:de\s+)?vra(?:ag|gen)$/i.test(lines[index - 1])
  );
}

/**
 * The end of a form or document: `Einde formulier`, `--- einde ---`, `[Einde van het document]`, also named by a
 * compound (`[Einde zaakexport]`, `Einde aanvraagformulier`).
 */
const END_MARKER =
  /^[-=*_#~<>[\]()\s]*einde(?:\s+(?:van\s+(?:het|de)\s+)?(?:\p{L}*(?:formulier|document|export|uitvoer)|bericht|brief|tekst|beantwoording|antwoorden|vragen))?[-=*_#~<>[\]()\s.]*$/iu;

/**
 * A form's or letter's administrative note about itself after the answers (`Dit formulier is na beantwoording
 * verzonden aan alle raadsleden.`, `Een afschrift van deze brief is gezonden aan …`): where the document went,
 * not the last answer's words. A guess: one sentence whose subject is the document itself and whose verb sends it.
 */
const ADMIN_NOTE =
  /^(?:(?:een\s+)?(?:afschrift|kopie)\s+van\s+)?(?:dit|deze)\s+(?:formulier|vragenformulier|document|brief|antwoordbrief|beantwoording|vragen en antwoorden)\s+(?:is|zijn|wordt|worden)\s[^.?!]*\b(?:verzonden|gezonden|gestuurd|verstuurd|toegezonden|doorgestuurd|gepubliceerd|geplaatst|gearchiveerd|ter kennis(?:name)?)\b[^.?!]*\.$/i;

/**
 * A form's instruction where to send it back (`Formulier retour aan: griffie@x.nl`, `Retour naar: de griffie`, `Dit
 * formulier terugsturen aan de griffie`; without `formulier` only with a colon, and never a sentence): no text of the
 * question or answer above it.
 */
const RETURN_NOTE =
  /^(?!.*[.?!]$)(?:(?:dit\s+)?(?:ingevulde\s+)?(?:vragen)?formulier\s+(?:retour|terug(?:sturen|zenden)?|retourneren|(?:te\s+)?(?:sturen|zenden))\s+(?:aan|naar)\b|(?:retour|terug(?:sturen|zenden)?|retourneren)\s+(?:aan|naar)\s*:).{0,80}$/i;

/**
 * A print's stamp (`Afgedrukt op 14-04-2025 11:32 door X`, `Geprint op: 3 februari 2025`): a date right after the
 * participle, then at most a time and who printed it; no sentence.
 */
const PRINT_STAMP =
  /^(?:afgedrukt|(?:uit)?geprint)\s+op\s*:?\s+(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}\s+\p{L}+\s+\d{4})(?:\s+(?:om\s+)?\d{1,2}[:.]\d{2}(?:\s*uur)?)?(?:,?\s+door\s*:?\s+[^?!]{1,60})?$/iu;

/**
 * An export's stamp under its rows (`Geëxporteerd uit iBabs door de griffie`, `Geexporteerd via RIS op 3-4-2025`,
 * `Geëxporteerd door⇥griffie⇥12-12-2024 15:02`, `Geëxporteerd op 3-4-2025`): what system wrote the text, who or when,
 * no sentence; no text of the last answer.
 */
const EXPORT_STAMP = /^ge(?:ë|e)xporteerd\s+(?:uit|vanuit|via|door|op)\s+[^.?!]{1,100}$/iu;

/**
 * The same stamp as a noun, the closing line of a RIS's CSV export (`Export RIS griffie X, 05-11-2024 09:14, 6 rijen`,
 * `Export uit iBabs 3-4-2025`): `Export` (or `Exportdatum`), a numeric date, no sentence.
 */
const EXPORT_NOUN_STAMP = /^export(?:datum)?\b[^.?!]{0,80}\b\d{1,2}-\d{1,2}-\d{2,4}\b[^.?!]{0,40}$/iu;

/**
 * A web page's row of links (`Deel deze pagina | Printversie | Terug naar overzicht`, `Print · Delen`):
 * two to six short items set apart by ` | ` or ` · `, none a sentence, a number or a question or answer label.
 */
function isWebChrome(line: string): boolean {
  if (/^\||\|$/.test(line)) return false;
  const items = line.split(/\s+[|·]\s+/);
  return (
    items.length >= 2 &&
    items.length <= 6 &&
    items.every(
      (item) =>
        item.length <= 30 &&
        item.split(/\s+/).length <= 4 &&
        !/[.?!:;,]$|\d/.test(item) &&
        !/\b(?:vraag|vragen|antwoord|antwoorden|nr)\b/i.test(item),
    )
  );
}

/**
 * A web page's share row with its label (`Deel deze pagina: Facebook | X | E-mail`): back matter like the bare
 * `Deel deze pagina`, so the print stamp and footer under it are no text of the last answer.
 */
function isShareRow(line: string): boolean {
  const share = /^(?:deel deze pagina|delen)\s*:\s*(.+)$/i.exec(line);
  return share !== null && isWebChrome(share[1]);
}

/** A Dutch postcode (`3720 AH`). */
const POSTCODE = /\b\d{4}\s?[A-Z]{2}\b/;

/**
 * An address line of a letterhead or footer: a postcode with a `Postbus` or parts set apart by dashes,
 * bars or dots (`Gemeente X - Postbus 12 - 1234 AB Plaats`, `Markt 1 | 1234 AB Plaats | T 14 012`);
 * no sentence (`Stuur uw bezwaar naar Postbus 12, 1234 AB Plaats.` ends with its full stop).
 */
function isAddressLine(line: string): boolean {
  if (isContactLine(line)) return true;
  if (!POSTCODE.test(line) || /[.?!:;,]$/.test(line) || line.split(/\s+/).length > 16) return false;
  return /\bpostbus\s+\d+/i.test(line) || /\s[-–|·•]\s/.test(line);
}

/**
 * A letterhead's or footer's contact line: parts set apart by bars or dots, one an e-mail or web address
 * (`Partij X | fractie@partijx.nl | www.partijx.nl`); no sentence.
 */
function isContactLine(line: string): boolean {
  const parts = line.split(/\s+[|·•]\s+/);
  return (
    parts.length >= 2 &&
    parts.length <= 6 &&
    !/[.?!:;,]$/.test(line) &&
    line.split(/\s+/).length <= 16 &&
    parts.some((part) => /^(?:\S+@\S+\.\p{L}{2,}|(?:https?:\/\/|www\.)\S+)$/u.test(part))
  );
}

/** A line in the header zone that reads like running text rather than a letterhead. */
function looksLikeBody(line: string): boolean {
  // Laid out in columns (`Officiële uitgave van de gemeente X          28 maart 2025`): a masthead, not a sentence.
  if (/\S {4,}\S/.test(line)) return false;
  // A letterhead's address run together with dots (`Gemeente X · Dorpsweg 1 · 1234 AB X · T 012 - 345 67 89`).
  if (isAddressLine(line)) return false;
  // An address block: `Aan de fractie van de Partij voor de Dieren`, `t.a.v. de heer R. Wolbers en mevrouw E. Siemerink`.
  if (/^(?:aan|t\.\s?a\.\s?v\.)\s/i.test(line) && !/[.?!:]$/.test(line)) return false;
  // … and its councillors by title: `mevrouw A. Prins en de heer J. Dekker`.
  if (
    /^(?:[Dd]e heren|[Mm]evrouw|[Mm]evr\.|[Mm]w\.|[Dd]e heer|[Dd]hr\.)\s+(?:\p{Lu}\.\s?)+/u.test(line) &&
    !/[.?!:,]$/.test(line)
  )
    return false;
  // A web page's breadcrumb (`Home › Bestuur › Gemeenteraad › Raadsvragen 2024`): its links, no sentence.
  if (BREADCRUMB.test(line)) return false;
  // A web page's cookie banner copied with it (`X.nl gebruikt cookies. … Lees meer in onze cookieverklaring.`).
  if (COOKIE_BANNER.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words >= 8 || (words >= 4 && /[.?!]$/.test(line));
}

/** Three links or more set apart by an arrow or a slash between spaces (`Home > Documenten > 2024`). */
const BREADCRUMB = /^[^.?!›»>/]{1,60}(?:\s[›»>/]\s[^.?!›»>/]{1,60}){2,}$/;

/** A line on cookies asking consent or pointing to the cookie statement: a web page's banner, not the set's text. */
const COOKIE_BANNER =
  /^(?=.*\bcookies?\b)(?=.*(?:\bcookie(?:verklaring|beleid|statement|-?instellingen|voorkeuren)\b|\btoestemming\b|\baccepte(?:ren|er)\b)).{1,400}$/i;

/**
 * A reply above the quoted original that heads its answers `Vraag 1`, `Vraag 2` after the original's
 * numbering, while the original lists its questions `1.`, `2.`: the line indexes of those labels, which
 * head answers there, not questions, with the label each stands for. Empty when the reply's labelled parts ask
 * anything, or the quoted original does not number the same questions.
 * (The reply may number its answers as the original numbers its questions, `1. Nee. …` / `2a. …`, the original's
 * sub-questions lettered under their number: `2. a. …?` / `b. …?`.)
 */
function replyAnswerLabels(lines: string[]): Map<number, AnswerLabel> {
  const none = new Map<number, AnswerLabel>();
  const isMessageStart = (i: number): boolean =>
    mailBlockAt(lines, i) !== null || REPLY_ATTRIBUTION.test(lines[i]) || MAIL_SEPARATOR.test(lines[i]);
  const labels = new Map<number, AnswerLabel>();
  let boundary = -1;
  for (let i = 0; i < lines.length && boundary < 0; i++) {
    if (labels.size > 0 && isMessageStart(i)) boundary = i;
    if (continuesSentence(lines, i)) continue;
    const label = QUESTION_LABEL.exec(lines[i]);
    if (label && /^\d+$/.test(label[1])) labels.set(i, { numbers: [String(Number(label[1]))], rest: label[2] });
    const numbered = label || (i > 0 && lines[i - 1] !== '') ? null : matchNumbered(lines[i]);
    if (numbered && numbered.rest !== '') labels.set(i, numbered);
  }
  if (boundary < 0) return none;
  // What stands under each label up to the next one is an answer only if it asks nothing.
  const starts = [...labels.keys()];
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? starts[k + 1] : boundary;
    if (lines.slice(starts[k], end).some((l) => /\?/.test(l))) return none;
  }
  // The original's questions: each numbered or lettered item with the lines wrapped under it, asking something.
  const quoted = new Set<string>();
  let main: string | null = null;
  let item: { numbers: string[]; text: string } | null = null;
  const close = (): void => {
    if (item && /\?/.test(item.text)) for (const n of item.numbers) quoted.add(n);
    item = null;
  };
  for (let i = boundary; i < lines.length; i++) {
    const line = lines[i].trim();
    if (QUESTION_LABEL.test(line)) return none;
    const numbered = matchNumbered(line);
    const lettered = numbered ? null : LETTERED.exec(line);
    if (numbered) {
      close();
      main = /^\d+/.exec(numbered.numbers[0])?.[0] ?? null;
      item = { numbers: numbered.numbers, text: numbered.rest };
    } else if (lettered && main !== null) {
      close();
      item = { numbers: [`${main}${lettered[1] ?? lettered[2]}`], text: lettered[3] };
    } else if (line === '') close();
    else if (item) item.text += ` ${line}`;
  }
  close();
  return [...labels.values()].every((l) => l.numbers.every((n) => quoted.has(n))) ? labels : none;
}

export function readStructure(input: string[]): Structure {
  const converted = convertLabelGrids(convertTables(rewriteLayout(input)));
  // Separator lines stay: between glued documents they start the next one's header.
  // A URL alone on its line is page furniture, unless it ends a sentence wrapped onto it (`… zie ook` / `https://…/.`).
  const lines = converted.filter(
    (line, i) => !isUrlOnlyLine(line) || (i > 0 && /[\p{Ll},]$/u.test(converted[i - 1]) && /[.!?]$/.test(line)),
  );
  const mailLines = new Set<number>();
  const replyLabels = replyAnswerLabels(lines);
  // A wrapped `… Zie ook het antwoord op` / `vraag 6.` is a sentence going on, not a label.
  const labelled = lines.some(
    (line, i) => QUESTION_LABEL.test(line) && !continuesSentence(lines, i) && !replyLabels.has(i),
  );
  // Answers carry their own label (`Antwoord 2`, `Antwoord:`, `Ad 3`): a numbered line among the
  // answers whose number is new then starts the next question (interleaved layouts).
  // A bare `Beantwoording:` that recurs heads each question's answer (question, `Beantwoording:`, answer,
  // next question), not one answers part: there it is an unnumbered answer label, like `Antwoord:`.
  const answerHeadingIsLabel = lines.filter((line) => BARE_ANSWERS_HEADING.test(line)).length >= 2;
  const answerLabelled =
    answerHeadingIsLabel || lines.some((line) => !QUESTION_LABEL.test(line) && matchAnswerLabel(line) !== null);
  const s: Structure = {
    fields: [],
    headerLines: [],
    explanationLines: [],
    introductionLines: [],
    preambleLines: [],
    questions: [],
    answers: [],
    signatureLines: [],
    supersededLines: [],
    questionSignatureLines: [],
    labelled,
    answerBlock: false,
    titles: [],
    readingText: converted.join('\n'),
  };
  let mode: Mode = 'header';
  let target: string[] | null = null;
  let current: RawItem | null = null;
  // The numbers a joint heading (`Vraag 3 en 4`) named, still to come as numbered lines below it.
  let jointQuestions: string[] = [];
  let lastMain: number | null = null;
  let lastLetter: string | null = null;
  let unanswered: string[] = [];
  let quotedOriginal = false;
  /** The last salutation read, and whether it opened the party's letter reprinted in an answer letter. */
  let salutation: string | null = null;
  let quotedLetter = false;
  /** Where a quoted message began: lengths of the explanation and preamble, counts of questions and answers. */
  let forwardMark: [number, number, number, number] | null = null;
  /** The note of a reply that sends the answers (`stuur ik u de antwoorden`): the college's introduction. */
  let replyNote: string[] | null = null;
  let replyFields: FieldValue[] = [];
  /** The signature under that note (`Jan Hendriks` / `wethouder Verkeer`): who answers. */
  let replySignature: string[] = [];
  /**
   * A new message in an e-mail chain (a header block, a Gmail header, `Op … schreef …:`): with no
   * question read yet, the note above it is not part of the set, unless it is the reply sending the
   * answers, which stand under the quoted questions further down.
   */
  const newMessage = (): void => {
    if (s.questions.length === 0 && s.answers.length === 0) {
      const note = [...s.preambleLines, ...s.introductionLines];
      const text = note.join(' ');
      // (A later note sending them too is the college's own reply; the one above it forwards that reply, the griffie
      // passing it on to the raad.)
      if (/\bantwoorden\b/i.test(text) && !/\bter beantwoording\b/i.test(text)) {
        replyNote = note;
        replySignature = s.signatureLines;
      }
      s.preambleLines = [];
      s.explanationLines = [];
      s.introductionLines = [];
      s.signatureLines = [];
    }
    // A message between the reply and the quoted original that neither asks nor answers (the griffie forwarding
    // the questions to the college) is not the party's explanation; a registration number it gives is the set's.
    if (quotedOriginal && forwardMark !== null) {
      const [explanation, preamble, questions, answers] = forwardMark;
      if (s.questions.length === questions && s.answers.length === answers) {
        const note = [...s.explanationLines.splice(explanation), ...s.preambleLines.splice(preamble)].join(' ');
        const flat = note.replace(/\s+/g, ' ');
        const registered = REGISTERED_AS.exec(flat) ?? REFERENCE_SENTENCE.exec(flat.trim());
        if (registered) s.fields.push({ field: 'registrationNumber', value: registered[1] });
      }
    }
    quotedOriginal = s.answers.length > 0 || s.questions.length > 0;
    forwardMark = quotedOriginal
      ? [s.explanationLines.length, s.preambleLines.length, s.questions.length, s.answers.length]
      : null;
    mode = 'header';
    target = null;
    current = null;
  };
  /** Fields read from here on belong to a document glued after the questions. */
  let fieldsStart = 0;
  let laterPart = false;
  /** Fields read from here on are the questions letter's, attached after the answer letter. */
  let annexPart = false;
  /** … or attached after answers read before it (a mail's answers, its attachment's text with the questions below). */
  let questionsAnnex = false;
  const questionNumbers = new Set<string>();
  let questionAfterAnswer = false;

  /** A form's part heading after the answers was read: the part's field lines are the college's fields. */
  let closingPart = false;
  /** A form's part that the asker fills in was read (`DEEL A - IN TE VULLEN DOOR HET RAADSLID`): its `Naam` is theirs. */
  let askerPart = false;
  const startItem = (kind: 'question' | 'answer', numbers: string[], rest: string, designation?: string): void => {
    closingPart = false;
    if (kind === 'question' && s.answers.length > 0) questionAfterAnswer = true;
    current = { numbers, lines: rest ? [rest] : [], ...(designation ? { designation } : {}) };
    (kind === 'question' ? s.questions : s.answers).push(current);
    target = current.lines;
    mode = kind === 'question' ? 'questions' : 'answers';
    const single = numbers.length === 1 ? /^(\d+)([a-z]?)$/.exec(numbers[0]) : null;
    if (single) {
      lastMain = Number(single[1]);
      lastLetter = single[2] || null;
    }
    // An unnumbered answer label under lettered sub-questions answers them all (`2a`, `2b`): lettered lines under it
    // (`a. …` / `b. …`) answer each in turn, from the first letter again.
    const subs = kind === 'answer' && numbers.length > 1 ? numbers.map((n) => /^(\d+)[a-z]$/.exec(n)?.[1]) : [];
    if (subs.length > 0 && subs.every((main) => main !== undefined && main === subs[0])) {
      lastMain = Number(subs[0]);
      lastLetter = null;
    }
    if (kind === 'question') {
      // A question printed again above its answer: the next unnumbered `Antwoord:` is its alone.
      if (numbers.length > 0 && numbers.every((n) => questionNumbers.has(n))) unanswered = [];
      for (const n of numbers) questionNumbers.add(n);
      // The main question's lead-in belongs to its first sub-question (`1. …` / `a) …`): the sub-questions are the
      // ones an unnumbered `Antwoord:` answers, each in turn when each has its own.
      if (single?.[2]) unanswered = unanswered.filter((n) => n !== single[1]);
      unanswered.push(...numbers);
    } else unanswered = [];
  };

  /**
   * A separator line between glued documents: a cover note above a pasted answer document, a
   * collegevoorstel above its answer letter, a questions form above the answer letter. What follows
   * opens with its own header; a note above it is not the set's introduction, and names signing the
   * questions right above it are a signature, not question text.
   */
  const startNextPart = (index: number): void => {
    let next = index + 1;
    while (next < lines.length && lines[next] === '') next++;
    if (next >= lines.length || mailBlockAt(lines, next) !== null || s.answers.length > 0) return;
    const nextLine = lines[next];
    if (QUESTION_LABEL.test(nextLine) || matchAnswerLabel(nextLine) || matchNumbered(nextLine)) return;
    if (s.questions.length === 0) {
      s.preambleLines = [];
      s.explanationLines = [];
      s.introductionLines = [];
      s.signatureLines = [];
    } else {
      const last = s.questions[s.questions.length - 1];
      const signed = trailingSignature(last.lines);
      if (signed > 0) s.signatureLines.push(...last.lines.splice(last.lines.length - signed).filter((l) => l !== ''));
      s.questionSignatureLines = [...s.signatureLines];
      for (let i = fieldsStart; i < s.fields.length; i++) if (!s.fields[i].mail) s.fields[i].questionPart = true;
      laterPart = true;
    }
    fieldsStart = s.fields.length;
    mode = 'header';
    target = null;
    current = null;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line === '') {
      target?.push('');
      continue;
    }
    // A portal print's banner over each attached file (`Inhoud document: Antwoorden.pdf`): the next part starts, the
    // banner itself is furniture.
    if (PRINTED_FILE_BANNER.test(line)) {
      startNextPart(index);
      continue;
    }
    if (MAIL_SEPARATOR.test(line)) {
      // (A line of dashes right under a heading underlines it.)
      if (index === 0 || lines[index - 1] === '') startNextPart(index);
      continue;
    }
    // `Einde formulier`, `--- einde ---`, `*** Einde document ***`: the end of a form or document is no text.
    // After the answers what follows is closing matter; after questions only, another document may follow.
    if (END_MARKER.test(line)) {
      if (s.answers.length > 0) {
        mode = 'closing';
        target = null;
        current = null;
      } else if (s.questions.length > 0) startNextPart(index);
      continue;
    }
    // A rule of `=` (a title's underline) is no text.
    if (RULE.test(line)) {
      // A banner framed by two such rules at the top (a party's house-style name and slogan) is letterhead.
      if (mode === 'header' && s.fields.length === 0 && s.questions.length === 0 && s.answers.length === 0) {
        let close = index + 1;
        while (close < lines.length && close - index <= 4 && lines[close] !== '' && !RULE.test(lines[close])) close++;
        if (close > index + 1 && RULE.test(lines[close] ?? '')) {
          s.headerLines.push(...lines.slice(index + 1, close));
          index = close;
        }
        // Below an earlier letter, dated and signed but asking and answering nothing (a postponement notice), a rule
        // between blank lines starts the letter that supersedes it: its header, opening and signature are the set's.
      } else if (
        mode === 'closing' &&
        s.questions.length === 0 &&
        s.answers.length === 0 &&
        lines[index - 1] === '' &&
        lines[index + 1] === '' &&
        s.fields.some((f) => f.field === 'date' && !f.mail)
      ) {
        fieldsStart = restartLetter(s);
        mode = 'header';
        target = null;
        current = null;
        // Below an answer letter, signed, a rule between blank lines over another answer letter of the same set (its
        // own letterhead, date and salutation, the same `Onderwerp` or `Zaaknummer`, then questions not yet read): the
        // later letter completes the answer. Its date answers (the earlier letter's date goes), its opening is a
        // further paragraph of the college's introduction, and its questions and answers follow the earlier ones.
      } else if (
        mode === 'closing' &&
        s.answers.length > 0 &&
        lines[index - 1] === '' &&
        lines[index + 1] === '' &&
        laterAnswerLetterAt(lines, index + 1, s.fields, questionNumbers)
      ) {
        s.fields = s.fields.filter((f) => f.mail || f.field !== 'date');
        if (s.preambleLines.length > 0) s.preambleLines.push('');
        mode = 'header';
        target = null;
        current = null;
        // Below questions not yet answered, a banner framed by two such rules (`(hieronder de beantwoording …)`) is the
        // griffie's note gluing the answer letter on: the letter starts below it, the banner is furniture.
      } else if (
        s.questions.length > 0 &&
        s.answers.length === 0 &&
        (mode === 'questions' || mode === 'closing') &&
        lines[index - 1] === '' &&
        framedBannerEnd(lines, index) > 0
      ) {
        index = framedBannerEnd(lines, index);
        startNextPart(index);
        // Below a signed questions letter, such a rule starts the letter answering it, as a dashed line does.
      } else if (
        mode === 'closing' &&
        s.questions.length > 0 &&
        s.answers.length === 0 &&
        lines[index - 1] === '' &&
        lines[index + 1] === ''
      )
        startNextPart(index);
      continue;
    }
    // An export's section named in square brackets alone on its line (`[Toelichting]`, `[Vragen]`, `[Antwoorden]`):
    // that heading. (A section the reader does not know, `[Zaakgegevens]`, stays a line.)
    const section = BRACKETED_SECTION.exec(line);
    if (section && (matchHeading(section[1])?.kind ?? 'neutral') !== 'neutral') {
      lines[index] = section[1];
      index--;
      continue;
    }
    // A form's part in the header titled by a field's label alone (`2. ONDERWERP`, `B. INDIENER`), its value on the
    // line below: that label, whose value is the field's.
    if (mode === 'header' && LETTERED_PART_PREFIX.test(line)) {
      const title = line.replace(LETTERED_PART_PREFIX, '');
      if (CAPITALS_LABEL.test(title) && isBareLabel(title)) {
        lines[index] = title;
        index--;
        continue;
      }
    }
    // A form's part heading (`DEEL B - IN TE VULLEN DOOR DE GRIFFIE`, `Deel 2: beantwoording`) is no text: it ends the
    // question or answer above it. A date in the heading of the part that answers (`DEEL C - BEANTWOORDING DOOR HET
    // COLLEGE (datum: 29 oktober 2024)`) is the answer date.
    if (FORM_PART.test(line) || LETTERED_PART.test(line) || FILLED_BY_PART.test(line)) {
      // A part titled by what it holds (`RUBRIEK B - Vraagstelling`, `Deel 3: Toelichting`): read as that heading.
      const title = line.replace(FORM_PART_PREFIX, '').replace(LETTERED_PART_PREFIX, '');
      const titled = title !== line ? matchHeading(title) : null;
      if (titled && titled.kind !== 'neutral' && !titled.rest) {
        lines[index] = title;
        index--;
        continue;
      }
      const dated = /\(\s*datum\s*:?\s*([^)]+)\)/i.exec(line);
      if (dated && /\b(?:beantwoord\w*|antwoord\w*)\b/i.test(line))
        s.fields.push({ field: 'answeredOn', value: dated[1].trim() });
      mode = s.answers.length > 0 ? 'closing' : 'header';
      closingPart = mode === 'closing';
      askerPart = ASKER_PART.test(line);
      continue;
    }
    // A form's block of fields headed by whose data it holds (`Gegevens indiener`, `Gegevens beantwoording (in te vullen
    // door het college)`): no text; the asker's block names them by a bare `Naam`.
    if (mode === 'header' && FIELD_BLOCK_HEADING.test(line)) {
      askerPart = ASKER_PART.test(line);
      target = null;
      current = null;
      continue;
    }
    // A form's choice between boxes (`Soort vragen: [X] schriftelijke vragen [ ] vragenuur`) is no text either.
    // (Also status boxes between the answers' heading and the first answer: `[x] Beantwoord binnen de termijn`.)
    // (A labelled choice between two or more boxes set apart under the questions or answers, `Gewenste beantwoording:
    // [X] schriftelijk [ ] mondeling`, is the form's next field: it ends them, as a signature field does.)
    const choiceField =
      current !== null &&
      (mode === 'questions' || mode === 'answers') &&
      lines[index - 1] === '' &&
      /^[^:[☐☑☒]{2,40}:\s*(?:\[[ xX✓✔]\]|[☐☑☒])/u.test(line) &&
      (line.match(/\[[ xX✓✔]\]|[☐☑☒]/gu) ?? []).length >= 2;
    if (choiceField) {
      mode = 'closing';
      target = null;
      current = null;
    }
    if (
      (current === null || (mode !== 'questions' && mode !== 'answers')) &&
      /(?:^|\s)\[[ xX✓✔]\](?=\s)|[☐☑☒]/u.test(line)
    ) {
      // A known field with its options on the line (`Fractie:  [ ] A  [x] B`): the ticked option is its value.
      // (Also a form's field further down, and options wrapped onto the next lines, which open with a box.)
      const boxed = /^([^:[☐☑☒]{2,40}?)\s*(?::\s*|\s{2,})(?=\[|[☐☑☒])(.*)$/u.exec(line);
      const field = boxed ? labelField(boxed[1]) : null;
      let options = boxed ? boxed[2] : '';
      while (field && index + 1 < lines.length && /^(?:\[[ xX✓✔]\]|[☐☑☒])/u.test(lines[index + 1]))
        options += `   ${lines[++index]}`;
      const value = field ? tickedOptions(options) : '';
      if (field && value) s.fields.push({ field, value });
      continue;
    }
    // `-- ` (an e-mail's signature delimiter): what follows is a signature or a disclaimer.
    // (So is an e-mail's disclaimer paragraph itself, `Dit bericht is uitsluitend bestemd voor de geadresseerde(n)`,
    // wherever it stands after the set's text: skipped to its paragraph's end.)
    if (DISCLAIMER.test(line) && (s.questions.length > 0 || s.answers.length > 0)) {
      while (index + 1 < lines.length && lines[index + 1] !== '') index++;
      mode = 'closing';
      target = null;
      current = null;
      continue;
    }
    // A form's signature part under the questions or answers (`Ondertekening` alone, its fields below) ends them.
    if (
      /^(?:ondertekening|handtekening(?:en|\(en\))?)\s*:?$/i.test(line) &&
      (mode === 'questions' || mode === 'answers')
    ) {
      mode = 'closing';
      target = null;
      current = null;
      continue;
    }
    if (/^--\s*$/.test(line)) {
      mode = 'closing';
      target = null;
      current = null;
      continue;
    }
    // After the answers: `Bijlage(n)` (or `Bijlage: vragen van de fractie X`) opens an annex (its own letterhead and text follow: the party's letter,
    // or `Geen`), `Contactpersoon` the letter's closing lines.
    // (Also after a letter's signature, before any answer was read: an answer letter numbering its answers
    // `1.`, `2.` with the party's questions letter as its annex.)
    // A list of attached documents under it (`1. Rapport 'X' (Y)`, `- Raadsinformatiebrief 24-31`; no item asks) is
    // no annex text: its items are documents, read where the text names them, and what follows is closing matter.
    if (
      s.answers.length > 0 &&
      /^(?:bijlagen?|bijlage\s+\d+)\s*:?$/i.test(line) &&
      attachmentListAt(lines, index + 1) > 0
    ) {
      index += attachmentListAt(lines, index + 1);
      mode = 'closing';
      target = null;
      current = null;
      continue;
    }
    if ((s.answers.length > 0 || mode === 'closing') && ANNEX_HEADING.test(line)) {
      if (s.answers.length === 0 && s.questions.length === 0) {
        annexPart = true;
        fieldsStart = s.fields.length;
      }
      // (After answers that no question came before, the annex holds the questions: its head dates them, not the
      // answers.)
      if (s.answers.length > 0 && s.questions.length === 0) questionsAnnex = true;
      quotedOriginal = true;
      mode = 'header';
      target = null;
      current = null;
      continue;
    }
    if (s.answers.length > 0 && /^(?:contactpersoon|contact|meer informatie|informatie)\s*:?$/i.test(line)) {
      mode = 'closing';
      target = null;
      current = null;
      continue;
    }
    const mailBlock = mailLines.has(index) ? null : mailBlockAt(lines, index);
    if (mailBlock) {
      for (const i of mailBlock) mailLines.add(i);
      // A forwarded message: the note of whoever forwarded it is not part of the question set, nor
      // is its header (the forward's date and sender are not the set's) — unless it sends the answers.
      if (s.questions.length === 0 && s.answers.length === 0) {
        const kept: string[] | null = replyNote;
        newMessage();
        if (replyNote !== kept) replyFields = s.fields.filter((f) => f.mail);
        s.fields = s.fields.filter((f) => !f.mail);
      } else newMessage();
      // A reply above the quoted original: what the original says before its questions is the party's.
      // (Questions already read mean the reply carries them, with the answers under each.)
    }
    if (mailLines.has(index)) {
      // (An e-mail's `Verzonden:` is its date, where a letter's is the day it went out.)
      s.fields.push(
        ...parseFieldLine(line).map((f) => ({ ...f, field: f.field === 'sentOn' ? 'date' : f.field, mail: true })),
      );
      continue;
    }
    // `Op 17 februari 2025 om 10:32 schreef Kok, Peter <…>:` above a quoted original: its header in one line.
    const wrote = REPLY_ATTRIBUTION.exec(line);
    if (wrote) {
      newMessage();
      s.fields.push(
        { field: 'date', value: wrote[1], mail: true },
        { field: 'from', value: wrote[2] ?? wrote[3], mail: true },
      );
      continue;
    }
    const gmail = GMAIL_HEADER.exec(line);
    if (gmail && /^(?:aan|to|cc)\s*:/i.test(lines[index + 1] ?? '')) {
      newMessage();
      s.fields.push({ field: 'date', value: gmail[2], mail: true }, { field: 'from', value: gmail[1], mail: true });
      continue;
    }
    if (mode === 'header' && THREAD_COUNT.test(lines[index + 1] ?? '') && s.questions.length === 0) {
      s.fields.push({ field: 'subject', value: line, mail: true });
      continue;
    }
    if (THREAD_COUNT.test(line) && mode === 'header') continue;
    // Gmail's fold of a quoted message.
    if (/^\[(?:geciteerde tekst verbergen|quoted text hidden)\]$/i.test(line)) continue;
    // A label naming who writes below it (`Vraag 2 (raadslid)`, `Antwoord 2 en 3 (college)`): read without the role.
    const role = ROLE_AFTER_LABEL.exec(line);
    if (role) {
      lines[index] = role[1] + role[2];
      index--;
      continue;
    }
    // `… Zie ook het` / `antwoord op vraag 3.` (or `vraag 6.`): a wrapped sentence going on, not a label.
    const continues = continuesSentence(lines, index);
    const label = continues || QUESTION_AS_OBJECT.test(line) ? null : QUESTION_LABEL.exec(line);
    // (`Vraag 2` heading a reply's answer above the quoted original: see replyAnswerLabels.)
    const replyLabel = replyLabels.get(index) ?? null;
    const questionLabel = replyLabel ? null : label;
    const answerLabel = replyLabel
      ? replyLabel
      : questionLabel || continues
        ? null
        : answerHeadingIsLabel && BARE_ANSWERS_HEADING.test(line)
          ? { numbers: [], rest: '' }
          : matchAnswerLabel(line);
    // A RIS page's or letter's back matter after the body (`Documenten`, `Gerelateerd`, `Deel deze pagina`):
    // file lists and links to meetings, neither text nor signature.
    if (
      (s.questions.length > 0 || s.answers.length > 0) &&
      (mode === 'questions' || mode === 'answers') &&
      lines[index - 1] === '' &&
      (BACK_MATTER.test(line) || isShareRow(line))
    )
      mode = 'appendix';
    // A row of links under a question or answer is page chrome, no text (only the row: a page may go on).
    if ((mode === 'questions' || mode === 'answers') && lines[index - 1] === '' && isWebChrome(line)) continue;
    // So is a portal print's stamp of when and by whom it was printed (`Geprint op 3-2-2025 om 9:14 door jdevries`).
    if (
      (mode === 'questions' || mode === 'answers') &&
      lines[index - 1] === '' &&
      (PRINT_STAMP.test(line) || EXPORT_STAMP.test(line) || EXPORT_NOUN_STAMP.test(line))
    )
      continue;
    // (The note as the text's last line needs no blank line above it: a rule drawn over it may have been dropped as
    // repeated furniture.)
    if (
      (mode === 'answers' &&
        s.answers.length > 0 &&
        ADMIN_NOTE.test(line) &&
        (lines[index - 1] === '' || lines.slice(index + 1).every((next) => next === ''))) ||
      (lines[index - 1] === '' &&
        (mode === 'answers' || mode === 'questions') &&
        current !== null &&
        RETURN_NOTE.test(line))
    ) {
      mode = 'closing';
      target = null;
      current = null;
      continue;
    }
    if (mode === 'appendix') {
      if (!questionLabel && !answerLabel) continue;
    }
    // The askers' letter reprinted in the answer letter and signed by them (`Namens de fractie …` / names), then the
    // college's heading over its answers (`Onze antwoorden`): the signature above it is the questions', and the
    // answers' part starts, as below a rule between the two letters.
    if (
      mode === 'closing' &&
      s.questions.length > 0 &&
      s.answers.length === 0 &&
      s.questionSignatureLines.length === 0 &&
      lines[index - 1] === '' &&
      !questionLabel &&
      !answerLabel &&
      matchHeading(line)?.kind === 'answers'
    ) {
      s.questionSignatureLines = [...s.signatureLines];
      mode = 'questions';
    }
    // (So is the signature above the college's first answer label under that letter, `Ons antwoord op vraag 1`.)
    if (
      mode === 'closing' &&
      quotedLetter &&
      s.questions.length > 0 &&
      s.answers.length === 0 &&
      s.questionSignatureLines.length === 0 &&
      lines[index - 1] === '' &&
      answerLabel !== null &&
      answerLabel.numbers.length > 0
    )
      s.questionSignatureLines = [...s.signatureLines];
    if (mode === 'closing' && !questionLabel && !answerLabel) {
      // A party's letter answered in its own text closes with a note of when and by whom (`Beantwoord door het
      // college op 5 november 2024 (portefeuillehouder: wethouder …)`): the answer date and portfolio holder.
      const answered = ANSWERED_NOTE.exec(line);
      if (answered) {
        s.fields.push({ field: 'answeredOn', value: answered[1] });
        const inBrackets = PORTFOLIO_IN_BRACKETS.exec(line);
        if (inBrackets) s.fields.push({ field: 'portfolioHolder', value: inBrackets[1] });
        continue;
      }
      // Below a signed note that asks and answers nothing (an e-mail sending the letter, its text pasted under the
      // note), a paragraph opening with a letter's fields (`Kenmerk: …` / `Datum: …` / `Onderwerp: …`) and its
      // salutation starts that letter: its header, opening and signature are the set's, the note is not.
      if (
        s.questions.length === 0 &&
        s.answers.length === 0 &&
        lines[index - 1] === '' &&
        pastedLetterAt(lines, index)
      ) {
        fieldsStart = restartLetter(s);
        mode = 'header';
        target = null;
        current = null;
        index--;
        continue;
      }
      // A letterhead's field column extracted after the signature (`Datum   4 november 2024` / `Ons kenmerk   …` /
      // `Onderwerp   …`): a paragraph of three field lines or more is read as the letter's fields.
      const block = lines[index - 1] === '' ? closingFieldBlock(lines, index) : null;
      if (block) {
        s.fields.push(...block.fields.map((f) => (s.answers.length > 0 ? { ...f, afterAnswers: true } : f)));
        index += block.lines - 1;
        continue;
      }
      // A form's part after the answers (`DEEL D - afhandeling`: `Datum beantwoording …`, `Portefeuillehouder …`)
      // holds the college's fields, one a line, among others the reader does not know (`Paraaf secretaris`).
      const partFields = closingPart ? parseFieldLine(line) : [];
      if (partFields.length > 0) {
        s.fields.push(...partFields.map((f) => ({ ...f, afterAnswers: true })));
        continue;
      }
      s.signatureLines.push(line);
      continue;
    }
    const holder = PORTFOLIO_IN_BRACKETS.exec(line);
    if (holder) s.fields.push({ field: 'portfolioHolder', value: holder[1] });
    const headingLine = holder ? line.replace(holder[0], '').trim() : line;
    // A long line opening with a label (`Toelichting: …`) heads a part only before the questions: inside a
    // question or an answer it is that item's text.
    // A lower-case line finishing a wrapped sentence (`… stel ik de volgende` / `vragen:`) is its last words.
    const heading =
      (headingLine.length > 90 && (mode === 'questions' || mode === 'answers')) || continues
        ? null
        : matchHeading(headingLine);
    // A title wrapped over two lines (`SCHRIFTELIJKE VRAGEN` / `ex artikel 40 Reglement van Orde …`).
    if (mode === 'header' && index > 0 && s.titles[s.titles.length - 1] === lines[index - 1] && /^\p{Ll}/u.test(line)) {
      s.titles.push(line);
      continue;
    }
    if (heading && !questionLabel && !answerLabel) {
      current = null;
      if (heading.kind === 'neutral') {
        // An e-mail's note to the griffie above the set's title line (`Hoi X, hierbij onze vragen`) is
        // correspondence: the set's own text starts under its title.
        if (mode === 'preamble' && mailLines.size > 0 && s.questions.length === 0 && s.answers.length === 0)
          s.preambleLines.length = 0;
        // A letter on several subjects under topic headings (`Aanbesteding X` / `…`), one of them the answers under
        // their own title (`Beantwoording schriftelijke vragen …`): the subjects above it are no introduction.
        if (
          mode === 'preamble' &&
          s.questions.length === 0 &&
          s.answers.length === 0 &&
          /^beantwoording\b/i.test(line) &&
          s.preambleLines.some((_l, i) => isTopicHeading(s.preambleLines, i))
        )
          s.preambleLines.length = 0;
        const wrapped = index + 1 < lines.length && titleGoesOn(line, lines[index + 1]);
        s.titles.push(wrapped ? `${line} ${lines[++index]}` : line);
      }
      switch (heading.kind) {
        case 'explanation':
          // A quoted original's lead-in above its `Toelichting` heading (`Namens de fractie … stel ik de volgende
          // vragen`) is a formula, as in a letter, not the start of the explanation the heading brings.
          if (quotedOriginal && mode === 'preamble' && forwardMark !== null) s.explanationLines.splice(forwardMark[0]);
          mode = 'explanation';
          target = s.explanationLines;
          // (`Toelichting door vragensteller`, `Inleiding van de fractie`: the heading itself says whose text it is.)
          if (/\b(?:vragensteller|indiener|fractie)/i.test(line)) s.askersExplanation = true;
          break;
        case 'introduction':
          mode = 'introduction';
          target = s.introductionLines;
          break;
        case 'preamble':
          // A bare `Inleiding` under the questions' own heading (`DEEL A – VRAGEN`, `Vragen`), before the first
          // question, is the askers' lead-in to them: their explanation, not the college's introduction.
          // (So is one below a letter's opening that says it takes over the askers' own introduction: `Uw inleiding en
          // vragen nemen wij hieronder over`.)
          if (
            s.questions.length === 0 &&
            s.answers.length === 0 &&
            (mode === 'questions' || (mode === 'preamble' && YOUR_INTRODUCTION.test(s.preambleLines.join(' '))))
          ) {
            mode = 'explanation';
            target = s.explanationLines;
            break;
          }
          mode = 'preamble';
          target = s.preambleLines;
          break;
        case 'questions': {
          mode = 'questions';
          // Prose under the questions' own heading before the first question, with no prose above the heading (a
          // RIS page's `Vragen` under its fields), is the askers' lead-in: their explanation.
          // (So is prose under a heading naming the askers as the questions' writers, `Vragen van de fractie`, also
          // below a portal's breadcrumb and page title.)
          // (And prose under the college's `Uw vragen` over its copy of the askers' letter, below the college's own
          // opening: the askers' lead-in as they wrote it.)
          const namesAskers = /\bvan\s+de\s+fractie\b|^uw\s+vragen\s*:?$/i.test(line);
          target =
            s.questions.length === 0 &&
            s.answers.length === 0 &&
            (s.preambleLines.every((l) => l.trim() === '') || namesAskers)
              ? s.explanationLines
              : s.preambleLines;
          if (target === s.explanationLines && namesAskers) s.askersExplanation = true;
          break;
        }
        case 'answers':
          mode = 'answers';
          target = s.introductionLines;
          break;
        case 'neutral':
          break;
      }
      if (heading.rest) target?.push(heading.rest);
      continue;
    }
    // A key-value export prints a section's text under a generic key (`[Toelichting]` / `Tekst : De lift …`): the
    // key is no text of it.
    if (target !== null && target.length === 0 && (mode === 'explanation' || mode === 'introduction')) {
      const keyed = TEXT_KEY.exec(line);
      if (keyed) {
        target.push(keyed[1]);
        continue;
      }
    }
    // A RIS page copied as text prints each field's label on its own line and the value below it
    // (`Indiener(s)` / `C.J. Meijer, L. Bouwman`).
    const stacked = mode === 'header' && !questionLabel && !answerLabel ? stackedField(lines, index) : null;
    if (stacked) {
      s.fields.push(stacked.field);
      index += stacked.lines;
      continue;
    }
    let fields = questionLabel || answerLabel ? [] : parseFieldLine(line);
    const askerName = askerPart && mode === 'header' && fields.length === 0 ? /^naam\s*:\s*(\S.*)$/i.exec(line) : null;
    if (askerName) fields = [{ field: 'submitters', value: askerName[1] }];
    // Fields run together with middle dots (`Datum … · Kenmerk …`), and a single `Onderwerp …` line between such lines.
    if (fields.length === 0 && mode === 'header' && !questionLabel && !answerLabel) {
      if (DOTTED_FIELDS.test(line)) fields = parseRunTogetherFields(line);
      else if (
        [lines[index - 1] ?? '', lines[index + 1] ?? ''].some(
          (near) => DOTTED_FIELDS.test(near) && parseRunTogetherFields(near).length > 0,
        )
      )
        fields = parseRunTogetherFields(line).filter((f) => f.field !== 'ignored');
      // (A Word export loses the tab between label and value: `Datum 1 april 2025` / `Ons kenmerk AB/25.1`, a block
      // of such lines, each read when the line beside it reads so too; its paragraphs are set apart by blank lines.)
      else if (
        bareFieldLine(line) &&
        [lines[index - 1] || lines[index - 2] || '', lines[index + 1] || lines[index + 2] || ''].some(bareFieldLine)
      )
        fields = parseRunTogetherFields(line);
      // (So is a reference label with its number as a paragraph of its own, between blank lines under a publication's
      // title: `Zaaknummer 24-07733`.)
      else if (referenceParagraph(lines, index)) fields = parseRunTogetherFields(line);
    }
    // (A label that fills its block's column, one space before the value, is read at the column of the line beside;
    // above a value wrapped onto a line of its own, at the column of the field line above that.)
    if (fields.length === 0 && mode === 'header' && !questionLabel && !answerLabel)
      fields =
        [lines[index - 1] ?? '', lines[index + 1] ?? '', lines[index - 1] ? (lines[index - 2] ?? '') : '']
          .map((near) => fieldAtColumn(line, near))
          .find((found) => found.length > 0) ?? [];
    // A letterhead line with a field set to the right after a wide gap (`Gemeente X        Registratienummer: 24-1`):
    // the field is read, the letterhead stays.
    if (fields.length === 0 && mode === 'header' && !questionLabel && !answerLabel) {
      // (A PDF's running header prints its reference there without a colon: `Gemeente X        Kenmerk 25.004217`.)
      const colon = /^(\S.*?\S) {3,}(\p{L}[\p{L} .]{1,40}:\s*\S.*)$/u.exec(line);
      const beside = colon ?? /^(\S.*?\S) {3,}(\p{L}[\p{L} .]{1,30} \S*\d\S*)$/u.exec(line);
      const besideFields = colon
        ? parseFieldLine(colon[2])
        : beside
          ? parseRunTogetherFields(beside[2]).filter((f) => f.field !== 'number' && REFERENCE_FIELDS.has(f.field))
          : [];
      if (beside && besideFields.length > 0 && parseFieldLine(beside[1]).length === 0) {
        s.headerLines.push(beside[1]);
        s.fields.push(...besideFields);
        continue;
      }
    }
    // A subject cut after an article or preposition (`… over de` / `verkeersveiligheid op de N337`, broken
    // at a PDF's line width or wrapped into its column) goes on with the next line.
    const last = fields[fields.length - 1];
    // (So does one cut inside a quoted title, `… motie 'Veilige fietsroute Noord-` / `Zuid'`, its quote closed below.)
    if (
      last?.field === 'subject' &&
      (SUBJECT_CUT.test(last.value) ||
        quoteClosedBelow(last.value, lines[index + 1]) ||
        // (Or its next line goes on in lower case and ends the field block before a blank line: `… over de
        // verplaatsing` / `van de weekmarkt` / (blank), a wrap at the letter's width after any word.)
        (/^\p{Ll}/u.test(lines[index + 1] ?? '') && (lines[index + 2] ?? '') === '')) &&
      subjectGoesOn(lines[index + 1])
    ) {
      fields[fields.length - 1] = { ...last, value: `${last.value} ${lines[++index]}` };
    }
    // A list of names cut after its `en` or comma (`T. Janssen en` / `K. Smeets`, wrapped in its column) goes on with
    // the next line when that holds a name only.
    if (
      last?.field === 'submitters' &&
      /(?:,|\s(?:en|&))$/i.test(last.value) &&
      subjectGoesOn(lines[index + 1]) &&
      NAME_ONLY.test(lines[index + 1])
    ) {
      fields[fields.length - 1] = { ...last, value: `${last.value} ${lines[++index]}` };
    }
    // An addressee cut after its comma (`Aan:  de fractie van X,` / `de heer A. Bos en mevrouw C. Dam`) goes on with
    // the next line when that names people by title.
    if (
      last?.field === 'ignored' &&
      last.value.endsWith(',') &&
      /^(?:de\s+heer|mevrouw|mevr\.|mw\.|dhr\.|de\s+heren|de\s+dames)\s+\S/i.test(lines[index + 1] ?? '')
    ) {
      fields[fields.length - 1] = { ...last, value: `${last.value} ${lines[++index]}` };
    }
    // A form's instruction printed above its block of fields (`In te leveren bij de griffie; de griffie stuurt het
    // formulier door …` / `Registratienummer : …` / `Datum ontvangst : …`): about the form itself, not the answers, it
    // is no text of the set. (The college telling that it answered, `… maakt bekend dat het de vragen heeft
    // beantwoord`, above a publication's fields is its introduction.)
    if (
      fields.length > 0 &&
      mode === 'preamble' &&
      FORM_INSTRUCTION_TEXT.test(s.preambleLines.join(' ')) &&
      !/antwoord/i.test(s.preambleLines.join(' ')) &&
      s.questions.length === 0 &&
      s.answers.length === 0 &&
      s.explanationLines.length === 0 &&
      s.introductionLines.length === 0 &&
      parseFieldLine(lines[index + 1] ?? '').length > 0
    ) {
      s.headerLines.push(...s.preambleLines.filter((l) => l !== ''));
      s.preambleLines = [];
      mode = 'header';
      target = null;
    }
    // A signature field holding OCR's reading of the handwriting, its strokes around it (`Handtekening raadslid:
    // ~ M. vd Wiel ~`), is a scribble, no printed name: the form names its asker in its name field.
    if (SIGNATURE_FIELD.test(line))
      fields = fields.map((f) => (f.field === 'submitters' && /[~^]/.test(f.value) ? { ...f, field: 'ignored' } : f));
    if (fields.length > 0) {
      const afterAnswers = !questionsAnnex && (s.answers.length > 0 || mode === 'answers' || mode === 'closing');
      s.fields.push(
        ...fields.map((f) =>
          afterAnswers
            ? { ...f, afterAnswers }
            : laterPart
              ? { ...f, laterPart }
              : annexPart || questionsAnnex
                ? { ...f, questionPart: true }
                : f,
        ),
      );
      // A form's `Handtekening(en):` after the questions signs them: what follows (instructions) is no question text.
      // (So does a paraph under the answers, `Paraaf portefeuillehouder: M.J.`: it initials the letter.)
      if ((SIGNATURE_FIELD.test(line) || PARAPH_FIELD.test(line)) && (s.questions.length > 0 || s.answers.length > 0)) {
        mode = 'closing';
        target = null;
        current = null;
      }
      continue;
    }
    const placeDate = PLACE_DATE.exec(line);
    if (placeDate) {
      s.fields.push({
        field: 'date',
        value: placeDate[1],
        afterAnswers: s.answers.length > 0 && !questionsAnnex,
        ...(annexPart || questionsAnnex ? { questionPart: true } : {}),
      });
      continue;
    }
    if (SALUTATION.test(line)) {
      // An answer letter to the raad that reprints the party's letter to the college in it (`Geachte raad,` / the
      // college's lead-in / `Geacht college,` / the party's text and questions): the lead-in is the college's
      // introduction, the text under the second salutation the party's explanation.
      if (
        mode === 'preamble' &&
        target === s.preambleLines &&
        SALUTE_RAAD.test(salutation ?? '') &&
        SALUTE_COLLEGE.test(line) &&
        s.questions.length === 0 &&
        s.answers.length === 0 &&
        s.explanationLines.every((l) => l === '') &&
        s.preambleLines.some((l) => l !== '')
      ) {
        s.introductionLines.push(...s.preambleLines);
        s.preambleLines = [];
        target = s.explanationLines;
        quotedLetter = true;
      }
      salutation = line;
      if (mode === 'header') {
        mode = 'preamble';
        // The answer letter glued below the questions opens with the college's introduction.
        target = quotedOriginal
          ? s.explanationLines
          : laterPart && s.answers.length === 0
            ? s.introductionLines
            : s.preambleLines;
      }
      continue;
    }
    // `College van burgemeester en wethouders` under the municipality's name at the top is letterhead.
    const letterhead = mode === 'header' && LETTERHEAD_BODY.test(line);
    // The wish for answers wrapped onto a second line (`Wij zien de beantwoording binnen de … met belangstelling` /
    // `tegemoet.`) closes the letter as on one line: both lines are the closing's.
    const next = lines[index + 1] ?? '';
    if (next !== '' && next.length <= 60 && !letterhead && AWAITING_ANSWERS.test(`${line} ${next}`)) {
      mode = 'closing';
      current = null;
      target = null;
      s.signatureLines.push(line, next);
      index++;
      continue;
    }
    if (
      (CLOSING.test(line) &&
        (line.length <= 80 || (line.length <= 120 && AWAITING_ANSWERS.test(line))) &&
        !letterhead &&
        !wrappedInSentence(lines, index) &&
        !onBehalfGoesOn(lines, index)) ||
      isBareSignature(lines, index, mailLines)
    ) {
      mode = 'closing';
      current = null;
      target = null;
      s.signatureLines.push(line);
      continue;
    }
    if (questionLabel) {
      // A joint heading (`Vraag 3 en 4`) over the questions it names, each numbered below it (`3. …`, `4. …`): the
      // heading is no question; the numbered lines are.
      const word = /^(?:uw\s+)?vraag\s+/i.exec(line)?.[0].length ?? 0;
      const named = parseNumberList(line.slice(word));
      if (named.numbers.length > 1 && word + named.length === line.length) {
        let next = index + 1;
        while (next < lines.length && lines[next] === '') next++;
        const below = next < lines.length ? matchNumbered(lines[next]) : null;
        if (below && below.numbers.length === 1 && below.numbers[0] === named.numbers[0]) {
          jointQuestions = named.numbers;
          continue;
        }
      }
      const number = `${Number(/\d+/.exec(questionLabel[1])?.[0])}${(/[a-z]$/i.exec(questionLabel[1])?.[0] ?? '').toLowerCase()}`;
      startItem('question', [number], questionLabel[2]);
      continue;
    }
    if (answerLabel) {
      // A bare `Antwoord college` over answers numbered `1.`, `2.` for the questions listed before: a heading.
      if (answerLabel.numbers.length === 0 && !answerLabel.rest && unanswered.length > 1) {
        let next = index + 1;
        while (next < lines.length && lines[next] === '') next++;
        const numbered = next < lines.length ? matchNumbered(lines[next]) : null;
        if (numbered && numbered.numbers.every((n) => unanswered.includes(n))) {
          mode = 'answers';
          target = s.introductionLines;
          current = null;
          continue;
        }
      }
      // Where each question so far had its own unnumbered answer right below it, one printed without an answer
      // (answered later) leaves the next answer to the question right above it, not to both.
      const oneByOne =
        unanswered.length > 1 &&
        s.answers.length >= 2 &&
        s.answers.every((a) => a.numbers.length === 1) &&
        s.answers.length + unanswered.length === s.questions.length;
      // Letters alone name sub-questions of the question printed right above (its stem's number and those letters).
      const lastQuestion = s.questions[s.questions.length - 1]?.numbers[0]?.replace(/[a-z]$/, '');
      const lettered = (answerLabel.letters ?? []).map((letter) => `${lastQuestion}${letter}`);
      const numbers =
        answerLabel.numbers.length > 0
          ? answerLabel.numbers
          : lettered.length > 0 && lettered.every((n) => questionNumbers.has(n))
            ? lettered
            : oneByOne
              ? unanswered.slice(-1)
              : unanswered.length > 0
                ? [...unanswered]
                : [];
      startItem('answer', numbers, answerLabel.rest, answerLabel.designation);
      continue;
    }
    // A letter answering in flowing text opens each answer's paragraph by naming the questions in words
    // (`Met betrekking tot uw eerste vraag …`, `Wat uw tweede en derde vraag betreft:`, `Uw laatste vraag …`):
    // the paragraph, marker included, answers them until the next such paragraph.
    if (
      !answerLabelled &&
      s.questions.length > 0 &&
      (mode === 'questions' || mode === 'answers') &&
      (index === 0 || lines[index - 1] === '')
    ) {
      const ordinals = ORDINAL_ANSWER.exec(line);
      const numbers = ordinals ? ordinalQuestions(ordinals[1], s.questions) : [];
      if (numbers.length > 0) {
        startItem('answer', numbers, line);
        continue;
      }
    }
    if (jointQuestions.length > 0) {
      const numbered = matchNumbered(line);
      if (numbered && numbered.numbers.length === 1 && numbered.numbers[0] === jointQuestions[0]) {
        jointQuestions = jointQuestions.slice(1);
        startItem('question', numbered.numbers, numbered.rest);
        continue;
      }
    }
    // (Not a number going on a wrapped reference: `… het antwoord op vraag` / `3.`.)
    if (!labelled && mode !== 'closing' && !continues) {
      const expected = lastMain === null ? 1 : lastMain + 1;
      const numbered = matchNumbered(line) ?? matchBareNumber(line, expected, mode, answerLabelled);
      if (numbered) {
        const isNew = numbered.numbers.every((n) => !questionNumbers.has(n));
        const kind =
          mode === 'answers' &&
          !(
            answerLabelled &&
            (isNew || repeatsQuestion(s.questions, numbered) || askedAboveAnswerLabel(lines, index, numbered))
          )
            ? 'answer'
            : 'question';
        startItem(kind, numbered.numbers, numbered.rest);
        continue;
      }
    }
    // `Vraag 1` … then an answers section numbered `1.`, `2.` without labels: the numbers are the answers'.
    if (
      labelled &&
      !answerLabelled &&
      !continues &&
      (mode === 'answers' || (mode === 'introduction' && target === s.introductionLines))
    ) {
      // (Also a bare label on its own line after a blank line: `1a en 1b`, `2c tot en met 2e`.)
      const numbered = matchNumbered(line) ?? (lines[index - 1] === '' ? matchBareLabel(line) : null);
      if (numbered && numbered.numbers.every((n) => questionNumbers.has(n))) {
        startItem('answer', numbered.numbers, numbered.rest);
        continue;
      }
    }
    if (isSectionHeading(lines, index) && (mode === 'questions' || mode === 'answers')) {
      current = null;
      target = null;
      continue;
    }
    // A letter answering the questions in one of its sections: a topic heading over prose after every question has
    // its answer opens the letter's next subject (`Energietoeslag` / `Het kabinet …`), no text of the last answer.
    if (
      mode === 'answers' &&
      current !== null &&
      isTopicHeading(lines, index) &&
      [...questionNumbers].every((n) => s.answers.some((a) => a.numbers.includes(n))) &&
      closesWithoutQuestions(lines, index)
    ) {
      current = null;
      target = [];
      continue;
    }
    // A topic heading right above the first question is not the end of the explanation or introduction.
    if (isSectionHeading(lines, index) && (mode === 'preamble' || mode === 'introduction' || mode === 'explanation')) {
      target?.push('');
      continue;
    }
    // The questions printed again in the quoted original below the answers (`> 1. Klopt het …`), numbered where the
    // letter labelled them: no part of the party's explanation, nor what follows them there.
    if (quotedOriginal && (target ?? s.explanationLines) === s.explanationLines && s.questions.length > 0) {
      const repeated = /^(\d{1,2})\s*[.)]\s+(\S.{9,})$/.exec(line);
      const asked = repeated ? s.questions.find((q) => q.numbers.includes(repeated[1])) : undefined;
      const words = (x: string): string => x.replace(/\s+/g, ' ').trim().toLowerCase();
      if (repeated && asked && words(asked.lines.join(' ')).startsWith(words(repeated[2]))) {
        target = [];
        continue;
      }
    }
    const capitals = mode === 'questions' ? capitalsLettered(line) : null;
    const lettered = LETTERED.exec(line) ?? capitals;
    if (lettered && current && lastMain !== null && (mode === 'questions' || mode === 'answers')) {
      const letter = (lettered[1] ?? lettered[2]).toLowerCase();
      const previousLetter = lastLetter as string | null;
      const step = previousLetter ? letter.charCodeAt(0) - previousLetter.charCodeAt(0) : letter === 'a' ? 1 : 0;
      const number = `${lastMain}${letter}`;
      // Below an answer, a lettered line with its own `Antwoord:` under it is the next sub-question, asked and
      // answered in turn (`a) …?` / `Antwoord: …` / `b) …?` / `Antwoord: …`), not a lettered part of that answer.
      // (So also where the questions are labelled `Vraag N.` and only `a)` was read as a question before: the answer
      // label right under `b)` makes it one.)
      let next = index + 1;
      while (next < lines.length && lines[next] === '') next++;
      const nextAnswer = mode === 'answers' && next < lines.length ? matchAnswerLabel(lines[next]) : null;
      // (Also with the next sub-questions between, answered together: `b) …?` / `c) …?` / `Antwoord 1b en 1c`.)
      const answeredBelow =
        (nextAnswer !== null && (nextAnswer.numbers.length === 0 || nextAnswer.numbers.includes(number))) ||
        (mode === 'answers' && nextAnswer === null && jointlyAnsweredBelow(lines, index, number));
      const isSubQuestion = mode === 'questions' || !labelled || questionNumbers.has(number) || answeredBelow;
      if (step >= 1 && step <= 2 && isSubQuestion) {
        const main: number = lastMain;
        startItem(mode === 'answers' && !answeredBelow ? 'answer' : 'question', [`${main}${letter}`], lettered[3]);
        continue;
      }
    }
    // A letterhead's or footer's address (`Gemeente X - Postbus 12 - 1234 AB Plaats`) below the body is page furniture.
    if (mode !== 'header' && isAddressLine(line)) continue;
    if (mode === 'header') {
      if (!looksLikeBody(line)) {
        s.headerLines.push(line);
        continue;
      }
      mode = 'preamble';
      target = quotedOriginal ? s.explanationLines : s.preambleLines;
    }
    (target ?? (quotedOriginal ? s.explanationLines : s.preambleLines)).push(line);
  }

  s.answerBlock = s.answers.length > 0 && !questionAfterAnswer;
  s.questions = mergeLeadIns(withoutRepeatedQuestions(s.questions));
  const subQuestionMains = new Set(
    s.questions.filter((q) => /[a-z]$/.test(q.numbers[0])).map((q) => q.numbers[0].replace(/[a-z]$/, '')),
  );
  s.answers = mergeLeadIns(s.answers, subQuestionMains);
  if (annexPart && s.answers.length === 0) answersBeforeAnnex(s);
  if (labelled && s.answers.length === 0) splitUnlabelledAnswers(s);
  if (!labelled && !answerLabelled && s.answers.length === 0) splitAnswersAfterQuestionMark(s);
  if (!labelled && answerLabelled && s.answers.length > 0) splitAnswersAfterQuestionMark(s, true);
  // The reply's note is the introduction when the answers stand under the quoted questions, labelled or
  // written unlabelled under each (hence after the splits above). The text right above them is then the
  // original's lead-in, the party's explanation, not a note sending answers.
  if (
    replyNote !== null &&
    s.answers.length > 0 &&
    s.introductionLines.every((l) => l === '') &&
    !/\bantwoord/i.test(s.preambleLines.join(' '))
  ) {
    s.introductionLines = replyNote;
    s.fields.unshift(...replyFields);
    s.signatureLines = [...replySignature, ...s.signatureLines];
    if (s.explanationLines.every((l) => l === '')) {
      s.explanationLines = s.preambleLines;
      s.preambleLines = [];
    }
  }
  return s;
}

/**
 * An annex's heading: bare (`Bijlage`, `Bijlage 1:`) or naming the questions it holds (`Bijlage: uw vragen van …`); or
 * a mail's attachment pasted as text under its file name (`Inhoud bijlage "Vragen X.docx":`).
 */
const ANNEX_HEADING =
  /^(?:(?:bijlagen?|bijlage\s+\d+)\s*(?::?$|:\s*(?=.*\bvragen\b))|inhoud\s+(?:van\s+(?:de\s+)?)?bijlage\b[^:]{0,160}:$)/i;

const CHECKBOX = /(?:\[[ xX✓✔]\]|[☐☑☒])/u;
/**
 * A form's part heading: `DEEL A - IN TE VULLEN DOOR HET RAADSLID`, `Deel 2: Beantwoording`, `Onderdeel B`, also with a
 * bar as a form system prints it (`DEEL 1 | RAADSLID`).
 */
/** A form's part word and its letter, digit or roman number (`Deel A`, `Onderdeel 2`, `RUBRIEK III`). */
const PART_NUMBER = String.raw`(?:deel|onderdeel|rubriek)\s+(?:[a-h]|[1-9]|i{1,3}|iv|v)`;
const FORM_PART = new RegExp(String.raw`^${PART_NUMBER}\s*(?:[-–—:.|]\s*\S.*)?$`, 'i');
/**
 * A form's part headed only by who fills it in (`IN TE VULLEN DOOR HET COLLEGE`, `In te vullen door de griffie`): a
 * part heading as `Deel C - …` is, its fields below are the set's.
 */
const FILLED_BY_PART = /^in\s+te\s+vullen\s+door\s+(?:de|het)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*:?$/iu;
/** A form's part or block that the asker fills in: it names them (`raadslid`, `vragensteller`, `indiener`, `fractie`). */
const ASKER_PART = /\b(?:raadslid|raadsleden|vragensteller(?:s|\(s\))?|indiener(?:s|\(s\))?|fractie)\b/i;
/** `Gegevens vragensteller`, `Gegevens beantwoording (in te vullen door het college)`: a form's block of fields. */
const FIELD_BLOCK_HEADING =
  /^gegevens\s+[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s*\(\s*in\s+te\s+vullen\s+door\s+[^()]{2,40}\))?$/iu;
const FORM_PART_PREFIX = new RegExp(String.raw`^${PART_NUMBER}\s*[-–—:.|]\s*`, 'i');
/**
 * Whether an answer label below a run of lettered lines (each perhaps wrapped, blank lines between) names `number`:
 * the sub-questions asked together above one answer (`b) …?` / `c) …?` / `Antwoord 1b en 1c`).
 */
function jointlyAnsweredBelow(lines: string[], index: number, number: string): boolean {
  let next = index + 1;
  let wrapped = true;
  let lettered = 0;
  for (; next < lines.length && next - index <= 12; next++) {
    const line = lines[next];
    if (line === '') wrapped = false;
    else if (LETTERED.test(line)) {
      lettered++;
      wrapped = true;
    } else if (!wrapped || matchAnswerLabel(line) !== null) break;
  }
  const label = lettered > 0 && next < lines.length ? matchAnswerLabel(lines[next]) : null;
  return label !== null && label.numbers.includes(number);
}

// A form's part lettered or numbered without a word (`A. TOELICHTING`, `C. BEANTWOORDING DOOR HET COLLEGE`,
// `5. VRAGEN`, `1. GEGEVENS INDIENER`): a capital letter or a digit and a title all in capitals, whose first word is a
// part's word (no sub-question, no initial before a surname, no question asked in capitals).
const LETTERED_PART =
  /^(?:[A-H]|[1-9])\.\s+(?:TOELICHTING|INLEIDING|AANLEIDING|VRAGEN|VRAAGSTELLING|BEANTWOORDING|ANTWOORDEN|ONDERTEKENING|GEGEVENS|AFHANDELING|IN\s+TE\s+VULLEN)(?:\s+[\p{Lu}-]+)*\s*$/u;
const LETTERED_PART_PREFIX = /^(?:[A-H]|[1-9])\.\s+(?=\p{Lu}{4,})/u;
/** A generic key over a section's text in a key-value export (`Tekst : …`, `Inhoud : …`). */
const TEXT_KEY = /^(?:tekst|inhoud|omschrijving)\s*:\s*(\S.*)$/i;
/** An export's section name in square brackets (`[Vragen]`), an INI file's shape. */
const BRACKETED_SECTION = /^\[(\p{L}[\p{L} ]{1,40})\]$/u;
/** A form part's title that is a field's label in capitals alone (`ONDERWERP`, `INDIENER`). */
const CAPITALS_LABEL = /^\p{Lu}{4,}(?:\s\p{Lu}+){0,3}$/u;

/**
 * A form's row of options (`[ ] Partij A   [x] Partij B   [ ] Partij C`) as a field's value: the ticked
 * options' labels are the value, the unticked ones are no text. A value without boxes stays as it is.
 */
export function tickedOptions(value: string): string {
  if (!CHECKBOX.test(value)) return value;
  const options = value.split(/(?=\[[ xX✓✔]\]|[☐☑☒])/u).map((part) => part.trim());
  return (
    options
      .filter((part) => /^(?:\[[xX✓✔]\]|[☑☒])/u.test(part))
      .map((part) => part.replace(/^(?:\[[xX✓✔]\]|[☑☒])\s*/u, '').trim())
      // (`[x] anders, namelijk: Dorpsbelang` names the option; a line of dots left blank names nothing.)
      .map((label) => label.replace(/^anders\s*,?\s*(?:namelijk|nl\.)\s*:?\s*/i, '').replace(/^[._\s]+$/, ''))
      .filter((label) => label !== '')
      .join(', ')
  );
}

/** The last word of a subject that cannot end one: an article, preposition or conjunction. */
const SUBJECT_CUT =
  /\s(?:de|het|een|van|over|bij|op|in|aan|voor|met|en|of|tot|naar|om|te|door|uit|inzake|betreffende)$/i;

/** A value with a quote opened and left open (`motie 'Veilige route`) whose next line closes it (`Oost'`). */
function quoteClosedBelow(value: string, next: string | undefined): boolean {
  const open = /(?:^|\s)['‘"“„](?=\p{L})(?!s-|t\s)/u.exec(value);
  if (!open || next === undefined) return false;
  const rest = value.slice(open.index + open[0].length);
  return !/[\p{L}\d.?!]['’"”](?=$|[\s.,;:!?)])/u.test(rest) && /[\p{L}\d.?!]['’"”](?=$|[\s.,;:!?)])/u.test(next);
}

/** A person's name alone on a line: initials or first names, then a surname (with its prefixes). */
const NAME_ONLY =
  /^(?:\p{Lu}\.){0,4}\s?(?:\p{Lu}[\p{Ll}'-]+\s)?(?:(?:van|de|der|den|het|ter|ten|in|'t)\s){0,3}\p{Lu}[\p{L}'-]+$/u;

/** A person's name alone on a line, with initials or a first name: `B. Jansen`, `K. van Dam`, `Anna te Riet`. */
const PERSON_LINE =
  /^(?:(?:\p{Lu}\.){1,4}\s?|\p{Lu}\p{Ll}+\s)(?:(?:van|de|der|den|het|ter|ten|te|in|'t)\s){0,3}\p{Lu}[\p{L}'-]+$/u;

function subjectGoesOn(next: string | undefined): boolean {
  return (
    next !== undefined &&
    next !== '' &&
    next.length <= 120 &&
    parseFieldLine(next).length === 0 &&
    !isBareLabel(next) &&
    !QUESTION_LABEL.test(next) &&
    !SALUTATION.test(next) &&
    !matchHeading(next)
  );
}

/** A line of a narrow field column (a letterhead's left column) goes on with a subject wrapped in it. */
const NARROW_VALUE = 30;

/**
 * `Onderwerp` alone on a line with its value on the next one, as a RIS page lists its fields. A subject
 * wrapped in a narrow field column (`Beantwoording vragen` / `parkeren` / `Centrum`) goes on over the short
 * lines up to a blank line or the next label. `lines`: how many lines the value took.
 */
/**
 * `Label value` with one space between and no colon or column gap, short as a field line is: a letter's date, kenmerk
 * or subject (labels that open no sentence, unlike `Namens`, `Van` or `Gemeente`); or its portfolio holder, where the
 * value is a person named with a title or initials (`Portefeuillehouder wethouder A. Bos`), not a sentence
 * (`Portefeuillehouder is …`).
 */
function bareFieldLine(line: string): boolean {
  if (line.length > 120 || /:|\s{2,}|\t/.test(line) || DOTTED_FIELDS.test(line)) return false;
  const [read] = parseRunTogetherFields(line);
  return (
    read !== undefined &&
    read.value !== '' &&
    (read.field === 'date' ||
      read.field === 'subject' ||
      REFERENCE_FIELDS.has(read.field) ||
      (read.field === 'portfolioHolder' && BARE_HOLDER.test(read.value)))
  );
}

/** A portfolio holder's value: `wethouder A. Bos`, `de burgemeester mr. K. de Vries`, `J.P. van Dam`; no sentence. */
const BARE_HOLDER =
  /^(?:(?:de\s+)?(?:wethouder|(?:loco-)?burgemeester)\s+)?(?:(?:mr|drs|dr|ir|ing)\.\s+)?(?:\p{Lu}\.\s?)+(?:\p{Ll}+\s)*\p{Lu}[\p{L}' -]*$/u;

/**
 * `Zaaknummer 24-07733`, `Kenmerk Z/25/118` alone between blank lines: a reference label (not a bare `Nr.`, which a
 * publication prints for its own number) and one value holding a digit.
 */
function referenceParagraph(lines: string[], index: number): boolean {
  if ((lines[index - 1] ?? '') !== '' || (lines[index + 1] ?? '') !== '' || !bareFieldLine(lines[index])) return false;
  const [read] = parseRunTogetherFields(lines[index]);
  return REFERENCE_FIELDS.has(read.field) && read.field !== 'number' && /^\S*\d\S*$/.test(read.value);
}

/** An item of a web page's menu copied one a line: a few capitalised words, no digit, no punctuation. */
const MENU_ITEM = /^\p{Lu}[\p{L}'-]*(?: [\p{L}'-]+){0,2}$/u;

/**
 * A web page's menu copied one item a line (`Kalender` / `Vergaderingen` / `Raadsleden` / `Documenten` / `Zoeken`): a
 * run of four or more such items around the line, at most one of them a field's label. (A RIS page's fields stacked
 * label over value alternate: every other line of their run is a label.)
 */
function inMenu(lines: string[], index: number): boolean {
  if (!MENU_ITEM.test(lines[index])) return false;
  const items = [lines[index]];
  // (Blank lines between the items too: a copy sets them apart so.)
  for (const step of [-1, 1]) {
    let at = index + step;
    for (let seen = 0; at >= 0 && at < lines.length && seen < 24; at += step, seen++) {
      if (lines[at] === '') continue;
      if (!MENU_ITEM.test(lines[at])) break;
      items.push(lines[at]);
    }
  }
  return items.length >= 4 && items.filter(isBareLabel).length <= 1;
}

function stackedField(lines: string[], index: number): { field: FieldValue; lines: number } | null {
  const line = lines[index];
  const next = lines[index + 1];
  if (!next || !isBareLabel(line) || inMenu(lines, index)) return null;
  const field = labelField(line);
  if (!field || labelField(next) || next.length > 200 || QUESTION_LABEL.test(next) || matchHeading(next)) return null;
  const value = [next];
  const wrapped = (more: string | undefined): more is string =>
    more !== undefined &&
    more !== '' &&
    more.length <= NARROW_VALUE &&
    value[value.length - 1].length <= NARROW_VALUE &&
    !/[.?!:;,]$/.test(value[value.length - 1]) &&
    labelField(more) === null &&
    parseFieldLine(more).length === 0 &&
    !QUESTION_LABEL.test(more) &&
    !matchHeading(more);
  while (field === 'subject' && value.length < 4 && wrapped(lines[index + 1 + value.length]))
    value.push(lines[index + 1 + value.length]);
  // Askers listed one a line under their label (`Indiener(s)` / `B. Jansen` / `K. van Dam`, a web page's field copied
  // from the browser) are one list.
  const person = (more: string | undefined): more is string =>
    more !== undefined && PERSON_LINE.test(more) && labelField(more) === null && parseFieldLine(more).length === 0;
  if (field === 'submitters' && person(next))
    while (value.length < 6 && person(lines[index + 1 + value.length])) value.push(lines[index + 1 + value.length]);
  return {
    field: { field, value: tickedOptions(value.join(field === 'submitters' ? ', ' : ' ')) },
    lines: value.length,
  };
}

/**
 * An e-mail signed with a name only (`Jan Wierenga`, no greeting before it): a short line of
 * capitalised words after a blank line, as the last line of the text or of a message in a chain.
 */
/**
 * A line in the middle of a sentence wrapped over lines: it opens in lower case after a line without a closing mark,
 * and the line after it goes on in lower case (`Op 3 mei heeft de heer X` / `namens de fractie Y vragen` / `gesteld
 * over …`). It closes no letter, whatever its words.
 */
/**
 * `Namens het college van X, en in het bijzonder namens wethouder` / `A. van der Linden, ontvangt u hieronder de
 * antwoorden …`: a `namens …` line without its comma whose sentence goes on below with a subject or verb is a note's
 * sentence, not a closing (initials are no sentence end; a closing's name under it has no verb).
 */
function onBehalfGoesOn(lines: string[], index: number): boolean {
  const line = lines[index];
  const next = lines[index + 1] ?? '';
  if (!/^namens\b/i.test(line) || /[,.]$/.test(line) || next === '') return false;
  const sentence = `${line} ${next}`.replace(/\b(\p{Lu})\./gu, '$1').split(/[.?!]/)[0];
  return ON_BEHALF_VERB.test(sentence);
}
const ON_BEHALF_VERB =
  /\b(?:ik|wij|we|u|heeft|hebben|ontvangt|ontvangen|stuur|stuurt|sturen|zend|zendt|zenden|treft|beantwoord|beantwoordt|beantwoorden)\b/i;

function wrappedInSentence(lines: string[], index: number): boolean {
  const before = lines[index - 1] ?? '';
  const after = lines[index + 1] ?? '';
  return /^\p{Ll}/u.test(lines[index]) && /[\p{L}\d]$/u.test(before) && /^\p{Ll}/u.test(after);
}

function isBareSignature(lines: string[], index: number, mailLines: Set<number>): boolean {
  const line = lines[index];
  if (index === 0 || lines[index - 1] !== '') return false;
  if (
    !/^(?:(?:\p{Lu}\.\s?)+\s?|\p{Lu}[\p{L}'-]+\s+)(?:(?:van|de|der|den|ter|ten|te|el|'t)\s+)*\p{Lu}[\p{L}'-]+$/u.test(
      line,
    )
  )
    return false;
  let next = index + 1;
  // A function and organisation under the name (`Bestuurssecretariaat` / `Gemeente Houten`).
  while (
    next < lines.length &&
    next - index <= 3 &&
    lines[next] !== '' &&
    /^\p{Lu}/u.test(lines[next]) &&
    lines[next].split(/\s+/).length <= 5 &&
    !/[.?!:;,]$/.test(lines[next])
  )
    next++;
  if (next < lines.length && lines[next] !== '') return false;
  while (next < lines.length && lines[next] === '') next++;
  return (
    next >= lines.length ||
    mailLines.has(next) ||
    mailBlockAt(lines, next) !== null ||
    MAIL_SEPARATOR.test(lines[next]) ||
    REPLY_ATTRIBUTION.test(lines[next])
  );
}

/**
 * An answer letter numbering its answers `1.`, `2.` with the questions (`Vraag 1: …`) in the attached
 * questions letter after it: the numbered paragraphs of the letter whose numbers are the questions' are
 * the answers, and what stands before the first of them is the letter's lead-in.
 */
function answersBeforeAnnex(s: Structure): void {
  const asked = new Set(s.questions.flatMap((q) => q.numbers));
  const lines = s.preambleLines.length > 0 ? s.preambleLines : s.introductionLines;
  // (Or answers in flowing text, each paragraph opening on the questions it answers in words: `Uw eerste vraag is
  // of …`, `De tweede en derde vraag gaan over …`, counted against the annex's questions.)
  const starts = lines
    .map((line, i) => {
      const ordinals = i === 0 || lines[i - 1] === '' ? ORDINAL_ANSWER.exec(line) : null;
      const numbers = ordinals ? ordinalQuestions(ordinals[1], s.questions) : [];
      return { i, numbered: numbers.length > 0 ? { numbers, rest: line } : matchNumbered(line) };
    })
    .filter((x) => x.numbered !== null && x.numbered.numbers.every((n) => asked.has(n)));
  if (starts.length < 2 || starts.length * 2 < asked.size) return;
  starts.forEach(({ i, numbered }, k) => {
    const end = k + 1 < starts.length ? starts[k + 1].i : lines.length;
    s.answers.push({ numbers: numbered?.numbers ?? [], lines: [numbered?.rest ?? '', ...lines.slice(i + 1, end)] });
  });
  const lead = lines.slice(0, starts[0].i);
  if (lines === s.preambleLines) s.preambleLines = lead;
  else s.introductionLines = lead;
}

/**
 * How many lines at the end of a question are the names signing it (`A. van der Plas` / `Samen voor
 * Katwijk`): a last paragraph of short lines without closing punctuation, after a blank line.
 */
function trailingSignature(itemLines: string[]): number {
  let end = itemLines.length;
  while (end > 0 && itemLines[end - 1] === '') end--;
  let start = end;
  while (start > 0 && itemLines[start - 1] !== '') start--;
  if (start === 0 || end - start > 5) return 0;
  const block = itemLines.slice(start, end);
  const short = block.every((l) => l.split(/\s+/).length <= 6 && !/[.?!:;,]$/.test(l) && /^\p{Lu}/u.test(l));
  return short ? itemLines.length - start : 0;
}

/**
 * A numbered line below an answer whose text, wrapped over a few lines at most, ends in a question mark right above an
 * unnumbered answer label (`1. Klopt het …` / `… staan?` / `Antwoord:`): the next question, asked and answered in turn,
 * also where its number repeats (a Word list whose numbering restarted at every question prints `1.` each time).
 */
function askedAboveAnswerLabel(lines: string[], index: number, numbered: AnswerLabel): boolean {
  let last = numbered.rest;
  for (let j = index + 1; j < lines.length && j <= index + 4; j++) {
    if (lines[j] === '') continue;
    const label = matchAnswerLabel(lines[j]);
    if (label) return label.numbers.length === 0 && !label.letters && /\?["”’')]*$/.test(last.trim());
    if (matchNumbered(lines[j]) || QUESTION_LABEL.test(lines[j])) return false;
    last = lines[j];
  }
  return false;
}

/** `1. Hoeveel meldingen …` among labelled answers: the text of question 1 again, not an answer. */
function repeatsQuestion(questions: RawItem[], numbered: AnswerLabel): boolean {
  const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const rest = squash(numbered.rest);
  if (rest.length < 10) return false;
  const known = questions.find((q) => q.numbers.join() === numbered.numbers.join());
  return known !== undefined && squash(known.lines.join(' ')).startsWith(rest);
}

/**
 * A question printed again later (an answer letter quoting it above its answer, then the quoted
 * original with the questions alone): the later copy whose text the earlier one already holds is
 * dropped, so it is neither counted twice nor merged.
 */
function withoutRepeatedQuestions(items: RawItem[]): RawItem[] {
  const squash = (lines: string[]): string => lines.join(' ').replace(/\s+/g, ' ').trim();
  return items.filter((item, i) => {
    const text = squash(item.lines);
    if (text === '') return true;
    return !items
      .slice(0, i)
      .some((earlier) => earlier.numbers.join() === item.numbers.join() && squash(earlier.lines).startsWith(text));
  });
}

/**
 * `1. Hoeveel …?` with the answer on the next line, no label: in a letter where most numbered
 * items are a question followed by lines without a question mark, those lines are the answer.
 */
function splitAnswersAfterQuestionMark(s: Structure, unansweredOnly = false): void {
  // (Where some answers are labelled (`Ad 4a en 4b`), the others may still stand unlabelled in a new paragraph
  // under their numbered question: only questions without an answer are split, below a blank line.)
  const answered = new Set(s.answers.flatMap((a) => a.numbers));
  const candidates = unansweredOnly ? s.questions.filter((q) => !q.numbers.some((n) => answered.has(n))) : s.questions;
  const splits = s.questions.map((q) => {
    if (!candidates.includes(q)) return null;
    const filled = q.lines.map((l, i) => (l === '' ? -1 : i)).filter((i) => i >= 0);
    const asked = filled.findIndex((i) => /\?["”’)]*$/.test(q.lines[i]));
    if (asked < 0 || asked === filled.length - 1) return null;
    const rest = filled.slice(asked + 1).map((i) => q.lines[i]);
    if (unansweredOnly && q.lines[filled[asked] + 1] !== '') return null;
    return rest.some((l) => /\?["”’)]*$/.test(l)) ? null : filled[asked] + 1;
  });
  if (candidates.length < 2 || splits.filter((x) => x !== null).length * 2 <= candidates.length) return;
  s.questions.forEach((q, k) => {
    const at = splits[k];
    if (at === null) return;
    s.answers.push({ numbers: [...q.numbers], lines: q.lines.slice(at) });
    q.lines = q.lines.slice(0, at);
  });
  if (unansweredOnly) sortAnswersByQuestion(s);
}

/** The answers in the order of their (first) questions, after answers were split off out of order. */
function sortAnswersByQuestion(s: Structure): void {
  const position = (a: RawItem): number => s.questions.findIndex((q) => q.numbers.some((n) => a.numbers.includes(n)));
  s.answers.sort((a, b) => position(a) - position(b));
}

/** A one-line paragraph shaped as a heading: a few words from a capital, no sentence punctuation at its end. */
const SUB_HEADING = /^\p{Lu}[^.?!:;,]{0,50}$/u;

/**
 * A long answer split into sections under sub-headings (`Achtergrond` / `Wat wij gaan doen`): the headings
 * are no text (docs/parse-output.md), the paragraphs under them stay paragraphs of the answer. Only when at
 * least two one-line paragraphs of at most six words each head a paragraph that ends a sentence: one short
 * line alone may be a terse answer (`Geen bezwaar`).
 */
// Called on readStructure's result by its caller: called inside that long function it made V8 optimise the
// whole parse worse (the parse bench lost a fifth of its documents/s).
export function withoutSubHeadings(items: RawItem[]): RawItem[] {
  return items.map((item) => {
    const lines = item.lines;
    // Each paragraph's first and last line, in one pass (an answer may run to thousands of lines).
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] === '') continue;
      if (i === 0 || lines[i - 1] === '') starts.push(i);
      if (i + 1 === lines.length || lines[i + 1] === '') ends.push(i);
    }
    const headings = new Set<number>();
    for (let k = 0; k + 1 < starts.length; k++) {
      const line = lines[starts[k]];
      if (ends[k] !== starts[k] || !SUB_HEADING.test(line) || line.split(/\s+/).length > 6) continue;
      const last = lines[ends[k + 1]];
      if (ends[k + 1] > starts[k + 1] || (/[.?!]$/.test(last) && !SUB_HEADING.test(last))) headings.add(starts[k]);
    }
    if (headings.size < 2) return item;
    return { ...item, lines: lines.filter((line, i) => !headings.has(i) && !(headings.has(i - 1) && line === '')) };
  });
}

/**
 * `1. Lead-in` followed by `a. …`, `b. …`: the sub-questions are the questions and the lead-in
 * belongs to the first of them.
 */
function mergeLeadIns(items: RawItem[], onlyFor?: Set<string>): RawItem[] {
  const out: RawItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const next = items[i + 1];
    const main = item.numbers.length === 1 && /^\d+$/.test(item.numbers[0]) ? item.numbers[0] : null;
    if (main && next && next.numbers.length >= 1 && next.numbers[0] === `${main}a` && (!onlyFor || onlyFor.has(main))) {
      next.lines = item.lines.some((l) => l !== '') ? [...item.lines, '', ...next.lines] : next.lines;
      continue;
    }
    out.push(item);
  }
  return out;
}

/** A line that goes on asking (a request, a condition, a follow-up), not a statement that answers. */
const QUESTION_TAIL =
  /^(?:graag|gaarne|kunt|kan|wilt|wil|zou|zouden|zo ja|zo nee|zo neen|zo niet|indien|als dat|als het|als u|licht|geef|wat|hoe|waarom|welke|wanneer|waar|wie|en zo ja|en zo nee|ook|daarbij)\b/iu;

/**
 * `Vraag 1` followed by the answer without a label: the answer starts at the first paragraph
 * without a question mark after one with it.
 */
function splitUnlabelledAnswers(s: Structure): void {
  const unsplit: RawItem[] = [];
  for (const question of s.questions) {
    const paragraphs: string[][] = [[]];
    for (const line of question.lines) {
      if (line === '') {
        if (paragraphs[paragraphs.length - 1].length > 0) paragraphs.push([]);
      } else paragraphs[paragraphs.length - 1].push(line);
    }
    const texts = paragraphs.filter((p) => p.length > 0);
    const start = texts.findIndex(
      (p, i) => i > 0 && /\?["”’)]*$/.test(texts[i - 1].join(' ')) && !p.join(' ').includes('?'),
    );
    if (start < 0) {
      unsplit.push(question);
      continue;
    }
    question.lines = texts.slice(0, start).flatMap((p, i) => (i > 0 ? ['', ...p] : p));
    s.answers.push({
      numbers: [...question.numbers],
      lines: texts.slice(start).flatMap((p, i) => (i > 0 ? ['', ...p] : p)),
    });
  }
  if (s.answers.length === 0) return;
  // A letter that answers unlabelled below each question may start the answer on the line right under the question,
  // no blank line between (`Vraag 4: Wordt er gehandhaafd?` / `Ja. De handhavers …`): the answer starts at the line
  // in capitals after the question's last `?`, when no `?` follows.
  // (A request or condition under the question that a blank line then parts from more text is the question's own,
  // `Graag een toelichting.`, `Zo nee, waarom niet.`: the answer is the text below that blank line. A statement there
  // is the answer's first paragraph: `Er zijn 42 speeltuinen.` / blank / `Daarvan …`.)
  for (const question of unsplit) {
    const asked = question.lines.reduce((last, line, i) => (/\?["”’)]*$/.test(line) ? i : last), -1);
    let end = question.lines.length;
    while (end > 0 && question.lines[end - 1] === '') end--;
    const blank = question.lines.indexOf('', asked + 1);
    const tail = blank > asked + 1 && blank < end && QUESTION_TAIL.test(question.lines[asked + 1] ?? '');
    const at = tail ? blank + 1 : asked + 1;
    const rest = question.lines.slice(at, end);
    if (asked < 0 || !/^\p{Lu}/u.test(rest[0] ?? '') || rest.some((line) => line.includes('?'))) continue;
    question.lines = question.lines.slice(0, at === asked + 1 ? at : blank);
    s.answers.push({ numbers: [...question.numbers], lines: rest });
  }
  // Questions printed together as one block, no blank line or answer between them, then one answer: that answer is
  // theirs together (`Vraag 1: …?` / `Vraag 2: …?` / `Vraag 3: …?`, then a paragraph answering the three).
  const answerOf = new Map(s.answers.map((a) => [a.numbers[0], a]));
  let block: string[] = [];
  for (const question of s.questions) {
    const answer = answerOf.get(question.numbers[0]);
    if (answer && block.length > 0) answer.numbers = [...block, ...answer.numbers];
    const bare = !answer && question.lines.length > 0 && question.lines.every((line) => line !== '');
    block = bare ? [...block, ...question.numbers] : [];
  }
  sortAnswersByQuestion(s);
}

interface TableRow {
  number: string;
  question: string[];
  answer: string[];
  /**
   * Indexes of cell lines that a tab table's continuation row placed there by its leading tabs
   * (`⇥⇥De uitkomst …`): a row of the table going on, so they go on in the cell's paragraph even where
   * lines are whole paragraphs.
   */
  goesOn?: { question: Set<number>; answer: Set<number> };
  /**
   * The ruled block of a grid (`+---+` or `|---|` between every row) the row stands in: rows started in one block
   * (`2a.` and `2b.` in one question cell) share its answer cell.
   */
  block?: number;
}

/**
 * Question/answer tables (pipes or tabs, a header row naming `Vraag` and `Antwoord`) become
 * labelled lines. Tab-separated cells may run over several lines: a line without tabs continues
 * the cell written last, and a line with fewer cells than the header that does not start a row
 * continues the row's last columns (`…, en\tDe wachtlijst…` / `wat doet…?\tWij breiden…`).
 */
export function convertTables(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = tableCells(lines[i]);
    // A column heading that names who answers (`Antwoord college`, `Antwoorden van het college`) names the
    // answer column all the same (as in columns.ts: up to four more words, no punctuation).
    const questionColumn = header ? header.findIndex((c) => /^vra(?:ag|gen)(?:\s+[\p{L}-]+){0,4}$/iu.test(c)) : -1;
    const answerColumn = header
      ? header.findIndex((c) => /^(?:antwoord(?:en)?|beantwoording)(?:\s+[\p{L}-]+){0,4}$/iu.test(c))
      : -1;
    const numberColumn = header ? header.findIndex((c) => /^(?:nr\.?|nummer|no\.?|#|vraagnummer)$/i.test(c)) : -1;
    // A table of numbered questions alone (`| Nr | Vraag |`) lists the questions; the answers follow below it.
    const questionsOnly = header !== null && answerColumn < 0 && numberColumn >= 0 && header.length === 2;
    if (!header || questionColumn < 0 || (answerColumn < 0 && !questionsOnly)) {
      // (The normaliser keeps a tab table's leading tabs for the rows read here; outside a table they go.)
      out.push(lines[i].replace(/^\t+/, ''));
      continue;
    }
    // The table's top border above the header row is no text of the introduction.
    while (out.length > 0 && TABLE_RULE.test(out[out.length - 1]) && /[|+]/.test(out[out.length - 1])) out.pop();
    const columns = { count: header.length, number: numberColumn, question: questionColumn, answer: answerColumn };
    // A `Vraag` column holding only question numbers (`1`, `3 en 4`) beside the answers, the questions listed above
    // the table: it is the number column, and the rows answer the questions asked before.
    const piped = lines[i].includes('|');
    if (
      piped &&
      numberColumn < 0 &&
      answerColumn >= 0 &&
      numbersOnlyColumn(lines, i + 1, header.length, questionColumn)
    ) {
      columns.number = questionColumn;
      columns.question = -1;
    }
    const read = piped
      ? readPipeRows(lines, i + 1, { ...columns, leadingPipe: /^\s*\|/.test(lines[i]) })
      : readTabRows(lines, i + 1, columns);
    withDigitRowNumbers(read.rows);
    // A wrapped cell is one paragraph: its lines joined, hyphenation at their ends undone. A table whose
    // every line ends a sentence was saved with whole paragraphs per line (Word's "save as text"): each
    // line of a cell is then a paragraph of its own.
    const whole = read.rows.every((row) =>
      [...row.question, ...row.answer].every((l) => l === '' || SENTENCE_END.test(l)),
    );
    // ('' in a cell: an empty row inside it, a paragraph break.) Even there, a line that a continuation row
    // placed in the cell by its empty leading cells goes on in the line above: Word writes a cell's own
    // paragraphs without the tabs, so a row of the table going on is the cell wrapped by its writer.
    const cell = (cellLines: string[], goesOn: boolean[]): string[] => {
      const paragraphs: string[][] = [[]];
      cellLines.forEach((l, k) => {
        const last = paragraphs[paragraphs.length - 1];
        if (l === '') paragraphs.push([]);
        else if (whole && goesOn[k] && last.length > 0) last[last.length - 1] += ` ${l}`;
        else last.push(l);
      });
      return paragraphs
        .filter((p) => p.length > 0)
        .flatMap((p) => (whole ? p : [repairHyphenation(p).join(' ')]))
        .flatMap((l, k) => (k > 0 ? ['', l] : [l]));
    };
    const flags = (row: TableRow, side: 'question' | 'answer'): boolean[] =>
      row[side].map((_, k) => row.goesOn?.[side].has(k) ?? false);
    for (const group of mergedAnswerCells(read.rows)) {
      for (const row of group)
        if (columns.question >= 0) out.push(`Vraag ${row.number}:`, ...cell(row.question, flags(row, 'question')), '');
      // (Rows sharing a ruled block's answer cell: where one row's part of it ends a sentence, the next row's part
      // starts a paragraph, as the empty cell line beside the next sub-question's number printed it.)
      const answer = group.flatMap((row, k) =>
        k > 0 && row.answer.length > 0 && SENTENCE_END.test(group[k - 1].answer.at(-1) ?? '')
          ? ['', ...row.answer]
          : row.answer,
      );
      const numbers = group.map((row) => row.number);
      if (answer.length > 0)
        out.push(
          `Antwoord ${dutchList(numbers)}:`,
          ...cell(
            answer,
            group.flatMap((row) => flags(row, 'answer')),
          ),
          '',
        );
    }
    i = read.end - 1;
  }
  return out;
}

const SENTENCE_END = /[.?!:]["”’')]*$/;

/** A table's number cell in roman numerals, a sub-question's letter after it: `IV`, `IIb`. */
const ROMAN_ROW_NUMBER = /^([IVX]+)([a-z]?)$/;

/**
 * Row numbers as the labels write them: a sub-question's letter after a point (`4.a`) joins its number (`4a`), and a
 * number column in roman numerals (`I`, `II`, `III`), as the askers numbered their questions, gets the digits the
 * labels above the table get (layout.ts), only where every row is so numbered and the first is `I`.
 */
function withDigitRowNumbers(rows: TableRow[]): void {
  for (const row of rows) row.number = row.number.replace(/^(\d{1,3})\.([a-z])$/, '$1$2');
  // A row numbered by a letter alone (`a`, `b.`) under a row of the stem (`2`) is that question's sub-question: `2a`.
  let main: string | null = null;
  for (const row of rows) {
    const digits = /^(\d{1,3})[a-z]?$/.exec(row.number);
    const letter = /^([a-z])[.)]?$/.exec(row.number);
    if (digits) main = digits[1];
    else if (letter && main !== null) row.number = `${main}${letter[1]}`;
    else main = null;
  }
  // Decimal sub-numbers (`1.1`, `1.2`, `2.1`) get letters (`1a`, `1b`, `2a`) as labels above a table get them
  // (layout.ts), where at least two rows are so numbered and one is a first sub-number.
  const decimals = rows.map((row) => /^(\d{1,2})\.([1-9]\d?)$/.exec(row.number));
  if (decimals.filter((m) => m !== null).length >= 2 && decimals.some((m) => m?.[2] === '1'))
    rows.forEach((row, k) => {
      const m = decimals[k];
      if (m && Number(m[2]) <= 26) row.number = `${m[1]}${String.fromCharCode(96 + Number(m[2]))}`;
    });
  const romans = rows.map((row) => ROMAN_ROW_NUMBER.exec(row.number));
  if (rows.length === 0 || romans.some((m) => !m || !(m[1] in ROMAN)) || romans[0]?.[1] !== 'I') return;
  rows.forEach((row, k) => {
    const m = romans[k] as RegExpExecArray;
    row.number = `${ROMAN[m[1]]}${m[2]}`;
  });
}

/** A cell of question numbers only: `1`, `2a`, `3 en 4`, `5 t/m 7`. */
const NUMBERS_CELL = /^\d{1,2}[a-z]?(?:\s*(?:,|en|&|t\/m|tot en met|-|–)\s*\d{1,2}[a-z]?)*\.?$/;

/**
 * Whether the pipe table's rows below its header (from `from` up to the first line that is neither a rule nor a row
 * of `count` cells) hold only question numbers or nothing in `column`, and at least one number.
 */
function numbersOnlyColumn(lines: string[], from: number, count: number, column: number): boolean {
  let numbers = 0;
  for (let j = from; j < lines.length && lines[j] !== ''; j++) {
    if (TABLE_RULE.test(lines[j]) && /[|+]/.test(lines[j])) continue;
    const cells = tableCells(lines[j]);
    if (!cells || cells.length !== count) break;
    const value = cells[column];
    if (value && !NUMBERS_CELL.test(value)) return false;
    if (value) numbers++;
  }
  return numbers > 0;
}

/** A label cell: a few words (`Registratienummer`, `Vraag 2a`, `Antwoord 2a`). */
const GRID_LABEL = /^\p{L}[\p{L}\d()/.&' -]{0,39}$/u;

/**
 * A two-column text table whose left column labels the right one (`| Vraag 1 | Is het … |`,
 * `| Antwoord 1 | Ja. … |`, `| Onderwerp | … |`) becomes `Label: text` lines, read like any labelled
 * text. A row ends at a rule or where the next label starts; a label cell going on in lower case
 * (`Antwoord 2a` / `en 2b`) is one label; an empty line inside a cell starts a new paragraph, and a
 * cell's wrapped lines are joined with their line-end hyphenation undone.
 */
export function convertLabelGrids(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let end = i;
    while (
      end < lines.length &&
      (gridCells(lines[end]) !== null || (TABLE_RULE.test(lines[end]) && /[|+]/.test(lines[end])))
    )
      end++;
    const block = lines.slice(i, end);
    const rows = block.length > 0 ? labelGridRows(block) : null;
    if (!rows) {
      // (A block that is no label grid is kept whole: it is not scanned again from each of its lines.)
      out.push(...(block.length > 0 ? block : [lines[i]]));
      i = Math.max(i, end - 1);
      continue;
    }
    for (const row of rows) {
      const paragraphs: string[][] = [[]];
      for (const l of row.text) {
        if (l === '') paragraphs.push([]);
        else paragraphs[paragraphs.length - 1].push(l);
      }
      const texts = paragraphs.filter((p) => p.length > 0).map((p) => repairHyphenation(p).join(' '));
      out.push(`${row.label}: ${texts[0] ?? ''}`.trimEnd());
      for (const text of texts.slice(1)) out.push('', text);
      out.push('');
    }
    i = end - 1;
  }
  return out;
}

/** The two cells of a bordered table line (`| a | b |`), or null. */
function gridCells(line: string): [string, string] | null {
  if (!/^\s*\|.*\|\s*$/.test(line)) return null;
  const cells = tableCells(line);
  return cells && cells.length === 2 ? [cells[0], cells[1]] : null;
}

function labelGridRows(block: string[]): Array<{ label: string; text: string[] }> | null {
  const rows: Array<{ label: string; text: string[] }> = [];
  let ruled = true;
  for (const line of block) {
    if (TABLE_RULE.test(line)) {
      ruled = true;
      continue;
    }
    const [left, right] = gridCells(line) as [string, string];
    const row = rows[rows.length - 1];
    if (left && !GRID_LABEL.test(left)) return null;
    if (left && (ruled || !row || !/^(?:\p{Ll}|&|t\/m)/u.test(left))) rows.push({ label: left, text: [] });
    else if (left) row.label = `${row.label} ${left}`;
    else if (!row) return null;
    ruled = false;
    rows[rows.length - 1].text.push(...cellBreaks(right));
  }
  // Two rows at least, and labels the reader knows (`Vraag 1`, `Antwoord 1`, `Onderwerp`, `Toelichting`):
  // a table of figures inside an answer (`| Centrum | 12 |`) stays as printed.
  if (rows.length < 2) return null;
  const known = (label: string): boolean =>
    QUESTION_LABEL.test(label) ||
    matchAnswerLabel(label) !== null ||
    labelField(label) !== null ||
    matchHeading(`${label}:`) !== null;
  if (!rows.some((row) => known(row.label))) return null;
  // A row whose text is only blank lines is padding.
  for (const row of rows) while (row.text.length > 0 && row.text[row.text.length - 1] === '') row.text.pop();
  return rows;
}

/**
 * The closing rule of a banner framed by two rules of `=` (the opening one at `index`, one to four lines of text
 * between, a blank line or the end after it), or 0.
 */
function framedBannerEnd(lines: string[], index: number): number {
  let close = index + 1;
  while (close < lines.length && close - index <= 5 && lines[close] !== '' && !RULE.test(lines[close])) close++;
  return close > index + 1 && RULE.test(lines[close] ?? '') && (lines[close + 1] ?? '') === '' ? close : 0;
}

/** A border line of a text table: `|----|----|`, `+===+===+`. */
const TABLE_RULE = /^(?=[\s|:+=-]*[-=])[\s|:+=-]+$/;

/**
 * An answer cell merged over several rows: a row whose answer goes on in lower case from a previous
 * answer that ends mid-sentence shares that answer (`… een maatwerkbeoordeling` / `nodig. Wij …`).
 */
function mergedAnswerCells(rows: TableRow[]): TableRow[][] {
  const groups: TableRow[][] = [];
  for (const row of rows) {
    const previous = groups[groups.length - 1];
    const before = previous?.flatMap((r) => r.answer).filter((l) => l !== '');
    if (
      (row.block !== undefined && previous?.[previous.length - 1].block === row.block) ||
      (before &&
        before.length > 0 &&
        !SENTENCE_END.test(before[before.length - 1]) &&
        /^\p{Ll}/u.test(row.answer[0] ?? ''))
    ) {
      previous.push(row);
    } else groups.push([row]);
  }
  return groups;
}

interface Columns {
  count: number;
  number: number;
  question: number;
  answer: number;
}

/** A question cell that carries its own number when the table has no number column: `1. Klopt…?`. */
function splitNumberedQuestion(question: string): { number: string; question: string } | null {
  const m = /^(\d{1,3}[a-z]?)\s*[.)]\s*(.*)$/.exec(question);
  return m ? { number: m[1], question: m[2] } : null;
}

function readPipeRows(
  lines: string[],
  from: number,
  columns: Columns & { leadingPipe: boolean },
): { rows: TableRow[]; end: number } {
  const rows: TableRow[] = [];
  /** Rules met below the header: each one closes a ruled block of rows. */
  let block = 0;
  let gap = { question: false, answer: false };
  let j = from;
  for (; j < lines.length; j++) {
    const line = lines[j];
    if (TABLE_RULE.test(line)) {
      if (rows.length > 0) block++;
      gap = { question: false, answer: false };
      continue;
    }
    // A table without outer borders: a line starting with `|` continues the row with an empty first cell.
    const cells =
      !columns.leadingPipe && /^\s*\|/.test(line)
        ? [
            '',
            ...line
              .replace(/^\s*\|/, '')
              .split('|')
              .map((c) => c.trim()),
          ]
        : tableCells(line);
    if (!cells) break;
    // A theme row of a ruled grid with a number column (`|  | Klachten |  |` alone between two rules): a heading over
    // the rows below it, no question of its own nor text of the row above.
    if (
      columns.number >= 0 &&
      TABLE_RULE.test(lines[j - 1]) &&
      TABLE_RULE.test(lines[j + 1] ?? '') &&
      cells.every((c, k) => (k === columns.question ? c !== '' && !/[?:]$/.test(c) : c === ''))
    )
      continue;
    const number = columns.number >= 0 ? (cells[columns.number] ?? '') : '';
    let question = cells[columns.question] ?? '';
    const answer = cells[columns.answer] ?? '';
    let rowNumber = number.replace(/[.)\s]+$/, '');
    if (columns.number < 0) {
      const numbered = splitNumberedQuestion(question);
      if (numbered) {
        rowNumber = numbered.number;
        question = numbered.question;
      }
    }
    if (rowNumber || rows.length === 0) {
      rows.push({ number: rowNumber || String(rows.length + 1), question: [], answer: [], block });
      gap = { question: false, answer: false };
    }
    const row = rows[rows.length - 1];
    // A cell empty on a line of its row while another cell goes on, then filled again: a wrapped cell leaves no such
    // line, so the cell's text starts a new paragraph there (`vesting.` / `` / `Een voorstel …` beside a question
    // still wrapping).
    for (const [side, text] of [
      ['question', question],
      ['answer', answer],
    ] as const) {
      const cellLines = row[side];
      if (text) {
        if (gap[side] && cellLines.length > 0 && cellLines[cellLines.length - 1] !== '') cellLines.push('');
        cellLines.push(...cellBreaks(text));
        gap[side] = false;
      } else if (cellLines.length > 0 && cells.some((c) => c !== '')) gap[side] = true;
    }
    // An empty row inside a cell (no rule, no text) is a paragraph break in the cells it runs through.
    if (!number && !question && !answer && cells.every((c) => c === '')) {
      if (row.question.length > 0 && row.question[row.question.length - 1] !== '') row.question.push('');
      if (row.answer.length > 0 && row.answer[row.answer.length - 1] !== '') row.answer.push('');
    }
  }
  // Rows are ruled one by one only where a rule stands between two of them, and a block is whole only where a rule
  // closes it: elsewhere (a header rule alone, a Markdown table) every row is a row of its own.
  const ruled = new Set(rows.map((r) => r.block)).size >= 2;
  for (const row of rows) if (!ruled || (row.block ?? block) >= block) delete row.block;
  return { rows, end: j };
}

/**
 * A letter starting at `from` that answers more of the same set: a date (a place-and-date line or a field) and a
 * field naming the set as the earlier letter did (the same `Onderwerp`, `Zaaknummer` or registration number) above
 * its salutation, and below that a numbered question not read yet.
 */
function laterAnswerLetterAt(lines: string[], from: number, read: FieldValue[], questions: Set<string>): boolean {
  let dated = false;
  let sameSet = false;
  let i = from;
  for (; i < lines.length && i - from < 20 && !SALUTATION.test(lines[i]); i++) {
    const found = parseFieldLine(lines[i]);
    if (PLACE_DATE.test(lines[i]) || found.some((f) => f.field === 'date')) dated = true;
    if (
      found.some(
        (f) =>
          SET_FIELDS.has(f.field) &&
          read.some(
            (r) => !r.mail && r.field === f.field && r.value.trim() === f.value.trim() && f.value.trim() !== '',
          ),
      )
    )
      sameSet = true;
  }
  if (!dated || !sameSet || i >= lines.length || !SALUTATION.test(lines[i])) return false;
  for (let j = i + 1; j < lines.length && j - i < 30; j++) {
    const label = QUESTION_LABEL.exec(lines[j]);
    const numbered = label ? null : matchNumbered(lines[j]);
    const number = label
      ? `${Number(/\d+/.exec(label[1])?.[0])}${(/[a-z]$/i.exec(label[1])?.[0] ?? '').toLowerCase()}`
      : numbered?.numbers[0];
    if (number !== undefined) return !questions.has(number);
  }
  return false;
}

/** Fields that name the question set itself, the same on each letter answering it. */
const SET_FIELDS = new Set(['subject', 'caseNumber', 'registrationNumber']);

/**
 * A letter's header from `from` on: a paragraph holding three field lines
 * or more, a salutation under them before the paragraph ends or opening the next.
 */
function pastedLetterAt(lines: string[], from: number): boolean {
  let fields = 0;
  for (let i = from; i < lines.length && i - from < 16; i++) {
    const line = lines[i];
    if (SALUTATION.test(line)) return fields >= 3;
    if (line === '' && fields < 3) return false;
    if (line !== '' && parseFieldLine(line).some((f) => f.field !== 'ignored')) fields++;
  }
  return false;
}

/** A paragraph at `from` of three lines or more that are all field lines, read as fields; else null. */
function closingFieldBlock(lines: string[], from: number): { fields: FieldValue[]; lines: number } | null {
  const fields: FieldValue[] = [];
  let end = from;
  for (; end < lines.length && lines[end] !== ''; end++) {
    const found = parseFieldLine(lines[end]);
    if (found.length === 0) return null;
    fields.push(...found);
  }
  return end - from >= 3 ? { fields, lines: end - from } : null;
}

/** A line after a table that is clearly not part of a cell: a closing, a heading, a new label. */
function endsTable(line: string): boolean {
  return (
    CLOSING.test(line) ||
    SALUTATION.test(line) ||
    matchHeading(line) !== null ||
    QUESTION_LABEL.test(line) ||
    matchAnswerLabel(line) !== null
  );
}

/**
 * Lines without tabs from `from` (blank lines between), none ending the table, then the row numbered after `row`
 * (`3⇥…` after row 2): the lines are paragraphs of `row`'s cells, not the text after the table.
 */
function paragraphBeforeNextRow(lines: string[], from: number, row: TableRow, columns: Columns): boolean {
  if (columns.number < 0 || !/^\d+$/.test(row.number)) return false;
  let paragraphs = 0;
  for (let k = from; k < lines.length; k++) {
    const line = lines[k];
    if (line === '') continue;
    if (line.includes('\t')) {
      const cells = line.split(/\t+/).map((c) => c.trim());
      const number = /^(\d{1,3})[.)]?$/.exec(cells[columns.number] ?? '');
      return paragraphs > 0 && number !== null && Number(number[1]) === Number(row.number) + 1;
    }
    if (endsTable(line) || ++paragraphs > 3) return false;
  }
  return false;
}

function readTabRows(lines: string[], from: number, columns: Columns): { rows: TableRow[]; end: number } {
  const rows: TableRow[] = [];
  let lastCell: string[] | null = null;
  /** A row begun on a line without tabs: its question cell goes on on the next line. */
  let openRow: TableRow | null = null;
  /** An empty row (only tabs) came before: a row going on after it starts a new paragraph in its cells. */
  let blankBefore = false;
  let j = from;
  for (; j < lines.length; j++) {
    const line = lines[j];
    if (line === '') {
      // A blank line ends the table unless the next line is another row.
      const next = lines.slice(j + 1).find((l) => l !== '');
      if (next === undefined) break;
      if (!next.includes('\t')) {
        // … or a cell's own paragraph on a line of its own (Word writes it without tabs, and a blank line may stand
        // around it), the next numbered row following it: a new paragraph of the cell written last.
        if (lastCell && rows.length > 0 && paragraphBeforeNextRow(lines, j + 1, rows[rows.length - 1], columns)) {
          if (lastCell.length > 0 && lastCell[lastCell.length - 1] !== '') lastCell.push('');
          continue;
        }
        break;
      }
      lastCell = null;
      continue;
    }
    if (/^\t+$/.test(line)) {
      // Like a blank line, it ends the table unless a row follows.
      const next = lines.slice(j + 1).find((l) => l !== '' && !/^\t+$/.test(l));
      if (next === undefined || !next.includes('\t')) break;
      blankBefore = true;
      continue;
    }
    const blank = blankBefore;
    blankBefore = false;
    if (!line.includes('\t')) {
      if (!lastCell || endsTable(line)) break;
      // A numbered line of its own after an answered row: the next question's first paragraph, its
      // cell going on on the next line (`2. Op 3 maart …` / `Is het college bereid …?\tWij …`).
      const numbered = columns.number < 0 ? splitNumberedQuestion(line) : null;
      const current = rows[rows.length - 1];
      if (numbered && current.answer.length > 0 && Number(numbered.number) === Number(current.number) + 1) {
        openRow = { number: numbered.number, question: [numbered.question], answer: [] };
        rows.push(openRow);
        lastCell = openRow.question;
        continue;
      }
      lastCell.push(line);
      continue;
    }
    // Leading tabs (kept only in a table) place a continuation row by its column: `⇥⇥text` goes on in the third.
    const leading = /^\t*/.exec(line)?.[0].length ?? 0;
    const cells = [
      ...(Array(leading).fill('') as string[]),
      ...line
        .slice(leading)
        .split(/\t+/)
        .map((c) => c.trim()),
    ];
    const firstIsNumber =
      columns.number >= 0 &&
      /^\d{1,3}(?:\.?[a-z])?[.)]?$/.test(cells[columns.number] ?? '') &&
      cells.length >= columns.count - 1;
    const numberedQuestion = columns.number < 0 ? splitNumberedQuestion(cells[columns.question] ?? '') : null;
    const startsRow =
      (openRow === null || numberedQuestion !== null || firstIsNumber) &&
      (rows.length === 0 ||
        firstIsNumber ||
        numberedQuestion !== null ||
        (columns.number < 0 && leading === 0 && cells.length >= columns.count && !/^\p{Ll}/u.test(cells[0])));
    let row: TableRow;
    let offset: number;
    if (startsRow) {
      const number = firstIsNumber
        ? cells[columns.number].replace(/[.)]+$/, '')
        : (numberedQuestion?.number ?? String(rows.length + 1));
      row = { number, question: [], answer: [] };
      rows.push(row);
      offset = 0;
      if (numberedQuestion) cells[columns.question] = numberedQuestion.question;
    } else {
      // A continuation line: placed by its leading tabs, else its cells are the row's last columns (the
      // number cell stays empty).
      row = rows[rows.length - 1];
      if (leading > 0) offset = 0;
      else if (openRow) offset = columns.question;
      else offset = Math.max(0, columns.count - cells.length);
    }
    openRow = null;
    for (let k = 0; k < cells.length; k++) {
      const column = k + offset;
      const target = column === columns.question ? row.question : column === columns.answer ? row.answer : null;
      if (!cells[k] || !target) continue;
      if (blank && !startsRow && target.length > 0) target.push('');
      if (!startsRow && leading > 0 && target.length > 0) {
        row.goesOn ??= { question: new Set(), answer: new Set() };
        row.goesOn[target === row.question ? 'question' : 'answer'].add(target.length);
      }
      target.push(cells[k]);
      lastCell = target;
    }
  }
  return { rows, end: j };
}

/** A line break written as HTML in a cell, as a Markdown conversion writes a table (`… gesloten.<br><br>De …`). */
const CELL_BREAK = /\s*<br\s*\/?>\s*/i;

/**
 * A cell's text parted at its `<br>` marks into lines ('' for a paragraph break): two marks in a row part paragraphs,
 * and so does one after a sentence's end, as a line per paragraph does in unwrapped text; one inside a sentence (`… de
 * raad<br>besluit …`) is the line's wrap, a space.
 */
function cellBreaks(text: string): string[] {
  if (!CELL_BREAK.test(text)) return [text];
  const out: string[] = [];
  let current = '';
  let parted = false;
  for (const part of text.split(new RegExp(CELL_BREAK.source, 'gi'))) {
    if (part === '') {
      parted = current !== '';
      continue;
    }
    if (current === '') current = part;
    else if (parted || SENTENCE_END.test(current)) {
      out.push(current, '');
      current = part;
    } else current = `${current} ${part}`;
    parted = false;
  }
  if (current !== '') out.push(current);
  return out.length > 0 ? out : [''];
}

function tableCells(line: string): string[] | null {
  if (line.includes('|')) {
    const cells = line
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '')
      .split('|')
      .map((c) => c.trim());
    return cells.length >= 2 ? cells : null;
  }
  if (line.includes('\t')) {
    const cells = line.split(/\t+/).map((c) => c.trim());
    return cells.length >= 2 ? cells : null;
  }
  return null;
}

/**
 * The number of lines of a list of attached documents starting at `from` (items `1.`, `2)`, `-`, `•` in paragraphs
 * line, none asking or reading as a sentence), or 0 when the lines there are no such list.
 */
function attachmentListAt(lines: string[], from: number): number {
  // (A list as extracted may hold a blank line after its heading and between its items: each paragraph that is
  // all items goes on the list.)
  let end = from;
  let listed = 0;
  for (;;) {
    const start = end < lines.length && lines[end] === '' ? end + 1 : end;
    let stop = start;
    while (stop < lines.length && lines[stop] !== '') stop++;
    const paragraph = lines.slice(start, stop);
    if (paragraph.length === 0 || !paragraph.every(isAttachmentItem)) return listed;
    end = stop;
    listed = end - from;
  }
}

// (A portal lists its attachments as bare file names, perhaps with their size: `Nota parkeren.pdf (112 kB)`.)
const ATTACHED_FILE = /^\S[^?]{0,100}\.(?:pdf|docx?|xlsx?|pptx?|odt)(?:\s+\(\d+(?:[.,]\d+)?\s*[kKMG]B\))?$/u;

function isAttachmentItem(item: string): boolean {
  if (ATTACHED_FILE.test(item.trim())) return true;
  return (
    /^(?:\d{1,2}\s*[.)]|[-–•*])\s+\p{Lu}/u.test(item) &&
    item.length <= 120 &&
    !/[?]/.test(item) &&
    !/[.!:;]$/.test(item) &&
    !/^(?:\d{1,2}\s*[.)]|[-–•*])\s+(?:vraag|antwoord)\b/i.test(item)
  );
}
