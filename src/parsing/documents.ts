/**
 * Documents a question set refers to: motions, amendments, council letters and proposals,
 * policy notes, regulations, laws and URLs. References are kept as printed; a motion number
 * whose year contradicts its printed date gets a warning proposing the likely number.
 */
import { findAbsoluteDate, formatDutchDate } from './header';
import { DocumentKind, ParsedDocument } from './types';

interface Found extends ParsedDocument {
  index: number;
}

const TITLE_STOP =
  /^(?:van|in|op|is|wordt|werd|met|die|dat|waarin|waarmee|waar|zoals|hierover|hebben|heeft|zal|zijn|was|waren|werden|kan|kunnen|moet|gaat|geeft|geldt|biedt|bevat|bepaalt|schrijft|verplicht|eist|vereist|zegt|kent|maakt|verbiedt|voorziet|beschrijft|noemt|regelt|staat|stelt|vraagt|vroeg|legt|loopt|ligt|blijft|komt|te|om|uit|aan|naar|ook|nog|niet|al|daarin|hierin)$/i;
/** Verbs and clause words inside TITLE_STOP, and `als` (`… als norm stelt`): never part of a law's name, where its prepositions are. */
const LAW_STOP_WORDS =
  'is|wordt|werd|die|dat|waarin|waarmee|waar|zoals|hierover|hebben|heeft|zal|zijn|was|waren|werden|kan|kunnen|moet|gaat|geeft|geldt|biedt|bevat|bepaalt|schrijft|verplicht|eist|vereist|zegt|kent|maakt|verbiedt|voorziet|beschrijft|noemt|regelt|staat|stelt|vraagt|vroeg|legt|loopt|ligt|blijft|komt|ook|nog|niet|al|daarin|hierin|als';
const LAW_STOP = new RegExp(`^(?:${LAW_STOP_WORDS})$`, 'i');
/** A law's name ends in a noun or adjective, never in a preposition before what it applies to (`… voor Delden`). */
const LAW_TAIL = /^(?:voor|en|of|de|het|een|tot|bij|over|door)$/i;
/** Words that cannot end a title (`de Nota Integratie en Inclusie en met …`). */
const TITLE_TAIL = /^(?:en|of|de|het|een|voor|tot|bij|over|door|&|–|-)$/i;
const ARTICLE = '(?!(?:Het|De|Een|Dit|Deze|Onze|Ons|Uw|In|Op|Zoals|Daar|Hier|Met|Als|En|Ook|Naast|Via)\\b)';
// (`Beleidsnotitie`: a note the college sets as policy, as a `Beleidsnota` is.)
// (An `akkoord` is the council's own programme only as a coalition's or administration's (`Coalitieakkoord`,
// `Bestuursakkoord`); one made with others, `Sportakkoord`, `Regionaal Zorgakkoord`, is a covenant: below.)
const POLICY_WORDS =
  '(?:nota|notitie|agenda|plan|beleidskader|afwegingskader|kader|visie|akkoord(?<=(?:oalitie|estuurs|aads)akkoord)|programma|strategie)';
/** A subject pronoun after an inverted verb (`De Laadvisie evalueren wij …`): the sentence, never a title's words. */
const SUBJECT_PRONOUN = '(?:wij|we|ik|hij|zij|ze|jullie)';
/**
 * A foundation or association named after a report's year as its publisher (`… 2024 Stichting Sporthal Haverdam`): its
 * legal form and one to three capitalised words.
 */
const PUBLISHER = String.raw`(?:Stichting|Vereniging|Coöperatie)(?:\s+\p{Lu}[\p{L}-]+){1,3}(?![\p{L}\d-])`;
/** One capitalised word before a title (`Integraal Huisvestingsplan`), not an article or a sentence opener. */
const LEADING_WORD = `${'(?!(?:Het|De|Een|Dit|Deze|Onze|Ons|Uw|In|Op|Zoals|Daar|Hier|Met|Als|En|Ook|Naast|Via|Zie|Volgens|Voor|Bij|Uit|Naar)\\b)'}\\p{Lu}[\\p{L}-]+\\s+`;
/** `Verordening antidiscriminatievoorziening Amstelveen 2021`, `Verordening Jeugdhulp Utrecht`: a capitalised Verordening with what names it. */
/** The first half of a coordinated compound (`Verkeers- en Vervoersplan`), its shared part left out. */
const COORDINATED = '(?:\\p{L}{3,}-\\s+(?:en|of|&)\\s+)?';
/**
 * The lower-case particles inside a place's name (`Wijk bij Duurstede`, `Alphen aan den Rijn`, `Bergen op Zoom`,
 * `Egmond aan Zee`), so a title that ends in such a place and a year is read whole.
 */
const PLACE_PARTICLE = '(?:bij|aan(?:\\s+den?|\\s+het)?|op|ter|in\\s+de)';
const NAMED_REGULATION =
  /\b(Verordening(?:(?:\s+(?!(?:van|in|op|is|wordt|werd|met|die|dat|en|de|het|een|voor|te)\b)\p{Ll}[\p{L}-]*){1,3}(?:(?:\s+\p{Lu}[\p{L}-]+){1,2}(?:\s+\d{4})?|\s+\d{4})|(?:\s+\p{Lu}[\p{L}-]+){1,3}(?:\s+\d{4})?))(?![\p{L}\d-])/gu;

/** A capitalised name with a period of years after a lower-case article (`het Pact Binnenstad 2024-2027`). */
const NAMED_PERIOD =
  /(?<=\b(?:de|het)\s+)(\p{Lu}[\p{L}-]+(?:\s+(?:(?:en|van|voor|&)\s+)?\p{Lu}[\p{L}-]+){0,4}\s+(\d{4})\s*[-–]\s*(\d{4}))(?![\d-])/gu;

/**
 * A letter of the state or the province named by its sender and date (`de brief van de minister van Justitie en
 * Veiligheid van 12 juli 2024`, `de brief van Gedeputeerde Staten van Utrecht van 8 oktober 2024`, `de Kamerbrief van
 * 3 mei 2024`): `other`, with that date and no title.
 */
const SENDER_LETTER =
  /\b(?:(?:[Kk]amer)?brief\s+van\s+(?:de\s+|het\s+)?(?:[Mm]inister|[Ss]taatssecretaris|Gedeputeerde\s+Staten|[Pp]rovincie|[Cc]ollege\s+van\s+(?:Gedeputeerde\s+Staten|GS))(?:\s+(?:(?:van|voor)\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:en|&|van|voor|de|het|\p{Lu}[\p{L}-]*)){0,6}?)?|Kamerbrief)\s+van\s+(\d{1,2}\s+\p{L}+\s+\d{4})/gu;

/**
 * An earlier question set, or its answers, named by date and by its registration number in brackets (`zijn schriftelijke
 * vragen van 2 september 2024 (registratienummer 2024-0071)`, `de beantwoording van 8 oktober 2024 (RV24-0198)`): a
 * follow-up set's link to it, `other`, dated as printed. (Named by its date only it is no document: nothing identifies it.)
 */
const EARLIER_SET =
  /\b(?:(?:schriftelijke\s+|raads|vervolg)?vragen|beantwoording|antwoordbrief)\s+van\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s*\(\s*(?:(?:registratienummer|zaaknummer|kenmerk|nummer|nr\.?)\s*:?\s*)?(\p{Lu}{0,4}[-/]?\d[\p{L}\d/.-]*\d|\p{Lu}{0,4}[-/]?\d)\s*\)/gu;

/** `needle`: a word every match holds, so a text without it skips the pattern (the scan runs per text). */
const PATTERNS: Array<{
  kind: DocumentKind;
  pattern: RegExp;
  role: 'reference' | 'title' | 'keyword';
  needle?: string;
  /**
   * The title runs up to the number in brackets after it, or up to the comma before the clause adopting it,
   * prepositions and all (see `untilBracket`).
   */
  untilBracket?: boolean;
}> = [
  { kind: 'motion', pattern: /\b(\d{4}-\d{1,4}M|M\d{4}-\d{1,4})\b/g, role: 'reference' },
  // After its kind word a number may carry a two-digit year (`motie M23-14`), as in brackets, or a two-digit year
  // after a dot (`motie 412.23`).
  {
    kind: 'motion',
    pattern:
      /\bmotie\s+(?:nr\.?\s*|nummer\s+)?(\d{4}[-/]\d{1,4}[A-Z]?|\d{4}-M\d{1,4}|M-\d{4}-\d{1,4}|M\d{2}-\d{1,4}|\d{1,4}\.\d{2}(?![.\d])|M-?\d{1,4}[a-z]?(?![-/\d]))\b/gi,
    role: 'reference',
  },
  { kind: 'amendment', pattern: /\b(\d{4}-\d{1,4}A|A\d{4}-\d{1,4})\b/g, role: 'reference' },
  {
    kind: 'amendment',
    pattern:
      /\bamendement\s+(?:nr\.?\s*|nummer\s+)?(\d{4}[-/]\d{1,4}[A-Z]?|\d{4}-A\d{1,4}|A-\d{4}-\d{1,4}|A\d{2}-\d{1,4}|A-?\d{1,4}[a-z]?(?![-/\d]))\b/gi,
    role: 'reference',
  },
  { kind: 'council_letter', pattern: /\b(?:raadsinformatiebrief|RIB|collegebrief|raadsbrief)\b/gi, role: 'keyword' },
  { kind: 'council_proposal', pattern: /\braadsvoorstel\b/gi, role: 'keyword' },
  {
    kind: 'policy',
    pattern: /\b(?:[Nn]ota|[Bb]eleidsnota|[Vv]isie|[Bb]eleidskader)\s+(?=[„"“‘'\p{Lu}])/gu,
    role: 'keyword',
  },
  { kind: 'motion', pattern: /\bmotie\s+(?=[„"“‘'])/gi, role: 'keyword' },
  // `de motie Laden zonder wachten (M2024-031)`: an unquoted title (its italics lost) before the number in brackets,
  // perhaps wrapped over two lines.
  {
    kind: 'motion',
    pattern: /\bmotie\s+(?=\p{Lu}(?:[^.?!()\n„"“‘']|\n(?!\n)){2,100}\(\s*[A-Z]{0,3}-?\d[\d/-]*[A-Z]?\s*\))/gu,
    role: 'keyword',
    untilBracket: true,
  },
  // `de motie Veilig naar school, die uw raad op 9 november 2023 aannam`: an unquoted title without a number, up to
  // the comma before the clause that adopts it.
  {
    kind: 'motion',
    pattern:
      /\bmotie\s+(?=\p{Lu}(?:[^.?!()\n„"“‘',]|\n(?!\n)){2,100},\s*die\s+(?:de|uw)\s+(?:gemeente)?raad\s+op\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+(?:heeft\s+aangenomen|aannam)\b)/gu,
    role: 'keyword',
    untilBracket: true,
  },
  { kind: 'amendment', pattern: /\bamendement\s+(?=[„"“‘'])/gi, role: 'keyword' },
  {
    kind: 'other',
    // Any compound of rapport (`bomeneffectrapport`, `rekenkamerrapport`) names the report printed in quotes after it,
    // as another report word (`onderzoek`, `ontwerp`) does when its quoted name is capitalised (`het onderzoek 'Thuis
    // op tijd'`). Matched from the report word on, not the compound's start: scanning every word for a compound
    // suffix is slow on long texts.
    pattern:
      /(?:[Rr]apport|[Cc]onvenant)\s+(?=[„"“‘'])|(?:[Rr]apportage|[Oo]nderzoek|[Ee]valuatie|[Mm]onitor|[Aa]dvies|[Oo]ntwerp)\s+(?=[„"“‘']\p{Lu})/gu,
    role: 'keyword',
  },
  // … as a compound plan or note word in lower case does for a policy (`het uitvoeringsplan 'Schoon en heel'`; not a
  // bare `het plan 'proefstappen'`).
  {
    kind: 'policy',
    pattern:
      /(?:plan|nota|visie|agenda|programma)(?<=\p{Ll}{3}(?:plan|nota|visie|agenda|programma))\s+(?=[„"“‘']\p{Lu})/gu,
    role: 'keyword',
  },
  {
    kind: 'policy',
    // (Or a bare capitalised keyword after a capitalised word of the name: `het Lokaal Plan van Aanpak Dijkzone 2021`.)
    // (Up to five capitalised words between the keyword and the year: a regional document names its subject and the
    // region, `Regioplan Jeugdhulp en Veilig Thuis Holland Rijnland 2024-2027`.)
    pattern: new RegExp(
      `\\b((?:(?:${LEADING_WORD}){0,2}${COORDINATED}[\\p{L}-]{3,}(?:${POLICY_WORDS}|beleid|netwerk)|(?:${LEADING_WORD}){1,2}(?:Plan|Nota|Visie|Agenda|Programma|Strategie))(?:\\s+(?:(?:en|van|voor|&|${PLACE_PARTICLE})\\s+)?\\p{Lu}[\\p{L}-]+){0,5}\\s+\\d{4}(?:\\s*[-–]\\s*\\d{4})?)(?![\\d-])`,
      'gu',
    ),
    role: 'title',
  },
  {
    kind: 'policy',
    pattern: new RegExp(
      `\\b${ARTICLE}((?:${ARTICLE}\\p{Lu}[\\p{L}-]+\\s+){0,3}${COORDINATED}\\p{Lu}[\\p{L}-]*${POLICY_WORDS}\\b(?!(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s+\\d{4})(?:(?: |\\n(?=\\p{Lu}[\\p{L}-]+(?:[?.,;:!]|[ \\t]+\\p{Ll})))(?:\\p{Lu}[\\p{L}-]+|\\p{Lu}{1,3}\\d{1,4})(?![\\p{L}\\d-])){0,3})`,
      'gu',
    ),
    role: 'title',
  },
  { kind: 'policy', pattern: new RegExp(`\\b(\\p{Ll}+isch\\s+\\p{Ll}+${POLICY_WORDS})\\b`, 'gu'), role: 'title' },
  // `de Visie op de kernen Roerdalen 2030`: the keyword, `op|voor|van de` and a lower-case subject, then a place and a
  // year, after an article; also a capitalised subject without an article (`de Visie op Mantelzorg Lindewoud 2024`),
  // or one lower-case word without it (`het Plan van aanpak Zwerfafval Lindewoud 2021-2024`).
  {
    kind: 'policy',
    pattern:
      /(?<=\b(?:de|het|onze|deze)\s+)((?:Visie|Nota|Agenda|Plan|Actieplan|Programma|Strategie|Uitvoeringsplan|Beleidsplan)\s+(?:op|voor|van)\s+(?:(?:de|het)\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?|\p{Lu}\p{Ll}[\p{L}-]*|\p{Ll}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]+){1,2}\s+\d{4}(?:\s*[-–]\s*\d{4})?)(?![\p{L}\d-])/gu,
    role: 'title',
  },
  // `een Plan van aanpak Laaggeletterdheid Noordkwartier`: the fixed name of the kind, capitalised mid-sentence after an
  // article, and the capitalised words naming it, with or without a year (`het plan van aanpak` in lower case is none).
  {
    kind: 'policy',
    pattern:
      /(?<=\b(?:de|het|een|onze|deze|dit)\s+)(Plan\s+van\s+[Aa]anpak(?:\s+\p{Lu}[\p{L}-]+){1,4}(?:\s+\d{4}(?:\s*[-–]\s*\d{4})?)?)(?![\p{L}\d-])/gu,
    role: 'title',
  },
  // `de Visie op voorzieningen in de kernen, die de raad … vaststelde`: the keyword, `op|voor|van|over` and a lower-case
  // subject, its name set off by a comma and a clause about it (`, die|dat …`, `, vastgesteld …`).
  {
    kind: 'policy',
    pattern:
      /(?<=\b(?:de|het|onze|deze)\s+)((?:Visie|Nota|Agenda|Actieplan|Programma|Strategie|Uitvoeringsplan|Beleidsplan)\s+(?:op|voor|van|over)(?:\s+\p{Ll}[\p{L}-]*){1,6})(?=\s*,\s*(?:die|dat|vastgesteld|aangenomen)\b)/gu,
    role: 'title',
  },
  // … or a framework or note named by lower-case words right after its keyword (`het Beleidskader ligplaatsen en
  // woonboten, dat wij …`), set off the same way; no verb among the words (`de Nota komt er later, die …`). (With
  // `op|voor|van|over` first it is the pattern above.) (The article is looked for behind the keyword: a look-behind
  // first would be tried at every position of the text.)
  {
    kind: 'policy',
    pattern: new RegExp(
      `\\b((?:Beleidskader|Afwegingskader|Beleidsnota|Nota|Beleidsplan|Visie)(?<=\\b(?:de|het|onze|deze|een)\\s+\\p{Lu}\\p{Ll}+)(?!\\s+(?:op|voor|van|over)\\s)(?:\\s+(?!(?:${LAW_STOP_WORDS}|wij|we|u|zij|ze)\\b)\\p{Ll}[\\p{L}-]*){1,6})(?=\\s*,\\s*(?:die|dat|vastgesteld|aangenomen)\\b)`,
      'gu',
    ),
    role: 'title',
  },
  // `de Agenda Inclusief Assen`: the keyword first, named by capitalised words, after an article (not a sentence opener).
  // (A place named with its annexed villages or surroundings keeps the abbreviation: `Regio Zuidhaven e.o.`,
  // `Lindeweert c.a.`, before the year.)
  {
    kind: 'policy',
    pattern:
      /(?<=\b(?:de|het|een|onze|deze)\s+)((?:Agenda|Actieplan|Programma|Strategie|Uitvoeringsplan)(?:\s+\p{Lu}[\p{L}-]+){1,3}(?:\s+(?:c\.a\.|e\.o\.)(?=\s+\d{4}))?(?:\s+\d{4}(?:\s*[-–]\s*\d{4})?)?)(?![\p{L}\d-])/gu,
    role: 'title',
  },
  // `het Sociaal Plan Noorderhaven`: a capitalised word, the capitalised keyword and the capitalised name after it,
  // after an article (a plan named without a year; `het Plan Noorderhaven` alone may be anyone's plan). Not a
  // `Programma` so named: a national programme is a fund (`een bijdrage uit het Nationaal Programma X`).
  {
    kind: 'policy',
    pattern: new RegExp(
      `(?<=\\b(?:de|het|een|onze|deze)\\s+)(${LEADING_WORD}(?:Plan|Nota|Visie)(?:\\s+\\p{Lu}[\\p{L}-]+){1,3})(?![\\p{L}\\d-]|\\s+\\d{4})`,
      'gu',
    ),
    role: 'title',
  },
  { kind: 'policy', pattern: new RegExp(`\\b(\\p{Lu}{2,}-\\s?\\p{Ll}*${POLICY_WORDS})\\b`, 'gu'), role: 'title' },
  { kind: 'regulation', pattern: /\b(CVDR\d+)\b/g, role: 'reference' },
  // A verordening named by capitalised words and a year, also a general one in lower case (`Algemene
  // subsidieverordening …`, `Algemene plaatselijke verordening …` as many municipalities style it) or with its
  // adjective capitalised (`Algemene Subsidieverordening …`, `Gemeentelijke Subsidieverordening …`), and a place whose
  // parts are linked by `van`, `aan de`, `op` (`Bergen op Zoom`), or by `en` right before the year
  // (`Huisvestingsverordening Son en Breugel 2024`; never `verordening en X`, two documents).
  // (A by-law for the meantime is styled as a general one: `Interim omgevingsverordening X`, `Tijdelijke
  // huisvestingsverordening X`.)
  {
    kind: 'regulation',
    pattern:
      /\b(Algemene\s+[Pp]laatselijke\s+[Vv]erordening(?:\s+(?:(?:van|aan|op|de|den|der)\s+){0,2}\p{Lu}[\p{L}-]+){0,3}(?:\s+\d{4}(?![\d-]))?|APV|(?:(?:Algemene|Interim|Tijdelijke)\s+\p{Ll}[\p{L}-]*|(?:(?:Algemene|Gemeentelijke|Bijzondere|Interim|Tijdelijke)\s+)?\p{Lu}[\p{L}-]*)verordening(?:\s+(?:(?:van|aan|op|de|den|der)\s+|(?<!verordening\s+)en\s+(?=(?:\p{Lu}[\p{L}-]+\s+){1,2}\d{4}\b)){0,2}\p{Lu}[\p{L}-]+)*(?:\s+\d{4})?)\b/gu,
    role: 'title',
  },
  { kind: 'regulation', pattern: NAMED_REGULATION, role: 'title' },
  // `Tarievenverordening sportaccommodaties Goes 2025`: a compound verordening named by lower-case words, then a place or year.
  {
    kind: 'regulation',
    pattern:
      /\b(\p{Lu}[\p{L}-]*verordening(?:\s+(?!(?:van|in|op|is|wordt|werd|met|die|dat|en|de|het|een|voor|te|kent|geldt|regelt|bevat|staat|stelt)\b)\p{Ll}[\p{L}-]*){1,3}(?:(?:\s+\p{Lu}[\p{L}-]+){1,2}(?:\s+\d{4})?|\s+\d{4}))(?![\p{L}\d-])/gu,
    role: 'title',
    needle: 'verordening',
  },
  // A regeling or gedragscode counts as a document when its name is qualified by a year
  // (`Meldregeling Integriteit 2023`); the bare word is too often a generic noun. (The word alone capitalised, with
  // capitalised words naming it before the year: `Regeling Sportfonds Haverdam 2024`.) Up to four words, as without a
  // year below: `Stimuleringsregeling Groene Bedrijfsdaken Binnenstad Ommeland 2025` (the municipality's name last).
  // (Two of its capitalised words joined by `en`: `Subsidieregeling Sport en Bewegen Haverdam 2023`.)
  {
    kind: 'regulation',
    pattern:
      /\b(\p{Lu}[\p{L}-]*regeling(?:\s+\p{Lu}[\p{L}-]+(?:\s+en\s+\p{Lu}[\p{L}-]+)?){0,4}\s+\d{4}|Regeling(?:\s+\p{Lu}[\p{L}-]+){1,3}\s+\d{4})(?![\d-])/gu,
    role: 'title',
    needle: 'egeling',
  },
  // … also after lower-case words naming its subject, as a compound verordening is (`Subsidieregeling groene
  // daken Voorbeeld 2024`), or the word alone capitalised (`Regeling nadeelcompensatie XYZ 2022`).
  {
    kind: 'regulation',
    pattern:
      /\b((?:\p{Lu}[\p{L}-]*regeling|Regeling)(?:\s+(?!(?:van|in|op|is|wordt|werd|met|die|dat|en|de|het|een|voor|te|tot|sinds|vanaf|per|uit|eind|begin|kent|geldt|loopt|verloopt|blijft|regelt|bevat|staat|stelt)\b)\p{Ll}[\p{L}-]*){1,3}(?:\s+(?:(?:bij|aan(?:\s+den?|\s+het)?|op|ter|in\s+de)\s+)?\p{Lu}[\p{L}-]+){0,2}\s+\d{4})(?![\p{L}\d-])/gu,
    role: 'title',
    needle: 'egeling',
  },
  // The word alone capitalised, then lower-case words naming its subject and a name, but no year (`Regeling
  // tegemoetkoming schade Suriname`): a state's (ministerial) regulation, cited without its year as national rules
  // are; a law is `other`, and so is this. (A council's or province's regeling carries its year: above.)
  {
    kind: 'other',
    pattern:
      /(?<![\p{L}-])(Regeling(?:\s+(?!(?:van|in|op|is|wordt|werd|met|die|dat|en|de|het|een|voor|te|tot|sinds|vanaf|per|uit|eind|begin|kent|geldt|loopt|verloopt|blijft|regelt|bevat|staat|stelt)\b)\p{Ll}[\p{L}-]*){1,3}\s+\p{Lu}[\p{L}-]+)(?![\p{L}\d-])(?!\s+[\p{Lu}\d])/gu,
    role: 'title',
    needle: 'Regeling',
  },
  // … or named by lower-case words as another government's scheme (`de Regeling tegemoetkoming drugsafval van de
  // provincie Overijssel`, `de Subsidieregeling groene daken van het Rijk`): not the council's own by-law, so `other`, as
  // the state's regeling above; the title ends before `van`.
  {
    kind: 'other',
    pattern:
      /(?<![\p{L}-])((?:\p{Lu}[\p{L}-]*regeling|Regeling)(?:\s+(?!(?:van|in|op|is|wordt|werd|met|die|dat|en|de|het|een|voor|te|tot|sinds|vanaf|per|uit|eind|begin|kent|geldt|loopt|verloopt|blijft|regelt|bevat|staat|stelt)\b)\p{Ll}[\p{L}-]*){1,3})(?=\s+van\s+(?:de\s+provincie|het\s+(?:Rijk|rijk|ministerie|waterschap|Hoogheemraadschap|hoogheemraadschap)|de\s+(?:rijksoverheid|Rijksoverheid|minister|staatssecretaris)|Provincie)\b)/gu,
    role: 'title',
    needle: 'egeling',
  },
  // … or by two or more capitalised words (`Subsidieregeling Afkoppelen Regenwater Noordoostpolder`).
  {
    kind: 'regulation',
    pattern: /\b(\p{Lu}[\p{L}-]*regeling(?:\s+\p{Lu}[\p{L}-]+){2,4})(?![\p{L}\d-])(?!\s+\d{4})/gu,
    role: 'title',
    needle: 'regeling',
  },
  // A beleidsregel named by lower-case words, a place and its year (`Beleidsregel terrassen Hoogvelde 2019`); without
  // a year `de beleidsregel` is too often the generic noun.
  {
    kind: 'regulation',
    pattern: new RegExp(
      `(?<![\\p{L}-])((?:\\p{Lu}[\\p{L}-]*b|B)eleidsregels?(?:\\s+(?!(?:van|in|op|is|wordt|werd|met|die|dat|en|de|het|een|voor|te|blijft|geldt)\\b)\\p{Ll}[\\p{L}-]*){0,3}(?:\\s+(?:${PLACE_PARTICLE}\\s+)?\\p{Lu}[\\p{L}-]+){0,2}\\s+\\d{4})(?![\\p{L}\\d-])`,
      'gu',
    ),
    role: 'title',
    needle: 'eleidsregel',
  },
  {
    kind: 'other',
    pattern: /\b((?:Algemene\s+)?Gedragscode(?:\s+\p{Lu}[\p{L}-]+){0,3}\s+\d{4})(?![\d-])/gu,
    role: 'title',
  },
  // An agreement named with capitals and a year (`Vervoersovereenkomst Veerdiensten Merwede 2021-2030`).
  {
    kind: 'other',
    pattern: /\b(\p{Lu}[\p{L}-]*overeenkomst(?:\s+\p{Lu}[\p{L}-]+){0,3}\s+\d{4}(?:\s*[-–]\s*\d{4})?)(?![\d-])/gu,
    role: 'title',
    needle: 'overeenkomst',
  },
  // … or named by lower-case words, then a place and its year (`Pachtovereenkomst akkers Lutjebroek 2018`), as a
  // regeling is.
  {
    kind: 'other',
    pattern:
      /\b(\p{Lu}[\p{L}-]*overeenkomst(?:\s+(?!(?:van|in|op|is|wordt|werd|met|die|dat|en|de|het|een|voor|te|tot|sinds|vanaf|per|uit|loopt|geldt|blijft|regelt|bevat|staat)\b)\p{Ll}[\p{L}-]*){1,3}(?:\s+\p{Lu}[\p{L}-]+){1,2}\s+\d{4})(?![\p{L}\d-])/gu,
    role: 'title',
    needle: 'overeenkomst',
  },
  // … or without a year, by two or more capitalised words (`Samenwerkingsovereenkomst Nieuwe Haven`), as a regeling is.
  {
    kind: 'other',
    pattern: /\b(\p{Lu}[\p{L}-]*overeenkomst(?:\s+\p{Lu}[\p{L}-]+){2,3})(?![\p{L}\d-])(?!\s+\d{4})/gu,
    role: 'title',
    needle: 'overeenkomst',
  },
  // Agreements named as a plural with capitals and a year (`Prestatieafspraken Woonpark Velde 2024`, `Regioafspraken …`).
  {
    kind: 'other',
    pattern: /\b(\p{Lu}[\p{L}-]*afspraken(?:\s+\p{Lu}[\p{L}-]+){1,3}\s+\d{4}(?:\s*[-–]\s*\d{4})?)(?![\d-])/gu,
    role: 'title',
    needle: 'afspraken',
  },
  // A covenant named with capitals and a year, its names linked by `en` (`Zorgconvenant Noord en Oost 2023`).
  {
    kind: 'other',
    pattern:
      /(?<![\p{L}-])((?:\p{Lu}[\p{L}-]*c|C)onvenant(?:\s+(?:(?:en|van|voor)\s+)?\p{Lu}[\p{L}-]+){0,5}\s+\d{4}(?:\s*[-–]\s*\d{4})?)(?![\d-])/gu,
    role: 'title',
    needle: 'onvenant',
  },
  // … or named by lower-case words, then a place and its year (`Convenant laadpalen Oosthaven 2022`), as an
  // overeenkomst is.
  {
    kind: 'other',
    pattern:
      /(?<![\p{L}-])((?:\p{Lu}[\p{L}-]*c|C)onvenant(?:\s+(?!(?:van|in|op|is|wordt|werd|met|die|dat|en|de|het|een|voor|te|tot|sinds|vanaf|per|uit|loopt|geldt|blijft|regelt|bevat|staat)\b)\p{Ll}[\p{L}-]*){1,3}(?:\s+\p{Lu}[\p{L}-]+){1,2}\s+\d{4})(?![\p{L}\d-])/gu,
    role: 'title',
    needle: 'onvenant',
  },
  // … or without a year, by two or more capitalised words (`het Convenant Zorgvervoer Noordkust`), as an overeenkomst is.
  {
    kind: 'other',
    pattern:
      /(?<![\p{L}-])((?:\p{Lu}[\p{L}-]*c|C)onvenant(?:\s+\p{Lu}[\p{L}-]+){2,4})(?![\p{L}\d-])(?!\s+[\p{Lu}\d])/gu,
    role: 'title',
    needle: 'onvenant',
  },
  // … as is an agreement made with others (`Sportakkoord Dalfsen 2023-2026`, `het Regionaal Zorgakkoord Noord-Veluwe
  // 2023-2026`), named with capitals and a year; a coalition's own `Coalitieakkoord` is its policy (above).
  {
    kind: 'other',
    pattern: new RegExp(
      `(?<![\\p{L}-])((?:${LEADING_WORD})?(?!(?:Coalitie|Bestuurs|Raads)akkoord)\\p{Lu}[\\p{L}-]*akkoord(?:\\s+(?:(?:en|van|voor)\\s+)?\\p{Lu}[\\p{L}-]+){0,4}\\s+\\d{4}(?:\\s*[-–]\\s*\\d{4})?)(?![\\d-])`,
      'gu',
    ),
    role: 'title',
    needle: 'akkoord',
  },
  // … or without a year, a compound named by one or two capitalised words after an article (`het Cultuurakkoord
  // Lindewoud`, `het Regionaal Woonakkoord West-Brabant` being read above with its year): the place or partners name it.
  {
    kind: 'other',
    pattern:
      /(?<=\b(?:[Dd]e|[Hh]et)\s+)((?!(?:Coalitie|Bestuurs|Raads)akkoord)\p{Lu}\p{Ll}+akkoord(?:\s+\p{Lu}[\p{L}-]+){1,2})(?![\p{L}\d-])(?!\s+[\p{Lu}\d])/gu,
    role: 'title',
    needle: 'akkoord',
  },
  // … or named by the scope it was made at alone, a capitalised adjective before it (`het Lokaal Sportakkoord`, `het
  // Regionaal Woonakkoord`): the adjective makes it a name, the plain `het sportakkoord` stays none.
  {
    kind: 'other',
    pattern:
      /(?<=\b(?:[Dd]e|[Hh]et)\s+)((?:Lokaal|Regionaal|Landelijk|Nationaal|Provinciaal|Interbestuurlijk|Gemeentelijk)\s+(?!(?:Coalitie|Bestuurs|Raads)akkoord)\p{Lu}\p{Ll}+akkoord)(?![\p{L}\d-])(?!\s+[\p{Lu}\d])/gu,
    role: 'title',
    needle: 'akkoord',
  },
  // A decision of the state named after its subject and a place or year (`Luchthavenbesluit Twente`, `Bouwbesluit
  // 2012`); a council's or college's own decision (`Raadsbesluit …`) and the lower-case `het verkeersbesluit` are not.
  {
    kind: 'other',
    pattern:
      /(?<![\p{L}-])((?!(?:Raads|Colleges?|Burgemeesters)besluit)\p{Lu}\p{Ll}{2,}besluit(?:(?:\s+\p{Lu}[\p{L}-]+){1,3}(?:\s+\d{4})?|\s+\d{4}))(?![\p{L}\d-])/gu,
    role: 'title',
    needle: 'besluit',
  },
  // … or after a lower-case pair joined by a suspended hyphen (`Productenbesluit kinder- en babyartikelen`).
  {
    kind: 'other',
    pattern:
      /(?<![\p{L}-])((?!(?:Raads|Colleges?|Burgemeesters)besluit)\p{Lu}\p{Ll}{2,}besluit\s+\p{Ll}\p{L}*-\s+(?:en|of)\s+\p{Ll}[\p{L}-]+)(?![\p{L}\d-])/gu,
    role: 'title',
    needle: 'besluit',
  },
  // A decree of the state (an AMvB) named as a law is, `Besluit` and lower-case words after an article (`het Besluit
  // bouwwerken leefomgeving`, `het Besluit kwaliteit leefomgeving`): `other`, as a law; not `het besluit` in lower case,
  // nor `het Besluit van …` or a verb after it (cleanTitle ends the name before a verb, as a law's).
  {
    kind: 'other',
    pattern: new RegExp(
      `(?<=\\b[Hh]et\\s+)(Besluit(?:\\s+(?!(?:van|over|om|tot|voor|op|in|is|wordt|werd|dat|die|moet|kan|zal|${SUBJECT_PRONOUN})\\b)\\p{Ll}[\\p{L}-]*){1,5}(?:\\s+\\d{4}(?![\\d-]))?)(?![\\p{L}\\d])`,
      'gu',
    ),
    role: 'title',
    needle: 'Besluit',
  },
  // A policy note named by lower-case words, then a place and its year (`Beleidsnota huisvesting arbeidsmigranten
  // Barneveld 2021`), as a compound verordening is; or by the kind word alone, capitalised (`Nota parkeren Zwolle 2023`).
  // (A place's name may hold a lower-case particle: `Land van Cuijk`, `Bergen op Zoom`.)
  // (A subject pronoun is no word of a name: `De Woonagenda herzien wij eind 2025` puts the verb before it, and the
  // title is the kind word alone.)
  {
    kind: 'policy',
    pattern: new RegExp(
      `\\b((?:\\p{Lu}[\\p{L}-]*${POLICY_WORDS}|Nota|Notitie|Visie)(?:\\s+(?!(?:van|in|op|is|wordt|werd|met|die|dat|en|de|het|een|voor|te|${SUBJECT_PRONOUN})\\b)\\p{Ll}[\\p{L}-]*){1,3}(?:\\s+\\p{Lu}[\\p{L}-]+(?:\\s+(?:van|${PLACE_PARTICLE})\\s+\\p{Lu}[\\p{L}-]+)?){0,2}\\s+\\d{4}(?:\\s*[-–]\\s*\\d{4})?)(?![\\d-])`,
      'gu',
    ),
    role: 'title',
  },
  // … or without a year, the kind word and two or more capitalised words after an article in a sentence (`de Notitie
  // Speelruimte Waterdam`), as a covenant so named is (an attachment line opening with it is named as printed).
  {
    kind: 'policy',
    pattern:
      /(?<=\b(?:de|deze|onze|die)\s)((?:Nota|Notitie)(?:\s+\p{Lu}[\p{L}-]+){2,3})(?![\p{L}\d-])(?!\s+[\p{Lu}\d])/gu,
    role: 'title',
    needle: 'Not',
  },
  // A permit named by capitalised words and a year (`de Evenementenvergunning Koningsdag Ede 2024`, an
  // Omgevingsvergunning, Exploitatievergunning): the decision that sets the rules the answer cites.
  {
    kind: 'other',
    pattern: /(?<![\p{L}-])(\p{Lu}\p{Ll}+vergunning(?:\s+\p{Lu}[\p{L}-]+){1,3}\s+\d{4})(?![\d-])/gu,
    role: 'title',
    needle: 'vergunning',
  },
  // A monitor, report, evaluation, survey, forecast or map named with capitals and a year or the years it covers
  // (`Fietstevredenheidsmonitor Oost 2023`, `Woningbehoefteprognose Lindewoud 2025-2035`, an annual report as
  // `Jaarverslag Leerlingenvervoer 2024`, `Overstromingskaart Haverdam 2024`, its words also listed as `Jaarverslag
  // Toezicht, Handhaving en Veiligheid 2024`, or the foundation or association that publishes it after the year as
  // `Jaarverslag 2024 Vereniging Dorpshuis Haverdam`; not a `Routekaart`, a plan: policy); the
  // compound alone (`de monitor`, `Jeugdmonitor`) is too often the thing
  // rather than a report.
  {
    kind: 'other',
    pattern:
      // (A capitalised adjective before it is part of the name: `het Nationaal Laadonderzoek 2024`.)
      new RegExp(
        `\\b((?:${LEADING_WORD})?\\p{Lu}[\\p{L}-]*(?:monitor|rapportage|rapport|verslag|evaluatie|onderzoek|peiling|enquête|inventarisatie|prognose|(?<!oute)kaart)(?:(?:,?\\s+|\\s+en\\s+)\\p{Lu}[\\p{L}-]+){0,3}\\s+\\d{4}(?:\\s*[-–]\\s*\\d{4})?(?:\\s+${PUBLISHER})?)(?![\\d-])`,
        'gu',
      ),
    role: 'title',
  },
  // … or without a year, a capitalised compound named with its maker after `van`, a name or an abbreviation
  // (`de Mantelzorgmonitor van het Nivel`, `de Woonrapportage van ABF`): a publication, not the thing it measures.
  {
    kind: 'other',
    pattern:
      /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:monitor|rapportage|rapport|prognose))(?=\s+van\s+(?:(?:de|het)\s+)?\p{Lu})/gu,
    role: 'title',
  },
  // … or the word itself capitalised, then at least one capitalised word and the year (`Monitor Sociaal Domein 2024`).
  {
    kind: 'other',
    pattern:
      /(?<![\p{L}-])((?:Monitor|Rapportage|Evaluatie|Peiling|Enquête)(?:\s+\p{Lu}[\p{L}-]+){1,3}\s+\d{4})(?![\d-])/gu,
    role: 'title',
  },
  // … or, inside a sentence (a lower-case word before it), capitalised with two or three capitalised words after it
  // and no year (`de halfjaarlijkse Monitor Wonen Zorg Haverdam`): the capital makes it a name, the edition unnamed.
  {
    kind: 'other',
    pattern:
      /(?<=\p{Ll}[ \t]+)((?:Monitor|Rapportage|Evaluatie|Peiling|Enquête)(?:[ \t]+\p{Lu}[\p{L}-]+){2,3})(?![\p{L}\d-])(?!\s+[\p{Lu}\d])/gu,
    role: 'title',
  },
  // A budget named as a capitalised compound and the year or years it covers (`Programmabegroting 2025`,
  // `Meerjarenbegroting 2025-2028`): a document of its own, though none of the policy words; `de begroting 2025` in
  // lower case is the budget itself, not a title.
  {
    kind: 'other',
    pattern: /(?<![\p{L}-])(\p{Lu}\p{Ll}+begroting\s+\d{4}(?:\s*[-–]\s*\d{4})?)(?![\d-])/gu,
    role: 'title',
    needle: 'begroting',
  },
  // A treaty or convention (`VN-verdrag Handicap`, `Verdrag van Aarhus`, `Europees Verdrag voor de Rechten van de
  // Mens`): named by capitalised words after it, with the linking words between them.
  {
    kind: 'other',
    pattern:
      /(?<![\p{L}-])((?:\p{Lu}{2,}-[Vv]erdrag|(?:(?:Europees|Internationaal)\s+)?Verdrag)(?:(?:\s+(?:van|voor|inzake|tot|betreffende|de|het|der|over))*\s+\p{Lu}[\p{L}-]+){1,4})(?![\p{L}\d-])/gu,
    role: 'title',
  },
  // A law's year is part of its name (`Huisvestingswet 2014`, `Wet maatschappelijke ondersteuning 2015`).
  {
    kind: 'other',
    pattern:
      /\b(Wet(?:\s+\p{Ll}[\p{L}-]*){1,5}(?:\s+\d{4}(?![\d-]))?|\p{Lu}\p{Ll}+wet(?:\s+\d{4}(?![\d-]))?)(?![\p{L}\d])/gu,
    role: 'title',
  },
];

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"”’)\]]+/gi;

/** `Bijlagen` (or `Bijlage(n):`) on its own line, then its numbered or bulleted items, one a line. */
const ATTACHMENT_LIST =
  /^[ \t]*(?:Bijlagen?|Bijlage\(n\))[ \t]*:?[ \t]*\n(?:[ \t]*\n)?((?:[ \t]*(?:\d{1,2}[.)]|[-•*])[ \t]+[^\n]+(?:\n|$))+)/gim;

export interface DocumentScan {
  documents: ParsedDocument[];
  warnings: string[];
}

/** Documents named in a text, in order of first mention: `findDocumentReferences('motie 2018-115M')`. */
export function findDocumentReferences(text: string): ParsedDocument[] {
  return scanDocuments(text).documents;
}

/** A link as a Markdown export writes it (`[Nota Groen](https://…)`): its text stays in the text, its URL here. */
export interface TextLink {
  text: string;
  url: string;
  /** The link's text was printed as a title (in italics, `_Evaluatie X 2024_ <https://…>`): where it begins and ends. */
  titled?: boolean;
  /** A link that counts only where its text names a document (a text browser numbers every link of a page). */
  namesOnly?: boolean;
}

/** A report's word opening a title (`Evaluatie strandseizoen 2024`), read as a title only where italics mark it. */
const REPORT_TITLE =
  /^(?:\p{Lu}[\p{L}-]*)?(?:monitor|rapportage|rapport|verslag|evaluatie|onderzoek|peiling|enquête|inventarisatie|prognose)\b(?:\s+[\p{L}-]+){0,6}\s+\d{4}(?:\s*[-–]\s*\d{4})?$/iu;

/** A footnote read where its marker stands: the marker's index, and where the note's text stands after it. */
export interface PlacedNote {
  marker: number;
  start: number;
  end: number;
}

export function scanDocuments(
  text: string,
  footnotes: string[] = [],
  links: TextLink[] = [],
  notes: PlacedNote[] = [],
): DocumentScan {
  const named: Found[] = [];
  const urlSpans: Array<[number, number]> = [];
  for (const m of text.matchAll(URL)) urlSpans.push([m.index, m.index + m[0].length]);
  const inUrl = (index: number): boolean => urlSpans.some(([a, b]) => index >= a && index < b);

  for (const { kind, pattern, role, needle, untilBracket: wholeTitle } of PATTERNS) {
    if (needle && !text.includes(needle)) continue;
    for (const m of text.matchAll(pattern)) {
      if (inUrl(m.index)) continue;
      const end = m.index + m[0].length;
      let reference: string | null = role === 'reference' ? m[1] : null;
      let title: string | null = role === 'title' ? cleanTitle(m[1], kind) : null;
      let titleDate: string | null = null;
      // A plan named after a law (`Uitvoeringsplan Wet inburgering 2022`) holds the law's whole name: its
      // lower-case words and year.
      if (role === 'title' && title && / Wet$/.test(title) && m[1].endsWith('Wet')) {
        const law = /^(?:\s+\p{Ll}[\p{L}-]*){1,5}(?:\s+\d{4}(?![\d-]))?(?![\p{L}\d])/u.exec(text.slice(end));
        if (law) title = `${title}${law[0].replace(/\s+/g, ' ')}`;
      }
      // Where the mention ends for a date after it: past a number right after the keyword
      // (`raadsinformatiebrief 2024-19 van 2 april 2024`).
      let namedEnd = end;
      if (role === 'keyword') {
        const after = text.slice(end, end + 200);
        // The kind word said twice, the noun before the abbreviation naming it (`de raadsinformatiebrief RIB 2024-19
        // 'Titel'`): one mention, read at the second word with its number.
        if (new RegExp(`^\\s+(?:${pattern.source})\\s`, pattern.flags.replace('g', '')).test(after)) continue;
        // (Or with a two-digit year: `Raadsinformatiebrief 24-31`; not a date `12-03-2024`.)
        // (Or a registration number of a two-digit year, a dot and a serial number, `raadsinformatiebrief 24.0061230`;
        // not an amount `1.500`, whose groups have three digits.)
        const ref =
          /^\s*(?:nr\.?\s*|nummer\s+)?(\d{4}[-/]\d{1,4}[A-Z]?|\d{2}-\d{1,4}(?![-/.\d])|\d{2}\.\d{5,8}(?![-/.\d]))\b/.exec(
            after,
          );
        const rest = ref ? after.slice(ref[0].length) : after;
        if (ref) {
          reference = ref[1];
          namedEnd = end + ref[0].length;
        }
        title = (wholeTitle ? untilBracket(rest) : null) ?? titleAfter(rest);
        // A document listed on a line of its own by its kind word, number and title (`Raadsinformatiebrief 2024-031
        // Stand van de wegen`, a web page's related items): the rest of the line is the title, its prepositions too.
        if (ref && (m.index === 0 || text[m.index - 1] === '\n')) title = restOfLineTitle(rest) ?? title;
        // A policy note's capitalised keyword is part of its printed name (`de Nota Integratie en Inclusie`);
        // a lower-case `de nota „…”` or a letter's, motion's or amendment's kind word is not.
        const keyword = m[0].trim();
        if (kind === 'policy' && title && /^\p{Lu}/u.test(keyword) && !quotedTitleAfter(rest)) {
          title = `${keyword} ${title}`;
          // … as is a capitalised adjective between an article and the keyword (`de Toeristische Visie Texel 2030`).
          const adjective = /\b(?:de|het|een|onze|deze)\s+(\p{Lu}\p{Ll}{2,}e)\s+$/u.exec(
            text.slice(Math.max(0, m.index - 40), m.index),
          );
          if (adjective) title = `${adjective[1]} ${title}`;
        }
        // `Raadsinformatiebrief Voortgang warmtetransitie (2024-112)`, `motie 'Iedereen doet mee' (M2023-45)`.
        // (`raadsinformatiebrief 'Bibliotheekwerk' van 20 januari 2025 (RIB 2025-004)`: its date before the number.)
        // (A quoted title wrapped over two lines is printed with a line break the title no longer has.)
        if (title && !reference) {
          const quoted = /^\s*[„"“‘'](?:[^"”’']|(?<=\p{L})['’](?=\p{L})){3,150}(?=["”’'])/u.exec(rest);
          // (Only where the title stands in this mention: a wrapped quoted title named again later unwrapped is
          // found there first, far past this mention's number.)
          // (Its line breaks read as spaces, so a title wrapped over two lines is found: one character each.)
          const at = rest.replace(/\s/g, ' ').indexOf(title);
          const afterTitle = rest.slice(
            at >= 0 && (!quoted || at < quoted[0].length) ? at + title.length : quoted ? quoted[0].length : 0,
          );
          const dated = /^["”’']?\s*van\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s*(?=\()/u.exec(afterTitle);
          const bracketed = bracketedReference(dated ? afterTitle.slice(dated[0].length) : afterTitle, kind);
          reference = bracketed?.[1] ?? null;
          if (dated && reference) titleDate = findAbsoluteDate(dated[1])?.iso ?? null;
          // (`raadsinformatiebrief 'Stand van de wegen' (RIB 2024-31) van 3 maart 2024`: its date after the number; or
          // `de motie 'Titel' (M-2023-07), aangenomen op 9 november 2023`.)
          const datedAfter = bracketed
            ? /^\s*(?:van|,\s*aangenomen(?:\s+op)?)\s+(\d{1,2}\s+\p{L}+\s+\d{4})/u.exec(
                afterTitle.slice(bracketed.index + bracketed[0].length),
              )
            : null;
          if (!dated && datedAfter) titleDate = findAbsoluteDate(datedAfter[1])?.iso ?? null;
          if (!dated && bracketed?.[2]) titleDate = findAbsoluteDate(bracketed[2])?.iso ?? null;
          // `de motie 'Groen in de wijk' van 4 april 2024`: a full date right after a quoted title is the document's.
          // (Or `…', aangenomen op 14 november 2023`, as after a numbered motion's title.)
          // (Or with its author between, a body by its capitalised name: `het rapport 'X' van de Rekenkamer Y van …`.)
          const datedQuote =
            quoted && !bracketed
              ? /^["”’']\s*(?:van(?:\s+(?:de|het)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+van)?|,\s*aangenomen(?:\s+op)?)\s+(\d{1,2}\s+\p{L}+\s+\d{4})/u.exec(
                  afterTitle,
                )
              : null;
          if (datedQuote) titleDate = findAbsoluteDate(datedQuote[1])?.iso ?? null;
        }
        // `raadsinformatiebrief 2024-041 'Uitvoering Wmo 2024' van 2 juli 2024`: numbered, then a quoted title, then
        // its date (the number does not stand right before the date, so dateNear misses it).
        if (title && ref) {
          const datedAfterQuote = QUOTED_TITLE_DATE.exec(rest);
          if (datedAfterQuote) titleDate = findAbsoluteDate(datedAfterQuote[1])?.iso ?? null;
        }
        // `raadsinformatiebrief van 14 januari 2025 (2025-003)`: named by its date, the number in brackets.
        const dated = !reference && !title ? /^\s*van\s+\d{1,2}\s+\p{L}+\s+\d{4}\s*/u.exec(rest) : null;
        // (`onze collegebrief van 3 september 2024 (kenmerk Z/24/12345)`: its kenmerk, whatever its shape.)
        if (dated)
          reference =
            referenceInBrackets(rest.slice(dated[0].length), kind) ?? kenmerkInBrackets(rest.slice(dated[0].length));
        // `de collegebrief van 12 maart 2024`: a letter named by its date only.
        if (!reference && !title && !(kind === 'council_letter' && dateNear(text, m.index, end, kind))) continue;
      }
      if (role === 'title' && !title) continue;
      // `Het Brabantse Fietsprogramma is te vinden op https://…`: a name of a word or two without a year, number or
      // place, said to be found at a URL, describes the web page there, as `Een overzicht staat op …` does.
      if (role === 'title' && kind === 'policy' && title && describesPage(title, text.slice(end, end + 60))) continue;
      // (`motie 412.23 van het lid X ('Titel')`: the mover named between the number and the bracketed title.)
      const mover =
        role === 'reference'
          ? /^\s+van\s+(?:het\s+lid|de\s+leden|de\s+fractie(?:\s+van)?)\s+[^()'"‘’“”„.?!]{1,60}?\s*\((?=\s*[„"“‘'])/u.exec(
              text.slice(end, end + 100),
            )
          : null;
      const keywordTitle =
        role === 'reference' ? quotedTitleAfter(text.slice(end + (mover?.[0].length ?? 0), end + 200)) : null;
      // `de motie M2024-12 'Schaduw op het plein' van 3 juli 2024` (or `…', aangenomen op 3 juli 2024`): the date
      // after the quoted title is the motion's.
      const datedTitle = keywordTitle ? QUOTED_TITLE_DATE.exec(text.slice(end, end + 220)) : null;
      if (datedTitle) titleDate = findAbsoluteDate(datedTitle[1])?.iso ?? null;
      named.push({
        kind: kind === 'policy' && role === 'title' && fundingProgramme(text, m.index, title) ? 'other' : kind,
        reference,
        title: title ?? keywordTitle,
        date: titleDate ?? dateNear(text, m.index, namedEnd, kind),
        url: null,
        index: m.index,
      });
    }
  }
  // `de Koers Jeugd Vianen 2025-2028`: a capitalised name after an article that covers a period of years is a policy
  // document even without a policy word, unless a pattern above already read it (an agreement, a report).
  for (const m of text.matchAll(NAMED_PERIOD)) {
    const end = m.index + m[0].length;
    const [from, to] = [Number(m[2]), Number(m[3])];
    if (to <= from || to - from > 30 || inUrl(m.index)) continue;
    if (named.some((d) => d.index < end && d.index + (d.title ?? d.reference ?? '').length > m.index)) continue;
    const title = cleanTitle(m[1], 'policy');
    if (title) named.push({ kind: 'policy', reference: null, title, date: null, url: null, index: m.index });
  }
  for (const m of text.matchAll(EARLIER_SET)) {
    const date = findAbsoluteDate(m[1])?.iso ?? null;
    if (!inUrl(m.index)) named.push({ kind: 'other', reference: m[2], title: null, date, url: null, index: m.index });
  }
  for (const m of text.matchAll(SENDER_LETTER)) {
    const date = findAbsoluteDate(m[1])?.iso ?? null;
    if (date && !inUrl(m.index))
      named.push({ kind: 'other', reference: null, title: null, date, url: null, index: m.index });
  }
  named.sort((a, b) => a.index - b.index);
  // One mention read twice, as keyword + title and as a title with its keyword (`Beleidskader Huisvesting
  // 2023`): the longer title stays.
  // A title read inside a longer one of the same kind (`Verordening Harderwijk 2024` in `Algemene Plaatselijke
  // Verordening Harderwijk 2024`) is that mention; so is a law named inside a title of any kind (`Projectplan
  // Waterwet Dijkversterking X`: the plan the law requires, one mention).
  for (let i = named.length - 1; i >= 0; i--) {
    const b = named[i];
    const inner = b.title;
    if (inner === null || b.reference !== null) continue;
    const outer = named.find(
      (a) =>
        a !== b &&
        (a.kind === b.kind || /wet$/i.test(inner) || /^Wet\s/.test(inner)) &&
        a.title !== null &&
        a.title.length > inner.length &&
        a.index <= b.index &&
        b.index + inner.length <= a.index + a.title.length + 2 &&
        a.title.includes(inner),
    );
    if (outer || insideQuotedTitle(text, named, b, inner)) named.splice(i, 1);
  }
  // `Tarievenverordening … 2025 (CVDR712944)`: a number in brackets right after a title is that document's (the whole
  // title's, a shorter one read inside it gone above).
  for (let i = named.length - 1; i > 0; i--) {
    const b = named[i];
    if (b.title !== null || b.reference === null) continue;
    const a = named
      .slice(0, i)
      .reverse()
      .find((d) => d.kind === b.kind && d.title !== null && d.reference === null);
    if (!a || a.title === null) continue;
    const between = text.slice(a.index, b.index).replace(/\s+/g, ' ');
    if (between !== `${a.title} (` && !between.endsWith(` ${a.title} (`)) continue;
    a.reference = b.reference;
    a.date ??= b.date;
    named.splice(i, 1);
  }
  for (let i = named.length - 1; i > 0; i--) {
    const a = named[i - 1];
    const b = named[i];
    if (a.index !== b.index || a.kind !== b.kind || a.title === null || b.title === null) continue;
    const related = (x: string, y: string): boolean => x.endsWith(` ${y}`) || x.startsWith(`${y} `);
    if (!related(a.title, b.title) && !related(b.title, a.title)) continue;
    if (b.title.length > a.title.length) a.title = b.title;
    a.reference ??= b.reference;
    a.date ??= b.date;
    named.splice(i, 1);
  }
  const documents: Found[] = [];
  for (const doc of named) {
    // A later short mention (`de Warmtevisie`) of a document named in full before (`Warmtevisie Apeldoorn 2021`).
    const same = documents.find(
      (d) =>
        sameDocument(d, doc) ||
        shortMentionOf(doc, d) ||
        shortMentionOf(d, doc) ||
        sameTitleOtherKind(d, doc) ||
        sameTitleOtherKind(doc, d),
    );
    if (same) {
      // `het Rioleringsplan` first, `Rioleringsplan Woerden 2023-2027` later: the entry takes the full title.
      if (same.reference === null && doc.title !== null && (shortMentionOf(same, doc) || sameTitleOtherKind(same, doc)))
        same.title = doc.title;
      if (GENERIC_KINDS.has(same.kind) && !GENERIC_KINDS.has(doc.kind)) same.kind = doc.kind;
      same.reference ??= doc.reference;
      same.title ??= doc.title;
      same.date ??= doc.date;
    } else documents.push(doc);
  }
  // `zoals de motie Veilig fietsen vraagt` above `de motie Veilig fietsen (M2024-07)`: a motion named with its title
  // and number is first mentioned where its kind word and the same title stood before, without the number (an unquoted
  // title alone is read as no motion: it may be any words after `motie`).
  if (text.includes('otie') || text.includes('mendement'))
    for (const doc of documents) {
      if ((doc.kind !== 'motion' && doc.kind !== 'amendment') || doc.title === null || doc.reference === null) continue;
      const words = doc.title.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const keyword = doc.kind === 'motion' ? '[Mm]otie' : '[Aa]mendement';
      const earlier = new RegExp(`\\b${keyword}\\s+${words.join('\\s+')}(?![\\p{L}\\d])`, 'u').exec(
        text.slice(0, doc.index),
      );
      if (earlier) doc.index = earlier.index;
    }
  // `De motie, die de raad op 14 november 2024 aannam, …`: a bare `de motie` opening a relative clause that adopts it
  // refers back to the one motion named before, which that clause dates.
  if (text.includes('otie'))
    for (const m of text.matchAll(BARE_MOTION_ADOPTED)) {
      const before = documents.filter((d) => d.kind === 'motion' && d.index < m.index);
      const on = findAbsoluteDate(m[1] ?? m[2] ?? m[3]);
      if (before.length === 1 && before[0].date === null && on) before[0].date = on.iso;
    }

  // A numbered list under a `Bijlagen` heading names what the letter sends along: an item the text names before the
  // list by the same words (`de Telling fietsers Dorpsstraat (bijlage 1)`) is a document where it is named, also when no
  // pattern reads its name; an item the text does not name is no document (a map, the questions).
  if (text.includes('ijlage'))
    for (const list of text.matchAll(ATTACHMENT_LIST))
      for (const item of list[1].split('\n')) {
        const value = /^\s*(?:\d{1,2}[.)]|[-•*])\s+(.+)$/.exec(item);
        const doc = value ? attachedDocument(value[1]) : null;
        const title = doc?.title;
        if (!doc || !title || documents.some((d) => d.title?.toLowerCase() === title.toLowerCase())) continue;
        const words = title.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        const mention = new RegExp(`(?<![\\p{L}\\d])${words.join('\\s+')}(?![\\p{L}\\d])`, 'u').exec(
          text.slice(0, list.index),
        );
        if (mention) documents.push({ ...doc, index: mention.index });
      }

  // Footnotes (`Zwemwaterprofiel Vooroever, https://…`): a title printed with its URL names a document where the
  // text mentions it; a bare URL is read as any URL below.
  const footnoteUrls: Array<{ url: string; index: number }> = [];
  for (const note of footnotes) {
    const m = /(?:https?:\/\/|www\.)[^\s<>"”’)\]]+/i.exec(note);
    if (!m) continue;
    const url = m[0].replace(/[.,;:!?]+$/, '');
    const title = note
      .slice(0, m.index)
      .replace(/[\s,;:–-]+$/, '')
      .trim();
    const at = title.length >= 3 ? text.indexOf(title) : -1;
    if (at < 0) {
      footnoteUrls.push({ url, index: text.length });
      continue;
    }
    const same = documents.find((d) => d.title !== null && d.title.toLowerCase() === title.toLowerCase());
    if (same) same.url ??= url;
    else documents.push({ kind: 'other', reference: null, title, date: null, url, index: at });
  }
  // A link whose text names a document found (`[Nota Groen 2024](https://…)`) gives that document its URL; another
  // link's URL is read as any URL, where its text stands.
  const linkUrls: Array<{ url: string; index: number }> = [];
  for (const link of links) {
    const label = link.text.toLowerCase();
    const target = documents.find(
      (d) =>
        d.url === null &&
        ((d.reference !== null && label.includes(d.reference.toLowerCase())) ||
          (d.title !== null && d.title.length >= 6 && label.includes(d.title.toLowerCase()))),
    );
    if (target) {
      target.url = link.url;
      // (Its number read from the URL, as for a URL printed in the text: `…/CVDR712345`.)
      target.reference ??= referenceInUrl(decodeUrl(link.url));
    }
    // (An italic link text naming a report and its year, its other words lower case, is that report's title:
    // `de _Evaluatie strandseizoen 2024_ <https://…>`, as an HTML e-mail's text view prints a linked title.)
    else if (link.titled && REPORT_TITLE.test(link.text) && text.includes(link.text)) {
      documents.push({
        kind: 'other',
        reference: null,
        title: link.text,
        date: null,
        url: link.url,
        index: text.indexOf(link.text),
      });
    } else if (!link.namesOnly) {
      const at = text.indexOf(link.text);
      linkUrls.push({ url: link.url, index: at < 0 ? text.length : at });
    }
  }
  // A footnote's URL is the document its note names before the URL (`Nationaal Laadonderzoek 2024, RVO, https://…`), or
  // else the one named right before its marker (`de Algemene plaatselijke verordening X 2023[3]` / `[3] https://…`).
  const namesOf = (d: Found): string[] =>
    [d.title, d.reference].filter((x): x is string => x !== null && x.length >= 4);
  const noteTarget = (index: number): Found | undefined => {
    const note = notes.find((n) => index >= n.start && index < n.end);
    if (!note) return undefined;
    const before = text.slice(note.start, index).toLowerCase();
    const ahead = text
      .slice(Math.max(0, note.marker - 200), note.marker)
      .replace(/\s+/g, ' ')
      .trimEnd()
      .toLowerCase();
    return (
      documents.find((d) => d.url === null && namesOf(d).some((x) => before.includes(x.toLowerCase()))) ??
      documents.find((d) => d.url === null && namesOf(d).some((x) => ahead.endsWith(x.toLowerCase())))
    );
  };
  // `de Algemene Plaatselijke Verordening X (https://…/CVDR712345)`: a URL in brackets right after a title is that
  // document's address; so is one in angle brackets right after it, as an e-mail's plain-text view writes a link
  // (`Nota Speelruimte 2023<https://…>`).
  const bracketedAfter = (index: number): Found | undefined => {
    const before = text.slice(Math.max(0, index - 200), index).replace(/\s+/g, ' ');
    // (Or with one space before the bracket, as an HTML e-mail's text view writes it: `Parkeervisie X 2023 <https://…>`.)
    if (!/(?:\(\s?|\S\s?<)$/.test(before)) return undefined;
    const head = before.replace(/\s?[(<]\s?$/, '').toLowerCase();
    return documents.find((d) => d.url === null && d.title !== null && head.endsWith(d.title.toLowerCase()));
  };
  const urls = [...[...text.matchAll(URL)].map((m) => ({ url: m[0], index: m.index })), ...footnoteUrls, ...linkUrls];
  for (const m of urls) {
    const url = m.url.replace(/[.,;:!?]+$/, '');
    if (documents.some((d) => d.url === url)) continue;
    const decoded = decodeUrl(url);
    // (A page named after the title with hyphens for its spaces, `…/speelruimteplan-lindewoud-2023`, is that title.)
    const slug = decoded.replace(/[-\s]+/g, ' ');
    const target = documents.find(
      (d) =>
        d.url === null &&
        ((d.reference !== null && decoded.includes(d.reference.toLowerCase())) ||
          (d.title !== null &&
            d.title.length >= 6 &&
            (decoded.includes(d.title.toLowerCase()) || slug.includes(d.title.toLowerCase().replace(/[-\s]+/g, ' '))))),
    );
    const noted = target ?? bracketedAfter(m.index) ?? noteTarget(m.index);
    if (noted) {
      noted.url = url;
      if (!noted.reference) noted.reference = referenceInUrl(decoded);
      continue;
    }
    documents.push({ ...classifyUrl(url, decoded), index: m.index });
  }
  documents.sort((a, b) => a.index - b.index);
  const result = documents.map(({ kind, reference, title, date, url }) => ({ kind, reference, title, date, url }));
  return { documents: result, warnings: referenceWarnings(result, text) };
}

/**
 * `raadsinformatiebrief 2024-07 'Busvervoer Kernen 2025'`: a name read inside another document's quoted title, of
 * any kind, is that title's words, not a second document.
 */
function insideQuotedTitle(text: string, named: Found[], b: Found, inner: string): boolean {
  return named.some((a) => {
    if (a === b || a.title === null || a.index >= b.index || b.index - a.index > 300) return false;
    if (!a.title.includes(inner)) return false;
    const words = a.title.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const quoted = new RegExp(`[„"“‘']${words.join('\\s+')}["”’']`, 'u').exec(text.slice(a.index, b.index + 300));
    if (!quoted) return false;
    const from = a.index + quoted.index;
    return b.index > from && b.index < from + quoted[0].length;
  });
}

function sameDocument(a: ParsedDocument, b: ParsedDocument): boolean {
  if (a.kind !== b.kind) return false;
  if (a.reference && b.reference) return a.reference.toLowerCase() === b.reference.toLowerCase();
  if (a.title && b.title) return a.title.toLowerCase() === b.title.toLowerCase();
  // `de raadsinformatiebrief van 3 september 2024` after `de raadsinformatiebrief 'X' van 3 september 2024`: a letter
  // named by its date alone is the one of that kind and date named before.
  const byDateOnly = (d: ParsedDocument): boolean => d.reference === null && d.title === null;
  return a.date !== null && a.date === b.date && (byDateOnly(a) || byDateOnly(b));
}

/** Kinds read from a name alone (`Uitvoeringsprogramma Wegen 2025`); a kind word (`raadsvoorstel`) says more. */
const GENERIC_KINDS = new Set<DocumentKind>(['policy', 'other']);

/**
 * `het raadsvoorstel 'Actieplan Fietsen 2025-2027'` and `het Actieplan Fietsen` or `Actieplan Fietsen 2025-2027`
 * elsewhere: one document, read once by its kind word and once by its name alone; the kind word's kind wins. `later`
 * (read by name) is the same title or its first words, at least two, so one common word does not join two documents.
 */
function sameTitleOtherKind(later: ParsedDocument, earlier: ParsedDocument): boolean {
  if (!GENERIC_KINDS.has(later.kind) || GENERIC_KINDS.has(earlier.kind) || later.reference !== null) return false;
  if (later.title === null || earlier.title === null) return false;
  const short = later.title.toLowerCase();
  const full = earlier.title.toLowerCase();
  return short === full || (short.includes(' ') && full.startsWith(`${short} `));
}

/**
 * `de Warmtevisie` after `Warmtevisie Apeldoorn 2021`, `de Gezondheidsagenda` after `Regionale Gezondheidsagenda
 * Kop van Noord-Holland 2024-2028` (a word of the full title), `de APV` after `Algemene Plaatselijke Verordening …`
 * (its initials), `de Wmo-verordening` after `Verordening maatschappelijke ondersteuning …`.
 */
function shortMentionOf(later: ParsedDocument, earlier: ParsedDocument): boolean {
  if (later.kind !== earlier.kind || later.reference !== null || later.title === null || earlier.title === null)
    return false;
  const short = later.title.toLowerCase();
  const full = earlier.title.toLowerCase();
  if (full.startsWith(`${short} `)) return true;
  const words = earlier.title.split(/\s+/);
  if (!short.includes(' ') && /\p{Ll}/u.test(later.title) && words.some((w) => w.toLowerCase() === short))
    return words.length > 1;
  // `de Wmo-verordening` for `Verordening maatschappelijke ondersteuning X 2022`: a by-law named by the initials of its
  // subject's words, or of the law it carries out (`W` and the same words).
  const abbreviated = /^(\p{Lu}\p{L}{1,5})-?verordening$/u.exec(later.title);
  const subject = /^Verordening((?:\s+\p{Ll}[\p{L}-]*){2,})/u.exec(earlier.title);
  if (abbreviated && subject) {
    const letters = subject[1]
      .trim()
      .split(/\s+/)
      .map((w) => w.charAt(0))
      .join('');
    const initials = abbreviated[1].toLowerCase();
    return initials === letters || initials === `w${letters}`;
  }
  // (The full title styled with lower-case words, as many municipalities do, has the same initials: `de APV` after
  // `Algemene plaatselijke verordening X 2023`.)
  if (/^\p{Lu}{2,6}$/u.test(later.title) && words.length >= later.title.length) {
    const initials = words.slice(0, later.title.length).map((w) => w[0]);
    return initials.join('').toUpperCase() === later.title;
  }
  return false;
}

/**
 * A programme named by its compound alone, no year or name after it, that money comes through (`via het
 * Deltaprogramma`, `een bijdrage uit het Herstelprogramma`): a fund of the state or of others, not a policy the
 * council set (which carries its year or name: `uit het Uitvoeringsprogramma Klimaatadaptatie 2023-2026`).
 */
function fundingProgramme(text: string, index: number, title: string | null): boolean {
  return (
    title !== null &&
    /^\p{Lu}\p{Ll}+programma$/u.test(title) &&
    /\b(?:via|uit)\s+het\s+$/i.test(text.slice(Math.max(0, index - 12), index))
  );
}

/** See the call: the title's words, and the text right after its mention. */
function describesPage(title: string, after: string): boolean {
  return (
    !/\d/.test(title) &&
    title.split(/\s+/).length <= 2 &&
    /^\s+(?:is|zijn|staat|staan)\s+(?:(?:te|na\s+te)\s+(?:vinden|lezen|raadplegen|downloaden)\s+)?op\s+(?:https?:\/\/|www\.)/i.test(
      after,
    )
  );
}

/** `(2024-112)`, `(24-31)`, `(RIB 2024-27 van 17 september 2024)` (its date inside), `(M2023-45)`, `(A-2025-04)`, `(2023-M17)`, `(2024-M-051)`, `(M24-112)`, `(M12)`; `(RIB 2025-022)`: a letter's kind word is no part of its number (after it also `(RIB 25.0412)`, year and number with a dot;
 * `(motie 2023-M11)`: a motion's or amendment's kind word repeated, see `bracketedReference`). */
const BRACKETED_REFERENCE =
  /^["”’']?\s*\(\s*(?:(?:RIB|raadsinformatiebrief|raadsbrief|collegebrief|motie|amendement)\s+)?(?:(?:nummer|nr\.?)\s*)?(\d{4}[-/]\d{1,4}[A-Z]?|(?<=(?:RIB|raadsinformatiebrief|raadsbrief|collegebrief)\s+)\d{2}\.\d{3,5}|\d{4}-[A-Z]{1,2}-?\d{1,4}|[A-Z]{1,3}[-\s]?\d{4}[-/]\d{1,4}|[A-Z]{1,2}-?\d{2}-\d{1,4}|\d{2}-\d{1,4}|[A-Z]-?\d{1,4})(?:\s+van\s+(\d{1,2}\s+[a-zé]+\s+\d{4}))?\s*\)/;

/** `(kenmerk Z/24/12345)`, `(ons kenmerk: 2024-0815)`: a letter's own kenmerk in brackets right after it. */
function kenmerkInBrackets(after: string): string | null {
  return /^\s*\(\s*(?:ons\s+)?kenmerk:?\s+([\p{L}\d][\p{L}\d/.-]*\d[\p{L}\d/-]*)\s*\)/iu.exec(after)?.[1] ?? null;
}

function referenceInBrackets(after: string, kind: DocumentKind): string | null {
  return bracketedReference(after, kind)?.[1] ?? null;
}

/**
 * The number in brackets after a document's name, where the brackets repeat the kind word (`de motie 'Bibliotheek in
 * elke wijk' (motie 2022-M07)`) only for a motion or an amendment of that kind: a letter's `(motie …)` names another.
 */
function bracketedReference(after: string, kind: DocumentKind): RegExpExecArray | null {
  const m = BRACKETED_REFERENCE.exec(after);
  const word = m ? /\(\s*(motie|amendement)\s/.exec(m[0])?.[1] : undefined;
  if (word && word !== (kind === 'motion' ? 'motie' : kind === 'amendment' ? 'amendement' : '')) return null;
  return m;
}

/**
 * A time phrase read as a title's lower-case words and year (`de Woonvisie medio 2025 delen`, `het Parkeerplan eind
 * 2025 vaststellen`): when something happens to the document, never part of its name.
 */
const TIME_TAIL =
  /\s+(?:(?:in|vóór|voor|na|rond|tot|vanaf|sinds|uiterlijk|per)\s+)?(?:(?:het|de)\s+)?(?:begin|medio|half|eind|einde|halverwege|voorjaar|najaar|zomer|winter|herfst|lente|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?:\s+van)?\s+\d{4}$/u;

/** A policy note's kind word that names no subject of its own (`beleidsplan`, `actieplan`), in lower case. */
const GENERIC_POLICY_WORD = /^(?:beleids|actie|uitvoerings)?(?:plan|nota|notitie|kader|programma|agenda|visie)$/;

function cleanTitle(raw: string, kind: DocumentKind): string | null {
  let words = raw.replace(/\s+/g, ' ').replace(TIME_TAIL, '').trim().split(' ');
  // A law's name holds prepositions (`Wet op de ruimtelijke ordening`) but no verb or clause word: the sentence goes
  // on from there (`de Wet collectieve warmte regelt dat …`).
  if (kind === 'other' && (words[0] === 'Wet' || words[0] === 'Besluit')) {
    const verb = words.findIndex((w, i) => i > 1 && LAW_STOP.test(w));
    if (verb > 0) words = words.slice(0, verb);
  }
  const law = kind === 'other' && (words[0] === 'Wet' || words[0] === 'Besluit');
  if (kind === 'other')
    while (
      words.length > 1 &&
      (TITLE_STOP.test(words[words.length - 1]) || (law && LAW_TAIL.test(words[words.length - 1])))
    )
      words = words.slice(0, -1);
  if (kind === 'other' && words.length < 2 && (words[0] === 'Wet' || words[0] === 'Besluit')) return null;
  // A generic kind word in lower case before the capitalised name (`het beleidsplan Schuldhulpverlening X 2022-2026`)
  // is no part of the title, as with `de nota „…”` (docs/parse-output.md); a capitalised one is (`Beleidsplan X 2023`).
  if (kind === 'policy' && words.length > 1 && GENERIC_POLICY_WORD.test(words[0]) && /^\p{Lu}/u.test(words[1]))
    words = words.slice(1);
  const title = words.join(' ');
  return title.length >= 3 ? title : null;
}

function quotedTitleAfter(after: string): string | null {
  // An apostrophe between letters is part of a word (`gezondheidsrisico's`, `auto's`), no closing quote.
  const quoted = /^\s*[„"“‘']((?:[^"”’']|(?<=\p{L})['’](?=\p{L})){3,150})["”’']/u.exec(after);
  // A title wrapped over two lines is one line of text.
  return quoted ? quoted[1].replace(/\s+/g, ' ').trim() : null;
}

/**
 * The printed title after a keyword: quoted, or capitalised words up to the end of the clause. A
 * comma inside an enumeration of capitalised words belongs to the name (`Nota Wonen, Welzijn en Zorg`).
 */
/**
 * An unquoted title before its number in brackets (`de motie Bereikbare zorg in de kernen (M2023-11)`): the words up to
 * the bracket are the title, its prepositions too, where `titleAfter` stops at them; null when a verb or clause word
 * stands between (`… die de raad aannam (M…)`), the title then read as any other.
 */
function untilBracket(text: string): string | null {
  // (Or up to the comma before the clause adopting it: `… Veilig naar school, die uw raad op 9 november 2023 aannam`.)
  const m = /^\s*(\p{Lu}[^.?!()„"“‘']{1,100}?)\s*(?:\(|,\s*die\s+(?:de|uw)\s+(?:gemeente)?raad\s+op\s+\d)/u.exec(text);
  if (!m) return null;
  const words = m[1].trim().split(/\s+/);
  return words.length <= 12 && !words.some(clauseWord) && !TITLE_TAIL.test(words[words.length - 1])
    ? words.join(' ')
    : null;
}

/** A verb or clause word in lower case ends a title; capitalised it is a title's word (`Staat van de wegen`). */
const clauseWord = (word: string): boolean => /^\p{Ll}/u.test(word) && LAW_STOP.test(word);

/** A title that fills the rest of its line (`restOfLine` opens with it): no sentence in it, no verb or clause word. */
function restOfLineTitle(restOfLine: string): string | null {
  // (A list may set the title off from the number with a dash: `Raadsinformatiebrief 24.0061230 - Stand van de wegen`.)
  const m = /^[ \t]+(?:[-–—][ \t]+)?(\p{Lu}[^\n.?!;:,()„"“‘']{1,100}?)[ \t]*(?:\n|$)/u.exec(restOfLine);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  return words.length <= 12 && !words.some(clauseWord) && !TITLE_TAIL.test(words[words.length - 1])
    ? words.join(' ')
    : null;
}

function titleAfter(text: string): string | null {
  // A name wrapped before its place and year (`de Nota Bereikbaarheid` / `Gorinchem 2022-2030.`) is one line.
  const after = text.replace(/^([^\n]*)\n(?=(?:\p{Lu}[\p{L}-]+\s+){0,2}\d{4}(?:\s*[-–]\s*\d{4})?(?![\d-]))/u, '$1 ');
  const quoted = quotedTitleAfter(after);
  if (quoted) return quoted;
  const clause =
    /^\s*(\p{Lu}(?:[^,.;:()\n?!]|,\s(?=\p{Lu}[\p{L}-]*(?:,\s\p{Lu}[\p{L}-]*)*\s(?:en|&)\s\p{Lu})){2,150})/u.exec(after);
  if (!clause) return null;
  const words: string[] = [];
  for (const word of clause[1].trim().split(/\s+/)) {
    if (words.length > 0 && TITLE_STOP.test(word)) break;
    // A year or a period of years closes a name: lower-case words after it go on with the sentence (`Visie X 2030
    // mogelijk maakt`, `Nota Y 2024-2030 aannam`).
    if (words.length > 0 && /^\d{4}(?:[-–]\d{4})?$/.test(words[words.length - 1]) && /^\p{Ll}/u.test(word)) break;
    words.push(word);
    if (words.length >= 14) break;
  }
  while (words.length > 1 && TITLE_TAIL.test(words[words.length - 1])) words.pop();
  if (words.length === 1 && TITLE_STOP.test(words[0])) return null;
  return words.length > 0 ? words.join(' ') : null;
}

/**
 * The date after a document's quoted title: `van 3 juli 2024`, `, aangenomen op 3 juli 2024`, or in brackets as a list
 * prints it (`(aangenomen 27-06-2024)`, `(vastgesteld op 2 mei 2024)`).
 */
const DATE_AFTER_TITLE = String.raw`(?:van|,\s*aangenomen(?:\s+op)?|\(\s*(?:aangenomen|vastgesteld)(?:\s+op)?)\s+(\d{1,2}\s+\p{L}+\s+\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})`;
/** A quoted title (an apostrophe inside a word is no quote) and the date after it. */
const QUOTED_TITLE_DATE = new RegExp(
  String.raw`^\s*[„"“‘'](?:[^"”’']|(?<=\p{L})['’](?=\p{L})){3,150}["”’']\s*${DATE_AFTER_TITLE}`,
  'u',
);

/** What the raad adopts by vote, dated by the clause that adopts it. */
const ADOPTED_KINDS = new Set<DocumentKind>(['motion', 'amendment', 'council_proposal']);
const ADOPTED_AT_DATE =
  /^(?:(?!\b(?:motie|amendement)\b)[^.?!]){0,80}?(?<!\b(?:de|het|een)\s+)\bop\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s+(?:(?:heeft\s+)?(?:door\s+(?:de|uw)\s+(?:gemeente)?raad\s+)?aangenomen|aannam)\b/u;
/**
 * `De motie, die de raad op <date> aannam`: no number or title between the kind word and the clause. (Also its adoption
 * as a noun with the date after it: `Na het aannemen van de motie op <date> …`, `Sinds de aanname van de motie op …`; or
 * in the passive, as an answer opens on the motion its question named: `De motie is op <date> door uw raad aangenomen`.)
 */
const BARE_MOTION_ADOPTED =
  /\b[Dd]e\s+motie,?\s+die\s+(?:de|uw)\s+(?:gemeente)?raad\s+op\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s+(?:heeft\s+aangenomen|aannam)\b|\b(?:het\s+aannemen|de\s+aanname)\s+van\s+de\s+motie\s+op\s+(\d{1,2}\s+\p{L}+\s+\d{4})(?![\p{L}\d])|\b[Dd]e(?:ze)?\s+motie\s+(?:is|werd)\s+op\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s+(?:door\s+(?:de|uw)\s+(?:gemeente)?raad\s+)?aangenomen\b/gu;
// (Also what the raad asked for by it on that day, its request adopted: `waar de raad met motie X 'Y' op 7 november
// 2024 om vroeg`.)
const ADOPTED_CLAUSE =
  /^(?:(?!\b(?:motie|amendement|raadsvoorstel)\b)[^.?!]){0,80}?(?<!\b(?:de|het|een)\s+)\bop\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s+(?:(?:heeft\s+)?(?:door\s+(?:de|uw)\s+(?:gemeente)?raad\s+)?(?:aangenomen|vastgesteld)|om\s+(?:vroeg|vroegen|verzocht|verzochten)\b|(?:(?:(?!\b(?:motie|amendement|raadsvoorstel|nam|stelde)\b)[^.?!,;]){0,60}?\s)?(?:aannam|aannamen|vaststelde|vaststelden|(?:aan|vast)(?=\s*(?:[,.;?!)]|$))))\b/u;
/**
 * `(de|uw) raad <past verb> … op <date> <up to three words> bij|met|via (het|de)`, ending where the document is named.
 * (Or in the perfect, the participle after the date: `Uw raad heeft dat op 4 juli 2023 onderstreept met de motie …`.)
 */
const RAAD_DECIDED_BY =
  /\b(?:de|uw)\s+(?:gemeente)?raad\s+(?:\p{Ll}+(?:de|te|den|ten)|nam|namen|besloot|besloten|gaf|gaven|heeft|had)\s+(?:[^.?!]{0,60}?\s)?op\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s+(?:\p{Ll}+\s+){0,3}?(?:bij|met|via)\s+(?:het|de)\s+$/iu;

/**
 * `(de) raad heeft ons op <date> met motie`, `uw raad vroeg het college op <date> bij motie nr.`: the raad asking the
 * college by the motion named right after it (the verb's form first, the date second).
 */
const MOTION_ASKED_ON =
  /\b(?:gemeente)?raad\s+(heeft|had|vroeg|verzocht|droeg)\s+(?:ons|mij|het\s+college|burgemeester\s+en\s+wethouders)\s+(?:\p{Ll}+\s+)?op\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s+(?:met|bij|via|in)\s+(?:de\s+)?(?:motie\s+)?(?:nr\.?\s*|nummer\s+)?$/iu;

/** A full date directly before the mention (`Op 6 november 2018 (2918-115M)`) or after it (`van 6 november 2018`). */
function dateNear(text: string, start: number, end: number, kind: DocumentKind): string | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'));
  const window = before.slice(sentenceStart + 1);
  const date = findAbsoluteDate(window);
  const gap = date ? window.slice(date.index + date.length) : '';
  // `Motie 'X' (M24-19), aangenomen 7 november 2024` above `Woonvisie 2024-2030` in a list: a date after a participle
  // dates the document before it, never the one after.
  if (date && /\b(?:aangenomen|vastgesteld|verworpen)(?:\s+op)?\s*$/i.test(window.slice(0, date.index))) return null;
  // `passen wij per 1 januari 2026 de verordening … aan`: a date after `per`, `vanaf`, `uiterlijk`, `tot` or `vóór` times
  // an act to come, no date of the document named after it.
  if (date && /\b(?:per|vanaf|uiterlijk|tot|vóór|voor|na)\s*$/i.test(window.slice(0, date.index))) return null;
  // `de op 2 juli 2024 aangenomen motie`; `op 9 november 2023 nam de raad (or `uw raad`) unaniem de motie 'X' aan`.
  if (date && /^[\s(,]*(?:(?:de|het)\s+)?(?:aangenomen\s+)?$/.test(gap)) return date.iso;
  // `Wij hebben u op 10 september 2024 een raadsinformatiebrief gestuurd (RIB 2024-044)`: the date it was sent.
  if (
    date &&
    kind === 'council_letter' &&
    /^\s+(?:een|de|het)\s+\p{Ll}*brief\s+(?:gestuurd|verstuurd|toegestuurd|gezonden|toegezonden)\s*\($/u.test(gap)
  )
    return date.iso;
  // `Wij hebben de raad op 5 november 2024 met een raadsinformatiebrief over X geïnformeerd`: the day it informed.
  // (Also with the letter named by its number, no article: `… met raadsinformatiebrief 2024-31 over X geïnformeerd`.)
  if (
    date &&
    kind === 'council_letter' &&
    /\b(?:u|raad)\s+op\s+$/.test(window.slice(0, date.index)) &&
    /^\s+(?:met|via|in|bij)\s+(?:(?:een|de|het|onze)\s+)?$/.test(gap) &&
    /^[^.?!]{0,100}?\s(?:geïnformeerd|ingelicht)\b/.test(text.slice(end, end + 140))
  )
    return date.iso;
  // (… or with the participle before the letter: `Wij hebben uw raad daarover op 14 mei 2024 geïnformeerd met RIB
  // 2024-046`.)
  if (
    date &&
    kind === 'council_letter' &&
    /\b(?:u|raad)\s+(?:(?:daarover|hierover|erover)\s+)?op\s+$/.test(window.slice(0, date.index)) &&
    /^\s+(?:geïnformeerd|ingelicht)\s+(?:met|via|in|bij)\s+(?:(?:een|de|het|onze)\s+)?$/.test(gap)
  )
    return date.iso;
  // `In raadsinformatiebrief 2025-018 hebben wij u op 12 mei 2025 over X geïnformeerd`: the day the letter informed.
  if (kind === 'council_letter') {
    const informed =
      /^\s*\)?\s*(?:hebben|heeft)\s+(?:wij|het\s+college)\s+(?:u|uw\s+raad|de\s+raad)\s+op\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s+(?:[^.?!]{0,80}?\s)?(?:geïnformeerd|ingelicht)\b/u.exec(
        text.slice(end, end + 160),
      );
    const on = informed ? findAbsoluteDate(informed[1]) : null;
    if (on) return on.iso;
  }
  // (Also with the mention at the motion's number: `Op 4 juli 2023 nam de raad (de) motie M2023-14 'X' aan`.)
  if (
    date &&
    /^\s+(?:nam|heeft)\s+(?:de|uw)\s+(?:gemeente)?raad\s+(?:\p{Ll}+\s+)?(?:(?:de|het)\s+|(?:(?:de|het)\s+)?(?:motie|amendement)\s+(?:nr\.?\s*|nummer\s+)?)$/u.test(
      gap,
    ) &&
    /^[^.?!]{0,100}?\b(?:aan|aangenomen)\b/.test(text.slice(end, end + 120))
  )
    return date.iso;
  // `De raad heeft het college op 12 maart 2024 met motie M2024-09 'X' gevraagd …` (or `vroeg ons op … bij motie …`):
  // what the raad asked the college by a motion on a day, the motion adopted that day.
  if (kind === 'motion') {
    const longer = text.slice(Math.max(0, start - 160), start);
    const asked = MOTION_ASKED_ON.exec(
      longer.slice(Math.max(longer.lastIndexOf('. '), longer.lastIndexOf('\n\n')) + 1),
    );
    const on = asked ? findAbsoluteDate(asked[2]) : null;
    // (After `heeft`/`had` the participle that asks follows the motion: `… gevraagd`, `… verzocht`, `… opgedragen`.)
    const participle =
      asked && !/^(?:heeft|had)$/i.test(asked[1])
        ? true
        : /^[^.?!]{0,200}?\b(?:gevraagd|verzocht|opgedragen)\b/.test(text.slice(end, end + 240));
    if (on && participle) return on.iso;
  }
  // `De raad stelde het krediet op 4 juli 2023 beschikbaar bij het raadsvoorstel 'X'`: the raad's decision on a day,
  // taken by (`bij`, `met`, `via`) the proposal or motion named right after it, dates that proposal or motion.
  if (ADOPTED_KINDS.has(kind)) {
    const longer = text.slice(Math.max(0, start - 160), start);
    const sentence = longer.slice(Math.max(longer.lastIndexOf('. '), longer.lastIndexOf('\n\n')) + 1);
    const decided = RAAD_DECIDED_BY.exec(sentence);
    const on = decided ? findAbsoluteDate(decided[1]) : null;
    if (on) return on.iso;
  }
  // `sinds de raad op 7 maart 2024 de motie M2024-07 'X' aannam`: the date of a clause whose verb, at its end, adopts.
  if (
    date &&
    /^\s+(?:de|het)\s+(?:motie|amendement)\s+(?:nr\.?\s*|nummer\s+)?$/i.test(gap) &&
    /^[^.?!]{0,100}?\b(?:aannam|aannamen|aangenomen)\b/.test(text.slice(end, end + 120))
  )
    return date.iso;
  // `de motie 'X' (M2024-18), die de raad op 7 november 2024 heeft aangenomen` (or `… aannam`, or passive `… is op
  // 7 november 2024 door uw raad aangenomen`); not the next mention's own `… en de op 7 november 2024 aangenomen motie`,
  // nor the clause of a motion named in between (`het Plan X en de motie 'Y' (M-1), die de raad op … aannam`).
  // What the raad adopts by vote is also dated by a proposal's `vastgesteld` (`dat uw raad op 27 juni 2024 heeft
  // vastgesteld`), with a few words between the date and the verb (`op 6 juli 2023 unaniem aannam`, `op 8 juli 2024 bij
  // de Nota X aannam`), or the verb's particle closing the clause (`stelde het raadsvoorstel 'X' op 4 juli 2024 vast,`);
  // a policy note's `vastgesteld` is not its date.
  const adopted = (ADOPTED_KINDS.has(kind) ? ADOPTED_CLAUSE : ADOPTED_AT_DATE).exec(text.slice(end, end + 160));
  if (adopted) {
    const on = findAbsoluteDate(adopted[1]);
    if (on) return on.iso;
  }
  // `Uw raad nam de motie 'X' (M2023-14) aan op 11 juli 2023`: the particle of the sentence's `nam`/`stelde` before
  // the date.
  const particle = /^[^.?!]{0,80}?\b(?:aan|vast)\s+op\s+(\d{1,2}\s+\p{L}+\s+\d{4})/u.exec(text.slice(end, end + 140));
  if (particle && ADOPTED_KINDS.has(kind) && /\b(?:nam|namen|stelde|stelden)\s/.test(window)) {
    const on = findAbsoluteDate(particle[1]);
    if (on) return on.iso;
  }
  // `Motie 'X' (M2023-41), aangenomen op 9 november 2023` (a footnote's or a list's way of dating it); so is a note's
  // `Laadvisie X 2021-2030, vastgesteld door het Algemeen Bestuur op 7 juli 2021` right after the name, for any kind.
  const after =
    /^\s*\)?\s*(?:van|d\.d\.|dd|gedateerd|,\s*aangenomen(?:\s+op)?|,\s*vastgesteld\s+(?:door\s+(?:de|het)\s+(?:\p{L}+\s+){1,3})?op)\s+/u.exec(
      text.slice(end, end + 80),
    );
  if (after) {
    const next = findAbsoluteDate(text.slice(end + after[0].length, end + after[0].length + 30));
    if (next && next.index === 0) return next.iso;
  }
  // … or, for what the raad adopts (a verordening too, not a policy note), the name as the subject of a passive clause
  // that adopts it (`De Verordening X 2024 is op 3 oktober 2024 vastgesteld`, `… werd op … door de raad aangenomen`).
  const passive =
    (ADOPTED_KINDS.has(kind) || kind === 'regulation') &&
    /^\s*(?:is|werd)\s+op\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s+(?:door\s+(?:de|uw)\s+(?:gemeente)?raad\s+)?(?:vastgesteld|aangenomen)\b/u.exec(
      text.slice(end, end + 100),
    );
  const passiveOn = passive ? findAbsoluteDate(passive[1]) : null;
  if (passiveOn) return passiveOn.iso;
  // … or a clause right after the name that tells when the raad adopted it (`Visie X, die de raad op 9 juli 2024 heeft
  // vastgesteld`, `…, dat uw raad op … vaststelde`).
  const clause =
    /^\s*,\s*(?:die|dat)\s+(?:de|uw)\s+(?:gemeente)?raad\s+op\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s+(?:heeft\s+vastgesteld|vaststelde|heeft\s+aangenomen|aannam)\b/u.exec(
      text.slice(end, end + 120),
    );
  const adoptedOn = clause ? findAbsoluteDate(clause[1]) : null;
  if (adoptedOn) return adoptedOn.iso;
  return null;
}

function decodeUrl(url: string): string {
  let decoded = url.replace(/\+/g, ' ');
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // a malformed escape keeps the URL as printed
  }
  return decoded.replace(/[_]+/g, ' ').toLowerCase();
}

function referenceInUrl(decoded: string): string | null {
  const cvdr = /cvdr\d+/.exec(decoded);
  if (cvdr) return cvdr[0].toUpperCase();
  const ref = /(?:raadsinformatiebrief|rib|motie|amendement|raadsvoorstel)[\s/-]*(\d{4}-\d{1,4}[a-z]?)\b/.exec(decoded);
  return ref ? ref[1].toUpperCase() : null;
}

function classifyUrl(url: string, decoded: string): ParsedDocument {
  const reference = referenceInUrl(decoded);
  const kind: DocumentKind = /cvdr\d+/.test(decoded)
    ? 'regulation'
    : /motie/.test(decoded)
      ? 'motion'
      : /amendement/.test(decoded)
        ? 'amendment'
        : /raadsinformatiebrie|collegebrie/.test(decoded)
          ? 'council_letter'
          : /raadsvoorstel/.test(decoded)
            ? 'council_proposal'
            : 'web';
  return { kind, reference, title: null, date: null, url };
}

/**
 * A motion number whose year is one digit off its printed date (`2918-115M`, 6 November 2018), or whose year has
 * its digits in another order and so lies after the date it was adopted on (`M2042-18`, `M2402-18`, 7 November 2024):
 * a number cannot be from a later year than its motion.
 */
function referenceWarnings(documents: ParsedDocument[], text: string): string[] {
  const warnings: string[] = [];
  for (const doc of documents) {
    if ((doc.kind !== 'motion' && doc.kind !== 'amendment') || !doc.reference) continue;
    const year = /^([A-Z]{0,3}-?)(\d{4})([-/].*)$/.exec(doc.reference);
    if (!year || !doc.date) continue;
    const dateYear = doc.date.slice(0, 4);
    const differing = [...year[2]].filter((c, i) => c !== dateYear[i]).length;
    if (differing !== 1 && !(differing >= 2 && reordered(year[2], dateYear) && year[2] > dateYear)) continue;
    const noun = doc.kind === 'motion' ? 'motie' : 'amendement';
    // The verb stands near the number or near the date, which another mention may print (`die de raad op 23 mei 2024
    // aannam` in the question, the number in the answer).
    const near = (at: number): string => (at < 0 ? '' : text.slice(Math.max(0, at - 200), at + 200));
    const around = `${near(text.indexOf(doc.reference))} ${near(text.indexOf(formatDutchDate(doc.date)))}`;
    const verb = /aangenomen|\baannam(?:en)?\b|\bnam\b[^.]*\baan\b/.test(around) ? 'aangenomen op' : 'gedateerd';
    warnings.push(
      `${noun} ${doc.reference}: ${verb} ${formatDutchDate(doc.date)}, bedoeld is waarschijnlijk ${year[1]}${dateYear}${year[3]}`,
    );
  }
  return warnings;
}

/**
 * `2042` and `2024` (two digits exchanged), `2402` and `2024` (the year's two halves typed in another order): the same
 * digits in another order.
 */
function reordered(a: string, b: string): boolean {
  return [...a].sort().join('') === [...b].sort().join('');
}

/**
 * The value of a `Bijlage: …` line after the questions: an attachment no keyword names (`Brief X aan de gemeenten,
 * 30 augustus 2024`, `Overzicht projecten 2024-2028`) is `other` with its printed name as title and the date printed
 * after it. Null for `geen`, a file name, a lower-case reference (`uw brief van …`) or a value the patterns read.
 */
export function attachedDocument(value: string): ParsedDocument | null {
  const text = value.trim();
  if (!/^\p{Lu}/u.test(text) || /^geen\b/i.test(text) || /\.(?:pdf|docx?|xlsx?|odt|txt)\b/i.test(text)) return null;
  if (scanDocuments(text).documents.length > 0) return null;
  const dated = /,?\s+(\d{1,2}\s+\p{L}+\s+\d{4})$/u.exec(text);
  const date = dated ? (findAbsoluteDate(dated[1])?.iso ?? null) : null;
  const title = attachedTitle(date && dated ? text.slice(0, dated.index) : text);
  if (title.length < 6 || title.length > 120 || !/\s/.test(title) || /[?!]/.test(title)) return null;
  return { kind: 'other', reference: null, title, date, url: null };
}

/**
 * The document's name in an attachment line: a month and year after a comma (`Telling Dorpsstraat, maart 2025`) is the
 * period it covers, not its date, and a part after a comma or in brackets (`…, hoofdstuk 2 Parkeren`, `(uittreksel
 * Westdorp)`) is a part of that document: neither belongs to the name.
 */
function attachedTitle(value: string): string {
  return value
    .replace(/\s*\((?:uittreksel|samenvatting|deel|hoofdstuk|paragraaf|par\.|blz\.|pagina|p\.)[^()]*\)\s*$/iu, '')
    .replace(
      /,\s+(?:(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}|(?:uittreksel|samenvatting|deel|hoofdstuk|paragraaf|par\.|blz\.|pagina|p\.)\s[^,]*)$/iu,
      '',
    )
    .replace(/[\s,;:.]+$/, '');
}
