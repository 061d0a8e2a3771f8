/**
 * What dates.md says about the clause a phrase stands in (conventions in docs/deadlines.md):
 * - a year-less phrase in a clause in the past tense looks back, like `jl.`: a perfect (a form
 *   of `hebben`/`zijn` with a past participle: `is … uitgevoerd`, `heeft … bijgepraat`) or a
 *   simple past (`was`, `werd`, `had`, `duurde`, `vond plaats`, …), unless a form of `zullen`
 *   makes it future;
 * - `naar verwachting` anywhere in the clause makes its phrases approximate.
 *
 * A clause here is a stretch of one sentence between `,` `;` `:` `(` `)`, a subordinating
 * conjunction (`zodra`, `nadat`, `omdat`, …), `maar`/`want`, `dat` right after a participle or
 * past form (`geconstateerd dat …`), and `en`/`of` after one, or after a clause that has its
 * finite verb already unless a period stands before it (`is vastgesteld en in januari volgt …`,
 * `vond plaats en op 3 februari volgt …`, but `zijn in april en mei uitgevoerd`). One pass over the tokens;
 * phrase-finder.ts runs it only for texts that have a phrase.
 *
 * Where dates.md is silent (each has a test in phrase-finder.spec.ts):
 * - a clause opened by `zodra`, `als`, `wanneer`, `indien`, `nadat`, `voordat`, `totdat`, …
 *   (lexicon.ts NON_PAST_OPENERS), or by `dat` in a sentence whose verb is a form of
 *   `verwachten`, uses the perfect for something still to come (`zodra het plan in december is
 *   vastgesteld`, `we verwachten dat het eind november is afgerond`): its perfect does not count;
 *   a simple past there still does;
 * - a present modal with the infinitive `zijn`/`hebben` (`moet in januari zijn afgerond`) is a
 *   perfect infinitive, not a past: it does not count.
 * The past participle is recognised by its shape (`ge…d/t/n`, `uitge…`, `be…d`, …) minus a list
 * of look-alikes (`gemeenten`, `beleid`, `gereed`); the simple past by a list of common forms.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, NON_PAST_OPENERS, SEASONS } from './lexicon';
import { Kind, Token } from './tokenizer';
import { findWord, groupsIn, wordGroup } from './vocabulary';

const FINITE_HAVE_BE: ReadonlySet<string> = new Set(['heb', 'hebt', 'heeft', 'ben', 'bent', 'is']);
/** Also the infinitive: `moet … zijn afgerond` is no perfect. */
const PLURAL_HAVE_BE: ReadonlySet<string> = new Set(['hebben', 'zijn']);
const ZULLEN: ReadonlySet<string> = new Set(['zal', 'zult', 'zullen', 'zou', 'zouden']);
const PRESENT_MODALS: ReadonlySet<string> = new Set([
  'moet',
  'moeten',
  'kan',
  'kunnen',
  'mag',
  'mogen',
  'wil',
  'wilt',
  'willen',
  'gaat',
  'gaan',
  'hoopt',
  'hopen',
]);

/** Common simple-past forms in answer letters; `vroeg` is left out (also "early"). */
const SIMPLE_PAST: ReadonlySet<string> = new Set(
  (
    'was waren werd werden had hadden vond vonden kwam kwamen nam namen gaf gaven stond stonden ging gingen ' +
    'besloot besloten hield hielden zag zagen liet lieten sprak spraken kreeg kregen deed deden bracht brachten ' +
    'zocht zochten verscheen verschenen begon ontving ontvingen vroegen schreef schreven bleek bleken bleef ' +
    'bleven trad traden sloot sloten koos kozen kon konden moest moesten wilde wilden mocht mochten wist wisten ' +
    'dacht dachten leek leken lag lagen zat zaten liep liepen duurde duurden stuurde stuurden informeerde ' +
    'informeerden organiseerde organiseerden startte startten stemde stemden besprak bespraken ontstond ' +
    'verliep verliepen heette meldde meldden deelde deelden stelde stelden legde legden zei zeiden vertelde ' +
    'vertelden toonde toonden leidde leidden maakte maakten nodigde nodigden presenteerde presenteerden ' +
    'publiceerde publiceerden voerde voerden hoorde hoorden gebeurde werkte werkten verzocht verzochten ' +
    'verstuurde verstuurden bezocht bezochten ondertekende ondertekenden vergaderde vergaderden keurde ' +
    'keurden opende openden sloot evalueerde evalueerden verzond verzonden'
  ).split(' '),
);

/** Words shaped like a participle that are not one in these letters. */
const PARTICIPLE_LOOKALIKES: ReadonlySet<string> = new Set(
  (
    'gemeenten gesprekken gebieden gebied gebouwen gezinnen gelden geven gebeuren gebruiken geleden gelegen ' +
    'gedachten getallen gewoon gemeen gevolgen gebreken gewesten gevangenen geluid gemiddeld gereed gezond ' +
    'geschikt gelet gehandicapten afgelopen ingewikkeld beleid besluit bericht verband bekend betreft bedraagt ' +
    'bestaat bevat betekent bent best herfst verschillend bestand bezit verkeerd bewust bereid bevoegd ' +
    'verplicht onderhoud onderstaand onderscheid overeenkomst overzicht ontwerp betrokken'
  ).split(' '),
);

/** Strong participles with an unstressed prefix: no `ge-`, ending in `-en`. */
const STRONG_PARTICIPLES: ReadonlySet<string> = new Set(
  (
    'besproken besloten begonnen beschreven bevonden verschenen verzonden verkregen vertrokken verlopen ' +
    'verdwenen vergeten ontvangen ontbroken ontstaan herzien verworven verboden bedreven ondernomen ' +
    'onderschreven overwogen overschreden vernomen verschoven bewogen'
  ).split(' '),
);

const SEPARABLE = [
  'aan',
  'af',
  'bij',
  'door',
  'in',
  'mee',
  'na',
  'om',
  'onder',
  'op',
  'over',
  'terug',
  'toe',
  'uit',
  'vast',
  'voor',
  'weg',
  'samen',
  'tegen',
  'achter',
  'neer',
  'rond',
  'teweeg',
  'vrij',
  'kennis',
];

// participleShape tests the last letter and the `ge` after a prefix before these lists.
if (![...STRONG_PARTICIPLES].every((w) => w.endsWith('n')) || SEPARABLE.some((p) => p.length < 2))
  throw new Error('clauses.ts: a strong participle must end in n and a separable prefix have two letters');
const INSEPARABLE = ['be', 'ver', 'ont', 'her', 'er', 'onder', 'over'];

const SUBORDINATORS: ReadonlySet<string> = new Set([
  'zodra',
  'nadat',
  'voordat',
  'totdat',
  'wanneer',
  'indien',
  'tenzij',
  'mits',
  'zodat',
  'omdat',
  'doordat',
  'hoewel',
  'waarna',
  'waarbij',
  'terwijl',
  'maar',
  'want',
]);
enum Role {
  None,
  Other,
  FiniteHaveBe,
  PluralHaveBe,
  Zullen,
  Modal,
  SimplePast,
}

// Word groups (vocabulary.ts): the tokenizer hands each known word its bits, so a word's role
// and kind are bit tests instead of a look-up per word and list.
const SIMPLE_PAST_GROUP = wordGroup(SIMPLE_PAST);
const MODAL_GROUP = wordGroup(PRESENT_MODALS);
const ZULLEN_GROUP = wordGroup(ZULLEN);
const PLURAL_HAVE_BE_GROUP = wordGroup(PLURAL_HAVE_BE);
const FINITE_HAVE_BE_GROUP = wordGroup(FINITE_HAVE_BE);
const SUBORDINATOR_GROUP = wordGroup(SUBORDINATORS);
const LOOKALIKE_GROUP = wordGroup(PARTICIPLE_LOOKALIKES);
const STRONG_PARTICIPLE_GROUP = wordGroup(STRONG_PARTICIPLES);

/** A word's role from its groups; a word in several lists takes the last of these. */
function roleOf(groups: number): Role {
  if ((groups & FINITE_HAVE_BE_GROUP) !== 0) return Role.FiniteHaveBe;
  if ((groups & PLURAL_HAVE_BE_GROUP) !== 0) return Role.PluralHaveBe;
  if ((groups & ZULLEN_GROUP) !== 0) return Role.Zullen;
  if ((groups & MODAL_GROUP) !== 0) return Role.Modal;
  if ((groups & SIMPLE_PAST_GROUP) !== 0) return Role.SimplePast;
  return Role.Other;
}

const BOUNDARY_PUNCT: ReadonlySet<string> = new Set([',', ';', ':', '(', ')']);

function endsLikeParticiple(w: string): boolean {
  const c = w.charCodeAt(w.length - 1);
  return c === 100 || c === 116 || c === 110; // d, t, n
}

/** `uitgevoerd`, `gestuurd`, `besproken`, `verstuurd` — by shape, minus look-alikes. */
export function isParticiple(w: string): boolean {
  const slot = findWord(w);
  return participleShape(w, slot >= 0 ? groupsIn(slot) : 0);
}

/** `groups`: the word's groups (vocabulary.ts), which say whether either list holds it. */
function participleShape(w: string, groups: number): boolean {
  // The cheap tests first: most words end in none of d, t, n (every strong participle ends in
  // n, checked below), and a separable prefix needs `ge` after it.
  if (w.length < 5 || !endsLikeParticiple(w)) return false;
  if ((groups & LOOKALIKE_GROUP) !== 0 || w.endsWith('ingen') || w.endsWith('heid')) return false;
  if ((groups & STRONG_PARTICIPLE_GROUP) !== 0) return true;
  if (w.startsWith('ge') && w.length >= 6) return true;
  if (w.indexOf('ge', 2) >= 0) {
    for (const p of SEPARABLE) {
      if (w.length >= p.length + 5 && w.startsWith(p) && w.startsWith('ge', p.length)) return true;
    }
  }
  const last = w[w.length - 1];
  if (last === 'n') return false;
  for (const p of INSEPARABLE) {
    if (w.length >= p.length + 3 && w.startsWith(p)) return true;
  }
  return false;
}

interface ClauseFacts {
  opener: string;
  finiteHaveBe: boolean;
  pluralHaveBe: boolean;
  participle: boolean;
  simplePast: boolean;
  zullen: boolean;
  modal: boolean;
  expectedWording: boolean;
  /** `dat` opening a clause of a sentence whose verb is a form of `verwachten`. */
  expectedThat: boolean;
}

export interface ClauseInfo {
  /** Clause index of every token. */
  clauseOf: Int32Array;
  past: boolean[];
  /** `naar verwachting` stands in the clause. */
  expected: boolean[];
}

function newFacts(opener: string, expectedThat: boolean): ClauseFacts {
  return {
    opener,
    finiteHaveBe: false,
    pluralHaveBe: false,
    participle: false,
    simplePast: false,
    zullen: false,
    modal: false,
    expectedWording: false,
    expectedThat,
  };
}

const PERIOD_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES.keys(),
  ...MONTH_ABBREVIATIONS.keys(),
  ...SEASONS.keys(),
  'jaar',
  'maand',
  'week',
  'kwartaal',
  'jl',
  'jongstleden',
]);

const PERIOD_WORD_GROUP = wordGroup(PERIOD_WORDS);

/** The token before is (part of) a period: `in april en mei` joins periods, not clauses. */
function periodBefore(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k - 1];
  return t !== undefined && (t.kind !== Kind.Word || (t.groups & PERIOD_WORD_GROUP) !== 0);
}

// The clause of every token, reused from call to call like the tokenizer's tokens (a typed
// array per text was a tenth of this function's time): valid until the next call.
let clauseBuffer = new Int32Array(256);

function hasFiniteVerb(f: ClauseFacts | null): boolean {
  return f !== null && (f.finiteHaveBe || f.pluralHaveBe || f.simplePast || f.zullen || f.modal);
}

function isPast(f: ClauseFacts): boolean {
  if (f.zullen) return false;
  if (f.simplePast) return true;
  if (!f.participle || NON_PAST_OPENERS.has(f.opener) || f.expectedThat) return false;
  return f.finiteHaveBe || (f.pluralHaveBe && !f.modal);
}

/**
 * Splits the text into clauses and tells per clause whether it is past and whether it says
 * `naar verwachting`. `clauseOf` is valid until the next call.
 */
export function analyseClauses(tokens: readonly Token[], expectSentences: readonly boolean[]): ClauseInfo {
  if (clauseBuffer.length < tokens.length)
    clauseBuffer = new Int32Array(Math.max(tokens.length, 2 * clauseBuffer.length));
  const clauseOf = clauseBuffer;
  const facts: ClauseFacts[] = [];
  let current: ClauseFacts | null = null;
  let sentence = -1;
  let boundary = true;
  let prevWord = '';
  let prevVerbal = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const word = t.kind === Kind.Word ? t.text : '';
    const expectSentence = expectSentences[t.sentence] === true;
    if (t.sentence !== sentence) {
      boundary = true;
      prevWord = '';
      prevVerbal = false;
      sentence = t.sentence;
    }
    if (
      (t.groups & SUBORDINATOR_GROUP) !== 0 ||
      (word === 'dat' && (expectSentence || prevVerbal)) ||
      ((word === 'en' || word === 'of') && (prevVerbal || (hasFiniteVerb(current) && !periodBefore(tokens, k))))
    )
      boundary = true;
    if (current === null || (boundary && t.kind !== Kind.Punct)) {
      current = newFacts(word, word === 'dat' && expectSentence);
      facts.push(current);
      boundary = false;
    }
    const f = current;
    clauseOf[k] = facts.length - 1;
    if (t.kind === Kind.Punct) {
      if (BOUNDARY_PUNCT.has(t.text)) boundary = true;
      continue;
    }
    let verbal = false;
    const role = word === '' ? Role.None : roleOf(t.groups);
    if (role === Role.FiniteHaveBe) f.finiteHaveBe = true;
    else if (role === Role.PluralHaveBe) f.pluralHaveBe = true;
    else if (role === Role.Zullen) f.zullen = true;
    else if (role === Role.Modal) f.modal = true;
    else if (role === Role.SimplePast) {
      f.simplePast = true;
      verbal = true;
    } else if (word === 'verwachting' && prevWord === 'naar') f.expectedWording = true;
    else if (role === Role.Other && prevWord !== 'te' && participleShape(word, t.groups)) {
      f.participle = true;
      verbal = true;
    }
    prevWord = word;
    prevVerbal = verbal;
  }
  return { clauseOf, past: facts.map(isPast), expected: facts.map((f) => f.expectedWording) };
}
