/**
 * Rewrites layout variants into the forms the structure reader knows, before it runs: box-drawing
 * table borders become pipes and `+---+` rules, roman question numbers (`II.`, `Vraag IV`) become
 * digits, decimal sub-numbers (`1.2`, `Vraag 2.1`) and theme numbers (`Vraag B1`) become letters (`1b`, `2a`), bulleted questions
 * get their position as number (`• Hoeveel …?` → `2. Hoeveel …?`), and quoted e-mail lines lose
 * their `>`.
 */

const BOX_VERTICAL = /[│┃║╎╏┆┇┊┋]/g;
const BOX_RULE = /^[\s─━═┄┅┈┉╌╍┼┬┴├┤┌┐└┘╪╫╞╡╤╧╥╨╔╗╚╝╠╣╦╩╬╒╓╕╖╘╙╛╜╟╢+|-]+$/;

const BOX_JOINT = /[┼┬┴├┤┌┐└┘╪╫╞╡╤╧╥╨╔╗╚╝╠╣╦╩╬╒╓╕╖╘╙╛╜╟╢]/g;

/** A box table's line cut into its cells at the joints and bars (the separators kept as parts). */
const BOX_CELL_SEPARATOR = /([┼├┤╪╫╞╡╟╢│┃║])/;

/**
 * A row rule that stops at a joint and lets a cell merged over both rows run through it
 * (`├────┼──────┤reistijd voor …   │`, as w3m draws a Word table's merged answer cell): the ruled cells are empty on
 * that line and the merged cell goes on in its column, so the line is a row of empty cells beside that text
 * (`|    |      |reistijd voor …   |`); the next row's number starts its row, its part of the merged cell going on.
 */
function withMergedCellThroughRule(line: string): string {
  if (!/^\s*[├╞╟│┃║]/.test(line) || !/[─━═]/.test(line)) return line;
  const parts = line.trim().split(BOX_CELL_SEPARATOR);
  const cells = parts.filter((_, k) => k % 2 === 0).slice(1, -1);
  const ruled = cells.filter((cell) => /^[─━═]+$/.test(cell));
  const text = cells.filter((cell) => /[\p{L}\d]/u.test(cell));
  if (parts[parts.length - 1] !== '' || ruled.length === 0 || text.length === 0) return line;
  if (ruled.length + text.length + cells.filter((cell) => cell.trim() === '').length !== cells.length) return line;
  return parts.map((part, k) => (k % 2 === 1 ? '|' : /^[─━═]+$/.test(part) ? ' '.repeat(part.length) : part)).join('');
}

export function rewriteLayout(lines: string[]): string[] {
  const letterLabels: number[] = [];
  let out = lines.map((line, i) => {
    // (Corners and junctions become `+`: a table's bottom border is a table rule, no separator between documents.)
    if (/[─━═│┃║┼┌└]/.test(line) && BOX_RULE.test(line))
      return line
        .replace(BOX_JOINT, '+')
        .replace(/[^\s|+]/g, '-')
        .replace(/\|/g, '+');
    // (A quoted line loses its indentation after the `>` as any line loses it: `>    b. …` is `b. …`.)
    const plain = withMergedCellThroughRule(line)
      .replace(BOX_VERTICAL, '|')
      .replace(/^>+\s*/, '');
    if (LETTER_LABEL.test(plain)) letterLabels.push(i);
    return ABBREVIATED_LABEL.test(plain) ? withLabelWritten(plain) : plain;
  });
  out = withLetterLabels(out, letterLabels);
  out = wordNumbers(out);
  out = out.map(withoutLetterDash);
  out = romanNumbers(out);
  out = decimalSubNumbers(out);
  out = themeLetterNumbers(out);
  out = themeHeadingNumbers(out);
  out = out.map((line) => line.replace(NUMBER_THEN_LABEL, (_all, n: string, word: string) => `${word} ${n}:`));
  out = out.map((line) =>
    line.replace(
      ADDRESSED_QUESTION_LABEL,
      (_all, bracketed?: string, bare?: string) => `Vraag ${(bracketed ?? bare ?? '').toLowerCase()}:`,
    ),
  );
  out = answerLabelWords(out);
  out = regardingQuestionLabels(out);
  out = pointLabels(out);
  out = repeatedQuestionLabels(out);
  return printedBulletItems(
    withoutBulletMarkers(
      unnumberedQuestions(listedQuestionsByPosition(bulletQuestions(bracketedQuestionNumbers(out)))),
    ),
  );
}

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
/** Question numbers after a label: `1`, `4a`, `2 en 3`, `3a/b` (one number's letters split by a slash). */
const LABEL_NUMBERS = String.raw`\d{1,2}[a-z]?(?:\/[a-z])*(?:\s*(?:,|en|&|t\/m|tot en met|-|–)\s*\d{1,2}[a-z]?(?:\/[a-z])*)*`;

/**
 * The labels abbreviated (`Vr. 1   Hoeveel …?`, `Antw.   Tot 1 november …`, `Antw. 2 en 3`): `Vraag` and `Antwoord`.
 * `Vr.` only before a question number (not a date: `Vr. 12 december`), `Antw.` before a number, a colon, a gap
 * (the hanging indent) or the line's end.
 */
const ABBREVIATED_LABEL = new RegExp(
  String.raw`^(?:vr\.\s*(?=\d)(?!\d{1,2}\s+(?:${MONTHS})\b)|antw\.(?=\s*\d|\s*:|\s{2,}\S|\s*$))`,
  'i',
);

/**
 * `V1:` / `A1:`, `V3a:`, `A3a/b:` (or `V 1:`): the labels as one letter with the number (`Q1:` for a question as
 * well).
 */
const LETTER_LABEL = new RegExp(String.raw`^([VQA]) ?(${LABEL_NUMBERS})\s*:\s*`);

/** `3a/b` → `3a en b`: the sub-questions a slash joins (read by the number list as `3a`, `3b`). */
function slashedLetters(numbers: string): string {
  return numbers.replace(/(\d{1,2}[a-z])((?:\/[a-z])+)/g, (_all, first: string, more: string) =>
    [first, ...more.split('/').slice(1)].join(' en '),
  );
}

function withLabelWritten(line: string): string {
  const question = /^vr\.\s*/i.exec(line);
  if (question) return `Vraag ${line.slice(question[0].length)}`;
  const rest = line.replace(/^antw\.\s*/i, '');
  const numbered = new RegExp(`^(${LABEL_NUMBERS})(?![\\d.,])`).exec(rest);
  if (numbered) return `Antwoord ${slashedLetters(numbered[1])}${rest.slice(numbered[0].length)}`;
  return `Antwoord: ${rest.replace(/^:\s*/, '')}`.trimEnd();
}

/**
 * One-letter labels (`V1:` … `A1:`) are `Vraag 1:` and `Antwoord 1:` only when both kinds occur: an `A2:` alone may
 * be a motorway.
 */
function withLetterLabels(lines: string[], at: number[]): string[] {
  const kinds = new Set(at.map((i) => lines[i][0]));
  if (!kinds.has('A') || !(kinds.has('V') || kinds.has('Q'))) return lines;
  const out = [...lines];
  for (const i of at) {
    const m = LETTER_LABEL.exec(lines[i]) as RegExpExecArray;
    out[i] = `${m[1] === 'A' ? 'Antwoord' : 'Vraag'} ${slashedLetters(m[2])}: ${lines[i].slice(m[0].length)}`.trimEnd();
  }
  return out;
}

/** A numbered theme heading in capitals (`3. GROEN IN DE WIJK`), no question asked in it. */
const THEME_HEADING = /^(\d{1,2})\s*[.)]\s+(\p{Lu}\P{Ll}*)$/u;
/** `Vraag:` without a number, alone or before the question's words. */
const UNNUMBERED_QUESTION_LABEL = /^vraag\s*:/i;

/**
 * Questions grouped under numbered theme headings in capitals (`2. PARKEREN` / `Vraag: Hoeveel …?`): the heading's
 * number is the unnumbered `Vraag:` label's below it, the theme's words no text of the question. Only as a series of
 * at least two such headings, each right above its `Vraag:`.
 */
function themeHeadingNumbers(lines: string[]): string[] {
  const pairs: [number, number, string][] = [];
  lines.forEach((line, i) => {
    const m = THEME_HEADING.exec(line);
    if (!m || !/\p{Lu}{3}/u.test(m[2]) || m[2].includes('?')) return;
    let next = i + 1;
    while (next < lines.length && lines[next] === '') next++;
    if (next < lines.length && UNNUMBERED_QUESTION_LABEL.test(lines[next])) pairs.push([i, next, m[1]]);
  });
  if (pairs.length < 2) return lines;
  const out = [...lines];
  for (const [heading, label, n] of pairs) {
    out[heading] = '';
    out[label] = lines[label].replace(UNNUMBERED_QUESTION_LABEL, `Vraag ${n}:`);
  }
  return out;
}

/**
 * An answer letter repeating each question to its asker, its number in brackets or not (`U vraagt (1): Hoeveel …?`,
 * `U vroeg (2a): …`, `Uw vraag (3): …`), the answer under it as `Ons antwoord: …`: the label `Vraag 1:`. Only with
 * the colon: `U vraagt (in uw brief) …` or `U vraagt 3 keer …` goes on as a sentence.
 */
const ADDRESSED_QUESTION_LABEL =
  /^(?:u\s+(?:vraagt|vroeg|stelt|stelde)|uw\s+vraag)\s*(?:\(\s*(\d{1,2}[a-z]?)\s*\)|(\d{1,2}[a-z]?))\s*:/i;

/** `1.  Vraag: Hoeveel …?` / `1. Antwoord: …`: the number before the label is the label's. */
const NUMBER_THEN_LABEL = /^(\d{1,2}[a-z]?)\s*[.)]\s+(vraag|antwoord)\s*:/i;

/**
 * `Reactie college:`, `Reactie van het college:`, `Standpunt college:`: other words for `Antwoord:`. The colon
 * may be missing when the label stands alone on its line (`Reactie college` above the answer).
 */
// (Naming the questions it answers, `Reactie college op vraag 3 en 4`, it is `Antwoord vraag 3 en 4`; so with the
// numbers alone, `Reactie college op 2a en 2b:`.)
const ANSWER_LABEL_WORDS =
  /^(?:reactie|standpunt|antwoord|beantwoording)(?:\s+van)?(?:\s+het)?\s+(?:college|b\s?&\s?w|burgemeester en wethouders)(?:\s+op\s+(?:(?:de\s+)?vra(?:ag|gen)\s+)?(\d{1,3}[a-z]?(?:\s*(?:,|en|&|t\/m|tot en met|-|–)\s*\d{1,3}[a-z]?)*))?\s*(?::\s*(.*))?$/i;

/**
 * An answer introduced as the college's reaction (`Reactie college:`) under each question: at
 * least two such lines, or one right under a question, label answers. A single one at the top is
 * a heading over the college's introduction.
 */
function answerLabelWords(lines: string[]): string[] {
  const hits = lines.map((line, i) => (ANSWER_LABEL_WORDS.test(line) ? i : -1)).filter((i) => i >= 0);
  const afterQuestion = (i: number): boolean => {
    let q = i - 1;
    while (q >= 0 && lines[q] === '') q--;
    return q >= 0 && /\?["”’)]*$/.test(lines[q]);
  };
  // A bare one above a numbered answer label (`Beantwoording college` / `Antwoord vraag 1 en 2`) heads the answers
  // (read as the plain heading `Beantwoording`), even right under the last question.
  const headsNumbered = (i: number): boolean => {
    let next = i + 1;
    while (next < lines.length && lines[next] === '') next++;
    return (
      !lines[i].includes(':') &&
      !ANSWER_LABEL_WORDS.exec(lines[i])?.[1] &&
      next < lines.length &&
      NUMBERED_ANSWER_LABEL.test(lines[next])
    );
  };
  if (hits.length === 1 && headsNumbered(hits[0]))
    return lines.map((line, i) => (i === hits[0] ? 'Beantwoording' : line));
  if (hits.length === 0 || (hits.length < 2 && !afterQuestion(hits[0]))) return lines;
  const out = [...lines];
  for (const i of hits) {
    const m = ANSWER_LABEL_WORDS.exec(lines[i]);
    out[i] = `Antwoord${m?.[1] ? ` vraag ${m[1]}` : ''}: ${m?.[2] ?? ''}`.trimEnd();
  }
  return out;
}

/**
 * `Ten aanzien van vraag 2 (handhaving): …`, `Met betrekking tot de vragen 4 en 5: …`: an answer opening
 * with the question it answers, a short form of it in brackets allowed, up to a colon. The lead-in is the
 * label; the answer starts after the colon. (`Reactie op vraag 2 en 3:` names the college's answer as its reaction, as
 * `Reactie college:` does.)
 */
const REGARDING_LABEL =
  /^(?:ten aanzien van|met betrekking tot|wat betreft|inzake|aangaande|reactie(?:\s+(?:van\s+)?(?:het\s+)?college)?\s+op)\s+(?:de\s+)?vra(?:ag|gen)\s+(\d{1,3}[a-z]?(?:\s*(?:,|en|&|t\/m|tot en met|-|–)\s*\d{1,3}[a-z]?)*)\s*(?:\([^()]{1,80}\))?\s*:\s*(.*)$/i;

/** Such lead-ins label the answers when at least two lines open so. */
function regardingQuestionLabels(lines: string[]): string[] {
  const hits = lines.map((line) => REGARDING_LABEL.exec(line));
  if (hits.filter((m) => m !== null).length < 2) return lines;
  return lines.map((line, i) => {
    const m = hits[i];
    return m ? `Antwoord ${m[1]}: ${m[2]}`.trimEnd() : line;
  });
}

export const POINT_ORDINALS = 'eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende';

/**
 * `Ad het eerste punt`, `Ad het tweede en derde punt`, `Antwoord op het vierde punt:`: questions handed in as a bullet
 * list answered by their position, the label alone on its line. Read as `Ad 1`, `Ad 2 en 3` (the bullets are
 * numbered by position).
 */
const POINT_LABEL = new RegExp(
  String.raw`^(?:ad|antwoord\s+op|bij)\s+het\s+((?:${POINT_ORDINALS})(?:(?:\s*,\s*|\s+en\s+)(?:het\s+)?(?:${POINT_ORDINALS}))*)\s+(?:punt|opsommingsteken|bolletje|(?:gedachte)?streepje)\s*:?$`,
  'i',
);

/** Such labels count only when at least two lines open so. */
function pointLabels(lines: string[]): string[] {
  const hits = lines.map((line) => POINT_LABEL.exec(line));
  if (hits.filter((m) => m !== null).length < 2) return lines;
  return lines.map((line, i) => {
    const m = hits[i];
    return m ? `Ad ${pointPositions(m[1]).join(' en ')}` : line;
  });
}

/** The positions ordinal words name: `tweede en het derde` → `['2', '3']`. */
export function pointPositions(words: string): string[] {
  const order = POINT_ORDINALS.split('|');
  return words
    .toLowerCase()
    .split(/\s*,\s*(?:het\s+)?|\s+en\s+(?:het\s+)?/)
    .map((word) => String(order.indexOf(word) + 1));
}

/** `zie ook ons antwoord bij het tweede punt`: an answer pointing back to the answer on a bulleted question. */
export const POINT_REFERENCE = new RegExp(
  String.raw`\b(?:zie|verwijs|verwijzen|verwezen)\b[^.?!\n]{0,40}?\bantwoord\s+(?:op|bij)\s+het\s+((?:${POINT_ORDINALS})(?:(?:\s*,\s*|\s+en\s+)(?:het\s+)?(?:${POINT_ORDINALS}))*)\s+punt\b`,
  'gi',
);

// (A sub-question's letter may follow its number, `Vraag 2a en 2b`, the stem `2.` and its `a.`, `b.` listed above.)
const BARE_QUESTION_LABEL = /^vraag\s+(\d{1,2})[a-z]?(?:\s*(?:t\/m|tot en met|en|-|–)\s*\d{1,2}[a-z]?)?\s*:?$/i;

/**
 * Questions listed first (`1.`–`6.`), then answered under bare `Vraag 1`, `Vraag 4 t/m 6` lines with
 * no `Antwoord` label anywhere: such a line repeats numbers already asked, so it labels an answer.
 */
function repeatedQuestionLabels(lines: string[]): string[] {
  if (lines.some((line) => /^antwoord\b/i.test(line))) return lines;
  const asked = new Set<string>();
  const labels: number[] = [];
  lines.forEach((line, i) => {
    const numbered = /^(\d{1,2})\s*[.)]\s+\S/.exec(line);
    if (numbered && labels.length === 0) asked.add(numbered[1]);
    const bare = BARE_QUESTION_LABEL.exec(line);
    if (bare && asked.has(bare[1])) labels.push(i);
  });
  if (labels.length < 2) return lines;
  const out = [...lines];
  for (const i of labels) out[i] = lines[i].replace(/^vraag/i, 'Antwoord');
  return out;
}

const BARE_ANSWER = /^antwoord\s*:?$/i;
const QUESTION_LABEL = /^vraag\s*:\s*(?=\S)/i;
const ANSWER_LABEL = /^antwoord\s*:/i;

/**
 * A Word export that lost its list numbering: each question a paragraph ending in `?`, each followed
 * by a bare `Antwoord` line (or an `Antwoord:` line carrying the answer's first words). With no numbered question anywhere and at least two such pairs, the
 * questions get their position as number (`Hoeveel …?` → `1. Hoeveel …?`).
 */
function unnumberedQuestions(lines: string[]): string[] {
  if (lines.some((line) => NUMBERED_QUESTION.test(line))) return lines;
  const ownLine = labelsOnOwnLine(lines);
  if (ownLine) return ownLine;
  const asked: number[] = [];
  const isAnswerLabel = (line: string): boolean =>
    BARE_ANSWER.test(line) || ANSWER_LABEL.test(line) || LETTERED_ANSWER_LABEL.test(line);
  lines.forEach((line, i) => {
    // (Or `Antwoord:` with the answer on the same line, right under the question: Word's "save as text".)
    // (Or `Antwoord a:` under the last of lettered sub-questions, answering them one by one.)
    if (!isAnswerLabel(line)) return;
    let q = i - 1;
    while (q >= 0 && lines[q] === '') q--;
    // (`Vraag: …?` over `Antwoord: …` is read below, its label taken off.)
    const labelled = !BARE_ANSWER.test(line) && QUESTION_LABEL.test(lines[q] ?? '');
    if (q < 0 || !/\?["”’)]*$/.test(lines[q]) || isAnswerLabel(lines[q]) || labelled) return;
    asked.push(firstOfQuestion(lines, q, isAnswerLabel));
  });
  if (asked.length < 2) {
    // Inline labels without numbers (`Vraag: Hoeveel …?` then `Antwoord: …`): numbered by position.
    const paired = pairedQuestionLabels(lines, QUESTION_LABEL, ANSWER_LABEL);
    if (!paired) return asked.length === 0 ? (questionParagraphsByPosition(lines) ?? lines) : lines;
    const out = [...lines];
    paired.forEach((q, n) => (out[q] = `${n + 1}. ${lines[q].replace(QUESTION_LABEL, '')}`));
    return out;
  }
  const out = [...lines];
  // Lettered sub-questions (`a) …?`, `b) …?`) lost their main number too: `b)` after `a)` stays under the same
  // number (the structure reader letters it), and a lead-in ending in a colon right above `a)` (`Over de nieuwe
  // locatie:`) is that main question's stem, not the end of the answer before it.
  let main = 0;
  let letter: string | null = null;
  for (const q of asked) {
    const lettered = SUB_LETTER.exec(lines[q]);
    const l = lettered ? (lettered[1] ?? lettered[2]) : null;
    if (l !== null && letter !== null && l.charCodeAt(0) === letter.charCodeAt(0) + 1) {
      letter = l;
      continue;
    }
    main++;
    letter = l;
    let stem = q - 1;
    while (stem >= 0 && lines[stem] === '') stem--;
    const hasStem =
      l === 'a' &&
      stem >= 0 &&
      /:$/.test(lines[stem]) &&
      !BARE_ANSWER.test(lines[stem]) &&
      !ANSWER_LABEL.test(lines[stem]) &&
      !QUESTION_LABEL.test(lines[stem]);
    if (hasStem) out[stem] = `${main}. ${lines[stem]}`;
    else out[q] = `${main}. ${lines[q]}`;
  }
  return out;
}

const BARE_QUESTION = /^vraag\s*:?$/i;

/** A line that labels, numbers or heads questions or answers in any way the other rules read. */
const ANY_LABEL = /^(?:(?:vr(?:aa)?g|antw(?:oord)?|ad|reactie)(?!\p{L})|(?:vragen|antwoorden|beantwoording)\s*:?$)/iu;
/** (Lower-case letters only: `R. van der Heijden` under a signature is no sub-question `r.`.) */
const ANY_NUMBERING = /^\(?(?:\d{1,2}[a-z]?|[a-z])[.):](?:\s|$)/u;

/** A paragraph asking: from a capital to a question mark at its end, no other question mark before. */
const ASKING_PARAGRAPH = /^\p{Lu}[^?]*\?["”’)]*$/u;

/** A paragraph that ends a sentence. */
const SENTENCE_PARAGRAPH = /[.!]["”’)]*$/;

/**
 * A college's answer letter as Word saves it as text after the questions lost both their list numbering and their
 * italics, the answers never labelled: one paragraph per line, each question a paragraph ending in `?`, each followed by
 * its answer's paragraphs (sentences, no `?` at their end), the next question after them. With no label or number
 * anywhere, at least three such pairs in turn and a lead-in above them naming council questions (`de fractie … heeft
 * schriftelijke vragen gesteld`), the questions get their position as number (`Klopt het …?` → `1. Klopt het …?`); the
 * structure reader then takes the lines under each as its answer. A page of frequently asked questions names no
 * council, a question over two paragraphs or a question paragraph without an answer under it leaves the text as it is.
 */
function questionParagraphsByPosition(lines: string[]): string[] | null {
  const filled = lines.map((line, i) => ({ line: line.trim(), i })).filter(({ line }) => line !== '');
  if (filled.some(({ line }) => ANY_LABEL.test(line) || ANY_NUMBERING.test(line))) return null;
  const first = filled.findIndex(({ line }) => ASKING_PARAGRAPH.test(line));
  if (first < 1) return null;
  const above = filled
    .slice(0, first)
    .map(({ line }) => line)
    .join(' ');
  if (!/\bvragen\b/i.test(above) || !COUNCIL_WORDS.test(above)) return null;
  const asked: number[] = [];
  let answered = true;
  for (const { line, i } of filled.slice(first)) {
    if (ASKING_PARAGRAPH.test(line)) {
      if (!answered) return null;
      asked.push(i);
      answered = false;
    } else if (line.includes('?')) return null;
    else if (!answered) {
      if (!SENTENCE_PARAGRAPH.test(line)) return null;
      answered = true;
    }
  }
  if (!answered || asked.length < 3) return null;
  const out = [...lines];
  asked.forEach((i, n) => (out[i] = `${n + 1}. ${lines[i].trim()}`));
  return out;
}

/** Words of a letter about council questions (in the lead-in above the questions). */
const COUNCIL_WORDS =
  /\b(?:fractie|raadslid|raadsleden|gemeenteraad|leden van de raad|schriftelijke vragen|raadsvragen|reglement van orde)\b/i;

/**
 * The lines of unnumbered question labels when each is followed by an answer label before the next one, at least
 * two of them (pairs to number by position); null otherwise.
 */
function pairedQuestionLabels(lines: string[], question: RegExp, answer: RegExp): number[] | null {
  const asked: number[] = [];
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    if (question.test(lines[i])) {
      if (open) return null;
      asked.push(i);
      open = true;
    } else if (answer.test(lines[i])) open = false;
  }
  return open || asked.length < 2 ? null : asked;
}

/**
 * `Vraag:` alone on its line with the question below it (a paragraph or more), then `Antwoord:` alone with the
 * answer below: pairs without numbers, numbered by position when every such label is followed by an answer label
 * before the next one (at least two pairs). The label line is dropped; the question's first line gets the number.
 */
function labelsOnOwnLine(lines: string[]): string[] | null {
  const asked = pairedQuestionLabels(lines, BARE_QUESTION, BARE_ANSWER);
  if (!asked) return null;
  const firsts = asked.map((label) => {
    let q = label + 1;
    while (q < lines.length && lines[q] === '') q++;
    return q;
  });
  if (firsts.some((q) => BARE_ANSWER.test(lines[q]))) return null;
  const out = [...lines];
  asked.forEach((label, n) => {
    const q = firsts[n];
    out[label] = '';
    out[q] = `${n + 1}. ${lines[q]}`;
  });
  return out;
}

/** `Antwoord a:`, `Antwoord b en c:`: an answer label naming sub-questions by their letters alone. */
const LETTERED_ANSWER_LABEL = /^antwoord\s+[a-z](?:\s*(?:,|en|&)\s*[a-z])*\s*(?::|\t)/i;

/**
 * Where the question whose last line is `q` begins: a question wrapped over paragraphs (a Word export making each line
 * one, `… paaltjes bij de` / `ingangen van het bos?`) begins at the line its lower-case start goes on from, and the
 * last of lettered sub-questions (`c. …?` right above the answers) at its `a.`, the series numbered as one question.
 */
function firstOfQuestion(lines: string[], q: number, isAnswerLabel: (line: string) => boolean): number {
  const previous = (i: number): number => {
    let p = i - 1;
    while (p >= 0 && lines[p] === '') p--;
    return p;
  };
  let first = q;
  for (let p = previous(first); p >= 0 && /^\p{Ll}/u.test(lines[first]) && !SUB_LETTER.test(lines[first]);) {
    if (!/[\p{L},]$/u.test(lines[p]) || isAnswerLabel(lines[p]) || SUB_LETTER.test(lines[p])) break;
    first = p;
    p = previous(p);
  }
  const lettered = SUB_LETTER.exec(lines[first]);
  let letter = lettered ? (lettered[1] ?? lettered[2]) : null;
  while (letter !== null && letter !== 'a') {
    const p = previous(first);
    const above = p >= 0 ? SUB_LETTER.exec(lines[p]) : null;
    const l = above ? (above[1] ?? above[2]) : null;
    if (l === null || l.charCodeAt(0) !== letter.charCodeAt(0) - 1 || isAnswerLabel(lines[p])) return q;
    first = p;
    letter = l;
  }
  return first;
}

/** A sub-question's letter at the start of its line: `a) …`, `b. …`, `(c) …`. */
const SUB_LETTER = /^(?:\(([a-z])\)|([a-z])[.)])\s+/;

export const ROMAN: Record<string, number> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  V: 5,
  VI: 6,
  VII: 7,
  VIII: 8,
  IX: 9,
  X: 10,
  XI: 11,
  XII: 12,
  XIII: 13,
  XIV: 14,
  XV: 15,
};
// A label may name several questions (`Antwoord IV en V`, `Antwoord I, II en III`): group 3 holds the rest of the list.
// On a label a number may carry its sub-question's letter (`Antwoord op IIa en IIb`), kept as `2a`.
const ROMAN_LINE =
  /^((?:vraag|antwoord|ad)\s+(?:op\s+(?:vra(?:ag|gen)\s+)?)?)?(X{0,1}(?:IX|IV|V?I{0,3}))((?:[a-h](?![\p{L}\d]))?(?:\s*(?:,|en|&|t\/m)\s*(?=[IVX])X{0,1}(?:IX|IV|V?I{0,3})[a-h]?(?![\p{L}\d]))*)(?:\s*[.):]\s*|\s*$|\s+(?=\p{Lu}))/iu;
const ROMAN_IN_LIST = /[IVX]+/g;
const ROMAN_SINGLE =
  /^((?:vraag|antwoord|ad)\s+(?:op\s+(?:vra(?:ag|gen)\s+)?)?)?(X{0,1}(?:IX|IV|V?I{0,3}))()(?:\s*[.):]\s*|\s*$|\s+(?=\p{Lu}))/iu;

/** `I.`, `II.` … (or `Vraag I`, `Antwoord II`) when the document numbers that way, starting at I. */
function romanNumbers(lines: string[]): string[] {
  const hits = lines.map((line) => {
    let m = ROMAN_LINE.exec(line);
    // The list's other numbers only on a label, each upper case (`en v` is no number); else one number.
    if (
      m?.[3] &&
      (!m[1] ||
        /[ivx]|[A-H](?![IVX])/.test(m[3].replace(/\ben\b/g, '')) ||
        m[3].match(ROMAN_IN_LIST)?.some((r) => !(r in ROMAN)))
    )
      m = ROMAN_SINGLE.exec(line);
    if (!m || !m[2] || m[2] !== m[2].toUpperCase() || !(m[2] in ROMAN)) return null;
    // A bare `I.` line needs text after it: `I. de Vries` is an initial only when lower-case follows.
    if (!m[1] && !/^\s*\p{Lu}/u.test(line.slice(m[0].length))) return null;
    return m;
  });
  const values = new Set(hits.filter((m) => m !== null).map((m) => ROMAN[m[2]]));
  if (!values.has(1) || !values.has(2)) return lines;
  return lines.map((line, i) => {
    const m = hits[i];
    if (!m) return line;
    const rest = line.slice(m[0].length);
    const list = (m[3] ?? '').replace(ROMAN_IN_LIST, (r) => String(ROMAN[r]));
    return m[1] ? `${m[1]}${ROMAN[m[2]]}${list}: ${rest}`.trimEnd() : `${ROMAN[m[2]]}. ${rest}`;
  });
}

const NUMBER_WORDS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];
const NUMBER_WORD = String.raw`(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)`;
/**
 * `Vraag één`, `Antwoord op vraag twee en drie`: a label alone on its line (or before a colon) numbering its question in
 * words.
 */
const WORD_NUMBER_LINE = new RegExp(
  String.raw`^((?:vraag|antwoord|ad)\s+(?:op\s+(?:de\s+)?(?:vra(?:ag|gen)\s+)?)?)(${NUMBER_WORD}(?:\s*(?:,|en|&)\s*${NUMBER_WORD})*)\s*(?::\s*(.*))?$`,
  'i',
);

/** Labels numbered in words become digits when the document numbers so, a `Vraag één` and a `Vraag twee` among them. */
function wordNumbers(lines: string[]): string[] {
  const hits = lines.map((line) => WORD_NUMBER_LINE.exec(line));
  const value = (word: string): number => NUMBER_WORDS.indexOf(word.toLowerCase().replace('één', 'een')) + 1;
  const questions = new Set(
    hits.filter((m) => m !== null && /^vraag\s*$/i.test(m[1])).map((m) => value((m as RegExpExecArray)[2])),
  );
  if (!questions.has(1) || !questions.has(2)) return lines;
  return lines.map((line, i) => {
    const m = hits[i];
    if (!m) return line;
    const numbers = m[2].replace(new RegExp(NUMBER_WORD, 'gi'), (word) => String(value(word)));
    return `${m[1]}${numbers}${m[3] !== undefined ? `: ${m[3]}` : ''}`.trimEnd();
  });
}

/** `Vraag 2-a`, `Antwoord 2-a en 2-b`: a sub-question's letter set off by a dash on a label is `2a`. */
const LABEL_WITH_LETTER_DASH =
  /^((?:vraag|antwoord|ad)\s+(?:op\s+(?:de\s+)?(?:vra(?:ag|gen)\s+)?)?)(\d{1,2}\s*[-–]\s*[a-z](?![\p{L}\d])(?:\s*(?:,|en|&)\s*\d{1,2}\s*[-–]\s*[a-z](?![\p{L}\d]))*)/iu;

function withoutLetterDash(line: string): string {
  const m = LABEL_WITH_LETTER_DASH.exec(line);
  if (!m) return line;
  return `${m[1]}${m[2].replace(/(\d)\s*[-–]\s*([a-z])/gi, (_all, n: string, letter: string) => `${n}${letter.toLowerCase()}`)}${line.slice(m[0].length)}`;
}

const DECIMAL_LINE = /^((?:vraag|antwoord|ad)\s+(?:op\s+vraag\s+)?)?(\d{1,2})\.([1-9]\d?)(?![\d.,])\s*[.):]?(?=\s|$)/i;

/** `1.1`, `1.2`, `2.1` (sub-questions under a topic) → `1a`, `1b`, `2a`, when at least two such lines exist. */
const DECIMAL_MORE = /^(\s*(?:,|en|t\/m|tot en met)\s*)(\d{1,2})\.([1-9]\d?)(?![\d.,])\s*[.):]?(?=\s|$)/i;

function decimalSubNumbers(lines: string[]): string[] {
  const hits = lines.map((line) => DECIMAL_LINE.exec(line));
  const found = hits.filter((m) => m !== null);
  if (found.length < 2 || !found.some((m) => m[3] === '1')) return lines;
  return lines.map((line, i) => {
    const m = hits[i];
    if (!m || Number(m[3]) > 26) return line;
    const letter = String.fromCharCode(96 + Number(m[3]));
    let label = `${m[1] ?? ''}${m[2]}${letter}`;
    let rest = line.slice(m[0].length);
    // A combined label goes on: `Antwoord 2.2 en 2.3`, `Antwoord 1.1, 1.2`.
    for (let more = m[1] ? DECIMAL_MORE.exec(rest) : null; more; more = DECIMAL_MORE.exec(rest)) {
      if (Number(more[3]) > 26) break;
      label += `${more[1]}${more[2]}${String.fromCharCode(96 + Number(more[3]))}`;
      rest = rest.slice(more[0].length);
    }
    return `${label}${m[1] ? ':' : '.'}${rest}`;
  });
}

const THEME_LINE = /^((?:vraag|antwoord|ad)\s+(?:op\s+vraag\s+)?)([A-Z])(\d{1,2})(?!\d)\s*[.):]?(?=\s|$)/i;
/** A question's theme number printed bare before its text (`A1. Hoeveel …?`, `B2) Waar …?`). */
const BARE_THEME_LINE = /^()([A-Z])(\d{1,2})[.)](?=\s+\S)/;
/** A combined label goes on with more theme numbers: `Antwoord B1 en B2`. */
const THEME_MORE = /^(\s*(?:,|en|&|t\/m|tot en met)\s*)([A-Z])(\d{1,2})(?!\d)\s*[.):]?(?=\s|$)/;

/** `A1` → `1a`: the theme letter is the question's number, the number within the theme its letter. */
export function themeNumber(letter: string, n: string): string | null {
  const sub = Number(n);
  if (sub < 1 || sub > 26) return null;
  return `${letter.toUpperCase().charCodeAt(0) - 64}${String.fromCharCode(96 + sub)}`;
}

/** Theme-numbered lines of one kind (labelled or bare): at least two, one of them `A1`, all letters in upper case. */
function themeHits(lines: string[], pattern: RegExp): (RegExpExecArray | null)[] {
  const hits = lines.map((line) => {
    const m = pattern.exec(line);
    return m && m[2] === m[2].toUpperCase() ? m : null;
  });
  const found = hits.filter((m) => m !== null);
  return found.length >= 2 && found.some((m) => m[2] === 'A' && Number(m[3]) === 1) ? hits : [];
}

/**
 * Questions numbered per theme (`Vraag A1`, `Antwoord A2`, `Vraag B1`, or bare `A1. Hoeveel …?`): the numbering
 * restarts under each theme letter, so the theme becomes the number and the number within it the letter (`A2` →
 * `1b`), as decimal sub-numbers do. Labelled lines and bare ones each count only as a series of at least two with
 * `A1` among them (a lone `A2.` may be a motorway); a label's list goes on (`Antwoord B1 en B2` → `2a en 2b`).
 */
function themeLetterNumbers(lines: string[]): string[] {
  const labelled = themeHits(lines, THEME_LINE);
  const bare = themeHits(lines, BARE_THEME_LINE);
  if (labelled.length === 0 && bare.length === 0) return lines;
  return lines.map((line, i) => {
    const m = labelled[i] ?? bare[i];
    const number = m ? themeNumber(m[2], m[3]) : null;
    if (!m || !number) return line;
    if (!m[1]) return `${number}.${line.slice(m[0].length)}`;
    let label = `${m[1]}${number}`;
    let rest = line.slice(m[0].length);
    for (let more = THEME_MORE.exec(rest); more; more = THEME_MORE.exec(rest)) {
      const next = themeNumber(more[2], more[3]);
      if (!next) break;
      label += `${more[1]}${next}`;
      rest = rest.slice(more[0].length);
    }
    return `${label}:${rest}`;
  });
}

const BULLET = /^[•▪◦●·*–-]\s+(.*)$/;
/** A list item as Word exports it: a glyph (`·`, `•`, `▪`) or a letter `o` or dash followed by a tab. */
const EXPORTED_BULLET = /^(?:[•▪◦●·■□➢►✓]\t+|[o*–-]\t+)(?=\S)/;
/** A list item as printed: a bullet glyph or dash followed by spaces (a PDF's or a typed list). */
const PRINTED_BULLET = /^([•▪◦●■□➢►✓*–-]) +(?=\S)/;
const ENDS_SENTENCE = /[.?!:;…]["”’')\]]*$/;

/**
 * A printed list (at least two items with the same marker): each item is a paragraph of its own with
 * its marker kept as printed and one space after it, so the lead-in line before the list and a line after
 * it are paragraphs of their own too. A line after an item that does not end its sentence yet goes on in
 * that item (a hanging indent, lost with the indentation).
 */
function printedBulletItems(lines: string[]): string[] {
  const markers = lines.map((line) => PRINTED_BULLET.exec(line)?.[1]);
  const listed = (i: number): boolean => {
    const marker = markers[i];
    if (marker === undefined) return false;
    // One item of a list: another item with the same marker right before or after (its continuation lines between).
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < lines.length && lines[j] !== ''; j += step) {
        if (markers[j] === marker) return true;
        if (markers[j] !== undefined) break;
      }
    }
    return false;
  };
  if (!markers.some((_m, i) => listed(i))) return lines;
  const width = Math.max(...lines.map((line) => line.length));
  const out: string[] = [];
  let inItem = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (listed(i)) {
      if (!inItem) leadInApart(out, width);
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      out.push(line.replace(PRINTED_BULLET, '$1 '));
      inItem = true;
      continue;
    }
    if (inItem && line !== '' && !ENDS_SENTENCE.test(out[out.length - 1])) {
      out.push(line);
      continue;
    }
    if (inItem && line !== '') out.push('');
    inItem = false;
    out.push(line);
  }
  return out;
}

/**
 * The lead-in line of a list (`… aan deze eisen voldoen:`) that starts on a line of its own after a sentence, where its
 * first word would have fitted on the line above: the writer broke the line there, so the lead-in starts a paragraph
 * (in wrapped text a sentence ends at a line's end only by chance, the next one going on below when it fits).
 */
function leadInApart(out: string[], width: number): void {
  const leadIn = out[out.length - 1];
  const above = out[out.length - 2];
  if (leadIn === undefined || above === undefined || !/:$/.test(leadIn) || above === '') return;
  if (!/[.?!]["”’')]*$/.test(above) || PRINTED_BULLET.test(above)) return;
  const firstWord = /^\S+/.exec(leadIn)?.[0] ?? '';
  if (above.length + 1 + firstWord.length <= width) out.splice(out.length - 1, 0, '');
}

/**
 * List items lose their exported bullet glyph and stand as paragraphs of their own. (`•` itself, Word's own bullet
 * as a copy into an editor keeps it, is printed text: kept with one space, as a printed list's glyph is; the `·`, `o`
 * or `-` that "save as text" puts in its place is an artefact.)
 */
function withoutBulletMarkers(lines: string[]): string[] {
  if (!lines.some((line) => EXPORTED_BULLET.test(line))) return lines;
  const out: string[] = [];
  for (const line of lines) {
    if (!EXPORTED_BULLET.test(line)) {
      out.push(line);
      continue;
    }
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
    out.push(
      line.replace(EXPORTED_BULLET, (marker) => (marker.startsWith('•') ? '• ' : '')),
      '',
    );
  }
  return out;
}

const QUESTIONS_HEADING = /^(?:(?:de|uw|gestelde|concrete)\s+)?vragen\s*:?$/i;
const ANSWERS_START = /^(?:antwoorden|beantwoording)\s*:?$|^(?:antwoord|ad)\b/i;
const NUMBERED_ANSWER_LABEL =
  /^(?:antwoord(?:en)?\s+(?:op\s+)?(?:de\s+)?(?:vra(?:ag|gen)\s+)?|ad\s+(?:vra(?:ag|gen)\s+)?)(\d{1,2})\b((?:\s*(?:,|en|&|t\/m|tot en met|-|–)\s*\d{1,2}\b)*)/i;

/**
 * A questions block whose list numbering was lost (`Vragen`, then one paragraph per question; a
 * question may go on in list items or lower-case lines), answered under `Antwoord op vraag N`: when
 * the paragraphs are exactly as many as the highest answered number, they are numbered by position.
 */
function listedQuestionsByPosition(lines: string[]): string[] {
  if (lines.some((line) => NUMBERED_QUESTION.test(line))) return lines;
  const heading = lines.findIndex((line) => QUESTIONS_HEADING.test(line));
  if (heading < 0) return lines;
  let end = heading + 1;
  while (end < lines.length && !ANSWERS_START.test(lines[end])) end++;
  const starts: number[] = [];
  for (let i = heading + 1; i < end; i++) {
    const line = lines[i];
    if (line === '' || (i > heading + 1 && lines[i - 1] !== '')) continue;
    if (BULLET.test(line) || EXPORTED_BULLET.test(line) || /^\p{Ll}/u.test(line)) continue;
    starts.push(i);
  }
  // (The highest number a label answers: `Antwoord vraag 3 en 4` answers up to 4.)
  const answered = lines.slice(end).flatMap((line) => {
    const m = NUMBERED_ANSWER_LABEL.exec(line);
    return m ? [m[1], ...(m[2]?.match(/\d{1,2}/g) ?? [])] : [];
  });
  const highest = Math.max(0, ...answered.map(Number));
  if (starts.length < 2 || highest !== starts.length) return lines;
  const out = [...lines];
  starts.forEach((i, n) => (out[i] = `${n + 1}. ${lines[i]}`));
  return out;
}
const NUMBERED_QUESTION = /^(?:vraag\s+\d|\d{1,2}\s*[.)]\s)/i;

const BRACKETED_NUMBER = /^\[(\d{1,2})\]\s+(?=\p{Lu})/u;

/**
 * A party's house style numbering its questions `[1]`, `[2]` …: in a document without other numbered
 * questions, lines opening so in sequence from 1, each paragraph a question (ending in `?`), are numbered
 * questions. A footnote block (`[1] Rapport …, https://…`) asks nothing, so it stays as printed.
 */
function bracketedQuestionNumbers(lines: string[]): string[] {
  if (lines.some((line) => NUMBERED_QUESTION.test(line))) return lines;
  const hits: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = BRACKETED_NUMBER.exec(lines[i]);
    if (!m) continue;
    if (Number(m[1]) !== hits.length + 1) break;
    let end = i;
    while (end + 1 < lines.length && lines[end + 1] !== '' && !BRACKETED_NUMBER.test(lines[end + 1])) end++;
    if (!/\?["”’)]*$/.test(lines[end])) break;
    hits.push(i);
  }
  if (hits.length < 2) return lines;
  const out = [...lines];
  for (const i of hits) out[i] = lines[i].replace(/^\[(\d{1,2})\]\s+/, '$1. ');
  return out;
}

/** Bulleted questions in a document without numbered ones: the answers refer to them by position. */
function bulletQuestions(lines: string[]): string[] {
  if (lines.some((line) => NUMBERED_QUESTION.test(line))) return lines;
  const bullets = lines.map((line, i) => (BULLET.test(line) ? i : -1)).filter((i) => i >= 0);
  const asking = bullets.filter((i) => lines[i].includes('?'));
  if (asking.length < 2 || asking.length * 2 < bullets.length) return lines;
  let n = 0;
  return lines.map((line) => {
    const m = BULLET.exec(line);
    return m ? `${++n}. ${m[1]}` : line;
  });
}
