/**
 * Document text → parsed question set (docs/parse-output.md). Pure: no I/O, no framework.
 */
import { isValidIsoDate, todayInAmsterdam } from '../deadlines';
import { detectCommitments, namesInLetter } from './commitments';
import { DocumentError } from './document-error';
import { attachedDocument, PlacedNote, scanDocuments } from './documents';
import { mimeTextAsMail } from './extract/mail';
import {
  cleanMailSubject,
  cleanParty,
  cleanPersonName,
  findAbsoluteDate,
  findArticleQuestions,
  findMailDate,
  findLegalBasis,
  findMunicipality,
  findParty,
  HeaderField,
  labelField,
  municipalityFromOption,
  municipalityInTitles,
  NATIONAL_PARTY,
  parseRunTogetherFields,
  REFERENCE_FIELDS,
  splitNames,
  subjectFromTitle,
} from './header';
import { POINT_ORDINALS, POINT_REFERENCE, ROMAN, pointPositions, themeNumber } from './layout';
import { normaliseText } from './normalise';
import { dutchList, parseNumberList, unique } from './numbering';
import { buildParagraphs, isUnwrapped, joinLines } from './paragraphs';
import { splitSentences } from './sentences';
import { readStructure, RawItem, Structure, withoutSubHeadings } from './structure';

/** A reply letter's field naming the letter it answers: `Uw brief   14 oktober 2024`, `Uw kenmerk: VVD-12`. */
/**
 * The asking told in the third person and the past tense (`De fractie van X stelde op 10 oktober de volgende vragen.`):
 * the college telling it, in a sentence without the askers' own `wij`, `we`, `ik`, `onze`.
 */
function narratesAsking(text: string): boolean {
  // (… or in the perfect, in a clause after `vragen`: `de vragen die de heer X namens de fractie Y heeft gesteld`.)
  const m =
    /\bstelden?\b[^?!]{0,200}?\bvragen\b/i.exec(text) ??
    // (An initial's dot ends no sentence: `de heer M. Janssen`.)
    /\bvragen\s+die\s+(?:[^.?!]|(?<=\b\p{Lu})\.){0,200}?\b(?:heeft|hebben|had|hadden)\s+(?:gesteld|ingediend)\b/iu.exec(
      text,
    );
  // (Bounded: the words just before the verb and those up to `vragen`.)
  return (
    m !== null &&
    !/\b(?:wij|we|ik|ons|onze|mijn)\b/i.test(text.slice(Math.max(0, m.index - 120), m.index + m[0].length))
  );
}

const REPLY_FIELD = /^uw (?:brief|kenmerk|vragen|e-?mail|schrijven)(?: (?:van|d\.d\.))?\s*(?::|\t| {2,})/im;
import { ParsedAnswer, ParsedQuestion, ParsedQuestionSet, ParseOptions, ProposedCommitment } from './types';

const MAX_TEXT_LENGTH = 20_000_000;

/** Parses a question set's text: `parseQuestionSetText('Vraag 1: …?\nAntwoord 1: …')`. */
/**
 * The paragraphs of a text above the questions that are sentences: a web page's breadcrumb and menu,
 * a page title, a lone heading and a list of attached files end without a sentence's closing mark.
 */
function collegeProse(text: string): string | null {
  const prose = text.split('\n\n').filter((p) => /[.:!?…]['"’”)]*$/.test(p.trim()) && !ADDRESSED_RAAD.test(p.trim()));
  // (`Uw vragen luidden:` as a paragraph of its own heads the quoted questions below it, as `Vragen:` does.)
  if (prose.length > 1 && QUESTIONS_QUOTED.test(prose[prose.length - 1].trim())) prose.pop();
  return prose.join('\n\n') || null;
}

/**
 * `Aan de raad van de gemeente X.`, `Aan de leden van de gemeenteraad.`: the letter's addressee on a line of its own
 * below its title, closed with a full stop as a Word export may print it: no sentence of the college's.
 */
const ADDRESSED_RAAD =
  /^aan\s+(?:de\s+leden\s+van\s+)?de\s+(?:gemeente)?raad(?:\s+van\s+(?:de\s+gemeente\s+)?\p{Lu}[\p{L}' -]{1,40})?\.$/iu;

const QUESTIONS_QUOTED = /^(?:uw|de|onze)\s+vra(?:ag|gen)\s+(?:waren|was|luidden|luidde|luiden|luidt)\s*:$/i;

const ATTACHMENT_MARKER =
  /^[ \t]*[-=_*]{2,}[ \t]*(?:(?:tekst|inhoud)\s+van\s+(?:de\s+)?)?(?:bijlage|attachment)\b[^\n]{0,120}?[-=_*]{2,}[ \t]*$/im;
const NUMBERED_LINE = /^[ \t]*(?:(?:vraag|antwoord)\s+\d|\d{1,2}\s*[.)]\s+\S)/im;

/**
 * An e-mail saved as text with an attachment's text below it (`--- Tekst van de bijlage ---`): when the mail is only
 * a cover note (nothing numbered) and the attachment holds the numbered questions, the attachment is the document,
 * as for an `.eml` whose attachment is read (src/parsing/extract/mail.ts). The note's sender, date, subject and
 * text are not the letter's.
 */
function attachedLetter(text: string): string {
  // (A plain search first: the marker's pattern would be tried at every position of every text.)
  if (!['ijlage', 'IJLAGE', 'ttachment', 'TTACHMENT'].some((word) => text.includes(word))) return text;
  const marker = ATTACHMENT_MARKER.exec(text);
  if (!marker) return text;
  const above = text.slice(0, marker.index);
  const below = text.slice(marker.index + marker[0].length);
  const mail =
    /^[ \t]*(?:van|from)\s*:/im.test(above.slice(0, 500)) && /^[ \t]*(?:onderwerp|subject)\s*:/im.test(above);
  return mail && !NUMBERED_LINE.test(above) && NUMBERED_LINE.test(below) && below.trim() !== '' ? below : text;
}

export function parseQuestionSetText(text: string, options: ParseOptions = {}): ParsedQuestionSet {
  if (text.length > MAX_TEXT_LENGTH) throw new DocumentError('too_large');
  if (text.trim() === '') throw new DocumentError('empty');
  const { lines, footnotes, links, footers } = normaliseText(attachedLetter(mimeTextAsMail(text) ?? text));
  const cleanText = lines.join('\n');
  const structure = readStructure(lines);
  structure.answers = withoutSubHeadings(structure.answers);
  // A title that is a whole sentence telling whose questions are answered (`Beantwoording van de schriftelijke vragen
  // van de fractie X over Y, gesteld door de raadsleden A en B op 2 oktober 2024.`) is the college's lead-in: the
  // introduction too (it stays a title, naming the subject where no field does).
  // (A title wrapped over two lines is read as two, the second in lower case.)
  if (structure.answers.length > 0 && structure.introductionLines.every((line) => line.trim() === '')) {
    const titles = structure.titles
      .join('\n')
      .replace(/\n(?=\p{Ll})/gu, ' ')
      .split('\n');
    const leadIn = titles.find(
      (t) => t.length > 80 && /\.$/.test(t) && /\bvragen\b/i.test(t) && /\b(?:gesteld|ingediend)\s+door\b/i.test(t),
    );
    if (leadIn) structure.introductionLines = [leadIn];
  }
  const warnings: string[] = [];
  const unwrapped = isUnwrapped(lines);
  const toText = (itemLines: string[]): string => {
    const result = buildParagraphs(itemLines, unwrapped);
    warnings.push(...result.warnings);
    return result.paragraphs.join('\n\n');
  };

  // `Wilt u onderstaande vragen doorzetten naar het college?`: a request to the griffie, not the party's explanation.
  let explanation =
    toText(structure.explanationLines)
      .split('\n\n')
      .filter((p) => !/\b(?:doorzetten|doorsturen|door te (?:zetten|sturen)|doorgeleiden)\b[^.]*\?$/i.test(p))
      .join('\n\n') || null;
  let introduction = toText(structure.introductionLines) || null;
  const preamble = toText(structure.preambleLines) || null;

  warnings.push(...renumberRepeats(structure));
  const questions: ParsedQuestion[] = [];
  for (const item of structure.questions) {
    const textOfItem = toText(item.lines);
    for (const number of item.numbers) {
      const existing = questions.find((q) => q.number === number);
      if (existing) {
        existing.text = [existing.text, textOfItem].filter(Boolean).join('\n\n');
        warnings.push(`Vraag ${number} staat meer dan eens in de tekst; de teksten zijn samengevoegd.`);
      } else questions.push({ number, text: textOfItem });
    }
  }
  assertQuestionSet(questions, structure);
  unquoteRepeatedQuestions(questions);
  warnings.push(...numberingGaps(questions, structure));

  const answers = alignAnswers(structure.answers, questions, toText, warnings);
  if (preamble) {
    // `Wij hebben de volgende vragen aan het college:` is the party's lead-in, not the college's.
    // (`Op 15 oktober heeft het raadslid X namens de fractie … vragen gesteld` is the college telling it.)
    const asks =
      /\bvolgende vragen\b|\bstel(?:t|len)?\b[^.]*\bvragen\b|\bnamens de fractie\b/i.test(preamble) &&
      !/\b(?:heeft|hebben)\b[^?!]{0,200}?\bvragen\s+(?:gesteld|ingediend)\b/i.test(preamble) &&
      // (`In uw brief stelt u namens de fractie … vragen`: the college addresses the asker as `u`.)
      !/\b(?:stelt|stelde|stelden|heeft|hebt|had)\s+u\b[^.?!]{0,200}?\bvragen\b/i.test(preamble) &&
      // (`De fractie van X stelde op 10 oktober de volgende vragen.`: the college telling the asking in the past.)
      !narratesAsking(preamble);
    if (asks && !explanation && !/\bantwoord|beantwoord/i.test(preamble)) explanation = preamble;
    else if (answers.length > 0 && !introduction) introduction = collegeProse(preamble);
    // (A letter of the college without answers, `Op 8 oktober heeft u … vragen gesteld … U ontvangt onze antwoorden
    // uiterlijk …`, a postponement: its text is the college's introduction.)
    else if (answers.length === 0 && !explanation && !introduction && COLLEGE_TO_ASKER.test(preamble))
      introduction = preamble;
    else if (answers.length === 0 && !explanation) explanation = preamble;
    else if (answers.length > 0 && !explanation && !structure.labelled) explanation = preamble;
  }

  // The party's explanation closing with its own lead-in (`… hebben de leden … de volgende vragen gesteld.`), then a
  // paragraph in the college's voice (`Het college … heeft de vragen als volgt beantwoord.`): that paragraph and what
  // follows it are the introduction.
  if (explanation && answers.length > 0 && explanation.includes('\n\n')) {
    const paragraphs = explanation.split('\n\n');
    const partyLeadIn = (p: string): boolean => /\bvolgende\s+(?:\p{L}+\s+)?vragen\b/iu.test(p);
    const college = paragraphs.findIndex(
      (p, k) => k > 0 && !partyLeadIn(p) && /\b(?:heeft|hebben)\b[^?!\n]{0,200}?\bals volgt beantwoord\b/i.test(p),
    );
    if (college > 0 && partyLeadIn(paragraphs[college - 1])) {
      introduction = [...paragraphs.slice(college), introduction].filter(Boolean).join('\n\n');
      explanation = paragraphs.slice(0, college).join('\n\n');
    }
  }

  // An `Aanleiding` in the college's own voice (it tells that the questions were asked, or that it answers
  // them) opens the college's letter: it is the introduction, not the party's explanation.
  // (Not the party's own lead-in `… hebben de leden … de volgende vragen gesteld`, split off above.)
  // (Not under a heading naming the askers as its writers: `Toelichting door vragensteller` stays theirs.)
  if (
    explanation &&
    answers.length > 0 &&
    !structure.askersExplanation &&
    !(introduction && /\bvolgende\s+(?:\p{L}+\s+)?vragen\s+(?:gesteld|ingediend)\b/iu.test(explanation)) &&
    /\b(?:heeft|hebben)\b[^?!\n]{0,200}?\bvragen\s+(?:gesteld|ingediend)\b|\bbeantwoorden\s+(?:wij|we)\b/i.test(
      explanation,
    )
  ) {
    introduction = [explanation, introduction].filter(Boolean).join('\n\n');
    explanation = null;
  }

  const header = readHeader(structure, cleanText, answers.length > 0, options);
  header.reference ??= footerReference(footers);
  // (So does its municipality: `Export uit het raadsinformatiesysteem van de gemeente X - pagina 1 van 1`.)
  header.municipality ??= footers.length > 0 ? findMunicipality(footers.join('\n')) : null;
  // Documents from the text as read, so a title wrapped in a table cell is whole.
  const placed = placeFootnotes(structure.readingText, footnotes);
  const scan = scanDocuments(placed.text, placed.footnotes, links, placed.notes);
  warnings.push(...scan.warnings);
  // The municipality's own website in a letterhead is not a document the answers refer to.
  // (An answer letter labels the first question `Uw vraag 1`; a quoted mail prints its lines behind `>`: `> 1. …`; an
  // OCR scan may lose the space: `Vraag1`.)
  const firstQuestion = lines.findIndex((line) => /^(?:>\s*)*(?:(?:uw\s+)?vraag\s*\d|\d{1,2}\s*[.)])/i.test(line));
  const letterhead = new Set(
    lines
      .slice(0, firstQuestion < 0 ? 0 : firstQuestion)
      .filter((line) => /^(?:https?:\/\/)?(?:www\.)?[^/\s]+\/?$/i.test(line)),
  );
  // … nor a website on its own line in a signature's paragraph (`Naam` / `Raadslid X` / `06 …` / `www.partij-x.nl`):
  // the sender's.
  const signed = new Set(structure.signatureLines);
  const signedSite = new Set<string>();
  lines.forEach((line, i) => {
    if (!/^(?:https?:\/\/)?www\.[^/\s]+\.[a-z]{2,}\/?$/i.test(line.trim())) return;
    for (let j = i - 1; j >= 0 && lines[j].trim() !== ''; j--)
      if (signed.has(lines[j])) {
        signedSite.add(line.trim());
        return;
      }
  });
  // … nor is a website in a contact line of a signature (`griffie@x.nl | www.x.nl/gemeenteraad`), in an address
  // footer (`Postbus 20  7400 AA Deventer  |  www.x.nl`) or beside a telephone number (`Telefoon 14 0575 | www.x.nl`).
  const contact = lines
    .filter(
      (line) =>
        (/\S@\S/.test(line) ||
          /\bPostbus\s+\d+|\b\d{4}\s?[A-Z]{2}\s+\p{Lu}|\b(?:[Tt]elefoon(?:nummer)?|[Tt]el\.|T\.?)\s*:?\s*\(?\+?\d/u.test(
            line,
          )) &&
        /\bwww\.|https?:\/\//i.test(line) &&
        // (A line closing a sentence is the answer's prose: `… melden via https://x.nl/meldpunt of via telefoonnummer 14 0xx.`)
        !/[.!?]$/.test(line.trim()),
    )
    .join('\n');
  // … nor is the page's own address a browser prints at its foot beside the page counter (`https://x.nl/item/12   1/2`).
  const printFooter = new Set(
    lines
      .map((line) => /^\s*(https?:\/\/\S+)\s{2,}\d{1,3}\s*\/\s*\d{1,3}\s*$/i.exec(line)?.[1])
      .filter((u): u is string => u !== undefined),
  );
  // … nor is the page's own address in a publication's metadata (`Permanente link   https://…/gmb-2024-1.html`, also
  // with the URL on the line below its label): the text as published, no document it names.
  const permalinks = new Set(
    [
      ...text.matchAll(
        /^[ \t]*(?:permanente\s+link|permalink|link\s+naar\s+deze\s+pagina)[ \t]*:?\s*(https?:\/\/\S+)/gim,
      ),
    ].map((m) => m[1]),
  );
  // The set's own number (`Nummer: RIB 2025-044` on the council letter that answers) is not a document it names.
  const ownNumbers = structure.fields.filter((f) => !f.mail && REFERENCE_FIELDS.has(f.field)).map((f) => f.value);
  const documents = scan.documents.filter(
    (d) =>
      !(
        d.kind === 'web' &&
        d.url !== null &&
        (letterhead.has(d.url) ||
          signedSite.has(d.url) ||
          contact.includes(d.url) ||
          printFooter.has(d.url) ||
          permalinks.has(d.url))
      ) &&
      !(
        d.reference !== null &&
        d.kind !== 'web' &&
        (ownNumbers.some((n) => holdsNumber(n, d.reference as string)) || d.reference === header.reference)
      ) &&
      // A document word as the letter's title line, with the next line's field label read as its name.
      !(d.reference === null && d.url === null && d.title !== null && labelField(d.title) !== null),
  );

  // `Bijlage: Overzicht projecten 2024-2028` after the questions: an attachment no pattern names is a document too,
  // listed where it stands (last, after the signature).
  if (firstQuestion >= 0)
    for (const line of lines.slice(firstQuestion)) {
      const m = /^bijlage\s*:\s*(.+)$/i.exec(line.trim());
      const doc = m ? attachedDocument(m[1]) : null;
      if (doc && !documents.some((d) => d.title?.toLowerCase() === doc.title?.toLowerCase())) documents.push(doc);
    }

  // (A text whose letterhead was lost names its municipality in the title of its own policy or by-law.)
  header.municipality ??= municipalityInTitles(
    documents.filter((d) => d.kind === 'policy' || d.kind === 'regulation').map((d) => d.title ?? ''),
  );

  const entered = validReference(options.answeredOn);
  if (entered) header.answeredOn = entered;
  const referenceDate = header.answeredOn ?? validReference(options.reference) ?? todayInAmsterdam();
  const commitments: ProposedCommitment[] = [];
  const own = header.municipality;
  // A name printed inside a sentence anywhere in the letter (`… doorgestuurd naar Defensie?`) is a name too where it
  // opens an answer's sentence (`Defensie neemt in mei een besluit.`): another body acting, not the college.
  const names = namesInLetter([
    explanation,
    introduction,
    ...questions.map((q) => q.text),
    ...answers.map((a) => a.text),
  ]);
  if (introduction) commitments.push(...detectCommitments(introduction, referenceDate, [], own, names));
  for (const answer of answers)
    commitments.push(...detectCommitments(answer.text, referenceDate, answer.questions, own, names));

  // `Het zaaknummer is Z2025-00188.`: the college's introduction giving the set's number in a sentence.
  header.reference ??= referenceInSentence(introduction);

  return {
    municipality: header.municipality,
    reference: header.reference,
    subject: header.subject,
    legalBasis: header.legalBasis,
    party: header.party,
    submitters: header.submitters,
    portfolioHolder: header.portfolioHolder,
    receivedOn: header.receivedOn,
    answeredOn: header.answeredOn,
    explanation,
    introduction,
    questions,
    answers,
    documents,
    commitments,
    warnings: unique(warnings),
  };
}

/**
 * Questions each printed whole between double quotation marks (`„Hoeveel …?”`, `"Hoeveel …?"`), as an answer letter
 * repeats them above its answers: the marks are the letter's quoting, not the question's text (as italics would
 * be). Only when every question is so quoted, and none holds another double mark (`„A” en „B”` is two quotes).
 */
function unquoteRepeatedQuestions(questions: ParsedQuestion[]): void {
  const enclosed = /^[„“"]([^„“”"]+)[”"]$/;
  if (questions.length === 0 || !questions.every((q) => enclosed.test(q.text))) return;
  for (const q of questions) q.text = (enclosed.exec(q.text) as RegExpExecArray)[1].trim();
}

/**
 * A question number printed twice in a numbering that otherwise goes up by one (`1, 2, 3, 3, 4`), or a numbering that
 * starts again at 1 under each section heading (`1, 2, 3`, then `1, 2`), with the answers labelled the same way: two
 * questions, not one in two parts. Questions and answers are numbered in order of appearance (the second 3 becomes 4,
 * the printed 4 becomes 5; the second section's 1 becomes 4), so no number is used twice, with one warning per
 * repeated number because the printed numbers change. The answers may be numbered in order of appearance already
 * (`Vraag 3` printed twice above `Antwoord 1` … `Antwoord 4`): they then keep their numbers, the questions' align.
 */
function renumberRepeats(structure: Structure): string[] {
  const printed = structure.questions.map((item) => (item.numbers.length === 1 ? item.numbers[0] : ''));
  const steps = printed.slice(1).map((n, i) => Number(n) - Number(printed[i]));
  // A restart goes back to 1 from at least 2, so each section holds at least two questions.
  const restart = (n: string, i: number): boolean => i > 0 && n === '1' && Number(printed[i - 1]) >= 2;
  if (
    printed.length < 3 ||
    printed[0] !== '1' ||
    !printed.every((n) => /^[1-9]\d?$/.test(n)) ||
    !steps.every((step, i) => step === 0 || step === 1 || restart(printed[i + 1], i + 1)) ||
    !steps.some((step, i) => step === 0 || restart(printed[i + 1], i + 1))
  )
    return [];
  const answered = structure.answers.map((item) => item.numbers.join(',')).join(' ');
  const inOrder = printed.map((_n, i) => String(i + 1)).join(' ');
  if (answered !== printed.join(' ') && answered !== inOrder) return [];
  const warnings: string[] = [];
  for (const n of unique(printed)) {
    const at = printed.flatMap((m, i) => (m === n ? [i + 1] : []));
    if (at.length < 2) continue;
    const last = at[at.length - 1];
    const rest = last < printed.length ? ' en de vragen daarna verder op volgorde' : '';
    warnings.push(
      at.length === 2
        ? `Vraag ${n} staat twee keer in het document; de vragen zijn op volgorde hernummerd: de tweede vraag ${n} is opgenomen als vraag ${at[1]}${rest}.`
        : `Vraag ${n} staat meer dan eens in het document; de vragen zijn op volgorde hernummerd: de latere vragen ${n} zijn opgenomen als vraag ${at.slice(1).join(' en ')}${rest}.`,
    );
  }
  // Each section's printed numbers as renumbered, for an answer pointing within its own section (answers numbered
  // in order point by those numbers).
  let section: Record<string, string> = {};
  if (answered === printed.join(' '))
    for (const [i, n] of printed.entries()) {
      if (restart(n, i)) section = {};
      section[n] = String(i + 1);
      structure.answers[i].sectionNumbers = section;
    }
  for (const [i, item] of structure.questions.entries()) item.numbers = [String(i + 1)];
  for (const [i, item] of structure.answers.entries()) item.numbers = [String(i + 1)];
  return warnings;
}

/**
 * `Vraag 2 is niet gevonden; controleer de nummering.` when questions 1 and 3 were read but not 2. Not when
 * a questions block and a separate block of labelled answers both skip the number: two listings printed
 * apart agree, so the number was never there (the asker skipped it) rather than lost in reading.
 * Nor for a number the college's opening names (`In onze brief van 21 oktober hebben wij de vragen 1 tot en met 3
 * beantwoord`): a letter answering part of the set tells itself which questions it leaves out.
 */
function numberingGaps(questions: ParsedQuestion[], structure: Structure): string[] {
  const opening = [...structure.preambleLines, ...structure.introductionLines].join(' ').replace(/\s+/g, ' ');
  const named = new Set(
    [...opening.matchAll(/\bvra(?:ag|gen)\s+(?=\d)/gi)].flatMap((m) =>
      parseNumberList(opening.slice(m.index + m[0].length)).numbers.map((n) => Number(/^\d+/.exec(n)?.[0])),
    ),
  );
  const mains = new Set(questions.map((q) => Number(/^\d+/.exec(q.number)?.[0])));
  const highest = Math.max(...mains);
  if (mains.size < 2 || highest > 60) return [];
  const answered = new Set(structure.answers.flatMap((a) => a.numbers.map((n) => Number(/^\d+/.exec(n)?.[0]))));
  const missing: number[] = [];
  for (let n = 1; n < highest; n++)
    if (!mains.has(n) && !named.has(n) && !(structure.answerBlock && structure.answers.length > 0 && !answered.has(n)))
      missing.push(n);
  if (missing.length === 0 || missing.length * 2 > highest) return [];
  const list = missing.length === 1 ? `Vraag ${missing[0]} is` : `De vragen ${missing.join(', ')} zijn`;
  return [`${list} niet gevonden; controleer de nummering.`];
}

/**
 * A kenmerk printed only in the running page footer (`Gemeente X  ·  Zaaknummer 25-000318      pagina 1 van 2`): the
 * footer is furniture, its number still the set's reference. Each part of the footer (between dots, bars, dashes or
 * wide gaps) read as `Label value`; the first reference label with a value holding a digit.
 */
function footerReference(footers: string[]): string | null {
  for (const line of footers)
    for (const part of line.split(/\s+[·•|]\s+|\s+[-–—]\s+| {3,}/)) {
      const read = parseRunTogetherFields(part.trim().replace(/^(\S+(?:\s+\S+)?)\s*:\s*/, '$1 '))[0];
      if (read && REFERENCE_FIELDS.has(read.field) && /^\S*\d\S*$/.test(read.value)) return read.value;
    }
  return null;
}

/**
 * `Het zaaknummer is Z2025-00188.`, `Ons kenmerk is 24/1187.`: a text naming the set's own number in a sentence (not
 * `uw kenmerk`, the asker's).
 */
function referenceInSentence(text: string | null): string | null {
  const m =
    /(?<!\buw\s)\b(?:zaaknummer|kenmerk|registratienummer)\s+(?:van\s+(?:deze|dit|de|het)\s+\p{L}+\s+)?(?:is|luidt)\s+([A-Za-z]{0,6}[ /-]?\d[\w./-]*\d)\b/iu.exec(
      text ?? '',
    ) ??
    // (Or as what the questions carry: `Uw vragen hebben registratienummer 2025-0112.`, `… kregen zaaknummer Z25-031`;
    // not a kenmerk, which the asker's own letter may carry.)
    /\b(?:hebben|heeft|kregen|kreeg|krijgen|krijgt|dragen|draagt)\s+(?:het\s+)?(?:registratienummer|zaaknummer)\s+([A-Za-z]{0,6}[ /-]?\d[\w./-]*\d)\b/i.exec(
      text ?? '',
    ) ??
    // (Or in brackets after what it numbers: `… over de kermis (zaaknummer Z.25.00412).`; a letter prefix may end
    // in a dot.)
    /\((?:zaaknummer|kenmerk|registratienummer)\s*:?\s+([A-Za-z]{0,6}[ ./-]?\d[\w./-]*\d)\)/i.exec(text ?? '');
  return m ? m[1] : null;
}

function validReference(reference: string | null | undefined): string | null {
  return reference && isValidIsoDate(reference) ? reference : null;
}

function assertQuestionSet(questions: ParsedQuestion[], structure: Structure): void {
  if (questions.length === 0 && answersOnly(structure)) return;
  if (questions.length === 0) throw new DocumentError('not_a_question_set');
  const asking = questions.filter((q) => q.text.includes('?')).length;
  const labelled = structure.labelled || structure.answers.length > 0;
  if (asking === 0 || (!labelled && asking * 2 < questions.length)) throw new DocumentError('not_a_question_set');
}

/**
 * An answer letter that prints no questions and answers by number only (`In uw brief van … stelt u … vier vragen …`,
 * then `Ad 1.` … `Ad 4.`): a question set whose questions stand in the asker's own letter. At least two answers
 * numbered on from 1 (`1`, `2`, `3 en 4`), under an opening in which the college addresses the asker's questions.
 */
function answersOnly(structure: Structure): boolean {
  const numbers = structure.answers.map((item) => item.numbers);
  if (numbers.length < 2 || numbers.some((n) => n.length === 0 || !n.every((m) => /^\d{1,2}$/.test(m)))) return false;
  const flat = numbers.flat();
  if (!flat.every((n, i) => n === String(i + 1))) return false;
  const opening = [...structure.preambleLines, ...structure.introductionLines].join(' ').replace(/\s+/g, ' ');
  return COLLEGE_TO_ASKER.test(opening);
}

/** Answers aligned to questions by their labels; a main number stands for its sub-questions. */
function alignAnswers(
  items: RawItem[],
  questions: ParsedQuestion[],
  toText: (lines: string[]) => string,
  warnings: string[],
): ParsedAnswer[] {
  const numbers = questions.map((q) => q.number);
  const expand = (n: string): string[] => {
    if (numbers.includes(n)) return [n];
    const subs = numbers.filter((q) => /^\d+[a-z]$/.test(q) && q.slice(0, -1) === n);
    if (subs.length > 0) return subs;
    const main = /^(\d+)[a-z]$/.exec(n);
    if (main && numbers.includes(main[1])) return [main[1]];
    return [n];
  };
  // Answers numbered on in one sequence (`1.`–`4.`) against questions numbered otherwise (`1`, `2a`, `2b`, `3`): when
  // the counts match and the labels would leave an answer without its question, they go to the questions by order.
  const sequential =
    items.length === questions.length &&
    items.every((item, i) => item.numbers.length === 1 && item.numbers[0] === String(i + 1)) &&
    items.some((item) => !numbers.includes(expand(item.numbers[0])[0]));
  const answers: ParsedAnswer[] = [];
  const answerItems = new Map<ParsedAnswer, RawItem>();
  const designated = new Map<string, string[]>();
  const owner = new Map<string, ParsedAnswer>();
  for (const [i, item] of items.entries()) {
    const covered = sequential ? [numbers[i]] : unique(item.numbers.flatMap(expand));
    const text = withoutRepeatedQuestion(toText(withoutQuotedQuestion(item.lines, questions)), covered, questions);
    // A form's answer field left empty (`Antwoord op vraag 3:` and nothing under it) answers nothing: the question
    // stays without an answer, and is warned about.
    if (text.trim() === '' && covered.length > 0 && !item.lines.some((l) => l.trim() !== '')) continue;
    const earlier = covered.map((n) => owner.get(n)).find((a): a is ParsedAnswer => a !== undefined);
    if (earlier) {
      earlier.text = [earlier.text, text].filter(Boolean).join('\n\n');
      for (const n of covered) if (!earlier.questions.includes(n)) earlier.questions.push(n);
      warnings.push(`Vraag ${covered.join(', ')} wordt meer dan eens beantwoord; de antwoorden zijn samengevoegd.`);
      continue;
    }
    if (covered.length === 0) {
      warnings.push('Een antwoord zonder vraagnummer kon aan geen vraag worden gekoppeld.');
    }
    const answer: ParsedAnswer = { questions: covered, text, refersTo: [] };
    for (const n of covered) {
      owner.set(n, answer);
      // (A letter answering by number only prints no questions to miss.)
      if (numbers.length > 0 && !numbers.includes(n))
        warnings.push(`Antwoord ${n} hoort bij geen van de vragen in het document.`);
    }
    answers.push(answer);
    answerItems.set(answer, item);
    // Answers numbered apart from the questions (`Antwoord A (vragen 1 en 2)`): `zie antwoord A` points to the
    // questions answer A covers.
    if (item.designation) designated.set(item.designation, covered);
  }
  // (With no questions printed, `Zie ad 2.` points to the question answer 2 answers.)
  const referable = numbers.length > 0 ? numbers : answers.flatMap((a) => a.questions);
  for (const answer of answers) {
    const text = withSectionNumbers(withDesignatedAnswers(answer.text, designated), answerItems.get(answer));
    answer.refersTo = findCrossReferences(text, referable);
  }
  if (answers.length > 0) {
    for (const n of numbers) if (!owner.has(n)) warnings.push(`Vraag ${n} heeft geen antwoord.`);
  }
  return answers;
}

/**
 * `zie ook antwoord 1 van dit deel` in a numbering that starts again in each section: the number within the answer's
 * own section, as renumbered (`antwoord 4`).
 */
function withSectionNumbers(text: string, item: RawItem | undefined): string {
  const local = item?.sectionNumbers;
  if (!local) return text;
  return text.replace(
    /\b(vraag|vragen|antwoord|antwoorden)\s+(\d{1,2})\s+(?:van|uit|in|binnen)\s+(?:dit|deze|het(?:zelfde)?|hetzelfde|dezelfde)\s+(?:deel|onderdeel|thema|blok|hoofdstuk|paragraaf|sectie|cluster|reeks)\b/gi,
    (all: string, word: string, n: string) => (local[n] ? `${word} ${local[n]}` : all),
  );
}

/** `antwoord A` (an answer's own designation) written as the questions it covers, for finding references. */
function withDesignatedAnswers(text: string, designated: Map<string, string[]>): string {
  if (designated.size === 0) return text;
  return text.replace(
    /\b(antwoord(?:en)?)\s+(\p{Lu}|\d{1,2})(?![\p{L}\d])/gu,
    (all: string, word: string, d: string) => {
      const covered = designated.get(d);
      return covered ? `${word} op vraag ${covered.join(' en ')}` : all;
    },
  );
}

/**
 * A footnote whose marker the text writes in brackets (`…nodig.[2]` / `[2] Huisvestingsverordening X 2022`) is
 * read for documents where its marker stands, so what it names counts in the order the text mentions it.
 * The others are returned as they were.
 */
function placeFootnotes(text: string, footnotes: string[]): { text: string; footnotes: string[]; notes: PlacedNote[] } {
  let placed = text;
  const rest: string[] = [];
  const notes: PlacedNote[] = [];
  for (const note of footnotes) {
    // (`¹ Laadvisie …`: a superscript marker, `Rijnland¹` in the text; not a unit's `m²`.)
    const m = /^\[(\d{1,2})\]\s+([\s\S]+)$/.exec(note) ?? /^([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})\s+([\s\S]+)$/.exec(note);
    const marker = !m ? null : /^\d/.test(m[1]) ? `[${m[1]}]` : m[1];
    const at =
      m && marker
        ? marker.startsWith('[')
          ? placed.indexOf(marker)
          : placed.search(new RegExp(`(?<![\\s(](?:c|d|k|m)?m|[¹²³⁴⁵⁶⁷⁸⁹⁰])${marker}(?![¹²³⁴⁵⁶⁷⁸⁹⁰])`, 'u'))
        : -1;
    if (!m || !marker || at < 0) {
      rest.push(m ? m[2] : note);
      continue;
    }
    const end = at + marker.length;
    const inserted = ` ${m[2]} `;
    for (const earlier of notes) {
      if (earlier.marker >= end) earlier.marker += inserted.length;
      if (earlier.start >= end) {
        earlier.start += inserted.length;
        earlier.end += inserted.length;
      }
    }
    notes.push({ marker: at, start: end + 1, end: end + 1 + m[2].length });
    placed = `${placed.slice(0, end)}${inserted}${placed.slice(end)}`;
  }
  return { text: placed, footnotes: rest, notes };
}

/**
 * An answer that opens with a quoted piece of a question on its own line (`"Hoe vaak gebeurde dit ...?"`): the quote
 * names the question it answers, as a label does, so it is not answer text. Only when the quoted words stand in a question.
 */
function withoutQuotedQuestion(lines: string[], questions: ParsedQuestion[]): string[] {
  const first = lines.findIndex((line) => line.trim() !== '');
  const quote = first < 0 ? null : /^\s*[„"“‘']([^"”’'„“‘]{3,300})["”’']\s*$/.exec(lines[first]);
  if (!quote || !/(?:\?|\.\.\.|…)$/.test(quote[1].trim()) || first === lines.length - 1) return lines;
  const squash = (value: string): string => joinLines([value]).toLowerCase();
  const pieces = quote[1]
    .split(/\.\.\.|…/)
    .map((piece) => squash(piece).replace(/\?$/, '').trim())
    .filter((piece) => piece !== '');
  if (pieces.join(' ').split(' ').length < 3) return lines;
  const inQuestion = questions.map((q) => squash(q.text)).some((text) => pieces.every((piece) => text.includes(piece)));
  return inQuestion ? lines.slice(first + 1) : lines;
}

/** An answer letter that repeats the question before answering it: the repetition is not part of the answer. */
function withoutRepeatedQuestion(text: string, covered: string[], questions: ParsedQuestion[]): string {
  const squash = (value: string): string => joinLines([value]);
  let rest = text;
  for (const n of covered) {
    const question = questions.find((q) => q.number === n)?.text;
    if (!question || question.length > 3000) continue;
    for (const repeated of unique([question, question.split('\n\n').pop() ?? ''])) {
      const wanted = squash(repeated);
      if (wanted.split(' ').length < 3 || !squash(rest.slice(0, repeated.length * 2 + 20)).startsWith(wanted)) continue;
      // Cut after as many non-blank characters as the repetition has.
      let left = wanted.replace(/ /g, '').length;
      let cut = 0;
      while (cut < rest.length && left > 0) if (!/\s/.test(rest[cut++])) left--;
      if (rest.slice(cut).trim() === '') continue;
      rest = rest.slice(cut).trimStart();
      break;
    }
  }
  return rest;
}

// (`zoals beschreven in het antwoord op vraag 2` points back as `zie` does; `zoals` alone does not:
// `zoals u in vraag 2 stelt` quotes the question, it does not refer to its answer.)
// (`… staat in het antwoord op vraag 4` / `leest u in het antwoord op vraag 2` points to where it is answered.)
// (`de maatregelen uit het antwoord op vraag 2`, `in het antwoord op vraag 1 schreven wij` point to that answer.)
// (`Zie ook ad 1b en c.` points to the answer labelled `Ad 1b en c`, as a letter answering under `Ad N` labels does.)
// (`Zie het antwoord onder II en III`: a letter answering under `Ad II en III` labels names the answer by them.)
const CROSS_REFERENCE =
  /\bzie\s+(?:ook\s+)?ad\s+(?=\d|[IVX]+\b)|\b(?:(?:staat|staan|leest u|vindt u)\s+(?:ook\s+|al\s+)?in\s+(?=(?:het\s+)?(?:antwoord|beantwoording)\b)|(?:uit|in)\s+(?=het\s+antwoord\s+op\s+(?:de\s+)?vra(?:ag|gen)\s)|zie|verwijs|verwijzen|verwezen|conform|gelijk aan|hetzelfde als|zoals\s+(?:al\s+|reeds\s+|eerder\s+|ook\s+)?(?:beschreven|aangegeven|vermeld|toegelicht|uitgelegd|genoemd|gemeld))\b[^.?!\n]{0,80}?\b(?:vra(?:ag|gen)|antwoord(?:en)?|beantwoording)\s+(?:op\s+|bij\s+|van\s+|onder\s+)?(?:(?:de\s+)?vra(?:ag|gen)\s+)?(?=\d|[IVX]+\b|[A-Z]\d)/gi;

/** `zie ook het antwoord op de tweede vraag`, `verwijzen wij naar ons antwoord op uw derde en vierde vraag`. */
const ORDINAL_QUESTION_REFERENCE = new RegExp(
  String.raw`\b(?:zie|verwijs|verwijzen|verwezen)\b[^.?!\n]{0,40}?\bantwoord\s+(?:op|bij)\s+(?:de|uw)\s+((?:${POINT_ORDINALS})(?:(?:\s*,\s*|\s+en\s+)(?:(?:de|uw)\s+)?(?:${POINT_ORDINALS}))*)\s+vra(?:ag|gen)\b`,
  'gi',
);

const OTHER_SET_AFTER =
  /^\s*(?:van\s+(?:\d{1,2}\s+\p{L}+\s+\d{4}|de\s+fractie\b)|(?:in|uit|bij)\s+(?:de|onze|uw|het)\s+(?:beantwoording|brief|antwoordbrief|raadsinformatiebrief|eerdere)\b[^.?!\n]{0,20}?\bvan\s+\d{1,2}\s+\p{L}+\s+\d{4})/u;

/**
 * Question numbers an answer points to: `Zie beantwoording op vraag 1a. en 4b.` → `['1a', '4b']`; `Zie ook ad II.` → `['2']`
 * (a roman number after `ad`, as the letter labels its answers).
 */
export function findCrossReferences(text: string, questionNumbers: string[]): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CROSS_REFERENCE)) {
    // Roman numbers as the document prints them (`zie het antwoord op vraag II`, `… onder II en III`).
    const after = text
      .slice(m.index + m[0].length, m.index + m[0].length + 100)
      .replace(/^[IVX]+\b(?:\s*(?:,|en|&|t\/m)\s*[IVX]+\b)*/, (list: string) =>
        list.replace(/[IVX]+/g, (roman) => (roman in ROMAN ? String(ROMAN[roman]) : roman)),
      )
      // Theme and decimal numbers as printed (`vraag B2`, `vraag 2.1`) when the questions were so renumbered (`2b`, `2a`).
      .replace(/^([A-Z])(\d{1,2})(?!\d)/, (all: string, letter: string, n: string) => {
        const number = themeNumber(letter, n);
        return number && questionNumbers.includes(number) ? number : all;
      })
      .replace(/^(\d{1,2})\.([1-9]\d?)(?![\d.,]\d)/, (all: string, main: string, n: string) => {
        const number = Number(n) <= 26 ? `${Number(main)}${String.fromCharCode(96 + Number(n))}` : '';
        return questionNumbers.includes(number) ? number : all;
      });
    const list = parseNumberList(after);
    // An answer to another set's question (`ons antwoord op vraag 2 van 26 september 2024`, `… op vraag 2 in de
    // beantwoording van 8 oktober 2024`, `… op vraag 3 van de fractie X`): no question of this set.
    if (OTHER_SET_AFTER.test(after.slice(list.length))) continue;
    for (const n of list.numbers) {
      if (questionNumbers.includes(n)) out.push(n);
      else {
        const subs = questionNumbers.filter((q) => /[a-z]$/.test(q) && q.slice(0, -1) === n);
        out.push(...subs);
        const main = /^(\d+)[a-z]$/.exec(n);
        if (subs.length === 0 && main && questionNumbers.includes(main[1])) out.push(main[1]);
      }
    }
  }
  // (Questions handed in as bullets are numbered by position: `het tweede punt` is question 2.)
  for (const m of text.matchAll(POINT_REFERENCE))
    out.push(...pointPositions(m[1]).filter((n) => questionNumbers.includes(n)));
  // (`Zie ook het antwoord op de tweede vraag`: a question named by its position, as unnumbered questions are numbered.)
  for (const m of text.matchAll(ORDINAL_QUESTION_REFERENCE))
    out.push(...pointPositions(m[1].replace(/\b(?:de|uw)\s+/gi, '')).filter((n) => questionNumbers.includes(n)));
  return unique(out);
}

type Header = Pick<
  ParsedQuestionSet,
  | 'municipality'
  | 'reference'
  | 'subject'
  | 'legalBasis'
  | 'party'
  | 'submitters'
  | 'portfolioHolder'
  | 'receivedOn'
  | 'answeredOn'
>;

function readHeader(structure: Structure, text: string, hasAnswers: boolean, options: ParseOptions): Header {
  const field = (name: string): string | null => {
    const hit = structure.fields.find((f) => f.field === name && !f.mail && f.value.trim() !== '');
    return hit ? hit.value.trim() : null;
  };
  // An e-mail's own header (the last block: the original message when it was forwarded) fills what the body leaves open.
  const mailField = (name: string): string | null => {
    const hit = structure.fields.filter((f) => f.field === name && f.mail && f.value.trim() !== '').pop();
    return hit ? hit.value.trim() : null;
  };
  const fromText = findMunicipality(
    [field('municipality') ? `gemeente ${field('municipality')}` : '', ...structure.headerLines, text].join('\n'),
  );
  const municipality = options.municipality ? municipalityFromOption(options.municipality, fromText) : fromText;

  let reference = field('registrationNumber') ?? field('caseNumber') ?? field('ourReference') ?? field('number');
  const mailSubject = mailField('subject');
  // A publication or RIS page titles the set instead: `Beantwoording schriftelijke vragen van de fractie X over Y`
  // gives `Y` (docs/parse-output.md); a printed `Onderwerp:` or mail subject is kept as printed.
  const titleLine = structure.titles.find((t) => /\s(?:over|inzake)\s/i.test(t));
  // (A title naming who asks and, after a dash, what about, `Raadsvragen X - Y`, has no ` over `: it is kept whole.)
  const dashTitle = structure.titles.find((t) => /^(?:schriftelijke vragen|raadsvragen)\s+\S.*\s[–-]\s+\S/i.test(t));
  const titleSubject = titleLine ? subjectFromTitle(titleLine) : (dashTitle ?? null);
  // A RIS export's `Titel:` is the set's subject only when it prints no `Onderwerp:`.
  // A body `Onderwerp: Re: Schriftelijke vragen: X` is an e-mail's subject line printed above its `Van:`: cleaned alike,
  // as is one that opens with the generic label and a colon (`Onderwerp: Schriftelijke vragen: X`, a webmail print).
  const bodySubject = field('subject');
  const subject =
    (bodySubject && /^(?:re|fw|fwd|aw|wg|antw|doorst|tr|schriftelijke (?:raads)?vragen)\s*:/i.test(bodySubject)
      ? cleanMailSubject(bodySubject)
      : bodySubject) ??
    field('title') ??
    (mailSubject ? cleanMailSubject(mailSubject) : null) ??
    titleSubject;
  const legalBasis =
    findLegalBasis([field('legalBasis') ?? '', subject ?? '', ...structure.headerLines].join('\n')) ??
    findLegalBasis(text.slice(0, 3000)) ??
    // (The text as read: a quoted e-mail's lines without their `>`.)
    findLegalBasis(structure.readingText.slice(0, 3000)) ??
    (field('legalBasis') && /\d/.test(field('legalBasis') ?? '') ? field('legalBasis') : null) ??
    findArticleQuestions([subject ?? '', ...structure.titles, text.slice(0, 3000)].join('\n'));

  const dateOf = (value: string | null): string | null => (value ? (findAbsoluteDate(value)?.iso ?? null) : null);
  // (`Uw brief  Z-2024-311` names the letter, not its date: the first such field that holds a date.)
  const firstDate = (name: HeaderField): string | null =>
    structure.fields
      .filter((f) => f.field === name && !f.mail)
      .map((f) => dateOf(f.value))
      .find((d) => d !== null) ?? null;
  const receivedField = firstDate('receivedOn');
  let receivedOn = receivedField;
  let answeredOn = dateOf(field('answeredOn'));
  // A plain `Datum:` is the answer's date in an answer letter (or when printed with the answers), and
  // the questions' date on the questions' own form (`Schriftelijke vragen`, `Raadsvragen van …`).
  const titled = [...structure.titles, ...structure.headerLines, field('subject') ?? field('title') ?? ''].join('\n');
  const openingText = [...structure.preambleLines, ...structure.introductionLines].join(' ');
  // An answer letter: titled so, written under the college's own kenmerk, or opening with its answers.
  const answerDocument =
    // (`Raadsvragen en reactie college`: the college's reaction is its answer.)
    /\b(?:beantwoording|antwoord(?:en)?|beantwoord|reactie\s+(?:van\s+)?(?:het\s+)?college)\b/i.test(titled) ||
    (hasAnswers && structure.fields.some((f) => f.field === 'ourReference')) ||
    // (Or with a `Datum verzending`: only the college's outgoing letter prints when it was sent.)
    (hasAnswers && structure.fields.some((f) => f.field === 'sentOn' && !f.mail)) ||
    // (Or with the college as its subject: `Het college beantwoordt deze vragen als volgt.`; or telling it received
    // them, `Op 3 mei ontvingen wij de vragen die …`: only the one asked receives the questions.)
    /\bontvingen\s+(?:wij|we)\s+(?:de|uw)\s+(?:\p{Ll}+\s+)?vragen\b|\bhieronder\b.*\bantwoorden\b|\bbeantwoorden wij\b|\b(?:wij|we)\s+beantwoorden\b|\bhet college beantwoordt\b|\bbeantwoordt het college\b/iu.test(
      openingText,
    ) ||
    // A letter replying to one (`Uw brief   14 oktober 2024`, `Uw kenmerk: …`) that holds answers answers.
    (hasAnswers && REPLY_FIELD.test(text)) ||
    // (So does one whose opening tells the asking in the past, `De fractie X stelde op … de volgende vragen.`)
    (hasAnswers && narratesAsking(openingText));
  const questionDocument = /vragen\b/i.test(titled);
  // A questions form with the answer letter glued after it: the letter's date answers, the form's asks.
  // (Or the questions letter attached after the answer letter: its date asks.)
  const glued =
    hasAnswers &&
    structure.fields.some((f) => f.field === 'date' && (f.laterPart || f.questionPart) && dateOf(f.value));
  // `Datum verzending` beside the letter's own `Datum`: the letter's date answers (docs/parse-output.md);
  // the sending date only when the answer letter prints no date of its own.
  const sentOn = firstDate('sentOn');
  const letterDate =
    answerDocument &&
    structure.fields.some((f) => f.field === 'date' && !f.mail && !f.laterPart && !f.questionPart && dateOf(f.value));
  if (!letterDate) answeredOn ??= sentOn;
  // Next to a printed `Datum beantwoording`, a plain `Datum` before the answers is the questions' own (a RIS item).
  const answerDatePrinted = answeredOn !== null;
  for (const f of structure.fields.filter((f) => f.field === 'date' && !f.mail)) {
    const date = dateOf(f.value);
    if (!date) continue;
    if (answerDatePrinted && !f.afterAnswers && !glued) receivedOn ??= date;
    else if (glued && (f.laterPart || f.questionPart)) {
      if (f.laterPart) answeredOn ??= date;
      else receivedOn ??= date;
    } else if (f.afterAnswers || (hasAnswers && (answerDocument || !questionDocument))) answeredOn ??= date;
    // The college's own letter without answers (a postponement) is dated neither when asked nor when answered.
    else if (!(answerDocument && !hasAnswers && COLLEGE_TO_ASKER.test(openingText))) receivedOn ??= date;
  }
  // A title cut off mid-sentence at its line's end (`… gesteld door A. Bos op` / `30 oktober 2024 (artikel 32 RvO)`)
  // goes on in the lines under it: read as one sentence with them.
  const lastTitle = structure.titles[structure.titles.length - 1] ?? '';
  const wrappedTitle =
    /\s\p{Ll}+$/u.test(lastTitle) && /^[\p{Ll}\d]/u.test(structure.preambleLines[0] ?? '') ? [lastTitle] : [];
  const opening = splitSentences(
    [...wrappedTitle, ...structure.preambleLines, ...structure.introductionLines, ...structure.explanationLines]
      .join(' ')
      .replace(/\s+/g, ' '),
  ).map((s) => s.text);
  // An e-mail reply above the quoted original: the reply's date answers, the original's asks.
  const mailDates = structure.fields.filter((f) => f.field === 'date' && f.mail).map((f) => findMailDate(f.value));
  // An e-mail whose opening tells the day the college settled the answers (`Het college heeft de antwoorden op
  // 29 oktober 2024 vastgesteld`) is dated by it, not by the day the griffie or a secretariat sent them on.
  const settledOn = hasAnswers && answeredOn === null && mailDates.length > 0 ? settledDate(opening) : null;
  if (settledOn !== null && mailDates.some((d) => d !== null && settledOn <= d)) answeredOn = settledOn;
  if (mailDates.length > 1 && hasAnswers) {
    // Newest first (Outlook) or oldest first (a Gmail print): the reply is the latest, the original the earliest.
    const sorted = mailDates.filter((d): d is string => d !== null).sort();
    answeredOn ??= sorted[sorted.length - 1] ?? null;
    // (A mail sent on or after the answer letter's own date forwards the answers: it never dates the questions, here
    // nor below.)
    if (sorted.length > 0 && (answeredOn === null || sorted[0] < answeredOn)) receivedOn ??= sorted[0];
  } else if (mailDates.length > 0) {
    // Without answers the last header block is the original message (a forwarded e-mail).
    const last = mailDates[mailDates.length - 1];
    if (hasAnswers && answeredOn === null) answeredOn = mailDates[0];
    else if (last !== null && (answeredOn === null || last < answeredOn)) receivedOn ??= last;
  }
  const sentenceDates = datesFromSentences(opening);
  // `Uw vragen zijn bij ons geregistreerd onder nummer 2024/11873`: the number the questions were registered under,
  // told in the opening where no field prints it (read as a bare `Nummer`).
  reference ??= registeredNumber(opening);
  answeredOn ??= sentOn;
  // A `Registratiedatum` (or other date-asked field) on the answer letter's own day registers that letter (a document
  // system's export of the outgoing letter): the date the opening says the questions were asked, earlier, goes first.
  if (
    receivedField !== null &&
    receivedOn === receivedField &&
    receivedOn === answeredOn &&
    sentenceDates.receivedOn !== null &&
    sentenceDates.receivedOn < receivedOn
  )
    receivedOn = sentenceDates.receivedOn;
  receivedOn ??= sentenceDates.receivedOn;
  // (An earlier letter superseded by the answer letter, `Op 11 september ontvingen wij uw vragen`, still dates them.)
  const superseded = splitSentences(structure.supersededLines.join(' ').replace(/\s+/g, ' ')).map((s) => s.text);
  receivedOn ??= datesFromSentences(superseded).receivedOn;
  answeredOn ??= sentenceDates.answeredOn;

  const submitters: string[] = [];
  const parties: string[] = [];
  const senders: string[] = [];
  // `Steller` names the civil servant who drafted the form, letter or collegevoorstel (but see the last resort below).
  for (const f of structure.fields) {
    // `Vragen van: fractie X (A. Bos), ingekomen 6 februari 2025`: the date asked after the askers, not a name.
    const datedAskers =
      f.field === 'submitters'
        ? /^(.*?),?\s+(?:ingekomen|ingediend|ontvangen)(?:\s+op)?\s+(\d{1,2}\s+\p{L}+\s+\d{4}|\d{1,2}-\d{1,2}-\d{4})$/iu.exec(
            f.value,
          )
        : null;
    if (datedAskers) receivedOn ??= findAbsoluteDate(datedAskers[2])?.iso ?? null;
    const askers = datedAskers ? datedAskers[1] : f.value;
    // `Vragen van: de fracties van CDA en VVD` names the parties that ask, not people.
    const fractions = /^(?:de\s+)?fracties?\s+(?:van\s+)?(?:de\s+|het\s+)?(\S.*)$/i.exec(askers);
    // `Vragen van: fractie X, de heer T. Kamsteeg`: the party, then its councillor(s) after the comma.
    const partyThenNames =
      /^(?:de\s+)?fractie\s+(?:van\s+)?(?:de\s+|het\s+)?([^,]+?),\s*((?:de\s+heer|mevrouw|dhr\.|mw\.|mevr\.)\s+\S.*)$/i.exec(
        askers,
      );
    // `Vragen van: X-fractie (mw. A. Naam)`: the party, then its councillor(s) in brackets (not a name and its party).
    const partyWithNames =
      /^(?:de\s+)?(?:([\p{L}0-9&+.']+(?:\s+[\p{L}0-9&+.']+){0,2})-fractie|fractie\s+(?:van\s+)?(?:de\s+|het\s+)?([^(),]+?))\s*\(([^()]+)\)$/iu.exec(
        askers,
      );
    // `Vragen ingediend: 13 november 2024, door A. Naam (X)`: the date asked, then who asked it and for which party.
    const askedBy =
      f.field === 'receivedOn' && !f.mail ? /^[^,]*\b\d{4}\s*,?\s+(?:door|van)\s+(\S.*)$/i.exec(askers) : null;
    if (askedBy) {
      const split = splitNames(askedBy[1]);
      submitters.push(...split.names.filter((n) => !NOT_A_NAME.test(n)));
      parties.push(...split.parties);
    }
    if (f.field === 'submitters' && partyWithNames) {
      parties.push(partyWithNames[1] ?? partyWithNames[2]);
      submitters.push(...splitNames(partyWithNames[3]).names);
    } else if (f.field === 'submitters' && partyThenNames) {
      parties.push(partyThenNames[1]);
      submitters.push(...splitNames(partyThenNames[2]).names);
    } else if (f.field === 'submitters' && fractions) parties.push(fractions[1]);
    else if (f.field === 'submitters') {
      const split = splitNames(askers);
      submitters.push(...split.names);
      // Councillors of two groups asking together (`A (X); B (Y)`): the party is both, as printed (`X en Y`).
      const groups = unique(split.parties);
      if (groups.length > 1) parties.push(dutchList(groups));
      parties.push(...split.parties);
    } else if (f.field === 'from' && !/\bfractie\b/i.test(f.value)) {
      const value = f.value
        .replace(/<[^>]*>/g, '')
        .replace(/["“”]/g, '')
        .trim();
      // Outlook's `Wierenga, Jan` (surname first) is one person: `Jan Wierenga`.
      const surnameFirst =
        /^(\p{Lu}[\p{L}'-]+),\s*(\p{Lu}[\p{L}.'-]*)((?:\s+(?:van|de|der|den|ter|ten|te|'t))*)$/u.exec(value);
      const split = surnameFirst
        ? { names: [`${surnameFirst[2]}${surnameFirst[3]} ${surnameFirst[1]}`], parties: [] }
        : splitNames(value);
      senders.push(...split.names.filter((name) => !NOT_A_NAME.test(name)).slice(0, 1));
      parties.push(...split.parties);
    }
  }
  // The sender is a submitter only when the body is signed with the same name (not a fractie assistant forwarding it).
  // A first name written out in the signature is the fuller name (`R. van der Heijden` signs `Rob van der Heijden`).
  if (submitters.length === 0)
    submitters.push(
      ...senders
        .filter((name) => signedBy(name, structure.signatureLines))
        .slice(-1)
        .map((name) => {
          const signed = signedName(name, structure.signatureLines);
          return signed && !/^\p{Lu}\./u.test(signed) && /^\p{Lu}\./u.test(name) ? signed : name;
        }),
    );
  submitters.splice(0, submitters.length, ...withCoSigners(submitters, structure));
  // (A party's letter with the college's answers written in under each question, no answer letter of its own, is
  // signed `Namens de fractie …`: its signers ask, also with answers.)
  const partySigned =
    structure.questionSignatureLines.length === 0 &&
    structure.signatureLines.some((l) => /^namens\s+de\s+fractie\b/i.test(l));
  // (A letter signed by the college, `burgemeester en wethouders van X` over its secretaris and burgemeester, is the
  // college's even without answers (a postponement that repeats the questions): its signers ask nothing.)
  const collegeSigned = structure.signatureLines.some((l) =>
    /^(?:namens\s+)?(?:het\s+)?(?:college\s+van\s+)?burgemeester\s+en\s+wethouders\b/i.test(l.trim()),
  );
  if ((!hasAnswers || partySigned) && submitters.length === 0 && !collegeSigned)
    submitters.push(...signatureNames(structure.signatureLines));
  // (A questions letter with the answer letter glued below it: the askers signed the questions.)
  if (submitters.length === 0) submitters.push(...signatureNames(structure.questionSignatureLines));
  for (const f of structure.fields) {
    // `Van: fractie SP (mevrouw L. Verhoeven)` on a form: the party, and its councillors in brackets.
    if (f.field !== 'from' || !/\bfractie\b/i.test(f.value)) continue;
    const inBrackets = /\(([^)]+)\)/.exec(f.value);
    if (inBrackets && submitters.length === 0) submitters.push(...splitNames(inBrackets[1]).names);
    const named = /\bfractie\s+(?:van\s+)?(?:de\s+)?([^(<]+?)\s*(?:\(|<|$)/i.exec(f.value);
    if (named) parties.push(named[1]);
  }
  // An answer mail sent to the councillor who asked, named with the group in brackets as an address book writes a
  // councillor (`Aan: A. Vaessen (Groen Heuvelland) <a.vaessen@…>`): who asked, and the party.
  if (hasAnswers && submitters.length === 0) {
    const addressed = structure.fields
      .filter((f) => f.mail && f.field === 'ignored')
      .map((f) => MAIL_COUNCILLOR.exec(f.value.trim()))
      .find((m) => m !== null);
    if (addressed) {
      submitters.push(...splitNames(addressed[1]).names.filter((n) => !NOT_A_NAME.test(n)));
      parties.push(addressed[2].trim());
    }
  }
  // Councillors named in running text: `de leden Van der Linden en El Idrissi (CDA) hebben vragen gesteld`.
  const askers = askersInText([...structure.titles, ...opening], municipality);
  if (submitters.length === 0) submitters.push(...askers.names);
  // … or each by title or role with a party of their own, and those who co-signed (`De vragen zijn mede ondertekend
  // door … de heer R. Blom`).
  if (submitters.length === 0) submitters.push(...councillorsInText(opening));
  parties.push(
    // (`Aan: de fracties van GroenLinks-PvdA, VVD en Dorpsbelangen Heumen`: the letter goes to the groups that asked.)
    ...groupsInText(
      structure.fields.filter((f) => !f.mail && f.field === 'ignored').map((f) => f.value),
      false,
    ),
    ...groupsInText(opening),
    ...askers.parties,
    ...askingOnBehalf([...structure.explanationLines, ...opening].join(' ')),
  );
  // A college's answer letter is addressed to the councillor who asked: `t.a.v. mevrouw A. Jansen`.
  // (An address block read after the letterhead's address line is the letter's too: only above its first sentence.)
  const beforeProse = structure.preambleLines.slice(
    0,
    Math.max(
      0,
      // (A sentence wrapped so that its last line is short ends there too: `… op uw vragen` / `in.`.)
      structure.preambleLines.findIndex(
        (line, i, all) => /[.?!:]$/.test(line.trim()) && (line.length > 40 || (all[i - 1] ?? '').length > 40),
      ),
    ),
  );
  for (const line of [...structure.headerLines, ...(hasAnswers ? beforeProse : [])]) {
    // (Also after the addressed group on one line: `Aan de fractie van het CDA, t.a.v. mevrouw J. Overvliet`.)
    const addressee = /^(?:aan\s+[^,.?!]{2,80},\s*)?t\.?\s?a\.?\s?v\.?\s+(.+)$/i.exec(line);
    // (`t.a.v. de fractie X` names the group, no one in it: the councillor on the line below is the addressee.)
    if (addressee && submitters.length === 0)
      submitters.push(...splitNames(addressee[1]).names.filter((n) => !/\bfractie\b/i.test(n)));
  }
  // … or a questions letter's head naming the group and, after a comma, who writes for it (`Fractie X Haverdam, Anna
  // de Wit`; a questions letter pasted under the answers that mail it).
  for (const line of structure.headerLines) {
    const named = /^(?:de\s+)?fractie\s+(?:van\s+)?(?:de\s+|het\s+)?[^,]+,\s*(\S.*)$/i.exec(line.trim());
    if (!named || submitters.length > 0) continue;
    submitters.push(
      ...splitNames(named[1]).names.filter((n) => NAME_SHAPE.test(n) && !NOT_A_NAME.test(n) && /\s|\./.test(n)),
    );
  }
  // … or in its address block, the councillors by title beside the line naming their group:
  // `Mevrouw E. Jansen` / `Fractie X`, or `Aan de leden van de fractie X` / `de heren A. Bos en C. Dijk`.
  if (hasAnswers && submitters.length === 0) submitters.push(...addressedCouncillors(structure.headerLines));
  // … or addressed by title (`De heer H. Oude Vrielink`) and greeted by the same name (`Geachte heer Oude Vrielink,`)
  // in a letter that tells the addressee about the questions he asked (`heeft u … vragen gesteld`).
  if (hasAnswers && submitters.length === 0 && COLLEGE_TO_ASKER.test(openingText))
    submitters.push(...greetedAddressee(structure.headerLines, text));
  // … or in its `Aan:` line: `Aan: de fractie JA21, t.a.v. de heer B. Maessen` (or `…, de heer B. Maessen`: a
  // councillor by title after the comma; or before it: `Aan: de heer B. Maessen, fractie JA21`).
  // (Also in the college's letter without answers, a postponement repeating the questions: it goes to who asked.)
  for (const f of structure.fields) {
    const addressee =
      /\bt\.\s?a\.\s?v\.\s+(.+)$/i.exec(f.value) ??
      /^(?:de\s+)?fractie\b[^,]*,\s*((?:de\s+heer|mevrouw|dhr\.|mw\.|mevr\.)\s+\S.*)$/i.exec(f.value) ??
      /^((?:de\s+heer|mevrouw|dhr\.|mw\.|mevr\.)\s+[^,]+),\s*(?:de\s+)?fractie\b/i.exec(f.value);
    if ((!hasAnswers && !collegeSigned) || f.mail || f.field !== 'ignored' || !addressee || submitters.length > 0)
      continue;
    submitters.push(...splitNames(addressee[1]).names.filter((n) => !NOT_A_NAME.test(n)));
  }
  // … or, in an e-mail sending the answers to the councillor who asked (the griffie's `Hierbij de antwoorden op de
  // vragen die je … hebt gesteld`), the one on its `Aan:` or `Cc:` line whom it greets by name (`Beste Anouk,` to
  // `Anouk Verbeek <…>`).
  if (
    hasAnswers &&
    submitters.length === 0 &&
    (COLLEGE_TO_ASKER.test(openingText) || ASKED_BY_ADDRESSEE.test(openingText))
  )
    submitters.push(...greetedRecipient(structure.fields, text));
  // … or, where nothing else names who asks, the `Steller` of a header block that names the party beside it
  // (`Steller  mevrouw A. Jansen` / `Fractie  X`): in a party's header block the one who put the questions.
  // (Next to a `Vragensteller`, an addressee or a signature it stays the civil servant who drafted the document.)
  const author = structure.fields.find((f) => f.field === 'author' && !f.mail && f.value.trim() !== '');
  if (submitters.length === 0 && author && field('party') !== null)
    submitters.push(...splitNames(author.value).names.filter((n) => !NOT_A_NAME.test(n)));
  // … or, last, an earlier letter the answer letter supersedes (a postponement in the same file: `Op 19 september
  // heeft mevrouw A. Bos namens de fractie X … vragen gesteld`): it still tells who asked, as it still dates them.
  if (submitters.length === 0 && superseded.length > 0) {
    const earlierAskers = askersInText(superseded, municipality).names;
    submitters.push(...(earlierAskers.length > 0 ? earlierAskers : councillorsInText(superseded)));
  }

  const partyField = field('party');
  const party =
    (partyField ? cleanParty(partyField, municipality) : null) ??
    (parties.length > 0 ? cleanParty(parties[0], municipality) : null) ??
    findParty(
      [...structure.fields.map((f) => f.value), ...structure.headerLines, text, ...structure.signatureLines].join('\n'),
      municipality,
    ) ??
    signatureParty(structure.signatureLines, municipality) ??
    titleParty([...structure.titles, ...structure.headerLines], municipality);
  // A local party's letter headed by its full name (`Dorpsbelangen Oosterhoeve` / `fractie in de gemeenteraad …`) is
  // the party so named, where the text names it short (`namens de fractie van Dorpsbelangen`). (A name and place
  // under a councillor's signature may be the place alone: the short name stays.)
  const fullName = party && municipality && !NATIONAL_PARTY.test(party) ? `${party} ${municipality}` : null;
  const partyNamed = fullName !== null && /^\s*([^\n]*?)[ \t]*(?:\n|$)/.exec(text)?.[1] === fullName ? fullName : party;

  // A `portefeuille` field (a portfolio's name, read as no field) that names a wethouder or the burgemeester names the
  // holder: `portefeuille     wethouder R. de Jong`.
  const portfolioNamed = structure.fields.find(
    (f) => f.field === 'ignored' && !f.mail && /^(?:wethouder|(?:loco-)?burgemeester)\s+\p{Lu}/u.test(f.value.trim()),
  );
  const holder =
    field('portfolioHolder') ??
    (portfolioNamed ? portfolioNamed.value.trim() : null) ??
    holderLine(structure.signatureLines) ??
    holderInText(opening) ??
    holderInText(structure.signatureLines) ??
    signatureHolder(structure.signatureLines, MAYOR_ANSWERS.test(opening.join(' ')));
  return {
    municipality,
    reference,
    subject,
    legalBasis,
    party: partyNamed,
    submitters: withoutInitialledRepeats(unique(submitters)),
    portfolioHolder: holder ? cleanPersonName(holder) : null,
    receivedOn,
    answeredOn,
  };
}

/** `A. Vaessen (Groen Heuvelland) <a.vaessen@…>`: a person by initials or first name, a group in brackets, an address. */
const MAIL_COUNCILLOR =
  /^((?:\p{Lu}\.\s*)+(?:[a-z']+\s+)*\p{Lu}[\p{L}'-]+|\p{Lu}\p{Ll}+(?:\s+[a-z']+)*\s+\p{Lu}[\p{L}'-]+)\s*\(((?:\p{Lu}|\d)[^()@<>]{0,60})\)\s*(?:<[^<>\s]+@[^<>\s]+>)?$/u;

/**
 * A councillor named twice, in full and by initials (a form's `Naam raadslid: Anna Bos` and its `Handtekening: A.
 * Bos`): one person, the name written out kept.
 */
function withoutInitialledRepeats(names: string[]): string[] {
  return names.filter((name) => {
    const initialled = /^((?:\p{Lu}\.\s?)+)\s*(\S.*)$/u.exec(name);
    if (!initialled) return true;
    const first = initialled[1].charAt(0);
    return !names.some(
      (other) =>
        other !== name &&
        !/^\p{Lu}\./u.test(other) &&
        other.startsWith(first) &&
        other.endsWith(` ${initialled[2]}`) &&
        other.length > initialled[2].length + 2,
    );
  });
}

/** The number in `geregistreerd onder (registratie)nummer X` (or `kenmerk`, `ingeschreven onder`) in a sentence. */
function registeredNumber(sentences: string[]): string | null {
  for (const sentence of sentences) {
    const m =
      /\b(?:geregistreerd|ingeschreven|bekend|opgenomen)\s+onder\s+(?:het\s+)?(?:registratie|zaak)?(?:nummer|kenmerk)\s+([\p{L}\d][\p{L}\d/.-]*\d[\p{L}\d/-]*)/iu.exec(
        sentence,
      );
    if (m) return m[1];
  }
  return null;
}

/** The college addressing the asker about the asker's questions: `heeft u … vragen gesteld`, `uw vragen`. */
// (`u` first too: `U heeft op 8 oktober vragen gesteld`.)
const COLLEGE_TO_ASKER =
  /\b(?:(?:heeft|hebt|had|stelde|stelt)\s+u|u\s+(?:heeft|hebt|had|stelde|stelt))\b[^.?!]{0,200}?\bvragen\b|\buw\s+(?:\p{L}+\s+)?vragen\b/iu;

/**
 * The set's own number holds a reference as a whole (`RIB 2025-044` holds `2025-044`); `MF-2024-2290` does not hold
 * `2024-22`, a council letter's number that is only its beginning.
 */
function holdsNumber(own: string, reference: string): boolean {
  const at = own.indexOf(reference);
  if (at < 0) return false;
  return !/[\p{L}\d]/u.test(own.charAt(at + reference.length)) && !/\d/.test(own.charAt(at - 1));
}

const DATE_WORDS =
  /\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}\b|\b\d{1,2}-\d{1,2}-\d{4}\b/gi;

/**
 * Dates in the opening sentences: `Op 10 februari 2025 heeft de fractie … vragen gesteld` (asked),
 * `Het college heeft op 4 maart 2025 de vragen van … van 5 februari 2025 als volgt beantwoord`
 * (answered on the date after `op`, asked on the date after `vragen`); in the present tense too
 * (`In uw brief van 2 februari 2025 stelt de fractie … vragen`).
 */
const ASKED_VERB = /\b(?:gesteld|ingediend|ontvangen|ontvingen|ontving|stelden|stelde|stelt|stellen)\b/i;

/**
 * `Het college heeft de antwoorden in zijn vergadering van 26 november 2024 vastgesteld`: the day the college settled
 * its answers (at its meeting, or `op <datum>`) dates them; so does the day it settled the letter itself (`Het college
 * heeft deze brief op 25 oktober 2024 vastgesteld`).
 */
function settledDate(sentences: string[]): string | null {
  for (const sentence of sentences) {
    if (
      !/\b(?:antwoorden|beantwoording|deze\s+(?:antwoord)?brief)\b/i.test(sentence) ||
      !/\bvast(?:gesteld|stelde|stelden)\b/i.test(sentence)
    )
      continue;
    const settled =
      /\b(?:(?:vergadering|zitting)\s+van|op)\s+(\d{1,2}\s+\p{L}+\s+\d{4}|\d{1,2}-\d{1,2}-\d{4})\b/iu.exec(sentence);
    const iso = settled ? (findAbsoluteDate(settled[1])?.iso ?? null) : null;
    if (iso) return iso;
  }
  return null;
}

function datesFromSentences(sentences: string[]): { receivedOn: string | null; answeredOn: string | null } {
  let receivedOn: string | null = null;
  let answeredOn: string | null = null;
  for (const sentence of sentences) {
    // (The day the college settled its answers or its letter dates them.)
    answeredOn ??= settledDate([sentence]);
    if (!/\bvragen\b/i.test(sentence)) continue;
    const dates = [...sentence.matchAll(DATE_WORDS)].map((m) => ({ iso: findAbsoluteDate(m[0])?.iso, index: m.index }));
    if (dates.length === 0) continue;
    const questionsAt = sentence.search(/\bvragen\b/i);
    // `Hartelijk dank voor uw vragen van 30 september 2024 over …`: the date right after `vragen van` is theirs, also
    // where the sentence answers them (`Uw vragen van 21 januari 2025 beantwoorden wij als volgt`).
    const dated = dates.find((d) => /\bvragen\s+(?:van|d\.d\.)\s+$/i.test(sentence.slice(0, d.index)));
    if (/\bbeantwoord(?:t|en)?\b/i.test(sentence)) {
      // `Hierbij beantwoorden wij de vragen die u op 3 maart 2025 heeft gesteld`: a date in the clause after `vragen`
      // that asks them is theirs, not the answer's.
      // (Or the date right after the verb that asks them: `de vragen van X, ingediend op 13 mei 2025, … beantwoord`.)
      const askedClause =
        dated ??
        (ASKED_VERB.test(sentence.slice(questionsAt))
          ? (dates.find((d) => d.index > questionsAt && ASKED_VERB.test(sentence.slice(d.index))) ??
            dates.find(
              (d) =>
                d.index > questionsAt && /\b(?:gesteld|ingediend|ontvangen)\s+op\s+$/i.test(sentence.slice(0, d.index)),
            ))
          : undefined);
      const rest = dates.filter((d) => d !== askedClause);
      const answered = rest.find((d) => /\bop\s+$/i.test(sentence.slice(0, d.index))) ?? rest[0];
      if (answered) answeredOn ??= answered.iso ?? null;
      const asked = askedClause ?? dates.find((d) => d !== answered && d.index > questionsAt);
      if (asked) receivedOn ??= asked.iso ?? null;
    } else if (ASKED_VERB.test(sentence)) {
      receivedOn ??= dates[0].iso ?? null;
    } else if (dated) receivedOn ??= dated.iso ?? null;
  }
  return { receivedOn, answeredOn };
}

// A double surname may go on after a prefix: `Jansen-de Boer`, `Smit-van der Berg`,
const PERSON =
  "(?:(?:\\p{Lu}\\.\\s?)+\\s?|\\p{Lu}\\p{Ll}+\\s)?(?:(?:van|de|der|den|ter|ten|te|el|al|in|'t)\\s)*\\p{Lu}[\\p{L}'-]+(?:(?<=-(?:de|van|ter|ten|te|den|der))(?:\\s(?:de|der|den))?\\s\\p{Lu}[\\p{L}'-]+)?" +
  // or after a spaced dash: `De Vaan - van Kessel` (closed up by cleanPersonName).
  "(?:\\s[–—-]\\s(?:(?:van|de|der|den|ter|ten|te|in)\\s)*\\p{Lu}[\\p{L}'-]+)?";

/**
 * A `Portefeuillehouder: wethouder S. Jansen` line printed under the college's signature names the holder,
 * who does not sign himself (the burgemeester and secretaris sign for the college).
 */
function holderLine(lines: string[]): string | null {
  for (const line of lines) {
    const m = /^([^:]{3,40}):\s*(\S.*)$/.exec(line);
    if (m && labelField(m[1]) === 'portfolioHolder') return m[2];
    // (A wethouder labelled by his portfolio, `Wethouder financiën: A. Bos`, is the holder too.)
    if (m && /^(?:de\s+)?(?:wethouder|portefeuillehouder)\s+\p{Ll}[\p{Ll}\s,&-]*$/iu.test(m[1].trim())) return m[2];
  }
  return null;
}

/**
 * `, portefeuillehouder Wonen,` after a wethouder's name: his portfolio told between commas; or in brackets (`Wethouder
 * T. Bos (Wonen) beantwoordt …`); or the closing comma of an apposition opened before him (`De portefeuillehouder
 * Zorg, wethouder T. Bos, heeft de beantwoording voorbereid`).
 */
const PORTFOLIO_APPOSITION = String.raw`(?:,\s+portefeuillehouder(?:\s+[\p{L}&-]+){1,4},|\s+\((?:\s*[\p{L}&,-]+){1,4}\s*\)|,(?=\s+(?:heeft|had|beantwoordt)\s))?`;

/** How the college's own lines and the opening name the portfolio holder (holderInText), compiled once. */
const HOLDER_PATTERNS: readonly RegExp[] = [
  // (`In opdracht van wethouder X ontvangt u hieronder de antwoorden`: the one on whose behalf the answers go out;
  // `Namens burgemeester X, portefeuillehouder …`: a named burgemeester answers for his own portfolio.)
  new RegExp(`\\b(?:[Nn]amens|[Ii]n\\s+opdracht\\s+van)\\s+(?:de\\s+)?(?:wethouder|burgemeester)\\s+(${PERSON})`, 'u'),
  new RegExp(`\\b[Ww]ethouder\\s+(${PERSON})\\s+is\\s+(?:de\\s+)?portefeuillehouder\\b`, 'u'),
  // (`De vragen zijn beantwoord onder verantwoordelijkheid van wethouder X`: the one answering for them.)
  new RegExp(
    `\\b[Oo]nder\\s+(?:de\\s+)?verantwoordelijkheid\\s+van\\s+(?:de\\s+)?(?:wethouder|burgemeester)\\s+(${PERSON})`,
    'u',
  ),
  // (… or the other way round: `Portefeuillehouder is wethouder X.`)
  new RegExp(`\\b[Pp]ortefeuillehouder\\s+is\\s+(?:de\\s+)?(?:wethouder|burgemeester)\\s+(${PERSON})`, 'u'),
  // (`Wethouder X heeft dit onderwerp in portefeuille`, `… heeft verkeer in zijn portefeuille`: the same said so.)
  new RegExp(
    `\\b[Ww]ethouder\\s+(${PERSON})\\s+heeft\\s+(?:[\\p{Ll}-]+\\s+){1,3}?in\\s+(?:zijn\\s+|haar\\s+)?portefeuille\\b`,
    'u',
  ),
  // `Omdat veiligheid tot de portefeuille van burgemeester X behoort`: the one whose portfolio the subject is in.
  new RegExp(`\\b[Pp]ortefeuille\\s+van\\s+(?:de\\s+)?(?:wethouder|burgemeester)\\s+(${PERSON})`, 'u'),
  // `Hierbij de antwoorden van wethouder X op uw vragen` (a mail passing the answers on): the one who answers;
  // `… van burgemeester X` named so answers for his own portfolio (not `burgemeester en wethouders`: no name).
  new RegExp(
    `\\b(?:antwoorden|antwoord|beantwoording|reactie)\\s+(?:van|door)\\s+(?:de\\s+)?(?:wethouder|burgemeester)\\s+(${PERSON})`,
    'u',
  ),
  // The wethouder who prepared the answers (`Wethouder H. Jansen heeft de beantwoording voorbereid`, `… verzorgd`),
  // or released, approved or settled them (`… heeft de antwoorden geaccordeerd`, `… vastgesteld`), his portfolio perhaps
  // between commas (`Wethouder H. Jansen, portefeuillehouder Wonen, heeft …`).
  new RegExp(
    `\\b[Ww]ethouder\\s+(${PERSON})${PORTFOLIO_APPOSITION}\\s+(?:heeft|had)\\s+(?:de\\s+)?(?:beantwoording|antwoorden)(?:\\s+\\p{Ll}+){0,3}?\\s+(?:voorbereid|opgesteld|verzorgd|vrijgegeven|goedgekeurd|geaccordeerd|vastgesteld)\\b`,
    'u',
  ),
  // (`De beantwoording is afgestemd met wethouder X`: the answers agreed with the one whose portfolio it is, as a
  // form's `Afgestemd portefeuillehouder` field says.)
  // (Or the questions' answers prepared with him: `De vragen zijn voorbereid met wethouder X, portefeuillehouder …`.)
  new RegExp(
    `\\b(?:beantwoording|antwoorden|vragen)\\s+(?:is|zijn)\\s+(?:afgestemd|voorbereid)\\s+met\\s+(?:de\\s+)?(?:wethouder|burgemeester)\\s+(${PERSON})`,
    'u',
  ),
  // The answers said to be given or settled by a named wethouder (`De vragen worden beantwoord door wethouder X`,
  // `De antwoorden zijn vastgesteld door wethouder X`, `De vragen zijn voorbereid door wethouder X`): the one who answers.
  new RegExp(
    `\\b(?:beantwoord|vastgesteld|opgesteld|voorbereid)\\s+door\\s+(?:de\\s+)?(?:wethouder|burgemeester)\\s+(${PERSON})`,
    'u',
  ),
  // The named wethouder or burgemeester who answers (`Wethouder H. Jansen beantwoordt deze vragen namens het
  // college`): the one whose portfolio it is.
  new RegExp(`\\b(?:[Ww]ethouder|[Bb]urgemeester)\\s+(${PERSON})${PORTFOLIO_APPOSITION}\\s+beantwoordt\\b`, 'u'),
  // (… or after the verb, the sentence opening with whom he answers for: `Namens het college beantwoordt wethouder
  // H. Jansen ze hieronder`.)
  new RegExp(`\\bbeantwoordt\\s+(?:de\\s+)?(?:wethouder|burgemeester)\\s+(${PERSON})`, 'u'),
  // (… or told as done: `Wethouder H. Jansen heeft deze vragen namens ons college beantwoord`.)
  new RegExp(
    `\\b(?:[Ww]ethouder|[Bb]urgemeester)\\s+(${PERSON})\\s+(?:heeft|had)\\s+(?:deze|de|uw)\\s+vragen(?:\\s+\\p{Ll}+){0,4}?\\s+beantwoord\\b`,
    'u',
  ),
];

// The answers named by a pronoun in the sentence after the one that tells of them: `Hieronder de antwoorden van het
// college. Wethouder H. Jansen heeft ze vandaag vastgesteld.`
const SETTLED_THEM = new RegExp(
  `^(?:[Dd]e\\s+)?[Ww]ethouder\\s+(${PERSON})${PORTFOLIO_APPOSITION}\\s+(?:heeft|had)\\s+ze(?:\\s+\\p{Ll}+){0,3}?\\s+(?:voorbereid|opgesteld|vastgesteld)\\b`,
  'u',
);

/**
 * `namens wethouder E. Bos` (or `in opdracht van wethouder E. Bos`), `(portefeuillehouder: wethouder F. Buijserd)` in the college's own lines; in the
 * opening also `Wethouder K. Smit is portefeuillehouder voor …` or `Wethouder K. Smit heeft de beantwoording
 * voorbereid`.
 */
function holderInText(sentences: string[]): string | null {
  for (const sentence of sentences) {
    for (const pattern of HOLDER_PATTERNS) {
      const m = pattern.exec(sentence);
      if (m) return cleanPersonName(m[1]);
    }
  }
  for (let i = 1; i < sentences.length; i++) {
    const m = SETTLED_THEM.exec(sentences[i].trim());
    if (m && /\bantwoorden\b/i.test(sentences[i - 1])) return cleanPersonName(m[1]);
  }
  return null;
}

// (`Aan de heer K. Bos` over `fractie X`: the address block's first line may open with `Aan`.)
const ADDRESSED =
  /^(?:aan\s+)?(?:de heren|de dames|mevrouw|mevr\.|mw\.|de heer|dhr\.|heer|de leden|het lid|de raadsleden|het raadslid)\s+(.+)$/i;

/** Councillors addressed by title on a line of the address block next to the line naming their fractie. */
function addressedCouncillors(lines: string[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    const m = ADDRESSED.exec(lines[i]);
    if (!m || /\bfractie\b/i.test(lines[i])) continue;
    // (Or two lines above, the group's line wrapped: `Aan de leden van de fractie X` / `in de gemeenteraad van Y`.)
    const beside = [lines[i - 1] ?? '', lines[i + 1] ?? '', lines[i - 1] ? (lines[i - 2] ?? '') : ''].some((line) =>
      /\bfractie\b/i.test(line),
    );
    if (!beside) continue;
    const names = splitNames(m[1].replace(/\s+(?:van de|namens de)\s+fractie\b.*$/i, '')).names.filter(
      (n) => NAME_SHAPE.test(n) && !NOT_A_NAME.test(n),
    );
    // (`de heer A. Bos` / `mevrouw C. Dijk`: one addressee a line, the lines under the first go on.)
    for (let j = i + 1; j < lines.length; j++) {
      const more = ADDRESSED.exec(lines[j]);
      if (!more || /\bfractie\b/i.test(lines[j])) break;
      names.push(...splitNames(more[1]).names.filter((n) => NAME_SHAPE.test(n) && !NOT_A_NAME.test(n)));
    }
    if (names.length > 0) return names;
  }
  return [];
}

/**
 * `… beantwoordt de burgemeester uw vragen namens het college`, `De burgemeester beantwoordt …`: the opening says the
 * burgemeester answers for his own portfolio; he then holds it also where he signs beside the secretaris.
 */
const MAYOR_ANSWERS =
  /\bbeantwoordt\s+(?:de\s+)?burgemeester\b|\b(?:de\s+)?burgemeester\s+beantwoordt\b|\bburgemeester\s+(?:de\s+)?(?:vragen|antwoorden)\s+beantwoordt\b/i;

/**
 * A letter signed `De wethouder Bouwen en Wonen,` with the name on that line or the next one; or signed by the
 * burgemeester alone (`De burgemeester van X,`), who then answers for his own portfolio. Beside the secretaris,
 * or under `burgemeester en wethouders`, the burgemeester signs for the college and holds no portfolio here.
 */
function signatureHolder(signature: string[], mayorAnswers = false): string | null {
  // Signatures side by side (`De burgemeester van X,     De secretaris,` over `A. Bos     C. Dijk`): the left one's
  // role and name are read as lines of their own.
  const gap = /\S\s{3,}\S/;
  const lines = signature.map((line, i) =>
    gap.test(line) && [signature[i - 1] ?? '', signature[i + 1] ?? ''].some((near) => gap.test(near))
      ? line.trim().split(/\s{3,}/)[0]
      : line,
  );
  const forCollege =
    !mayorAnswers && signature.some((line) => /\b(?:secretaris|burgemeester en wethouders|college)\b/i.test(line));
  // A name with its role in brackets under the college's formula (`A. Bos (wethouder financiën)`): that wethouder.
  for (const line of lines) {
    const bracketed = /^([^()]{3,60}?)\s*\(\s*(?:wethouder|portefeuillehouder)\b[^()]*\)\s*,?$/i.exec(line.trim());
    const name = bracketed ? cleanPersonName(bracketed[1]) : null;
    if (name && NAME_SHAPE.test(name) && !NOT_A_NAME.test(name)) return name;
  }
  for (let i = 0; i < lines.length; i++) {
    const m = (
      forCollege
        ? /^(?:de\s+)?(?:wethouder|portefeuillehouder)\b[^,]*,?\s*(.*)$/i
        : /^(?:de\s+)?(?:wethouder|portefeuillehouder|burgemeester)\b[^,]*,?\s*(.*)$/i
    ).exec(lines[i]);
    if (!m) continue;
    // The name after the role, on the next line, or above it (`A.B. Heijink` / `wethouder Wonen en Ruimte`).
    // Titles before the initials (`mr. drs. T. Smeets`) are dropped before the initials are looked for.
    const cleanAbove = i > 0 ? cleanPersonName(lines[i - 1]) : null;
    // (Initials, then a surname, its particles too: `P. van der Kooij` / `wethouder Verkeer en Vervoer`.)
    const above =
      cleanAbove && /^(?:\p{Lu}\.\s?)+\s?(?:(?:van|de|der|den|ter|ten|te|el|in|'t)\s+)*\p{Lu}/u.test(cleanAbove)
        ? cleanAbove
        : null;
    // (The line below is the name only when shaped like one: under a signature an e-mail's disclaimer may follow, or
    // the employer, `Gemeente X`.)
    const cleanBelow = lines[i + 1] ? cleanPersonName(lines[i + 1]) : null;
    const below = cleanBelow && NAME_SHAPE.test(cleanBelow) && !NOT_A_NAME.test(cleanBelow) ? cleanBelow : null;
    // (Initials at the line's end go on with the surname on the next: `…, T.` / `ter Horst`.)
    const split =
      /^(?:\p{Lu}\.\s?)+$/u.test(m[1].trim()) && lines[i + 1]
        ? cleanPersonName(`${m[1].trim()} ${lines[i + 1]}`)
        : null;
    // (After the role's comma a portfolio may go on, `wethouder Ruimte, Duurzaamheid en Verkeer`: words not
    // shaped like a name give way to a name on the line below or above, `Bert Hardeman` above too.)
    const after = m[1] ? cleanPersonName(m[1]) : null;
    // (So may a portfolio without a comma, `Jan Bos` / `wethouder Onderwijs`.)
    const portfolio = after !== null || /^\s*(?:de\s+)?\p{L}+\s+\S/u.test(lines[i]);
    const fullAbove =
      cleanAbove && NAME_SHAPE.test(cleanAbove) && !NOT_A_NAME.test(cleanAbove) && /\s/.test(cleanAbove)
        ? cleanAbove
        : null;
    // (`wethouder L. Boone` without a comma: initials right after the role start the name on the role's own line.)
    const inline = lines[i].includes(',')
      ? null
      : /^(?:[Dd]e\s+)?(?:[Ww]ethouder|[Bb]urgemeester)\s+((?:\p{Lu}\.\s?)+\s?\S.*)$/u.exec(lines[i].trim());
    const own = inline ? cleanPersonName(inline[1]) : null;
    const name =
      (split && NAME_SHAPE.test(split) ? split : null) ??
      (after && NAME_SHAPE.test(after) ? after : null) ??
      (own && NAME_SHAPE.test(own) ? own : null) ??
      below ??
      above ??
      (portfolio ? fullAbove : null) ??
      after;
    if (name && !NOT_A_NAME.test(name) && name.split(/\s+/).length <= 5) return name;
  }
  // A signature flattened into running lines (`… van X, de wethouder van Sport, A.` / `de Wit`): the name
  // after the role's comma ends the signature, wherever the lines were broken.
  const flat = /,\s*de\s+wethouder\b[^,]*,\s*([^,]+?)\s*$/i.exec(lines.join(' '));
  const name = flat ? cleanPersonName(flat[1]) : null;
  if (name && NAME_SHAPE.test(name) && !NOT_A_NAME.test(name) && name.split(/\s+/).length <= 5) return name;
  return null;
}

/** A legal basis in brackets (`(artikel 39 RvO)`), or the set's number (`(zaaknummer Z-25-118)`): no party. */
const LEGAL_IN_BRACKETS = /\b(?:art(?:ikel|\.)|RvO|reglement|zaaknummer|registratienummer|kenmerk)/i;

/** A word that opens only a local party's name: `Gemeentebelangen X`, `Dorpsbelang`, `Leefbaar X`, `Lokaal X`. */
const LOCAL_PARTY_WORD = /^(?:\p{Lu}\p{Ll}*belang(?:en)?|Leefbaar|Lokaal|Onafhankelijk)\b/u;

/** Councillors and their party named where the questions are introduced. */
function askersInText(sentences: string[], municipality: string | null): { names: string[]; parties: string[] } {
  const pattern =
    /\b(?:de leden|het lid|het raadslid|raadsleden|raadslid|de heer|mevrouw|dhr\.|mw\.)\s+([^()]{2,120}?)\s*\(([^)]{2,40})\)/iu;
  // `het raadslid Y. Boukhari namens de fractie van de Partij van de Arbeid` (or `namens Lokaal Belang`); each further
  // name may carry its own title (`de heer A. Bos en mevrouw C. Dam namens …`), and a prefix may be `'t` (`van 't Hof`).
  // (Two councillors under one plural title too: `de heren A. Bos en C. Dam namens …`, `de dames …`.)
  // (A double surname whose second part has a prefix, `Vlasblom-de Graaf` or `Vlasblom – de Graaf`, is one surname.)
  const onBehalf =
    /\b(?:[Dd]e leden|[Hh]et lid|[Hh]et raadslid|[Dd]e raadsleden|[Dd]e heer|[Dd]e heren|[Dd]e dames|[Mm]evrouw)\s+((?:(?:\p{Lu}\.\s?)+\s?)?(?:(?:van|de|der|den|ter|ten|te|el|'t)\s)*\p{Lu}[\p{L}'-]+(?:(?<=-(?:van|de|der|den|ter|ten|te))\s\p{Lu}[\p{L}'-]+|\s[-–]\s(?:(?:van|de|der|den|ter|ten|te)\s)+\p{Lu}[\p{L}'-]+)?(?:(?:,\s*|\s+en\s+)(?:(?:[Dd]e heer|[Mm]evrouw|dhr\.|mw\.|mevr\.)\s+)?(?:(?:\p{Lu}\.\s?)+\s?)?(?:(?:van|de|der|den|ter|ten|te|el|'t)\s)*\p{Lu}[\p{L}'-]+(?:(?<=-(?:van|de|der|den|ter|ten|te))\s\p{Lu}[\p{L}'-]+|\s[-–]\s(?:(?:van|de|der|den|ter|ten|te)\s)+\p{Lu}[\p{L}'-]+)?)*)\s+namens\s+(?:de\s+fractie\s+(?:van\s+)?)?(?:de\s+|het\s+)?((?:\p{Lu}|\d)[\p{L}\d'&+-]*(?:\s+(?:(?:voor|van)\s+(?:(?:de|het)\s+)?)?(?:\p{Lu}|\d)[\p{L}\d'&+-]*){0,4})/u;
  // `de fractie van D66, bij monde van de raadsleden S. Bakker en R. Yilmaz`
  // (or `bij monde van dhr. S. de Boer en mw. J. Visser`: each name with its title, no role word)
  const byMouthOf = new RegExp(
    `\\bfractie\\s+(?:van\\s+)?(?:de\\s+|het\\s+)?(${PARTY_WORDS}),?\\s+bij\\s+monde\\s+van\\s+(?:(?:de\\s+raadsleden|het\\s+raadslid|de\\s+leden|het\\s+lid|raadslid|raadsleden)\\s+(${NAME_LIST})|(${TITLED_NAME_LIST}))`,
    'u',
  );
  // `de raadsleden A, B en C van de fractie Leefbaar 3B`, `de leden … van de SP-fractie`, `namens de D66-fractie`
  // (`mw. I. de Vries en dhr. O. Yıldırım van de fractie X`: titled names need no role word)
  // (`de leden A en B, beiden van de fractie X`: `beiden`/`allen` after a comma.)
  const membersOf = new RegExp(
    `\\b(?:(?:[Dd]e\\s+raadsleden|[Dd]e\\s+leden|[Hh]et\\s+raadslid|[Hh]et\\s+lid)\\s+(${NAME_LIST})|(${TITLED_NAME_LIST}))(?:,\\s*(?:beiden|allen|allebei)\\s+|\\s+)(?:van|namens)\\s+(?:de\\s+fractie\\s+(?:van\\s+)?(?:de\\s+|het\\s+)?(${PARTY_WORDS})|de\\s+((?:\\p{Lu}|\\d)[\\p{L}\\d'&+]*)-fractie)`,
    'u',
  );
  // `de raadsleden A en B van de SP`: a party named without `fractie`, by its initials or a national party's name, after
  // councillors by role (not one of several groups: `…, de heer C van de Y`).
  const membersOfParty = new RegExp(
    `\\b(?:[Dd]e\\s+raadsleden|[Dd]e\\s+leden|[Hh]et\\s+raadslid|[Hh]et\\s+lid)\\s+(${NAME_LIST})\\s+van\\s+(?:de\\s+|het\\s+)?(${PARTY_WORDS})(?!\\s*,\\s*(?:de\\s+heer|mevrouw|dhr\\.|mw\\.|mevr\\.|het\\s+lid|de\\s+leden)\\s)`,
    'u',
  );
  // (Or a local party's name: one ending in the municipality's (`van Dorpsbelang Westerkwartier`), or opening with a
  // word only local parties use (`Gemeentebelangen`, `Leefbaar`, `Lokaal`).)
  const partyByName = (name: string): boolean =>
    /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(name) ||
    NATIONAL_PARTY.test(name) ||
    (municipality !== null && name.endsWith(` ${municipality}`)) ||
    LOCAL_PARTY_WORD.test(name);
  // `de fractie van de ChristenUnie (dhr. B. Verhoef)`: the party, and its councillors in brackets.
  const partyThenNames = new RegExp(
    `\\bfractie\\s+(?:van\\s+)?(?:de\\s+|het\\s+)?(${PARTY_WORDS})\\s*\\(((?:(?:dhr\\.|mw\\.|mevr\\.|de heer|mevrouw)\\s+)?${NAME_LIST}(?:(?:,\\s*|\\s+en\\s+)(?:dhr\\.|mw\\.|mevr\\.|de heer|mevrouw)\\s+${ONE_NAME})*)\\)`,
    'u',
  );
  const askedBy = new RegExp(
    `\\bgesteld\\s+door\\s+(?:(?:de\\s+raadsleden|het\\s+raadslid|de\\s+leden|het\\s+lid)\\s+(${NAME_LIST})|(${INITIALLED_NAME}(?:(?:,\\s*|\\s+en\\s+)${INITIALLED_NAME})*))`,
    'u',
  );
  // `In uw brief stelt u, bij monde van de raadsleden A en B, vragen`: the councillors, no party named beside them.
  const byMouthOnly = new RegExp(
    `\\bbij\\s+monde\\s+van\\s+(?:(?:de\\s+raadsleden|het\\s+raadslid|de\\s+leden|het\\s+lid|raadslid|raadsleden)\\s+(${NAME_LIST})|(${TITLED_NAME_LIST}))`,
    'u',
  );
  for (const sentence of sentences) {
    // (`… stelde de heer X namens de fractie Y vervolgvragen`: follow-up questions are asked alike.)
    if (!/\b(?:vervolg)?vragen\b/i.test(sentence)) continue;
    const bracketed = partyThenNames.exec(sentence);
    // (By title, or each by initials and surname: `de fractie van de X (A. Bos en C. de Wit-Dam)`.)
    if (
      bracketed &&
      (/^(?:dhr|mw|mevr|de heer|mevrouw)\b/i.test(bracketed[2]) || INITIALLED_NAMES_ONLY.test(bracketed[2]))
    ) {
      const names = splitNames(bracketed[2]).names.filter((n) => !NOT_A_NAME.test(n));
      if (names.length > 0) return { names, parties: [bracketed[1].trim()] };
    }
    // (A legal basis in brackets after the names, `(artikel 39 RvO)`, is no party.)
    const bracketedParty = pattern.exec(sentence);
    const direct =
      (bracketedParty && !LEGAL_IN_BRACKETS.test(bracketedParty[2]) ? bracketedParty : null) ?? onBehalf.exec(sentence);
    const mouth = direct ? null : byMouthOf.exec(sentence);
    const ofParty = direct || mouth ? null : membersOfParty.exec(sentence);
    const members =
      direct || mouth
        ? null
        : (membersOf.exec(sentence) ??
          (ofParty && partyByName(ofParty[2]) ? [ofParty[0], ofParty[1], undefined, ofParty[2]] : null));
    const m =
      direct ??
      (mouth
        ? [mouth[0], mouth[2] ?? mouth[3], mouth[1]]
        : members
          ? [members[0], members[1] ?? members[2], members[3] ?? members[4]]
          : null);
    if (!m || /\bwethouder\b/i.test(m[1])) {
      // `vragen van de fractie X over Y, gesteld door de raadsleden A en B op 2 oktober 2024` (or without their title,
      // names with initials: `gesteld door A. Bos en C. Dam`)
      const by = askedBy.exec(sentence) ?? byMouthOnly.exec(sentence);
      const names = by ? splitNames(by[1] ?? by[2]).names.filter((n) => !NOT_A_NAME.test(n)) : [];
      const party = new RegExp(`\\bfractie\\s+(?:van\\s+)?(?:de\\s+|het\\s+)?(${PARTY_WORDS})`, 'u').exec(sentence);
      if (names.length > 0) return { names, parties: party ? [party[1].trim()] : [] };
      continue;
    }
    const names = splitNames(m[1]).names.filter((n) => !NOT_A_NAME.test(n));
    const groups = [m[2].trim()];
    // `De raadsleden A (X) en B en C (beiden Y)`: councillors of two groups, each group's party in brackets after
    // its names; all ask, and the party is both as printed (`X en Y`), as in a `Vragensteller` field.
    if (bracketedParty && m === bracketedParty) {
      const more = /^\s*(?:,|en)\s+([^()]{2,120}?)\s*\(\s*(?:(?:beiden|allen|allebei)\s+)?([^)]{2,40})\)/u;
      let rest = sentence.slice(bracketedParty.index + bracketedParty[0].length);
      for (let next = more.exec(rest); next && !LEGAL_IN_BRACKETS.test(next[2]); next = more.exec(rest)) {
        names.push(...splitNames(next[1]).names.filter((n) => !NOT_A_NAME.test(n)));
        groups.push(next[2].trim());
        rest = rest.slice(next[0].length);
      }
    }
    if (names.length > 0) return { names, parties: [dutchList(unique(groups))] };
  }
  return { names: [], parties: [] };
}

/** Names with initials (`A. van Dijk`, `C. Smit - de Boer`), as a councillor is introduced in a sentence. */
const INITIALLED_NAME =
  "(?:\\p{Lu}\\.\\s?)+(?:(?:van|de|der|den|ter|ten|te|el|in|'t)\\s+)*\\p{Lu}[\\p{L}'-]+(?:(?<=-(?:de|van|ter|ten|te|den|der))(?:\\s(?:de|der|den))?\\s\\p{Lu}[\\p{L}'-]+)?(?:\\s[–—-]\\s(?:(?:van|de|der|den|ter|ten|te|in)\\s)*\\p{Lu}[\\p{L}'-]+)?";
/** Names each written with initials and nothing else: `A. Bos en C. de Wit-Dam`. */
const INITIALLED_NAMES_ONLY = new RegExp(`^${INITIALLED_NAME}(?:(?:,\\s*|\\s+en\\s+)${INITIALLED_NAME})*$`, 'u');
const COUNCILLOR_TITLE =
  '(?:[Dd]e\\s+raadsleden|[Hh]et\\s+raadslid|raadsleden|raadslid|[Dd]e\\s+heer|[Dd]e\\s+heren|[Dd]e\\s+dames|[Mm]evrouw|[Dd]hr\\.|[Mm]w\\.|[Mm]evr\\.)\\s+';
/** (Each name may carry its party in brackets: `de heren R. Peters (GroenLinks-PvdA) en T. Hendriks (VVD)`.) */
const PARTY_IN_BRACKETS = '(?:\\s*\\([^()]{2,40}\\))?';
const COUNCILLORS = new RegExp(
  `(?<!\\p{L})${COUNCILLOR_TITLE}(${INITIALLED_NAME}${PARTY_IN_BRACKETS}(?:(?:,\\s*|\\s+en\\s+)(?:${COUNCILLOR_TITLE})?${INITIALLED_NAME}${PARTY_IN_BRACKETS})*)`,
  'gu',
);

/**
 * `Op 19 november stelden de raadsleden A. van Dijk en mevrouw E.M. Hoogendoorn van het CDA, de heer G. Kok van de SGP
 * … vragen`, `De vragen zijn mede ondertekend door … de heer R. Blom`: every councillor introduced by title or role,
 * with initials, in the sentences telling who asked or signed, in printed order.
 */
function councillorsInText(sentences: string[]): string[] {
  const names: string[] = [];
  for (const sentence of sentences) {
    if (/\b(?:wethouder|burgemeester)\s+(?:de\s+heer|mevrouw)\b/i.test(sentence)) continue;
    const asks =
      /\bvragen\b/i.test(sentence) &&
      /\b(?:gesteld|stelden|stelde|ingediend|dienden|diende|ondertekend|ontvingen|ontving|ontvangen)\b/i.test(sentence);
    for (const m of sentence.matchAll(COUNCILLORS)) {
      // (Elsewhere in the opening, `Op 12 november volgde een tweede reeks van mevrouw J. Arts (Dorpsbelangen)`: a
      // councillor named with a party in brackets, not a role.)
      const split = splitNames(m[1]);
      const party = split.parties.length > 0 && !split.parties.some((p) => NOT_A_NAME.test(p) || /^\p{Ll}/u.test(p));
      if (asks || party) names.push(...split.names.filter((n) => !NOT_A_NAME.test(n)));
    }
  }
  return names;
}

/** `de fracties van CDA, SGP, Woudenbergs Belang en VVD`: the groups asking together, as printed. */
function groupsInText(sentences: string[], aboutQuestions = true): string[] {
  const pattern = new RegExp(
    `\\bfracties\\s+(?:van\\s+)?(?:de\\s+|het\\s+)?(${PARTY_WORDS}(?:(?:,\\s*|\\s+en\\s+)(?:de\\s+|het\\s+)?${PARTY_WORDS})+)`,
    'u',
  );
  for (const sentence of sentences) {
    const m = !aboutQuestions || /\bvragen\b/i.test(sentence) ? pattern.exec(sentence) : null;
    if (m) return [m[1]];
  }
  return [];
}

/** `de vragen die je … hebt gesteld`, `jouw vragen`: the questions of the one addressed, informally or in a clause. */
const ASKED_BY_ADDRESSEE =
  /\b(?:je|jouw|jullie)\s+(?:\p{L}+\s+)?vragen\b|\bvragen\s+die\s+(?:u|je|jij|jullie)\b[^.?!]{0,120}?\b(?:gesteld|ingediend|gestuurd|stelde|stelden)\b/iu;

/**
 * An e-mail recipient (`Aan:`, `Cc:`) whom the salutation greets by first name or surname (`Beste Anouk,`).
 * (Any salutation in the chain: a forward's own note greets its readers first, `Hoi allen,`, the mail below the
 * councillor who asked.)
 */
function greetedRecipient(fields: Structure['fields'], text: string): string[] {
  for (const m of text.matchAll(
    /^(?:beste|geachte|hoi|hallo|dag)\s+(?:(?:heer|mevrouw)\s+)?(\p{Lu}[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3}?)[ \t]*,?[ \t]*$/gimu,
  )) {
    const name = recipientGreeted(fields, m[1].toLowerCase());
    if (name) return [name];
  }
  return [];
}

function recipientGreeted(fields: Structure['fields'], greeted: string): string | null {
  for (const f of fields) {
    if (!f.mail || f.field !== 'ignored') continue;
    for (const recipient of f.value.split(/;|(?<=>)\s*,/)) {
      const name = recipient
        .replace(/<[^>]*>/g, '')
        .replace(/["“”']/g, '')
        .trim();
      const lower = ` ${name.toLowerCase()} `;
      if (
        NAME_SHAPE.test(name) &&
        !NOT_A_NAME.test(name) &&
        /\s/.test(name) &&
        (lower.startsWith(` ${greeted} `) || lower.endsWith(` ${greeted} `))
      )
        return name;
    }
  }
  return null;
}

/** The addressee by title in the address block whose surname the salutation repeats (`Geachte heer Oude Vrielink,`). */
function greetedAddressee(lines: string[], text: string): string[] {
  const greeted = /^(?:geachte|beste)\s+(?:heer|mevrouw)\s+([^,\n]{2,60}?),?[ \t]*$/im
    .exec(text)?.[1]
    .trim()
    .toLowerCase();
  if (!greeted) return [];
  for (const line of lines) {
    const m = /^(?:de heer|mevrouw|dhr\.|mw\.|mevr\.)\s+(.+)$/i.exec(line.trim());
    const name = m ? cleanPersonName(m[1]) : null;
    if (name && NAME_SHAPE.test(name) && !NOT_A_NAME.test(name) && ` ${name.toLowerCase()}`.endsWith(` ${greeted}`))
      return [name];
  }
  return [];
}

// (A word of a local party's name may end in an exclamation mark: `Forza! Castricum`.)
const PARTY_WORDS =
  "(?:\\p{Lu}|\\d)[\\p{L}\\d'&+-]*!?(?:\\s+(?:(?:voor|van)\\s+(?:(?:de|het)\\s+)?)?(?:\\p{Lu}|\\d)[\\p{L}\\d'&+-]*!?){0,4}";
// (A surname alone opens with a capital particle: `De Groot`, `Van Dam`.)
// After initials a surname may have two capitalised words (`M. Ait Taleb`); a party's initials (`CDA`) are no part.
const ONE_NAME =
  "(?:(?:\\p{Lu}\\.\\s?)+\\s?(?:(?:van|de|der|den|ter|ten|te|el|'t|Van|De|Ter|Ten|Te|El)\\s)*\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}\\p{Ll}[\\p{L}'-]*(?=\\s+(?:en|van|namens)\\s|\\s*[,)]))?|(?:(?:van|de|der|den|ter|ten|te|el|'t|Van|De|Ter|Ten|Te|El)\\s)*\\p{Lu}[\\p{L}'-]+)(?:\\s[–-]\\s\\p{Lu}[\\p{L}'-]+)?";
const NAME_LIST = `${ONE_NAME}(?:(?:,\\s*|\\s+en\\s+)${ONE_NAME})*`;
const NAME_TITLE = '(?:[Dd]hr\\.|[Mm]w\\.|[Mm]evr\\.|[Dd]e\\s+heer|[Mm]evrouw)\\s+';
/** `dhr. S. de Boer en mw. J. Visser-Kuipers`: every name with its title. */
const TITLED_NAME_LIST = `${NAME_TITLE}${ONE_NAME}(?:(?:,\\s*|\\s+en\\s+)${NAME_TITLE}${ONE_NAME})*`;

/** `Namens Wakker Emmen stel ik de volgende vragen`: the party a councillor asks for. */
function askingOnBehalf(text: string): string[] {
  const m =
    /\b[Nn]amens\s+(?:de\s+)?(?:fractie\s+(?:van\s+)?(?:de\s+)?)?((?:\p{Lu}|\d)[\p{L}\d'&+-]*(?:\s+(?:(?:voor|van)\s+(?:(?:de|het)\s+)?)?(?:\p{Lu}|\d)[\p{L}\d'&+-]*){0,3})\s+(?:stel(?:t|len)?|wil(?:len)?\s+(?:ik|wij|we)\s+(?:graag\s+)?(?:de\s+)?(?:volgende\s+)?vragen)\b/u.exec(
      text,
    );
  // (The verb first too: `Hierbij stel ik namens X vragen over …`.)
  const after =
    m ??
    /\bstel(?:t|len)?\s+(?:ik|wij|we)\s+namens\s+(?:de\s+)?(?:fractie\s+(?:van\s+)?(?:de\s+)?)?((?:\p{Lu}|\d)[\p{L}\d'&+-]*(?:\s+(?:(?:voor|van)\s+(?:(?:de|het)\s+)?)?(?:\p{Lu}|\d)[\p{L}\d'&+-]*){0,3})\s+(?:de\s+)?(?:volgende\s+)?vragen\b/u.exec(
      text,
    );
  // (Or the college telling the asker: `Op 7 oktober heeft u namens X vragen gesteld`, `U stelde namens de fractie X …`.)
  const told =
    after ??
    /\b(?:(?:heeft|hebt|had|stelde|stelt)\s+u|[Uu]\s+(?:heeft|hebt|had|stelde|stelt))\s+namens\s+(?:de\s+)?(?:fractie\s+(?:van\s+)?(?:de\s+)?)?((?:\p{Lu}|\d)[\p{L}\d'&+!-]*(?:\s+(?:(?:voor|van)\s+(?:(?:de|het)\s+)?)?(?:\p{Lu}|\d)[\p{L}\d'&+!-]*){0,3})\s+(?:\p{Ll}+\s+){0,3}?(?:schriftelijke\s+)?vragen\b/u.exec(
      text,
    );
  return told && !/^(?:het college|wethouder|burgemeester)/i.test(told[1]) ? [told[1]] : [];
}

/** `Raadsvragen Partij van de Arbeid`, `Raadsvragen van de fractie STIP`: a title naming the party. */
function titleParty(lines: string[], municipality: string | null): string | null {
  for (const line of lines) {
    const m =
      /^(?:[Rr]aadsvragen|[Ss]chriftelijke vragen|SCHRIFTELIJKE VRAGEN)\s+(?:van\s+)?(?:de\s+)?(?:fractie\s+(?:van\s+)?(?:de\s+)?)?((?:\p{Lu}|\d)[\p{L}\d'&+-]*(?:\s+(?:(?:voor|van|en)\s+(?:(?:de|het)\s+)?)?(?:\p{Lu}|\d)[\p{L}\d'&+-]*){0,4})$/u.exec(
        line,
      );
    if (m) return cleanParty(m[1], municipality);
  }
  return null;
}

/** `Jan de Vries` signs as `Jan de Vries` or `J. de Vries`: the same first initial and surname. */
function signedBy(name: string, lines: string[]): boolean {
  return lines.some((line) => line.toLowerCase().includes(name.toLowerCase()) || signedName(name, [line]) !== null);
}

const nameKey = (n: string): string => {
  const words = n.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  return words.length > 1 ? `${words[0][0]}|${words[words.length - 1]}` : (words[0] ?? '');
};

/** The name as signed for a sender: `R. van der Heijden` signs `Rob van der Heijden` (or null when unsigned). */
function signedName(name: string, lines: string[]): string | null {
  const wanted = nameKey(name);
  for (const line of lines) {
    const found = splitNames(line).names.find((n) => nameKey(n) === wanted);
    if (found) return found;
  }
  return null;
}

/** A person's name: initials or capitalised words, with name particles between them (`J. van 't Hof`). */
const NAME_SHAPE =
  /^(?:(?:\p{Lu}\.\s?)+\s?)?(?:(?:van|de|der|den|ter|ten|te|el|in|'t)\s+)*\p{Lu}[\p{L}'-]*(?:\s+(?:(?:van|de|der|den|ter|ten|te|el|in|'t)\s+)*\p{Lu}[\p{L}'-]*)*$/u;
const NOT_A_NAME =
  /\b(?:fractie|fractievoorzitter|raadslid|commissielid|gemeente|raad|college|burgemeester|wethouders?|secretaris|griffier|griffie|bestuurssecretariaat|secretariaat|namens|hoogachtend|groet|www|tel|telefoon|postbus)\b|@|\d/i;

/**
 * An e-mail sent by one councillor and signed by them with others, one name a line (`Klaas Visser` / `Anna de Wit` /
 * `Partij X`), the others also on its `Aan:` or `Cc:` line: those others ask with the sender. (The copy is what tells a
 * co-signer from a local party's name, which may be shaped like a person's.)
 */
function withCoSigners(submitters: string[], structure: Structure): string[] {
  if (submitters.length !== 1) return submitters;
  const copied = structure.fields
    .filter((f) => f.mail && f.field === 'ignored')
    .map((f) => f.value.toLowerCase())
    .join('\n');
  const lines = structure.signatureLines;
  const at = lines.findIndex((line) => signedName(submitters[0], [line]) !== null);
  if (at < 0 || copied === '') return submitters;
  const coSigner = (line: string | undefined): string | null => {
    const names = line === undefined ? [] : signatureNames([line]);
    return names.length === 1 && names[0] === line?.trim() && copied.includes(names[0].toLowerCase()) ? names[0] : null;
  };
  const above: string[] = [];
  const below: string[] = [];
  for (let i = at - 1, name = coSigner(lines[i]); name; name = coSigner(lines[--i])) above.unshift(name);
  for (let i = at + 1, name = coSigner(lines[i]); name; name = coSigner(lines[++i])) below.push(name);
  return [...above, submitters[0], ...below];
}

/** Names in the signature of a question-only document: one per line, or `A en B`. */
function signatureNames(lines: string[]): string[] {
  const names: string[] = [];
  // (A co-signer written beside or under the signer, `mede namens A. Bos`: the councillor on whose behalf it is signed
  // too asks with them; `mede namens de fractie X` names a group and stays out below.)
  for (const line of lines.map((l) => l.replace(/^\s*[Mm]ede[- ]namens\s+(?=\p{Lu})/u, ''))) {
    if (NOT_A_NAME.test(line) || line.split(/\s+/).length > 8) continue;
    // A word in capitals opening the line is a party's acronym (`CDA`, `SGP Oosterhout`: a local branch), no person;
    // nor is a word only local parties' names open with (`Dorpsbelangen Oosterhoeve` above its councillors).
    if (/^\p{Lu}{2,}(?:\s|$)/u.test(line.trim()) || LOCAL_PARTY_WORD.test(line.trim())) continue;
    const { names: found } = splitNames(line);
    for (const name of found) {
      if (
        // (With the particles `NAME_SHAPE` allows: `F. el Amrani`.)
        /^(?:(?:\p{Lu}\.)+\s*)?(?:\p{Lu}[\p{L}'-]+|van|de|der|den|ter|ten|te|het|'t|in|el)(?:\s+(?:\p{Lu}[\p{L}'-]+|van|de|der|den|ter|ten|te|het|'t|in|el))*$/u.test(
          name,
        ) &&
        /\s|\./.test(name)
      ) {
        names.push(name);
      }
    }
  }
  return names;
}

// (`namens dezen` under `burgemeester en wethouders` is the college's signing formula, not a group.)
function signatureParty(lines: string[], municipality: string | null): string | null {
  for (const line of lines) {
    const m =
      /^(?:fractievoorzitter|raadslid|commissielid|namens(?!\s+(?:dezen?|deze|het college|burgemeester)\b))\s+(?:de\s+)?(?:fractie\s+(?:van\s+)?)?(.+?)[,.]?$/i.exec(
        line,
      );
    if (m) return cleanParty(m[1], municipality);
  }
  return null;
}
