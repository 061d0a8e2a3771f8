/**
 * The Dutch words the phrase engine knows. Everything here is lower case; the tokenizer
 * lower-cases words before looking them up. Only words that name a period or relate a
 * commitment to one are listed: a word not here can never start or shape a phrase.
 */
import type { Relation } from './types';

export const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ['januari', 1],
  ['februari', 2],
  ['maart', 3],
  ['april', 4],
  ['mei', 5],
  ['juni', 6],
  ['juli', 7],
  ['augustus', 8],
  ['september', 9],
  ['oktober', 10],
  ['november', 11],
  ['december', 12],
]);

/** Abbreviations count only after a day number or before a year (`1 apr. 2025`, `apr 2025`): `jan` is also a name. */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['febr', 2],
  ['mrt', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['okt', 10],
  ['nov', 11],
  ['dec', 12],
]);

/** Dutch month names for rendering, index 1–12. */
export const MONTH_NAMES_BY_NUMBER: readonly string[] = [
  '',
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

export const WEEKDAYS: ReadonlySet<string> = new Set([
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
]);

/** `binnen twee weken`, `de komende drie maanden`: dates.md allows number words up to twaalf. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['een', 1],
  ['één', 1],
  ['eén', 1],
  ['twee', 2],
  ['drie', 3],
  ['vier', 4],
  ['vijf', 5],
  ['zes', 6],
  ['zeven', 7],
  ['acht', 8],
  ['negen', 9],
  ['tien', 10],
  ['elf', 11],
  ['twaalf', 12],
]);

export type CountUnit = 'day' | 'week' | 'month' | 'year';
/** `binnen 3 weken`, `over twee maanden`, `5 dagen geleden`, `de komende 2 jaar`. */
export const COUNT_UNITS: ReadonlyMap<string, CountUnit> = new Map([
  ['dag', 'day'],
  ['dagen', 'day'],
  ['week', 'week'],
  ['weken', 'week'],
  ['maand', 'month'],
  ['maanden', 'month'],
  ['jaar', 'year'],
  ['jaren', 'year'],
]);

/** `vierentwintigste mei`: ordinal words count as a day only directly before a month name. */
export const ORDINAL_DAY_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'eerste',
    'tweede',
    'derde',
    'vierde',
    'vijfde',
    'zesde',
    'zevende',
    'achtste',
    'negende',
    'tiende',
    'elfde',
    'twaalfde',
    'dertiende',
    'veertiende',
    'vijftiende',
    'zestiende',
    'zeventiende',
    'achttiende',
    'negentiende',
    'twintigste',
    'eenentwintigste',
    'tweeëntwintigste',
    'drieëntwintigste',
    'vierentwintigste',
    'vijfentwintigste',
    'zesentwintigste',
    'zevenentwintigste',
    'achtentwintigste',
    'negenentwintigste',
    'dertigste',
    'eenendertigste',
  ].flatMap((word, k): Array<[string, number]> => {
    // Typed without the diaeresis (`tweeentwintigste`) it is the same word.
    const plain = word.replace('ë', 'e');
    return plain === word
      ? [[word, k + 1]]
      : [
          [word, k + 1],
          [plain, k + 1],
        ];
  }),
);

/** A month abbreviation without a day number or year counts after these words only: `in jan`, `eind sept`. */
export const ABBREVIATED_MONTH_LICENSES: ReadonlySet<string> = new Set(['in', 'eind', 'einde', 'begin', 'medio']);

/**
 * Words after which `4-2025` or `04/2025` is a reference number, not a month: `motie 4-2025`,
 * `RIB 04-2025`, `kenmerk 3/2025`.
 */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set([
  'motie',
  'moties',
  'amendement',
  'amendementen',
  'rib',
  'ris',
  'rv',
  'raadsvoorstel',
  'raadsbesluit',
  'raadsinformatiebrief',
  'raadsbrief',
  'raadsvraag',
  'raadsvragen',
  'collegebesluit',
  'collegebrief',
  'initiatiefvoorstel',
  'besluit',
  'besluitnummer',
  'kenmerk',
  'zaak',
  'zaaknummer',
  'dossier',
  'dossiernummer',
  'registratienummer',
  'documentnummer',
  'nummer',
  'nr',
  'no',
  'vraag',
  'vragen',
  'brief',
  'nota',
  'notitie',
  'rapport',
  'memo',
  'bijlage',
  'artikel',
  'art',
  'agendapunt',
  'hoofdstuk',
  'paragraaf',
  'pagina',
  'blz',
  'versie',
  'woo',
  'wob',
]);

/** `eerste kwartaal`, `1e kwartaal`, `tweede helft`; `laatste` is resolved per unit (Q4, H2). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['eerste', 1],
  ['tweede', 2],
  ['derde', 3],
  ['vierde', 4],
  ['laatste', -1],
  ['1e', 1],
  ['2e', 2],
  ['3e', 3],
  ['4e', 4],
  ['1ste', 1],
  ['2de', 2],
  ['3de', 3],
  ['4de', 4],
]);

export type SeasonName = 'spring' | 'summer' | 'autumn' | 'winter';
/** Meteorological seasons: first month and its length in months. */
export const SEASONS: ReadonlyMap<string, SeasonName> = new Map([
  ['voorjaar', 'spring'],
  ['lente', 'spring'],
  ['zomer', 'summer'],
  ['najaar', 'autumn'],
  ['herfst', 'autumn'],
  ['winter', 'winter'],
]);
export const SEASON_FIRST_MONTH: Readonly<Record<SeasonName, number>> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/** The summer recess of councils, 1 July – 31 August. */
export const RECESS_WORDS: ReadonlySet<string> = new Set(['zomerreces', 'zomervakantie']);

export type Part = 'begin' | 'mid' | 'end';
/** `begin april` (1–10), `medio april` (11–20), `eind april` (21–last); for years Jan–Mar, May–Aug, Oct–Dec. */
export const PART_WORDS: ReadonlyMap<string, Part> = new Map([
  ['begin', 'begin'],
  ['medio', 'mid'],
  ['half', 'mid'],
  ['midden', 'mid'],
  ['halverwege', 'mid'],
  ['eind', 'end'],
  ['einde', 'end'],
]);

/** Determiners of relative periods: `dit jaar` 0, `volgend jaar` +1, `vorig jaar` −1. */
export const RELATIVE_WORDS: ReadonlyMap<string, number> = new Map([
  ['dit', 0],
  ['deze', 0],
  ['volgend', 1],
  ['volgende', 1],
  ['komend', 1],
  ['komende', 1],
  ['vorig', -1],
  ['vorige', -1],
  ['afgelopen', -1],
  // dates.md: `aankomende maand|week`, `het aankomende jaar` as `komende`.
  ['aankomend', 1],
  ['aankomende', 1],
]);

/** Words after a year-less day or month that point back (`1 oktober jl.`) or ahead (`a.s.`). */
export const PAST_MARKERS: ReadonlyArray<readonly string[]> = [
  ['jl', '.'],
  ['jl'],
  ['j', '.', 'l', '.'],
  ['jongstleden'],
];
export const FUTURE_MARKERS: ReadonlyArray<readonly string[]> = [['a', '.', 's', '.'], ['aanstaande']];

/**
 * A word or fixed word group that may stand directly before a period. `relation` null means
 * the item only marks approximation. `licensesYear`: a bare year after it is a time phrase
 * (dates.md: "a bare year counts only after a time word"); plain `voor` + year means "for".
 */
export interface PrefixItem {
  words: readonly string[];
  relation: Relation | null;
  approximate: boolean;
  licensesYear: boolean;
  /** A year-less slash date (`1/10`) after it is a date; other words leave it a fraction (`in 1/3`, `voor 1/2`). */
  licensesSlashDay: boolean;
}

/**
 * The words that make a year-less `d/m` a date: `op 1/10`, `per 1/1`, `uiterlijk 15/3`. Not `in`,
 * `voor`, `van`, `circa`, `ongeveer`: `in 1/3 van de gevallen`, `voor 1/2 jaar`, `circa 2/3`.
 */
const SLASH_DAY_LICENSES: ReadonlySet<string> = new Set([
  'op',
  'per',
  'vanaf',
  'sinds',
  'uiterlijk',
  'tot en met',
  't / m',
  'tot',
  'niet later dan',
  'ten laatste',
  'vóór',
  'vòòr',
  'voorafgaand aan',
  'na',
  'met ingang van',
  'm . i . v .',
  'rond',
  'omstreeks',
]);

function item(words: string, relation: Relation | null, licensesYear: boolean, approximate = false): PrefixItem {
  return {
    words: words.split(' '),
    relation,
    approximate,
    licensesYear,
    licensesSlashDay: SLASH_DAY_LICENSES.has(words),
  };
}

export const PREFIX_ITEMS: readonly PrefixItem[] = [
  item('in', 'in', true),
  item('op', 'in', false),
  item('van', 'in', false),
  item('rond', 'in', true, true),
  item('omstreeks', 'in', true, true),
  item('tijdens', 'in', true),
  item('gedurende', 'in', true),
  item('in de loop van', 'in', true),
  item('voor', 'before', false),
  item('vóór', 'before', true),
  item('vòòr', 'before', true),
  item('voorafgaand aan', 'before', true),
  item('tot', 'before', true),
  item('uiterlijk', 'by', true),
  item('niet later dan', 'by', true),
  item('tot en met', 'by', true),
  item('t / m', 'by', true),
  item('ten laatste', 'by', true),
  item('vanaf', 'from', true),
  item('per', 'from', true),
  item('met ingang van', 'from', true),
  item('m . i . v .', 'from', true),
  item('sinds', 'from', true),
  item('na', 'after', true),
  item('na afloop van', 'after', true),
  item('circa', null, false, true),
  item('ca .', null, false, true),
  item('ca', null, false, true),
  item('ongeveer', null, false, true),
  item('naar verwachting', null, false, true),
];

/** Longest prefix item, in tokens; bounds the backward look from a period. */
export const MAX_PREFIX_TOKENS = 10;

/** A form of `verwachten` as the sentence's verb makes its phrases approximate (dates.md). */
export const EXPECT_VERBS: ReadonlySet<string> = new Set(['verwacht', 'verwachten']);

/** Words after which a `.` does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ca',
  'bijv',
  'bv',
  'nr',
  'dhr',
  'mevr',
  'mr',
  'dr',
  'drs',
  'ir',
  'ing',
  'prof',
  'vs',
  'zgn',
  'resp',
  'incl',
  'excl',
  'art',
]);

/**
 * Words directly after a `d/m` that make it a fraction or a rate, never a date:
 * `op 1/3 van de locaties`, `per 1/2 uur`, `voor 2/3 deel`.
 */
export const FRACTION_FOLLOWERS: ReadonlySet<string> = new Set([
  'van',
  'deel',
  'gedeelte',
  'procent',
  'uur',
  'dag',
  'dagen',
  'week',
  'weken',
  'maand',
  'maanden',
  'jaar',
  'jaren',
  'fte',
  'liter',
  'meter',
  'kilometer',
  'km',
  'euro',
  'x',
  'keer',
]);

/**
 * Plural nouns and units after which a four-digit number is a count, not a year:
 * `in 2000 gevallen`, `rond 2025 woningen`, `tot 2000 euro`. Only nouns that are never a verb
 * form (`vragen`, `plannen` are left out: `in 2025 vragen wij`, `in 2025 plannen we`).
 */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'gevallen',
  'woningen',
  'huizen',
  'meldingen',
  'klachten',
  'euro',
  'eur',
  'mensen',
  'personen',
  'inwoners',
  'bewoners',
  'huishoudens',
  'deelnemers',
  'bezoekers',
  'kinderen',
  'jongeren',
  'leerlingen',
  'studenten',
  'ouderen',
  'medewerkers',
  'werknemers',
  'banen',
  'bedrijven',
  'ondernemers',
  'organisaties',
  'aanvragen',
  'adressen',
  'exemplaren',
  'stuks',
  'keer',
  'maal',
  'procent',
  'uur',
  'dagen',
  'weken',
  'maanden',
  'jaar',
  'jaren',
  'km',
  'kilometer',
  'meter',
  'vierkante',
  'm2',
  'hectare',
  'ha',
  'fte',
  'handtekeningen',
  'reacties',
  'respondenten',
  'signalen',
  'incidenten',
  'dossiers',
  'boetes',
  'bomen',
  'parkeerplaatsen',
  'laadpalen',
  'vergunningen',
  'meldpunten',
]);

/**
 * Openers of clauses whose perfect is a future one (`zodra het plan in december is vastgesteld`,
 * `als het onderzoek in maart is afgerond`): clauses.ts does not count their perfect as past.
 * `dat` counts only in a sentence whose verb is a form of `verwachten` (clauses.ts).
 */
export const NON_PAST_OPENERS: ReadonlySet<string> = new Set([
  'of',
  'zodat',
  'als',
  'indien',
  'wanneer',
  'zodra',
  'nadat',
  'voordat',
  'totdat',
  'om',
  'tenzij',
  'mits',
]);
