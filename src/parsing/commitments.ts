/**
 * Proposed commitments (docs/parse-output.md, "Commitments"): sentences in which the
 * college promises an act of its own with a time phrase whose deadline is not before the
 * reference date. Not: the past, acts of others, conditions, expected outcomes, vague terms.
 */
import { findTimePhrases, TimePhrase } from '../deadlines';
import { splitSentences } from './sentences';
import { ProposedCommitment } from './types';

const OWN_SUBJECT = /\b(?:we|wij|ik|het college|college van b&w|college van burgemeester en wethouders|de gemeente)\b/i;
/**
 * `De burgemeester neemt vóór 15 december een besluit`, `De wethouder stuurt … in september een brief`: the
 * burgemeester or a wethouder, one of the college's own, acting himself.
 */
const MAYOR_SUBJECT = /^de\s+(?:burgemeester|wethouder)\s+\p{Ll}+t\b/iu;
/** `Onze wijkteams bezoeken binnen twee weken …`: the college's own staff (`onze`/`ons` and a noun) opening as subject. */
const OWN_STAFF_SUBJECT = /^(?:[Oo]nze|[Oo]ns)\s+\p{Ll}[\p{L}'-]*\s+\p{Ll}+(?:t|en)\b/u;
/**
 * `De boa's zetten vanaf mei …`, `Wel controleren de handhavers in juni …`: the municipality's own enforcement officers
 * as the subject, opening the sentence or right after its verb (one or two words before it), act for the college.
 */
const MUNICIPAL_STAFF_SUBJECT =
  /^(?:(?:\p{L}+\s+){0,2}(\p{Ll}+(?:t|en))\s+)?(?:de|onze)\s+(?:gemeentelijke\s+)?(?:boa['’]?s|handhavers)(?:\s+(\p{Ll}+))?/iu;
// (So does a body by its compound name, `de ondernemersvereniging`, `de woonstichting`: an association or foundation
// acts for itself; as a company does, `de rederij`, `het busbedrijf`, `de vervoermaatschappij`, not the municipality's
// own `gemeentebedrijf`.) (Pointed back to as well: `Die vereniging start in mei …`.)
// (A board by its compound name, `het stichtingsbestuur`, `het schoolbestuur`, acts for itself; the municipality's own
// `gemeentebestuur` does not.)
// (A region's body by its compound name, `de vervoerregio`, `de veiligheidsregio`, `de zorgregio X`, acts for itself.)
const OTHER_AGENT =
  /^(?:(?:de|het|die|deze|dat|dit)\s+)?(?:provincies?|prorail|rijk|rijkswaterstaat|kabinet|minister|staatssecretaris|vng|(?:woning(?:bouw)?)?corporaties?|politie|ggd|waterschap(?:pen)?|hoogheemraadschap|[a-zà-ÿ]*regio(?:'s)?|omgevingsdienst|partners?|ondernemers|[a-zà-ÿ]*(?:vereniging|stichting|organisatie|coöperatie|federatie)(?:en|s)?|(?!gemeente)[a-zà-ÿ]*(?:bedrijf|bedrijven|rederij(?:en)?|maatschappij(?:en)?|onderneming(?:en)?)|aannemer|netbeheerder|(?:dagelijks\s+|algemeen\s+)?(?!gemeente)[a-zà-ÿ]*bestuur|directie|rechter|zij|hij|deze tafel)\b/i;
// A condition opens the sentence or a clause after a semicolon (`…; als de proef mislukt, kijken wij in 2026 …`),
// or is a clause with its verb first before `, dan`.
// (`als vervolg op`, `als onderdeel van` after a comma too: a role, no condition.)
const NOT_CONDITION = String.raw`(?!\s+(?:vervolg|gevolg|eerste|onderdeel|gemeente|college|stad|werkgever)\b)`;
const CONDITION = new RegExp(
  String.raw`(?:^|[;:]\s*)(?:als|indien|wanneer|zodra|mits)\b${NOT_CONDITION}|\b(?:indien|mits|op voorwaarde dat|afhankelijk van|tenzij)\b|,\s*(?:als\b${NOT_CONDITION}|indien\b|wanneer\b)|` +
    String.raw`\bpas\s+(?:\S+\s+){0,2}(?:als|indien|wanneer|zodra)\b|` +
    // An inverted condition: the verb first, the main clause after `, dan` (`Blijkt uit de schouw dat …, dan …`).
    String.raw`^(?:blijkt|blijken|mocht|mochten|komt|komen|gaat|gaan|wordt|worden|lukt|valt|vallen|krijgt|krijgen|geeft|geven)\b[^.?!]*,\s*dan\b`,
  'i',
);
// (`Het rapport verwachten wij in maart`, `Wij verwachten het rapport in maart`: what the college expects to receive
// from others is no act of its own; `… verwachten wij in maart aan u te sturen` is.)
const EXPECTED_OUTCOME =
  /\bverwacht(?:en|t)?\s+(?:(?:wij|we|het college|ik)\s+)?(?:dat|een)\b|(?:\bverwacht(?:en|t)?\s+(?:wij|we|het college|ik)|\b(?:wij|we|het college|ik)\s+verwacht(?:en|t)?)\b(?![^.;]*\bte\s+\p{L}+en\b)/iu;
// (`Het advies ontvangen wij in juni van de adviescommissie`, `Wij krijgen in mei van de provincie de beschikking`:
// what the college receives from another party is that party's act, not its own.)
// (`Wij schatten het aantal bezoekers in juli en augustus op ongeveer 4.000`: an estimate put at an amount tells how
// many or how much, its time phrase when that holds; no act of the college's.)
const ESTIMATE =
  /\b(?:schat|schatten|geschat|raamt|ramen|geraamd)\b[^.;?!]*\bop\s+(?:(?:ongeveer|circa|ca\.|zo'n|ruim|bijna|rond|(?:meer|minder)\s+dan|maximaal|minimaal|hooguit|tenminste|ten minste)\s+)?(?:€\s?)?\d/iu;
// (`Het advies ontvangen wij naar verwachting eind januari`: what the college expects to receive, its sender unnamed,
// is the sender's act too; `Wij ontvangen de leerlingen in maart op het raadhuis` is hosting, the college's own.)
const RECEIVED_BY_US =
  /(?:\b(?:ontvangen|krijgen)\s+(?:wij|we|ik)|\b(?:wij|we|ik)\s+(?:ontvangen|krijgen))\b[^.;?!]*\b(?:van\s+(?:de|het|een|\p{Lu})|naar\s+verwachting\b)/u;
const ACT =
  /\b(?:del(?:en|t)|deelt|informe\p{L}*|geïnformeerd|evalu\p{L}*|rapport\p{L}*|stur\p{L}*|verstu\p{L}*|toe te sturen|zend\p{L}*|agend\p{L}*|op de agenda|start\p{L}*|organise\p{L}*|beslu\p{L}*|lever\p{L}*|opleve\p{L}*|aanbied\p{L}*|bieden|voorleg\p{L}*|leggen|terugkoppel\p{L}*|koppelen|komen met|komt met|publice\p{L}*|presente\p{L}*|gesprek(?:ken)?|bijeenkomst\p{L}*|onderzo\p{L}*|uitwerk\p{L}*|vaststel\p{L}*|stellen|ontwikkel\p{L}*|invoer\p{L}*|afronden|ronden|opstel\p{L}*|verken\p{L}*|doen|meten|monitor\p{L}*|uitvoer\p{L}*|plaatsen|aanpassen|passen|voeren|openen|houden|sturen|beginnen|begint)\b/iu;
const PAST_AUXILIARY = /\b(?:heeft|hebben|had|hadden|is|was|waren|werd|werden)\b/i;
// (Not a word right after an article or a possessive, which is a noun there: `de gezinnen die daar recht op hebben`,
// `een gebied`, `onze gesprekken`; a participle stands after no article.)
// (A strong verb's participle with an unstressed prefix has no `ge-` and ends in `-en` as an infinitive does: only
// the forms no infinitive shares, `besproken`, `bekeken`, `verkregen`, `verzonden`, `ondernomen`.)
// (So with a separable particle before that prefix, which takes no `ge-` either: `uitbetaald`, `aanbesteed`,
// `doorberekend`, `voorbereid`; not the nouns and adjectives `voorbehoud`, `bijbehorend`, `aanverwant`.)
const PARTICIPLE =
  /(?<!\b(?:de|een|deze|onze|uw)\s)\b(?:ge\p{L}{2,}(?:d|t|en)|\p{L}+ge\p{L}{2,}(?:d|t|en)|geïnformeerd|(?:be|ver|ont|her)\p{L}{3,}(?:d|t)|(?!voorbehoud|bijbehorend|aanverwant)(?:uit|af|aan|op|in|door|over|terug|toe|mee|na|om|bij|weg|vast|samen|voor)(?:be|ver|ont|her)\p{L}{3,}(?:d|t)|besproken|bekeken|beschreven|bevonden|verkregen|verzonden|verschenen|vergeleken|vertrokken|ondernomen|onderbroken|overwogen)\b/iu;
/**
 * `In 2024 plantten wij …`, `Wij ontvingen in 2024 …`: a simple past next to the college's `wij`. Read by shape (a
 * stem's `t`/`d` doubled after a consonant before `-en`, `k`/`p`/`f` before `-ten`) and a few common strong verbs
 * and `-den` pasts (`troffen wij`, `stelden wij`: next to `wij`, never the present `treffen`, `stellen`);
 * present forms such as `zetten`, `melden`, `bieden`, `beantwoorden` have none of these shapes.
 */
const SIMPLE_PAST = String.raw`\p{L}*[^aeiouy\s](?:tt|dd)en|\p{L}*[kpf]ten|ontvingen|kregen|spraken|bespraken|zagen|gingen|begonnen|hielden|vonden|namen|gaven|kwamen|deden|brachten|zochten|kochten|besloten|schreven|lieten|troffen|aantroffen|boden|lazen|liepen|riepen|stonden|zaten|bleven|vroegen|stelden|voerden|legden|telden|hoorden`;
// (So next to the college's own staff opening the sentence: `Onze handhavers stelden dit jaar … vast`.)
const OWN_SIMPLE_PAST = new RegExp(
  String.raw`\b(?:wij|we)\s+(?:PAST)\b|\b(?:PAST)\s+(?:wij|we)\b|^(?:onze|ons)\s+\p{Ll}[\p{L}'-]*\s+(?:PAST)\b`.replace(
    /PAST/g,
    SIMPLE_PAST,
  ),
  'iu',
);
/**
 * `…, omdat de cijfers pas op 24 oktober binnenkwamen`: a reason or time clause whose verb, closing it, is a simple past
 * (a separable verb's prefix joined on: `binnenkwamen`, `aankwam`) tells what happened, whoever its subject.
 * (A weak verb's singular past too, `-de`/`-te` after a consonant: `vaststelde`, `startte`; no present form ends so.)
 */
const PAST_CLAUSE_VERB = new RegExp(
  String.raw`\s\p{L}*(?:${SIMPLE_PAST}|\p{L}*[^aeiouy\s](?:de|te)|kwam|ging|werd|was|waren|bleek|bleken)\s*$`,
  'iu',
);
/**
 * `Bij de gemeente kwamen dit jaar 23 meldingen binnen`: a strong verb's simple past (a form no present, noun or
 * adjective shares: not `namen`, `gaven`, `besloten`) as the clause's verb before its time phrase tells what happened,
 * whoever its subject; not inside a relative or subordinate clause (`het rapport dat in oktober kwam`).
 */
const STRONG_PAST_BEFORE =
  /^(?:(?!\b(?:dat|die|wat|welke|waar\p{L}*|omdat|toen|als|nadat|zodat|sinds)\b)[^])*?\b(?:ontving|ontvingen|kreeg|kregen|sprak|spraken|zag|zagen|ging|gingen|begon|begonnen|hield|hielden|vond|vonden|kwam|kwamen|deed|deden|bracht|brachten|zocht|zochten|liep|liepen|stond|stonden|bleef|bleven|bleek|bleken)\b/iu;
/**
 * `Dat doen wij in de eerste helft van 2025.`: `doen` after `dit`/`dat` stands for the act of the sentence before
 * (a pro-verb), so the short sentence points back even with the college as its subject.
 */
const PRO_VERB =
  /^(?:dit|dat)\s+(?:(?:doe|doen|doet)\s+(?:wij|we|ik|het college)\b|(?:gaan|gaat|zullen|zal)\s+(?:wij|we|ik|het college)\b.*\bdoen\b)/i;
/**
 * `Deze sturen wij u na de zomer van 2025.`: a demonstrative standing alone as the object before the verb and the
 * college (no noun after it) stands for what the sentence before named, so the short sentence points back too.
 */
const PRONOUN_OBJECT = /^(?:dit|dat|deze|die)\s+\p{Ll}+\s+(?:wij|we|ik|het college)\b/iu;
/** `Dat gebeurt in mei.`, `Dit volgt na de zomer.`: a bare `dit`/`dat` as the subject, its verb right after it. */
const PRONOUN_SUBJECT = /^(?:dit|dat)\s+\p{Ll}+t\b/iu;
const SO_FAR = /\btot\s+(?:(?:nu|nog|dusver)\s+toe|dusver|(?:op\s+)?heden)\b/i;
const FUTURE = /\b(?:zal|zullen|gaan|gaat|komend\p{L}*|volgend\p{L}*)\b/iu;
const PASSIVE = /\b(?:wordt|worden)\b/i;
const LIST_MARKER = /^\s*[•▪◦●■□➢►✓–-]\s+/;

/**
 * A future word in a clause; in a list's lead-in (`Wij hebben de volgende paden hersteld:`) `de volgende`
 * is "the following", not "next".
 */
function future(clause: string, sentence: string): boolean {
  const text = /:$/.test(sentence) ? clause.replace(/\b(?:de|het)\s+volgende?\b/gi, '') : clause;
  return FUTURE.test(text);
}
const RELATION_BEFORE =
  /\b(?:in|op|rond|omstreeks|circa|ca\.|ongeveer|uiterlijk|vóór|voor|tot|vanaf|per|na|tijdens|gedurende|naar verwachting)\s+(?:(?:het|de)\s+)?$/i;

/**
 * A commitment as found, with the deadline engine's whole reading of its time phrase (period,
 * precision, relation, approximation, deadline, as resolved in its sentence): what the
 * commitments module stores, without resolving the phrase again.
 */
export interface FoundCommitment {
  questions: string[];
  sentence: string;
  /** The time phrase with the relation words directly before it (`rond april 2025`): `phrase` of the parse output. */
  phrase: string;
  time: TimePhrase;
}

/** Commitments in one text: `detectCommitments('In 2025 starten we met X.', '2024-11-05', ['1'])`. */
export function detectCommitments(
  text: string,
  reference: string,
  questions: string[],
  municipality: string | null = null,
  names: ReadonlySet<string> = new Set(),
): ProposedCommitment[] {
  return findCommitments(text, reference, questions, municipality, names).map((found) => ({
    questions: found.questions,
    sentence: found.sentence,
    phrase: found.phrase,
    deadline: found.time.deadline,
  }));
}

/**
 * Commitments in one text with their resolved time phrases: `findCommitments('In 2025 starten we met X.', '2024-11-05', ['1'])`.
 * `municipality` is the set's own: another municipality named as actor (`De gemeente Zelzate past in 2025 …`) is a third party.
 * `names` are the ones the rest of the document prints inside a sentence (`namesInLetter` of its questions and answers):
 * a body named so in a question (`… doorgestuurd naar Staatsbosbeheer?`) is the same name when it opens a sentence here.
 */
export function findCommitments(
  text: string,
  reference: string,
  questions: string[],
  municipality: string | null = null,
  names: ReadonlySet<string> = new Set(),
): FoundCommitment[] {
  const commitments: FoundCommitment[] = [];
  const local = namesInside(text);
  // (Looked up in both, not copied into one: a long letter has many answers and many names.)
  const inside = { has: (name: string): boolean => local.has(name) || names.has(name) };
  for (const paragraph of text.split(/\n\s*\n/)) {
    // A list item's marker (`– Wij plaatsen …`, `• …`) is no part of its sentence.
    const sentences = splitSentences(paragraph.replace(/\s+/g, ' ').replace(LIST_MARKER, '')).map((s) => s.text);
    let committed = -1;
    sentences.forEach((sentence, i) => {
      const quoted = quotedSpans(sentence);
      // (A time word inside a quoted title, `het rapport 'Warm de winter door'`, names the title, no time.)
      const found = findTimePhrases(sentence, reference).filter(
        (p) => p.deadline >= reference && !quoted.some(([from, to]) => p.index >= from && p.index < to),
      );
      // `Vanaf 1 januari 2026 geldt de regeling; wij informeren u in december 2025`: with several
      // phrases, the one in the part (between semicolons) where the college acts comes first.
      const own = (p: TimePhrase): boolean => {
        const start = Math.max(sentence.lastIndexOf(';', p.index), sentence.lastIndexOf(':', p.index)) + 1;
        const end = sentence.slice(p.index).search(/[;:]/);
        return OWN_SUBJECT.test(sentence.slice(start, end < 0 ? undefined : p.index + end));
      };
      const phrases = found.length > 1 ? [...found.filter(own), ...found.filter((p) => !own(p))] : found;
      for (const phrase of phrases) {
        // (`Het waterschap maait in mei.`: an article before a third party names the sentence's own subject, which
        // points nowhere.)
        // (`Dat gebeurt in de week van 26 mei 2025.`: with a bare `dit`/`dat` as its subject, the sentence is short in
        // its own words; a long time phrase does not count.)
        const words =
          sentence.split(/\s+/).length - (PRONOUN_SUBJECT.test(sentence) ? phrase.phrase.split(/\s+/).length : 0);
        const pointsBack =
          i > 0 &&
          words <= (PRO_VERB.test(sentence) || PRONOUN_OBJECT.test(sentence) ? 12 : 8) &&
          /^(?:dit|dat|het|deze|die|de volgende|het volgende)\b/i.test(sentence) &&
          !OTHER_AGENT.test(sentence) &&
          (!ACT.test(sentence) ||
            !OWN_SUBJECT.test(sentence) ||
            PRO_VERB.test(sentence) ||
            PRONOUN_OBJECT.test(sentence));
        // (`Wij stellen in 2025 een plan op. Het concept ligt in mei ter inzage.`: the sentence before is a promise
        // with its own date already; the short sentence after it tells a step of it, no second promise.)
        // (A pronoun object with the college's own act after a promise is a promise of its own: `Wij stellen in maart
        // een plan op. Dit sturen wij u in juni.`)
        const ownAct = PRONOUN_OBJECT.test(sentence) && ACT.test(sentence);
        if (pointsBack && committed === i - 1 && !ownAct) continue;
        const back = pointsBack && !(ownAct && committed === i - 1);
        const full = back ? `${sentences[i - 1]} ${sentence}` : sentence;
        const context = sentences.slice(Math.max(0, i - (back ? 3 : 2)), back ? i - 1 : i);
        if (!isOwnPromise(full, sentence, phrase, context)) continue;
        if (namedOpener(sentence, inside, municipality) && !TO_THE_COUNCIL.test(full)) continue;
        if (innerCapitalOpener(sentence, phrase, municipality) && !TO_THE_COUNCIL.test(full)) continue;
        if (otherMunicipality(full, municipality)) continue;
        commitments.push({
          questions: [...questions],
          sentence: full,
          phrase: phraseWithRelation(sentence, phrase),
          time: phrase,
        });
        committed = i;
        break;
      }
    });
  }
  return commitments;
}

/**
 * Where quoted words stand in a sentence (`'Warm de winter door'`, `„Zomer in de wijk”`), as [start, end) offsets: a
 * quote opens after no letter or digit and closes before none; an apostrophe inside a word (`zo'n`) is no quote.
 */
function quotedSpans(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of sentence.matchAll(
    /(?<![\p{L}\d])[„"“‘'](?=[\p{L}\d])(?:[^"”’'„“‘]|(?<=\p{L})['’](?=\p{L})){1,150}?["”’'](?![\p{L}\d])/gu,
  ))
    spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * Promises without `wij`: `U ontvangt …`, `De raad wordt … geïnformeerd`, `Het plan komt … naar de raad`,
 * `De rapportage wordt … aan uw raad toegezonden`.
 */
// (Also in a relative clause whose verb closes it: `… de voortgangsrapportage, die u uiterlijk medio 2025 ontvangt`.)
const TO_THE_COUNCIL =
  /^(?:u|uw raad|de raad|de gemeenteraad)\s+(?:ontvangt|wordt|krijgt)\b|\b(?:die|dat|welke)\s+(?:u|uw raad|de raad|de gemeenteraad)\s+(?:[^,.;?!]{0,60}?\s)?(?:ontvangt|krijgt)(?=\s*(?:[.,;]|$))|\bontvangt\s+(?:u|uw raad|de raad)\b|\bkom(?:t|en)\b.*\bnaar\s+(?:de|uw)\s+(?:gemeente)?raad\b|\bwordt\s+(?:u|uw raad|de raad)\b.*\b(?:geïnformeerd|toegestuurd|aangeboden|voorgelegd)\b|\b(?:wordt|worden)\b.*\b(?:aan|naar)\s+(?:u|uw raad|de raad|de gemeenteraad)\s+(?:\p{L}+\s+){0,3}(?:toegestuurd|toegezonden|aangeboden|voorgelegd|gestuurd|verzonden)\b/iu;
/**
 * `Het bestuur ontvangt uiterlijk 15 januari bericht van ons`: what another party receives from the college is the
 * college's own sending, phrased from the receiver's side.
 */
const FROM_US = /\b(?:ontvang(?:t|en)|krijg(?:t|en))\b[^.;?!]*\bvan\s+(?:ons|mij|het college|de gemeente)\b/i;
/** `U ontvangt van de provincie …`, `… door ProRail geïnformeerd`: the council hears it from someone else. */
const FROM_OTHERS =
  /\b(?:van|door)\s+(?:de\s+|het\s+)?(?:provincies?|prorail|rijk|rijkswaterstaat|kabinet|minister|staatssecretaris|vng|(?:woning(?:bouw)?)?corporaties?|politie|ggd|waterschap|hoogheemraadschap|veiligheidsregio|omgevingsdienst|netbeheerder|aannemer)\b/i;

/**
 * `binnen zes weken na de start van die fase`: a span counted from another event, whose date is unknown, not from
 * the answer date.
 */
const SPAN_UNIT = /\b(?:dagen|weken|maanden|jaar|jaren|werkdagen)$/i;
const AFTER_EVENT = /^\s+na\s+(?!(?:vandaag|heden|nu|dato|dagtekening)\b)\p{L}/iu;

/** A letter, message or meeting a date right after it names (`uw vragen van 14 oktober`, `onze brief van 8 mei`). */
const DATED_THING =
  /\b(?:vragen|vraag|brief|e-?mail|mail|bericht|schrijven|motie|besluit|verzoek|memo|notitie|(?:raads|college)?vergadering|overleg|gesprek)\s+$/i;

function isOwnPromise(full: string, sentence: string, phrase: TimePhrase, context: string[]): boolean {
  if (CONDITION.test(full) || EXPECTED_OUTCOME.test(full) || RECEIVED_BY_US.test(full)) return false;
  if (ESTIMATE.test(sentence)) return false;
  // `Namens de wethouder stuur ik u de antwoorden op uw vragen van 14 oktober`: the date names the questions, no deadline.
  if (/^van\s/i.test(phrase.phrase) && DATED_THING.test(sentence.slice(0, phrase.index))) return false;
  // `De wachtlijst bestaat sinds 3 maart`: `sinds` tells since when something holds, a start already past (a date
  // without its year is then last year's, not the next one), never a term the college sets itself.
  if (/^sinds\b/i.test(phrase.phrase)) return false;
  // `De kap begint niet vóór 1 december 2024`: a restraint, no deadline the college sets itself.
  if (/\bniet\s+(?:(?:eerder\s+dan|vóór|voor)\s+)?$/i.test(sentence.slice(0, phrase.index))) return false;
  // `Die vergunning hebben wij verleend; de bezwaartermijn loopt tot 12 november 2024`: the part after a semicolon
  // that holds the date, without the college and without an act, states a fact when the part naming the college
  // tells what was done; its `wij` does not make the fact a promise.
  if (sentence.includes(';')) {
    const start = sentence.lastIndexOf(';', phrase.index) + 1;
    const end = sentence.indexOf(';', phrase.index);
    const part = sentence.slice(start, end < 0 ? undefined : end);
    // (`Wij werken samen met de provincie; het waterschap verhoogt in 2026 de dijk`: the dated part opens with
    // another party, whose act it is.)
    // (So does one opening with a name and its verb, a capital there marking a name: `…; Enexis legt in april de kabel`.)
    if (start > 0 && (OTHER_AGENT.test(part.trim()) || NAMED_CLAUSE_SUBJECT.test(part.trim()))) return false;
    // (Or, in any part, people named by what they do, with or without an article, and their plural verb: `Bewoners
    // kunnen tot 1 mei reageren; wij leggen daarvoor een lijst neer`. The college's act is the other part's.)
    if (!OWN_SUBJECT.test(part) && AGENT_CLAUSE_SUBJECT.test(part.trim())) return false;
    const ownParts = sentence.split(';').filter((p) => p !== part && OWN_SUBJECT.test(p));
    const past = (p: string): boolean =>
      ((PAST_AUXILIARY.test(p) && PARTICIPLE.test(p)) || OWN_SIMPLE_PAST.test(p)) && !FUTURE.test(p);
    if (
      !OWN_SUBJECT.test(part) &&
      !ACT.test(part) &&
      !TO_THE_COUNCIL.test(part.trim()) &&
      ownParts.length > 0 &&
      ownParts.every(past)
    )
      return false;
  }
  if (SPAN_UNIT.test(phrase.phrase) && AFTER_EVENT.test(sentence.slice(phrase.index + phrase.phrase.length))) {
    return false;
  }
  const fromUs = FROM_US.test(full);
  if (OTHER_AGENT.test(full) && !fromUs) return false;
  // `Het college … heeft op 4 februari 2025 de vragen … als volgt beantwoord`: the answer letter's own date.
  if (/\b(?:heeft|hebben)\b.*\b(?:beantwoord|als volgt)\b/i.test(sentence) && !FUTURE.test(sentence)) return false;
  // `… hebben de corporatie en de gemeente afgesproken dat alle woningen uiterlijk in 2028 zijn geïsoleerd`:
  // an agreement reported, its content no act announced.
  // (`Wij hebben toegezegd dat wij vóór 1 mei 2025 …`: a promise made before whose act is the college's own
  // is still open; then only the clause after `dat` tells whether the act is done.)
  const that = /\bdat\b/i.exec(sentence);
  let from = 0;
  if (that && that.index < phrase.index) {
    const main = sentence.slice(0, that.index);
    const rest = sentence.slice(that.index + 3);
    // `In het Afvalplan Regio Noord 2022-2026 staat dat de regio in 2026 …`: what a document says, reported; its
    // content is a promise of the college only where the college is the clause's subject.
    if (DOCUMENT_SAYS.test(main) && !OWN_CLAUSE.test(rest)) return false;
    if (
      ((PAST_AUXILIARY.test(main) && PARTICIPLE.test(main)) || PERFECT_WITH_INFINITIVE.test(main)) &&
      !FUTURE.test(main)
    ) {
      if (!OWN_CLAUSE.test(rest) || PERFECT.test(rest)) return false;
      from = that.index + 3;
    }
  }
  if (pastReason(sentence, phrase)) return false;
  if (frontedRelative(sentence, phrase)) return false;
  if (othersRelative(sentence, phrase)) return false;
  const clause = clauseAround(sentence.slice(from), phrase.index - from);
  if (PAST_AUXILIARY.test(clause) && PARTICIPLE.test(clause) && !future(clause, sentence)) return false;
  // `…, in 2025 tot nu toe 9`: a count so far within the period, what has happened, no act to come.
  if (SO_FAR.test(clause) && !future(clause, sentence)) return false;
  if (OWN_SIMPLE_PAST.test(clause) && !future(clause, sentence)) return false;
  // (Read from the clause's start up to the phrase: `tot en met oktober` is one phrase, its `en` no clause bound.)
  const before = sentence.slice(
    Math.max(sentence.lastIndexOf(',', phrase.index), sentence.lastIndexOf(';', phrase.index)) + 1,
    phrase.index,
  );
  if (STRONG_PAST_BEFORE.test(before) && !future(clause, sentence)) return false;
  if (perfectTense(sentence.slice(from), phrase.index - from)) return false;
  // `tellingen die wij in september hebben laten uitvoeren`: a perfect with a double infinitive, no participle.
  // (Also with the subject or object between: `Op 16 oktober hebben wij u laten weten dat …`.)
  if (
    /\b(?:heeft|hebben|had|hadden)\s+(?:[\p{L}'-]+\s+){0,3}?(?<!\bte\s)(?:laten|doen)\s+\p{L}+en\b/iu.test(clause) &&
    !future(clause, sentence)
  ) {
    return false;
  }
  // `De Kinderraad presenteert in januari 2025 een advies aan het college`: a named subject of its own acts.
  // (So does a company or organisation named without an article: `Transportbedrijf Van Dijk onderzoekt in mei …`.)
  if ((NAMED_SUBJECT.test(sentence) || NAMED_ORGANISATION.test(sentence)) && !TO_THE_COUNCIL.test(full) && !fromUs)
    return false;
  // `De vervoerders passen hun dienstregeling in maart aan`: people named by what they do open the sentence as its
  // subject, a plural verb after them; a college's `wij` in the sentence before does not make it the actor.
  if (
    (AGENT_SUBJECT.test(sentence) || ONE_AGENT_SUBJECT.test(sentence)) &&
    !OWN_SUBJECT.test(full) &&
    !TO_THE_COUNCIL.test(full) &&
    !fromUs
  )
    return false;
  // The college names itself (`wij`, `het college`, `van ons`): any act it announces with a date is a promise.
  if (
    OWN_SUBJECT.test(full) ||
    fromUs ||
    MAYOR_SUBJECT.test(sentence) ||
    OWN_STAFF_SUBJECT.test(sentence) ||
    municipalStaffActs(sentence)
  )
    return true;
  // `Daardoor kan de uitvoering naar verwachting pas in juli 2025 starten`: without the college as its subject, what
  // is expected to happen is an expectation, not an act the college announces.
  // (So is what another expects to do: `Netbeheerder Y verwacht de kasten in mei te plaatsen`, `Enexis verwacht …`.)
  if (/\bnaar\s+verwachting\b|\bverwacht(?:en|t)?\b/i.test(full)) return false;
  if (TO_THE_COUNCIL.test(full)) return !FROM_OTHERS.test(full);
  if (!ACT.test(full)) return false;
  // `De vaststelling door de raad staat gepland voor december 2025`: the act of whoever `door` names.
  if (FROM_OTHERS.test(full) || /\bdoor\s+(?:de|uw)\s+(?:gemeente)?raad\b/i.test(full)) return false;
  // `Het voorstel bespreekt de commissie op 21 november`: a council body right after the verb is the subject of an
  // inverted sentence, acting itself (a guess: without `wij` it is no object of the college's act).
  if (COUNCIL_SUBJECT.test(full)) return false;
  // `De aanslagen verstuurt het Belastingkantoor Noord in maart`: so is a name (an article and two capitalised words or
  // more) right after the verb, the object put first.
  if (NAMED_AFTER_VERB.test(sentence)) return false;
  // No subject of its own: the college's act continues from the sentences before (`In 2025 volgen daar
  // meerdere gesprekken over`), unless the sentence is passive and names no actor.
  return !PASSIVE.test(full) && context.some((s) => OWN_SUBJECT.test(s));
}

/**
 * The municipality's own officers acting (MUNICIPAL_STAFF_SUBJECT), their verb not in the simple past: `De boa's
 * registreerden dit jaar 318 …` tells what was done. (A weak past after a consonant other than the stem's own `t` or
 * `d`: `zetten` is present.)
 */
function municipalStaffActs(sentence: string): boolean {
  const m = MUNICIPAL_STAFF_SUBJECT.exec(sentence);
  const verb = m ? (m[1] ?? m[2]) : undefined;
  return verb !== undefined && !STAFF_PAST.test(verb);
}

const STAFF_PAST = new RegExp(String.raw`^(?:${SIMPLE_PAST}|\p{L}*[^aeiouytd\s](?:de|te)n?)$`, 'iu');

/**
 * A sentence opening with a plural agent noun (`-ers`, `-aars`, `-eurs`, `-isten`, `-anten`: `aanbieders`,
 * `eigenaars`, `exploitanten`) and a plural verb right after it, perhaps one adjective before the noun.
 */
const AGENT_SUBJECT =
  /^(?:de|deze|die|alle)\s+(?:\p{Ll}+e\s+)?\p{Ll}+(?:ers|aars|eurs|isten|anten)\s+\p{Ll}+en\b(?!\s+(?:wij|we|ik|het college)\b)/iu;

/** {@link AGENT_SUBJECT} opening a clause, also without an article: `Bewoners kunnen …`, `de huurders melden …`. */
const AGENT_CLAUSE_SUBJECT =
  /^(?:(?:de|deze|die|alle)\s+)?(?:\p{Ll}+e\s+)?\p{Ll}+(?:ers|aars|eurs|isten|anten)\s+\p{Ll}+en\b(?!\s+(?:wij|we|ik|het college)\b)/iu;

// (One agent too, its verb singular: `De leverancier verwacht …`, `De aannemer start …`; not the college's own
// offices, nor a season or month: `Deze zomer start …`.)
const ONE_AGENT_SUBJECT =
  /^(?:de|deze|die)\s+(?:\p{Ll}+e\s+)?(?!(?:wethouder|burgemeester|griffier|secretaris|zomer|winter|september|oktober|november|december)\s)\p{Ll}+(?:er|aar|eur|ist|ant)\s+\p{Ll}+t\b(?!\s+(?:wij|we|ik|het college)\b)/iu;

const NAMED_AFTER_VERB =
  /^(?:[Dd]e|[Hh]et|[Dd]eze|[Dd]ie)\s+\p{Ll}[\p{L}'’-]*\s+\p{Ll}+t\s+(?:de|het)\s+\p{Lu}[\p{L}'’-]*\s+\p{Lu}/u;

const COUNCIL_SUBJECT = /\b\p{Ll}+t\s+(?:de|uw)\s+(?:gemeenteraad|raad|raadscommissie|commissie)\b/u;

// (A plural verb too: `De Waterbedrijven Twente plannen …`, `De Huisartsen Noord verwachten …`.)
// (Not with the college right after the verb: `De Centrumvisie actualiseren wij in 2026` puts its object first.)
// (A modal verb too, its own act behind it: `De Stichting Dorpshuis wil in mei een pilot starten`.)
const NAMED_SUBJECT =
  /^(?:[Dd]e|[Hh]et)\s+(?!(?:College|Gemeente|Raad)\b)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:\p{Ll}+(?:t|en)|wil|kan|mag|moet)\b(?!\s+(?:wij|we|ik|het college)\b)/u;

/**
 * A name of two capitalised words or more opening the sentence before its verb (`Rederij Zeewind onderzoekt …`,
 * `Stichting Groen Dorp plant …`, also before `zal`: `Woonstichting Noord zal …`, a plural verb: `Klaarovers van De
 * Linde houden …`, or a modal verb: `Koninklijke Vervoerders Noord wil …`): an organisation acting, not the college. Its own offices (`Wethouder X`,
 * `Burgemeester Y`, `College`, `Gemeente`) are not. A guess: such names are read by their capitals alone.
 * (Not with the college right after the verb: `Over de Lindelaan informeren wij u in mei` puts its topic first.)
 */
const NAMED_ORGANISATION =
  /^(?!(?:[Ww]ethouder|[Bb]urgemeester|[Gg]emeente|[Cc]ollege|[Rr]aad|[Hh]et|[Dd]e|[Ee]en|[Ii]n|[Oo]p|[Vv]anaf|[Pp]er|[Vv]óór|[Vv]oor|[Uu]iterlijk|[Nn]a)\s)\p{Lu}[\p{L}'’-]*(?:\s+(?:van\s+|de\s+|der\s+|den\s+)?\p{Lu}[\p{L}'’-]*){1,3}\s+(?:\p{Ll}+t|zal|\p{Ll}+en|zullen|wil|kan|mag|moet)\b(?!\s+(?:wij|we|ik|het college)\b)/u;

/**
 * A clause after a semicolon opening with a name (one capitalised word or more, not the college's own offices, no
 * preposition) and its verb, the college not right after it: an organisation acting (`Enexis legt …`, `Van Gansewinkel
 * haalt …`).
 */
const NAMED_CLAUSE_SUBJECT =
  /^(?!(?:[Ww]ethouder|[Bb]urgemeester|[Gg]emeente|[Cc]ollege|[Rr]aad|[Hh]et|[Dd]e|[Ee]en|[Ii]n|[Oo]p|[Vv]anaf|[Pp]er|[Vv]óór|[Vv]oor|[Uu]iterlijk|[Nn]a|[Ww]ij|[Ww]e|[Ii]k|[Uu]|[Dd]it|[Dd]at|[Dd]eze|[Dd]ie|[Zz]ij|[Hh]ij)\s)\p{Lu}[\p{L}'’-]*(?:\s+(?:van\s+)?\p{Lu}[\p{L}'’-]*){0,3}\s+(?:\p{Ll}+t|zal|zullen)\b(?!\s+(?:wij|we|ik|het college)\b)/u;

/** Capitalised words printed inside a sentence (`… met Bouwgroep vast`): names, not sentence openers. */
function namesInside(text: string): Set<string> {
  return new Set([...text.matchAll(/[\p{Ll},;]\s+(\p{Lu}[\p{L}'’-]+)/gu)].map((m) => m[1]));
}

/**
 * The names printed inside a sentence anywhere in a letter (its explanation, introduction, questions and answers),
 * for findCommitments: the import preview and the proposals after import read the same letter alike.
 */
export function namesInLetter(texts: (string | null | undefined)[]): Set<string> {
  return namesInside(texts.filter((t): t is string => !!t).join('\n\n'));
}

/**
 * `Bouwgroep start in mei met …`: one capitalised word opening the sentence before its verb is a name (an
 * organisation acting, not the college) when the text prints it capitalised inside a sentence too; an adverb
 * opening an inverted sentence (`Daarnaast start …`) never stands so.
 */
function namedOpener(sentence: string, names: { has(name: string): boolean }, municipality: string | null): boolean {
  const opener = /^(\p{Lu}[\p{L}'’-]+)\s+\p{Ll}+t\b/u.exec(sentence)?.[1];
  if (!opener || !names.has(opener) || opener === municipality) return false;
  return !/^(?:Wethouder|Burgemeester|Gemeente|College|Raad|Het|De|Een|Dit|Deze|Die|Dat|Er|Wij|We|Ik|U|Uw)$/.test(
    opener,
  );
}

/**
 * `Zeebrugge-Dorp voert per 1 maart eigen regels in; wij passen onze folders daarop aan`: a word with a capital inside
 * it (two capitalised parts joined by a hyphen, `Ter-Aar`, or a capital after the first, `TenneT`, `IJmuiden`) opening the
 * sentence before its verb is a name, never the adverb of an inverted sentence (`Daarnaast plaatst …`): another
 * municipality or organisation acting, when the time phrase stands in its own part (before a semicolon or colon) and
 * that part does not name the college. The college's act in the part after it has no date of its own.
 */
const INNER_CAPITAL_OPENER =
  /^(\p{Lu}\p{Ll}*(?:-\p{Lu}|\p{Lu})[\p{L}'’-]*)\s+\p{Ll}+t\b(?!\s+(?:wij|we|ik|het college)\b)/u;

function innerCapitalOpener(sentence: string, phrase: TimePhrase, municipality: string | null): boolean {
  const opener = INNER_CAPITAL_OPENER.exec(sentence)?.[1];
  if (!opener || opener.toLowerCase() === municipality?.toLowerCase()) return false;
  const end = sentence.search(/[;:]/);
  if (end >= 0 && phrase.index > end) return false;
  return !OWN_SUBJECT.test(end < 0 ? sentence : sentence.slice(0, end));
}

const NAMED_MUNICIPALITY =
  /\b[Gg]emeente\s+((?:'s-)?\p{Lu}[\p{L}'’-]*(?:\s+(?:aan|op|in|en|de|den|van)?\s*\p{Lu}[\p{L}'’-]*)*)/gu;

/** A municipality other than the set's own, named in a sentence where the college does not name itself otherwise. */
function otherMunicipality(sentence: string, own: string | null): boolean {
  const names = [...sentence.matchAll(NAMED_MUNICIPALITY)].map((m) => m[1].toLowerCase());
  const others = names.filter((name) => !own || name !== own.toLowerCase());
  if (others.length === 0) return false;
  const rest = sentence.replace(NAMED_MUNICIPALITY, (m, name: string) =>
    others.includes(name.toLowerCase()) ? '' : m,
  );
  return !/\b(?:we|wij|ik|het college)\b/i.test(rest) && !/\b[Dd]e\s+gemeente\b(?!\s+(?:'s-)?\p{Lu})/u.test(rest);
}

/**
 * The time phrase stands in a clause after `omdat`, `doordat`, `nadat` or `toen`, or in a relative clause after a
 * comma (`de nota X, die uw raad in juni vaststelde`), that closes on a simple past.
 */
function pastReason(sentence: string, phrase: TimePhrase): boolean {
  const before = sentence.slice(0, phrase.index);
  const opened = [...before.matchAll(/\b(?:omdat|doordat|nadat|toen)\s|,\s*(?:die|dat|welke|waar\p{Ll}*)\s/giu)].pop();
  if (!opened || /[,;:]/.test(before.slice(opened.index + 1))) return false;
  const rest = sentence.slice(phrase.index);
  const end = rest.search(/[,;:.!?]/);
  return PAST_CLAUSE_VERB.test(rest.slice(0, end < 0 ? undefined : end));
}

/**
 * `Aanvragen die vóór 1 januari 2025 binnenkomen, nemen wij mee …`: the time phrase stands in a relative clause on the
 * noun that opens the sentence, and that clause names neither the college nor the council (`die wij in december
 * vaststellen`, `die u voor de zomer ontvangt` do): the date is when others act, a term set for them; the college's
 * own act after the comma has no date.
 */
function frontedRelative(sentence: string, phrase: TimePhrase): boolean {
  const m = /^(?:(?:de|het|alle|deze)\s+)?(?:\p{L}+\s+)?\p{L}+\s+die\s+([^,;:]+),/iu.exec(sentence);
  if (!m || phrase.index < m[0].length - m[1].length - 1 || phrase.index >= m[0].length) return false;
  return !OWN_SUBJECT.test(m[1]) && !/\b(?:u|uw raad|de raad|de gemeenteraad)\b/i.test(m[1]);
}

/** A third party by its kind, perhaps with its name after it (`de provincie Gelderland`, `de netbeheerder Enexis`). */
const THIRD_PARTY_BEFORE_COMMA =
  /\b(?:de|het)\s+(?:provincie|prorail|rijkswaterstaat|minister|staatssecretaris|vng|(?:woning(?:bouw)?)?corporatie|politie|ggd|waterschap|hoogheemraadschap|veiligheidsregio|omgevingsdienst|netbeheerder|aannemer|[a-zà-ÿ]*(?:vereniging|stichting|organisatie))(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s*$/iu;

/**
 * `Wij hebben gegevens nodig van de provincie Gelderland, die in maart nieuwe cijfers publiceert`: the time phrase
 * stands in a relative clause on a third party right before the comma, and that clause names neither the college nor
 * the council: the date is that party's act; the college's `wij` before the comma does not make it a promise.
 */
function othersRelative(sentence: string, phrase: TimePhrase): boolean {
  const before = sentence.slice(0, phrase.index);
  const opened = [...before.matchAll(/,\s*(?:die|dat|welke)\s/giu)].pop();
  if (!opened || /[,;:]/.test(before.slice(opened.index + 1))) return false;
  if (!THIRD_PARTY_BEFORE_COMMA.test(before.slice(0, opened.index))) return false;
  const rest = sentence.slice(opened.index + opened[0].length);
  const end = rest.search(/[,;:.!?]/);
  const clause = rest.slice(0, end < 0 ? undefined : end);
  return !OWN_SUBJECT.test(clause) && !/\b(?:u|uw raad|de raad|de gemeenteraad)\b/i.test(clause);
}

/** A clause of the college's own after `dat`: `dat wij …`, `dat het college …`. */
const OWN_CLAUSE = /^\s*(?:we|wij|ik|het college)\b/i;
/** `In het Afvalplan … staat (beschreven) dat`, `In de nota staan`: a document's words opening the sentence, reported. */
const DOCUMENT_SAYS =
  /^\s*in\s+(?:het|de|een|ons|onze)\s+[^,;]*?\b(?:staat|staan|stond|stonden)(?:\s+(?:beschreven|vermeld|opgenomen|afgesproken))?\s*$/iu;
/**
 * `… hebben wij u al laten weten dat …`, `Wij hebben de gemeente horen zeggen dat …`: the perfect of `laten`, `doen`,
 * `horen`, `zien` with an infinitive, whose participle Dutch writes as an infinitive too, closing the clause.
 */
const PERFECT_WITH_INFINITIVE = /\b(?:heeft|hebben|had|hadden)\b.*\s(?:laten|doen|horen|zien)\s+\p{Ll}+en\s*$/iu;
const PERFECT_AUXILIARY = String.raw`\b(?:heeft|hebben|had|hadden|is|zijn|was|waren)\b`;
/** The perfect tense: an auxiliary with a participle closing the clause, or right after `al`, `inmiddels`, `reeds`. */
const PERFECT = new RegExp(
  String.raw`${PERFECT_AUXILIARY}.*\s${PARTICIPLE.source}\s*[.!]?$|${PERFECT_AUXILIARY}(?:\s+\S+){0,4}?\s+(?:al|inmiddels|reeds)\b.*\s${PARTICIPLE.source}`,
  'iu',
);

/**
 * `Wij hebben in september een overleg met A en B gevoerd`, `Wij zijn inmiddels in oktober met de bouw
 * gestart`: what was done, told in the perfect tense. The clause runs from a comma, semicolon or colon to the
 * next, over an `en` between nouns; `en` before a verb or a subject (`… en starten in 2025 …`) starts another.
 */
function perfectTense(sentence: string, index: number): boolean {
  const bounds =
    /[,;:]|\s(?:en|maar|of)\s+(?=(?:we|wij|ik|zij|hij|het college|heeft|hebben|is|zijn|wordt|worden|zal|zullen|gaan|gaat)\b)|\s(?:terwijl|nadat|omdat|zodat|dat)\s/gi;
  const clause = between(sentence, index, bounds).trim();
  // (`Wij hebben in oktober met A en B gesproken over …`: the college's auxiliary and a participle after the date,
  // words going on behind it; not `… afgesproken om … te starten`.)
  const ownPerfect =
    /^(?:(?:wij|we|het college)\s+(?:hebben|heeft)|(?:hebben|heeft)\s+(?:wij|we|het college))\b/i.test(clause) &&
    PARTICIPLE.test(sentence.slice(index)) &&
    !/\bom\b.*\bte\s+\p{L}+en\b/iu.test(clause);
  return (PERFECT.test(clause) || ownPerfect) && !FUTURE.test(clause);
}

/** The part of `sentence` around `index` between the nearest `bounds` matches before and after it. */
function between(sentence: string, index: number, bounds: RegExp): string {
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(bounds)) {
    if (m.index + m[0].length <= index) start = m.index + m[0].length;
    else if (m.index >= index) {
      end = m.index;
      break;
    }
  }
  return sentence.slice(start, end);
}

const MONTH_NAMES = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const COORDINATED_MONTHS = new RegExp(
  String.raw`\b(?:${MONTH_NAMES}|\d{1,2})(?:,\s*|\s+en\s+)(?=(?:\d{1,2}\s+)?(?:${MONTH_NAMES})\b)`,
  'gi',
);

function clauseAround(sentence: string, index: number): string {
  // `burgemeester en wethouders` is one name, not two clauses (same length, so `index` still fits).
  sentence = sentence.replace(/\bburgemeester en wethouders\b/gi, (m) => m.replace(/ /g, '_'));
  // Nor is `juli en augustus` (or `15 en 16 mei`): two months or days named together are one time, and the verb after
  // them (`In juli en augustus telden wij …`) is the clause's own; so are three in a list (`In juni, juli en augustus …`).
  sentence = sentence.replace(COORDINATED_MONTHS, (m) => m.replace(/[\s,]/g, '_'));
  return between(sentence, index, /,|;|\s(?:en|maar|terwijl|nadat|omdat)\s/g);
}

/** The phrase with the relation or approximation words directly before it (`in het voorjaar 2025`). */
function phraseWithRelation(sentence: string, phrase: TimePhrase): string {
  const before = sentence.slice(0, phrase.index);
  const m = RELATION_BEFORE.exec(before);
  if (!m || RELATION_BEFORE.test(`${phrase.phrase.split(/\s+/)[0]} `)) return phrase.phrase;
  return `${before.slice(m.index)}${phrase.phrase}`;
}
