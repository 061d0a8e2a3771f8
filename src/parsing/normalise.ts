/**
 * Cleans extracted text before its structure is read: line endings, invisible characters,
 * page furniture (running headers and footers, `Pagina 2 van 3`), repeated letterheads and
 * hyphenation at line ends. Pages may be separated by form feeds (`\f`), as the PDF extractor
 * does; plain text without them is handled too.
 */

import { readColumns } from './columns';
import { readDelimitedExport } from './delimited';
import type { TextLink } from './documents';
import { isBareLabel, labelField } from './header';
import { readStackedTable } from './stacked-table';
import { readRtfText } from './rtf';

const PAGE_NUMBER_LINE =
  /^(?:(?:pagina|page|blz\.?|pag\.?|p\.|blad)\s*\d{1,4}(?:\s*(?:van|of|\/|uit)\s*\d{1,4})?|\d{1,4}\s*(?:van|\/)\s*\d{1,4}|-\s*\d{1,4}\s*-|-\s*[lI]\s*-)$/i;
const BARE_NUMBER_LINE = /^\d{1,3}$/;

/**
 * A page footer laid out in parts with the page number first or last: parts separated by bars (`Gemeente X | Ons
 * kenmerk 24.001 | pagina 2 van 3`), by spaced dashes as a RIS prints its print version (`Pagina 1 van 1 - RIS X -
 * afdrukversie`), or by a wide gap (`Pagina 1 van 1      Geëxporteerd uit iBabs, gemeente X`). Page furniture like a
 * lone `Pagina 2 van 3`. Between dashes or in columns the page number must be worded (`pagina`, `N van M`): `- 2 -`
 * alone is a page number, a sentence with a dash ends in none, and a bare `2/3` may be a table's cell.
 */
function isPageFooter(line: string): boolean {
  // A browser's print footer: the page's address and its page count, apart by a tab or a wide gap
  // (`https://mail.google.com/…⇥1/1`, `www.x.nl/raad/vragen   2/3`): no text and no web document of the letter.
  // (Split only a line opening with an address: this runs on every line.)
  if (/^\s*(?:https?:\/\/|www\.)/i.test(line)) {
    const printed = line.trim().split(/\t+|\s{3,}/);
    if (printed.length === 2 && URL_ONLY_LINE.test(printed[0]) && PAGE_NUMBER_LINE.test(printed[1])) return true;
  }
  const bars = line.split(/\s+\|\s+/);
  if (bars.length >= 2) return pageNumberAtAnEnd(bars, (cell) => !BARE_NUMBER_LINE.test(cell));
  // (A form counts its sheets: `Formulier griffie X - versie 3      blad 1/1`.)
  const worded = (cell: string): boolean => /^(?:pagina|page|blz|pag|blad)\b|\svan\s/i.test(cell);
  const dashes = line.split(/\s+[-–—]\s+/);
  if (dashes.length >= 2 && pageNumberAtAnEnd(dashes, worded)) return true;
  if (!/\S {3,}\S/.test(line) || /\t/.test(line)) return false;
  return pageNumberAtAnEnd(line.split(/ {3,}/), worded);
}

/** The page footers among a page's last three lines with text (read from the end: no pass over the page). */
function footerLines(page: string[]): string[] {
  const last: string[] = [];
  for (let i = page.length - 1; i >= 0 && last.length < 3; i--) if (page[i] !== '') last.unshift(page[i]);
  return last.filter(isPageFooter);
}

/** Whether the first or last part is a page number of the kind asked (`accept`). */
function pageNumberAtAnEnd(parts: string[], accept: (cell: string) => boolean): boolean {
  const cells = parts.map((part) => part.trim());
  return [cells[0], cells[cells.length - 1]].some((cell) => PAGE_NUMBER_LINE.test(cell) && accept(cell));
}
/**
 * A speck a scan read by OCR leaves on a line of its own (`~`, `|`, `' .`, `,`): up to three marks, no letter or
 * digit, at most four characters wide, and no rule (`---`, `===`, `***`), bullet or table border (`|   |   |`). No
 * text.
 */
const SCAN_SPECK = /^(?=[\s\S]{1,4}$)(?:[~|,.'`´"^¸¨]\s*){1,3}$/;
/**
 * A scribbled signature read by OCR (`~//l/~^ ,.`): marks with strokes (`~`, `^`, `/`, `\`) among them, no two letters
 * or digits together, at most twenty characters. No text (the signer's name stands under it).
 */
const SCAN_SCRIBBLE = /^(?=.{4,20}$)(?=(?:.*[~^/\\]){2})(?!.*[\p{L}\d]{2})(?!.*\d)(?:[^\p{L}\d\s]|\s|\p{L}){4,20}$/u;
const URL_ONLY_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
/**
 * An official publication's running header: its name, volume year and number (`Gemeenteblad 2025 nr. 28117`, the date
 * beside it). Page furniture wherever it stands, also printed once (a two-page publication): the first page prints
 * the name alone as its letterhead (`GEMEENTEBLAD`, `Nr. 28117`).
 */
const PUBLICATION_HEADER =
  /^(?:gemeenteblad|provinciaal blad|waterschapsblad|staatscourant)\s+\d{4}\s+(?:nr\.?|nummer)\s*\d+(?:\s{2,}\S.*)?$/i;
/**
 * A web page's link that folds a section open or shut (`Toon minder`, `Lees meer`, `Alles uitklappen`), copied with
 * the page's text: page chrome on a line of its own.
 */
const FOLD_LINK =
  /^(?:(?:toon|lees|bekijk|laat)\s+(?:meer|minder)(?:\s+zien)?|(?:meer|minder)\s+(?:tonen|weergeven|lezen)|(?:alles\s+)?(?:uitklappen|inklappen|openklappen|dichtklappen))$/i;
/**
 * The triangle a web page sets before a section that folds open (`▾ Vraag 1`, `▸ Antwoord`): no text. The small
 * triangles are such widgets only; the large ones (`▶`, `▼`, `►`) also bullet a list, so only before a label.
 * (Also the plus of a fold's header, `+ 1. Is het …?`, `⊕ Vraag 2`: only before a label or a list number, where no
 * sum is written.)
 */
const FOLD_TRIANGLE =
  /^(?:[\u25B4\u25B8\u25BE\u25C2\u2BC5-\u2BC8]|[\u25B6\u25BA\u25BC](?=\s*(?:vraag|antwoord)\b)|[+\u2295\u229E](?=\s+(?:(?:vraag|antwoord)\b|\d{1,2}[a-z]?[.)]\s)))\s*/i;
/**
 * The same triangle set after a short label (`Vraag 1 ▾`, `Antwoord ▸`), at the right edge of the fold's bar; the
 * label is kept (`$1`). (Anchored at the line's start: as a lookbehind it was tried at every space of every line, the
 * largest cost of a long PDF.)
 */
const TRAILING_FOLD_TRIANGLE =
  /^((?:vraag|antwoord|toelichting)\b[^.?!]{0,20}?)\s+[\u25B4\u25B8\u25BE\u25C2\u25B6\u25BA\u25BC\u2BC5-\u2BC8]$/i;
/**
 * A question or answer label (`Vraag 2`, `Antwoord:`, `1.`), never page furniture; a running title `Beantwoording
 * schriftelijke vragen …` is no label. (An answer letter says whose it is: `Uw vraag 3` / `Ons antwoord` under every
 * question is the label, however often it recurs.)
 */
const LABEL_START =
  /^(?:(?:ons|onze|uw)\s+)?(?:vraag|vragen|antwoord|antwoorden|beantwoording|ad)\b\s*(?:op\s+)?(?:(?:de\s+)?vra(?:ag|gen)\s+)?(?:\d|[IVX]+\b|:|$)|^\d{1,2}\s*[.)]|^[a-z]\s*[.)]\s/i;

/** Normalises raw extracted text into trimmed lines ('' for a blank line). */
export function normaliseLines(raw: string): string[] {
  return normaliseText(raw).lines;
}

/**
 * The cleaned lines, and the footnotes taken from the page bottoms (`Zwemwaterprofiel X, https://…`; a note
 * whose marker is written in brackets keeps it: `[2] Huisvestingsverordening …`).
 */
export function normaliseText(raw: string): {
  lines: string[];
  footnotes: string[];
  links: TextLink[];
  footers: string[];
} {
  const unmarked = raw.replace(/^\uFEFF/, '');
  const rtf = readRtfText(unmarked);
  const text = expandLetterLabels(
    readStackedTable(readDelimitedExport((rtf ? rtf.text : unmarked).replace(/\r\n?/g, '\n'))),
  )
    .replace(/\u00AD\n/g, '')
    .replace(/[\u00AD\u200B-\u200D\u2060]/g, '')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/\uFB01/g, 'fi')
    .replace(/\uFB02/g, 'fl')
    .replace(/[\v]/g, '\n');

  // In a tab table the leading tabs of a continuation row say which column it goes on in
  // (`⇥⇥De wachtlijst …` continues the third), and a row of only tabs is an empty row, not a blank line
  // (which `paragraphPerLine` may add): they are kept for `convertTables`, which drops them again.
  const keepTabs = text.includes('\t') && text.split('\n').some(isTabTableHeader);
  const links: TextLink[] = rtf ? [...rtf.links] : [];
  markedLinks(text, links);
  const rawPages = splitPages(
    withoutLinkMarkup(
      withoutEmphasisMarkers(
        withoutLineNumbers(
          withoutReceivedStamp(withoutScanFurniture(withHashBorders(withSimpleTableCellsJoined(text)))),
        ),
      ),
      links,
    ),
  );
  const pages = rawPages.map((page, index) =>
    readColumns(
      withSidebarFirst(
        withoutRepeatedMarginField(page.split('\n'), index, (value) =>
          rawPages.slice(0, index).some((p) => p.includes(value)),
        ),
        index < rawPages.length - 1,
      ),
    ).map((line) => cleanLine(line, keepTabs)),
  );
  const footnotes: string[] = [];
  for (const page of pages) footnotes.push(...takeFootnotes(page));
  if (pages.length > 0) footnotes.push(...takeEndNotes(pages[pages.length - 1], pages.flat().join('\n')));
  // A page footer's data still counts (a kenmerk printed only there): kept apart for the header.
  const runningHeaders: string[] = [];
  const withoutFurniture = pages.length > 1 ? removeRunningHeaders(pages, runningHeaders) : pages;
  // (So does a running header's: `Raadsinformatie X - Schriftelijke vraag   1/2` names the municipality.)
  const footers = [...runningHeaders, ...pages.flatMap(footerLines)];
  const lines: string[] = [];
  withoutFurniture.forEach((page, index) => {
    // A page break inside a sentence (the page ends without closing it) is no paragraph break.
    let back = lines.length - 1;
    while (back >= 0 && lines[back] === '') back--;
    const last = back >= 0 ? lines[back] : undefined;
    const continues = index > 0 && last !== undefined && /[\p{L}\d,-]$/u.test(last) && !LABEL_START.test(last);
    if (continues) while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    else if (index > 0) lines.push('');
    const top = new Set(
      page
        .map((line, i) => (line ? i : -1))
        .filter((i) => i >= 0)
        .slice(0, 2),
    );
    // (The sentence goes on below the page's running header, and the blank line under it.)
    // (A date alone on the line under it, `21 oktober 2024`, is part of it.)
    const runningHeader = (i: number): boolean =>
      top.has(i) &&
      (isRunningHeaderLine(page[i], lines) ||
        (DATE_ONLY.test(page[i]) && [...top].some((j) => j < i && isRunningHeaderLine(page[j], lines))));
    // (Or a line of the letterhead printed again at the top, `Gemeente X` / `U24.08812`, the sentence going on below.)
    // (The lines so far as a set only when a page goes on a sentence and its top line could repeat one: built for every
    // page, it cost a long PDF time in the number of pages times its lines.)
    let earlier: Set<string> | null = null;
    const repeatedTop = (i: number): boolean =>
      top.has(i) &&
      page[i].length <= 40 &&
      !/[.?!:;,]$/.test(page[i]) &&
      ((earlier ??= new Set(lines)).has(page[i]) || fieldPrintedBefore(page[i], earlier));
    const furniture = (i: number): boolean =>
      page[i] === '' || PAGE_NUMBER_LINE.test(page[i]) || runningHeader(i) || (continues && repeatedTop(i));
    let start = 0;
    if (continues) while (start < page.length && furniture(start)) start++;
    // A table that runs on over the page, its header row printed again at the top of the next page: the rows go on
    // under the first page's (a row without a question continues the answer above it).
    const header = index > 0 && last !== undefined && isPipeRow(last) ? tableHeaderAbove(lines, back) : undefined;
    if (header !== undefined) {
      let first = 0;
      while (first < page.length && furniture(first)) first++;
      // (The repeated header may have gone already, as a running header printed at the top of every page.)
      const cells = (row: string): number => row.split('|').length;
      const repeated = page[first] === header && isPipeRow(page[first + 1] ?? '');
      if (repeated || (isPipeRow(page[first] ?? '') && cells(page[first]) === cells(header))) {
        while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
        start = repeated ? first + 1 : first;
      }
    }
    page.forEach((line, i) => {
      if (i < start || PAGE_NUMBER_LINE.test(line) || isPageFooter(line) || PUBLICATION_HEADER.test(line)) return;
      if (FOLD_LINK.test(line)) return;
      if (SCAN_SPECK.test(line) || SCAN_SCRIBBLE.test(line)) return;
      if (index > 0 && runningHeader(i)) return;
      lines.push(line);
    });
  });
  if (keepTabs) {
    // Only below the table's header row.
    const header = lines.findIndex(isTabTableHeader);
    for (let i = 0; i < (header < 0 ? lines.length : header); i++) lines[i] = lines[i].replace(/^\t+/, '');
  }
  return {
    lines: withOcrFieldDates(
      withOcrLabelMarks(
        withOcrListMarks(
          withOcrLabelLookalikes(
            withOcrLabelDigits(
              repairHyphenation(
                removeRepeatedLines(
                  paragraphPerLine(withLabelBlockValues(withoutFormFooter(withoutFormSectionLetters(lines)))),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
    footnotes,
    links,
    footers,
  };
}

const SECTION_RULE = /^(?:_{5,}|-{5,}|={5,})$/;

/**
 * A letterhead table extracted without its layout (`pdftotext` by default): its labels come out as one block (`Datum` /
 * `Ons kenmerk` / `Onderwerp`), a blank line, then its values as the next (`19 november 2024` / `U24.08812` / …), in
 * the same order. Paired as `Label: value` lines; a subject, the last label, may wrap over the block's further lines.
 */
function withLabelBlockValues(lines: string[]): string[] {
  const out = [...lines];
  const bare = (line: string): boolean => /^\p{L}[\p{L} .]{1,30}$/u.test(line) && labelField(line) !== null;
  for (let i = 0; i < out.length; i++) {
    if (!bare(out[i]) || (i > 0 && out[i - 1] !== '')) continue;
    let n = 0;
    while (i + n < out.length && bare(out[i + n])) n++;
    if (n < 3 || out[i + n] !== '') continue;
    let v = i + n;
    while (v < out.length && out[v] === '') v++;
    let m = 0;
    while (v + m < out.length && out[v + m] !== '') m++;
    const labels = out.slice(i, i + n);
    const values = out.slice(v, v + m);
    if (values.some((value) => bare(value) || /[:?]$/.test(value))) continue;
    if (m < n || (m > n && labelField(labels[n - 1]) !== 'subject')) continue;
    const paired = labels.map((label, k) => `${label}: ${k === n - 1 ? values.slice(k).join(' ') : values[k]}`);
    out.splice(i, v + m - i, ...paired.flatMap((line) => [line, '']).slice(0, -1));
    i += paired.length * 2 - 2;
  }
  return out;
}

function isPipeRow(line: string): boolean {
  return /^\|.*\|$/.test(line);
}

/** The first row of the pipe table whose last row is `lines[last]`. */
function tableHeaderAbove(lines: string[], last: number): string {
  let i = last;
  while (i > 0 && isPipeRow(lines[i - 1])) i--;
  return lines[i];
}

/**
 * A form's footer (its name and version: `Formulier griffie X - versie 2023`): one or two short lines at the very
 * end under a rule that already divided the form's parts higher up, none a sentence or a label. Page furniture.
 * A known field (`Registratienummer griffie : X`) there is the last part's content, no footer.
 */
function withoutFormFooter(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1] === '') end--;
  let rule = end - 1;
  while (rule >= 0 && rule >= end - 3 && !SECTION_RULE.test(lines[rule])) rule--;
  if (rule < 0 || rule === end - 1 || !SECTION_RULE.test(lines[rule])) return lines;
  const footer = lines.slice(rule + 1, end).filter((line) => line !== '');
  const furniture = footer.every(
    (line) => line.length <= 80 && !/[.?!:;,]$/.test(line) && !LABEL_START.test(line) && !isFieldLine(line),
  );
  // (The rule above the footer may differ from the ones between the parts: `=====` between them, `-----` above it.)
  return furniture && lines.slice(0, rule).some((line) => SECTION_RULE.test(line)) ? lines.slice(0, rule) : lines;
}

/** A form's part lettered in capitals: `A. Registratienummer : …`, `H. Toelichting`, `C) Fractie: …`. */
const SECTION_LETTER = /^([A-Z])[.)] +(?=\p{L})/u;

/**
 * A form whose parts are lettered in capitals, in order from `A.` (`A. Registratienummer griffie : …` / `B. Datum
 * ontvangst : …` / … / `H. Toelichting` / `I. Vragen`): the letters number the form's parts, the labels are the words
 * after them. Half the lettered lines at least, and three, are fields the header knows; then every letter of the run
 * goes, headings' too. Lettered lines that do not follow on (`A. Wat …?` after `D.`) keep their letters.
 */
function withoutFormSectionLetters(lines: string[]): string[] {
  const run: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = SECTION_LETTER.exec(lines[i]);
    if (!m) continue;
    if (m[1].charCodeAt(0) !== 'A'.charCodeAt(0) + run.length) {
      if (run.length > 0) break;
      continue;
    }
    run.push(i);
  }
  const fields = run.filter((i) => isFieldLine(lines[i].replace(SECTION_LETTER, ''))).length;
  if (fields < 3 || fields * 2 < run.length) return lines;
  const out = [...lines];
  for (const i of run) out[i] = out[i].replace(SECTION_LETTER, '');
  return out;
}

/** `Label : value` whose label the header knows. */
function isFieldLine(line: string): boolean {
  const colon = line.indexOf(':');
  return colon > 1 && colon <= 40 && labelField(line.slice(0, colon)) !== null;
}

/** `Vraag la`, `Antwoord Ib:`, `Vraag l4.`: a label whose number holds an `l` or `I` read by OCR for a `1`. */
const OCR_LABEL = /^((?:vraag|antwoord)(?:\s+op\s+vraag)?\s+)([lI1][lI\d]?[a-z]?)(?=\s*[.:)]?$|\s*[.:)]\s)/i;

/**
 * A scan read by OCR prints `1` as `l` or `I` in a question or answer label (`Vraag la`, `Antwoord Ib`): in a
 * document whose other labels carry Arabic numbers (`Vraag 2`) and none a Roman one (`Vraag II`), such a
 * label's number is read as digits. Running text keeps what was printed (`l4 incidenten`).
 */
function withOcrLabelDigits(lines: string[]): string[] {
  const misread = (line: string): boolean => {
    const m = OCR_LABEL.exec(line);
    return m !== null && /[lI]/.test(m[2]);
  };
  if (!lines.some(misread)) return lines;
  const arabic = lines.some((line) => /^(?:vraag|antwoord)\s+\d/i.test(line));
  const roman = lines.some((line) => /^(?:vraag|antwoord)\s+(?:I{2,3}|I?V|VI{1,3}|I?X)\b/.test(line));
  if (!arabic || roman) return lines;
  return lines.map((line) =>
    misread(line)
      ? line.replace(
          OCR_LABEL,
          (_all, label: string, number: string) =>
            label + number.replace(/^[lI1][lI\d]?/, (n) => n.replace(/[lI]/g, '1')),
        )
      : line,
  );
}

/** The digits OCR reads as a letter of like shape: `Z` for `2`, `S` for `5`, `G` for `6`, `B` for `8`. */
const OCR_DIGIT_LOOKALIKES: Record<string, number> = { Z: 2, z: 2, S: 5, s: 5, G: 6, b: 6, T: 7, B: 8, g: 9, q: 9 };

/** `Vraag Z`, `Antwoord S:`: a label whose number is one letter (a digit's look-alike read by OCR, or a letter). */
const LOOKALIKE_LABEL = /^((?:vraag|antwoord)(?:\s+op\s+vraag)?\s+)([A-Za-z])(?=\s*[.:)]?$|\s*[.:)]\s)/i;
/** `Vraag 3`, `Antwoord op vraag 12a:`: a label with its number in digits. */
const DIGIT_LABEL = /^(vraag|antwoord)(?:\s+op\s+vraag)?\s+(\d{1,2})(?![\d.,]\d)/i;

/**
 * Whether the number the OCR look-alike at `k` stands for is the one its sequence demands: the label before it of
 * the same kind carries the number before (`Vraag 1`), the one after it the number after (`Vraag 3`) or none follows.
 */
function sequenceDemands(numbers: Array<number | null>, k: number, digit: number): boolean {
  const before = numbers[k - 1];
  const after = numbers[k + 1];
  return before !== undefined && before === digit - 1 && (after === undefined || after === digit + 1);
}

/**
 * A scan read by OCR prints a label's number as a letter of like shape: `Vraag Z` / `Antwoord Z` between
 * `Vraag 1` and `Vraag 3`. Only where the sequence of that label's numbers demands that digit (the labels of that
 * kind before and after it numbered one less and one more, and none carrying it already) is the letter read as
 * the digit; a letter that does not fit (`Vraag A`, `Vraag B` of a lettered set) and running text keep what was
 * printed.
 */
function withOcrLabelLookalikes(lines: string[]): string[] {
  if (!lines.some((line) => LOOKALIKE_LABEL.test(line))) return lines;
  const out = [...lines];
  for (const word of ['vraag', 'antwoord']) {
    const at: number[] = [];
    const numbers: Array<number | null> = [];
    lines.forEach((line, i) => {
      const digits = DIGIT_LABEL.exec(line);
      if (digits && digits[1].toLowerCase() === word) {
        at.push(i);
        numbers.push(Number(digits[2]));
      } else if (LOOKALIKE_LABEL.test(line) && line.slice(0, word.length).toLowerCase() === word) {
        at.push(i);
        numbers.push(null);
      }
    });
    at.forEach((i, k) => {
      if (numbers[k] !== null) return;
      const m = LOOKALIKE_LABEL.exec(lines[i]) as RegExpExecArray;
      const digit = OCR_DIGIT_LOOKALIKES[m[2]];
      if (digit === undefined || numbers.includes(digit) || !sequenceDemands(numbers, k, digit)) return;
      out[i] = `${m[1]}${String(digit)}${lines[i].slice(m[0].length)}`;
    });
  }
  return out;
}

/** `2, Ja. De …`: a list item whose number closes with a comma. */
const COMMA_ITEM = /^(\d{1,2}),(?=\s+\p{Lu})/u;
/** `3. Ja, dat …`: a list item whose number closes with a point. */
const POINT_ITEM = /^(\d{1,2})\.\s+\S/;

/**
 * A scan read by OCR takes a list number's point for a comma (`2, Ja. De …`). Where the item stands where an item
 * starts (after a blank line or a line that ends a sentence, a capital after it) between the list's items numbered
 * one less and one more with points (`1. …`, `3. …`), or after the last, its number closes with a point as theirs do.
 * A line going on with `2, 3 en 4 …` keeps what was printed.
 */
function withOcrListMarks(lines: string[]): string[] {
  if (!lines.some((line) => COMMA_ITEM.test(line))) return lines;
  const at: number[] = [];
  const numbers: Array<number | null> = [];
  lines.forEach((line, i) => {
    const point = POINT_ITEM.exec(line);
    const comma = point ? null : COMMA_ITEM.exec(line);
    const starts = i === 0 || lines[i - 1] === '' || /[.?!:]["”’')]*$/.test(lines[i - 1]);
    if (point) {
      at.push(i);
      numbers.push(Number(point[1]));
    } else if (comma && starts) {
      at.push(i);
      numbers.push(null);
    }
  });
  const out = [...lines];
  at.forEach((i, k) => {
    if (numbers[k] !== null) return;
    const digit = Number((COMMA_ITEM.exec(lines[i]) as RegExpExecArray)[1]);
    if (sequenceDemands(numbers, k, digit)) out[i] = lines[i].replace(COMMA_ITEM, '$1.');
  });
  return out;
}

/** A question or answer label alone on its line, closed by a mark: `Vraag 2.`, `Antwoord:`, `Vraag 3,`, `Antwoord;`. */
const MARKED_LABEL = /^((?:vraag|antwoord)(?:\s+\d{1,2}[a-z]?)?)\s*([.:,;])$/i;

/**
 * A scan read by OCR takes a label's small closing mark for its neighbour: `Vraag 2,` for `Vraag 2.`, `Antwoord;` for
 * `Antwoord:`. In a document whose other labels of that word close with `.` or `:`, such a label closes as they do.
 * A speck left after a sentence's closing mark (`… hersteld. .`) is no text either.
 */
function withOcrLabelMarks(lines: string[]): string[] {
  const word = (label: string): string => label.split(/\s/)[0].toLowerCase();
  const closing = new Map<string, string>();
  for (const line of lines) {
    const m = MARKED_LABEL.exec(line);
    if (m && /[.:]/.test(m[2])) closing.set(word(m[1]), m[2]);
  }
  return lines.map((line) => {
    const m = MARKED_LABEL.exec(line);
    const mark = m && /[,;]/.test(m[2]) ? closing.get(word(m[1])) : undefined;
    if (m && mark !== undefined) return `${m[1]}${mark}`;
    return /[.?!][ \t]+[.,'`´]$/.test(line) ? line.replace(/(\p{L}[.?!])[ \t]+[.,'`´]$/u, '$1') : line;
  });
}

/**
 * `Datum : l9 november 2024`, `Datum : 2O november 2024`: a field whose whole value is a date, its day number holding
 * an `l` or `I` (for a `1`) or an `O` (for a `0`).
 */
const OCR_FIELD_DATE = new RegExp(
  String.raw`^([^:]{2,40}:\s*)([lIO\d]{1,2})(\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4})$`,
  'i',
);

/**
 * OCR reads a `1` as `l` or `I` in a date field's day too (`Datum : l9 november 2024`), and a `0` as `O` (`2O
 * november`): a known field whose value is nothing but a date gets digits there. A date in running text keeps what
 * was printed (`vóór l april`).
 */
function withOcrFieldDates(lines: string[]): string[] {
  return lines.map((line) => {
    const m = OCR_FIELD_DATE.exec(line);
    if (!m || !/[lIO]/.test(m[2]) || !isFieldLine(line)) return line;
    const day = Number(m[2].replace(/[lI]/g, '1').replace(/O/g, '0'));
    return day >= 1 && day <= 31 ? `${m[1]}${String(day)}${m[3]}` : line;
  });
}

/**
 * A field named again at the top of a later page (`Ons kenmerk Z-2024-118`, `Datum: 3 mei 2024`): its label is one the
 * header knows and its value, with a digit in it, stood on a line of its own or after its label before.
 */
function fieldPrintedBefore(line: string, earlier: Set<string>): boolean {
  const words = line.split(/\s+/);
  for (let k = 1; k < words.length && k <= 3; k++) {
    const label = words.slice(0, k).join(' ').replace(/:$/, '');
    const value = words.slice(k).join(' ');
    if (!/\d/.test(value) || labelField(label) === null) continue;
    if (earlier.has(value) || [...earlier].some((before) => before.endsWith(`: ${value}`))) return true;
  }
  return false;
}

/** A field's label alone on its line (`Ons kenmerk`, `Uw brief van`, `Bijlage(n)`). */
function isSidebarLabel(line: string): boolean {
  const label = line.trim();
  return /^\p{L}[\p{L} .()/-]{1,30}$/u.test(label) && labelField(label) !== null;
}

/**
 * A letter's sidebar of fields extracted without the layout (`pdftotext` by default) comes out after the page's text,
 * each label on its own line above its value (`Datum` / `14 oktober 2024` / `Ons kenmerk` / `Z-2024-118` / …), up to
 * the page's footer. When the text above it runs on to the next page (its last line closes no sentence, perhaps a word
 * broken with a hyphen), the fields go to the top of the page as `Label: value` lines, so the text goes on where the
 * next page takes it up. Three fields at least, each with one to three lines of value.
 */
function withSidebarFirst(page: string[], pageFollows: boolean): string[] {
  if (!pageFollows) return page;
  let end = page.length;
  const furniture = (line: string): boolean =>
    line.trim() === '' || PAGE_NUMBER_LINE.test(line.trim()) || URL_ONLY_LINE.test(line.trim()) || isPageFooter(line);
  while (end > 0 && furniture(page[end - 1])) end--;
  for (let i = 1; i < end; i++) {
    if (!isSidebarLabel(page[i]) || !/[\p{L}\d,-]$/u.test(page[i - 1].trim())) continue;
    const fields: string[] = [];
    let k = i;
    while (k < end && isSidebarLabel(page[k])) {
      const label = page[k].trim();
      const values: string[] = [];
      for (k++; k < end && page[k].trim() !== '' && !isSidebarLabel(page[k]); k++) values.push(page[k].trim());
      if (values.length === 0 || values.length > 3) break;
      fields.push(`${label}: ${values.join(' ')}`);
    }
    if (k !== end || fields.length < 3) continue;
    return [...fields, '', ...page.slice(0, i), ...page.slice(end)];
  }
  return page;
}

/**
 * A letter whose field column stands left of the text repeats a field at the top of a later page (`Kenmerk` /
 * `Z/24/0187   text of the letter …`): the label and the value already printed before are furniture; the
 * text beside the value goes on where the page before stopped. (`printedBefore` looks at the earlier pages only for
 * a candidate field: joining them for every page cost a long PDF time in the square of its pages.)
 */
function withoutRepeatedMarginField(
  page: string[],
  index: number,
  printedBefore: (value: string) => boolean,
): string[] {
  if (index === 0) return page;
  const filled = page.map((line, i) => (line.trim() !== '' && !PAGE_NUMBER_LINE.test(line.trim()) ? i : -1));
  const [label, value] = filled.filter((i) => i >= 0).slice(0, 2);
  if (label === undefined || value !== label + 1 || !isBareLabel(page[label])) return page;
  const m = /^(\S(?:.*?\S)?) {3,}(?=\S)/.exec(page[value]);
  if (!m || m[1].length < 4 || !printedBefore(m[1])) return page;
  const out = [...page];
  out[value] = ' '.repeat(m[0].length) + page[value].slice(m[0].length);
  out.splice(label, 1);
  return out;
}

const MARKDOWN_LINK = /(?<!!)\[([^[\]\n]+(?:\n[^[\]\n]+)?)\]\(((?:https?:\/\/|www\.)[^\s()]+)\)/gi;

/**
 * An image in an HTML e-mail's text view (`[image: Logo X] <https://…>`, `[image: Facebook] <https://…>`): a logo or
 * a social-media button, no text and no document.
 */
const IMAGE_PLACEHOLDER = /[ \t]*\[image:[^\]\n]*\](?:[ \t]*<(?:https?:\/\/|www\.)[^>\s]+>)?/g;

/** An italic or bold link text before its URL in angle brackets, as an HTML e-mail's text view writes a link. */
const MARKED_LINK = /(?<=^|[\s("'“‘])([_*])(?=\S)([^_*\n]{2,120}?\S)\1[ \t]?<((?:https?:\/\/|www\.)[^>\s]+)>/gm;

/** The titles such links print (`_Evaluatie X 2024_ <https://…>`): the markers go later, the title's bounds are kept here. */
function markedLinks(text: string, links: TextLink[]): void {
  if (!text.includes('<')) return;
  for (const m of text.matchAll(MARKED_LINK)) links.push({ text: m[2].replace(/\s+/g, ' '), url: m[3], titled: true });
}

/** A Word field's instruction leaked into the text by a converter (unrtf): ` HYPERLINK "https://…" ` (switches after it). */
const HYPERLINK_FIELD =
  /[ \t]*\bHYPERLINK[ \t]+"((?:https?:\/\/|www\.)[^"\s]+)"(?:[ \t]+\\[a-z](?:[ \t]+"[^"\n]*")?)*[ \t]+(?=\S)/g;

/**
 * A leaked hyperlink field (`In het  HYPERLINK "https://…" Verkeersplan X 2023 stond …`) is converter output, no
 * text: it goes, and its URL is kept apart in `links` with the words the field showed, read up to the sentence's end
 * (the field's own end is lost), so the document its link text names gets the URL.
 */
function withoutHyperlinkFields(text: string, links: TextLink[]): string {
  return text.replace(HYPERLINK_FIELD, (_all, url: string, offset: number, whole: string) => {
    const after = whole.slice(offset + _all.length);
    const label = /^[^\n]*?(?=[.!?](?:\s|$)|\n|$)/.exec(after)?.[0] ?? '';
    if (label.trim() !== '') links.push({ text: label.trim(), url });
    const before = offset > 0 ? whole[offset - 1] : '\n';
    return before === '\n' ? '' : ' ';
  });
}

/** A text browser's list of the page's links at its end (lynx `-dump`): `References`, then `   1. https://…` lines. */
const LINK_REFERENCES =
  /\n[ \t]*(?:References|Referenties|Verwijzingen)[ \t]*\n((?:[ \t]*\n|[ \t]*(?:Visible|Hidden) links:?[ \t]*\n|[ \t]*\d{1,3}\.[ \t]+\S+[ \t]*(?:\n|$))+)$/;
/** Its marker before a link's text (`de [2]Huisvestingsverordening X 2024`); a footnote's marker follows a word. */
const LINK_MARKER = /(?<![\p{L}\d\]])\[(\d{1,3})\](?=[^\s\d\]])/gu;

/**
 * An HTML mail or page dumped as text by a text browser (lynx, w3m): each link's text carries a number in brackets and
 * the URLs are listed by number at the end. The markers and the list are the browser's, not the letter's: they go, and
 * each URL is kept apart in `links` with the words after its marker up to the sentence's end (the link's own end is
 * not marked), so the document its link text names gets the URL. The browser numbers every link, the logo, social
 * buttons and the footer's too: a link whose text names no document is none (`namesOnly`).
 */
function withoutLinkReferences(text: string, links: TextLink[]): string {
  const list = LINK_REFERENCES.exec(text);
  if (!list) return text;
  const urls = new Map<string, string>();
  for (const m of list[1].matchAll(/^[ \t]*(\d{1,3})\.[ \t]+(\S+)/gm)) urls.set(m[1], m[2]);
  const body = text.slice(0, list.index);
  const markers = [...body.matchAll(LINK_MARKER)].filter((m) => urls.has(m[1]));
  if (markers.length === 0) return text;
  for (const m of markers) {
    const after = body
      .slice(m.index + m[0].length, m.index + m[0].length + 300)
      .split(/\n[ \t]*\n/)[0]
      .replace(/\s+/g, ' ');
    const label = /^.*?(?=[.!?](?:\s|$)|$)/.exec(after)?.[0].trim() ?? '';
    const url = urls.get(m[1]);
    // (A link inside a sentence, a lower-case word right before its marker on the line, is the page the sentence points
    // to, `ziet u op de [4]afvalkalender`, a document as a printed URL is; a menu's, a footer's, a logo's stands alone.)
    const lineBefore = body.slice(body.lastIndexOf('\n', m.index) + 1, m.index);
    const inProse = /\p{Ll}[\p{L}'’-]*[ \t]+$/u.test(lineBefore);
    if (label !== '' && url && /^(?:https?:\/\/|www\.)/i.test(url))
      links.push({ text: label, url, ...(inProse ? {} : { namesOnly: true }) });
  }
  return body.replace(LINK_MARKER, (all, n: string) => (urls.has(n) ? '' : all)) + '\n';
}

/**
 * A Markdown export's link (`[Nota Groen](https://…)`) is its text as printed; the URL is kept apart in `links`,
 * for the documents.
 */
function withoutLinkMarkup(text: string, links: TextLink[]): string {
  if (text.includes('HYPERLINK')) text = withoutHyperlinkFields(text, links);
  if (/^[ \t]*(?:References|Referenties|Verwijzingen)[ \t]*$/im.test(text)) text = withoutLinkReferences(text, links);
  if (text.includes('[image:')) text = text.replace(IMAGE_PLACEHOLDER, '');
  if (!text.includes('](')) return text;
  return text.replace(MARKDOWN_LINK, (_all, label: string, url: string) => {
    links.push({ text: label.replace(/\s+/g, ' '), url });
    return label;
  });
}

/** The header row of a tab-separated question/answer table: cells naming `Vraag` and `Antwoord`. */
function isTabTableHeader(line: string): boolean {
  if (!line.includes('\t')) return false;
  const cells = line.split(/\t+/).map((c) => c.trim());
  return (
    cells.some((c) => /^vra(?:ag|gen)$/i.test(c)) && cells.some((c) => /^(?:antwoord(?:en)?|beantwoording)$/i.test(c))
  );
}

const FOOTNOTE_RULE = /^_{5,}$/;
/** `1 Zwemwaterprofiel X`, or with the number in brackets as a text export writes it: `[1] Motie …`. */
const FOOTNOTE_LINE = /^(?:(\d{1,2})|\[(\d{1,2})\])\s+(\S.*)$/;
/** … or with a superscript number, as a word processor prints it (`² https://…`), its marker a superscript in the text. */
const SUPERSCRIPT_FOOTNOTE_LINE = /^([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})\s*(\S.*)$/;

/**
 * Footnotes at a page's bottom, under a rule of underscores (`1 Zwemwaterprofiel X, https://…`), are page
 * furniture: they are taken out of the page (which is changed in place) and returned. Their markers, flattened
 * onto a word or a closing quote above (`Vooroever1`, `iedereen'2`), go too; markers in brackets (`…nodig.[2]`)
 * are written as text and stay. A line after a blank line under the notes that is no note (a running footer)
 * ends them and stays on the page.
 */
function takeFootnotes(page: string[]): string[] {
  let rule = -1;
  for (let i = page.length - 1; i >= 0; i--)
    if (FOOTNOTE_RULE.test(page[i])) {
      rule = i;
      break;
    }
  if (rule < 0) return [];
  const notes: Array<{ number: string; text: string; bracketed: boolean; superscript?: boolean }> = [];
  let end = page.length;
  let gap = false;
  for (let i = rule + 1; i < page.length; i++) {
    const line = page[i];
    if (line === '') {
      gap = notes.length > 0;
      continue;
    }
    if (PAGE_NUMBER_LINE.test(line)) continue;
    const note = FOOTNOTE_LINE.exec(line);
    const superscript = note ? null : SUPERSCRIPT_FOOTNOTE_LINE.exec(line);
    if (note) notes.push({ number: note[1] ?? note[2], text: note[3], bracketed: note[2] !== undefined });
    // (Its marker stays in the text as printed, `Rijnland¹`: the note is read where it stands, as a bracketed one is.)
    else if (superscript)
      notes.push({ number: superscript[1], text: superscript[2], bracketed: true, superscript: true });
    else if (gap) {
      end = i;
      break;
    } else if (notes.length > 0) notes[notes.length - 1].text += ` ${line}`;
    else return [];
  }
  if (notes.length === 0) return [];
  page.splice(rule, end - rule, ...page.slice(rule + 1, end).filter((line) => PAGE_NUMBER_LINE.test(line)));
  for (const { number, bracketed } of notes) {
    if (bracketed) continue;
    const marker = new RegExp(`(?<=[\\p{Ll}'’”")])${number}(?![\\p{L}\\d])`, 'u');
    const at = page.findIndex((line, i) => i < rule && marker.test(line));
    if (at >= 0) page[at] = page[at].replace(marker, '');
  }
  return notes.map((note) =>
    note.superscript ? `${note.number} ${note.text}` : note.bracketed ? `[${note.number}] ${note.text}` : note.text,
  );
}

/** An end note as a text conversion writes it (pandoc's plain text): `[1] Raadsinformatiebrief …`. */
const END_NOTE_LINE = /^\[(\d{1,2})\]\s+(\S.*)$/;

/**
 * Notes gathered at the very end of the text with no rule above them, as a conversion to plain text writes a
 * word processor's footnotes: `[1] …`, `[2] …`, each after a blank line, numbered from 1, and each marker written in
 * brackets on a word above (`evaluatie[1]`). They are taken from the page (changed in place) as bracketed notes,
 * so they are read where their markers stand. Anything else after the first note leaves the page as it is.
 */
function takeEndNotes(page: string[], whole: string): string[] {
  let end = page.length;
  while (end > 0 && page[end - 1] === '') end--;
  let first = -1;
  for (let i = end - 1; i >= 0; i--) {
    const note = END_NOTE_LINE.exec(page[i]);
    if (note && note[1] === '1' && i > 0 && page[i - 1] === '') {
      first = i;
      break;
    }
  }
  if (first < 0) return [];
  const notes: Array<{ number: string; text: string }> = [];
  let gap = false;
  for (let i = first; i < end; i++) {
    const line = page[i];
    if (line === '') {
      gap = true;
      continue;
    }
    const note = END_NOTE_LINE.exec(line);
    if (note) {
      if (Number(note[1]) !== notes.length + 1) return [];
      notes.push({ number: note[1], text: note[2] });
      gap = false;
    } else if (gap) return [];
    else notes[notes.length - 1].text += ` ${line}`;
  }
  const before = whole.slice(0, whole.indexOf(page[first]));
  if (!notes.every(({ number }) => new RegExp(`[\\p{L}\\d.,'’”")]\\[${number}\\]`, 'u').test(before))) return [];
  page.splice(first, end - first);
  return notes.map((note) => `[${note.number}] ${note.text}`);
}

/**
 * Word's "save as text" writes each paragraph on one line and no blank lines: with no blank line in
 * the whole text and paragraphs longer than any wrapped line, every line is a paragraph of its own.
 */
function paragraphPerLine(lines: string[]): string[] {
  const filled = lines.filter((line) => line !== '');
  const first = lines.findIndex((line) => line !== '');
  const interior = lines.slice(first, first + filled.length);
  if (filled.length < 10 || interior.includes('') || !filled.some((line) => line.length > 120)) return lines;
  // A list that lost its bullets (`… drie mogelijkheden:` / `het versterken …;` / `panelen op …`) goes on in lower
  // case after a colon or semicolon: its items are the sentence they continue, one paragraph.
  // A field label alone on its line (`Registratienummer`, `Datum ontvangst`) and the value under it, as a RIS page
  // copied from the browser lists its fields, are one field, not two paragraphs.
  // (A label under a label is no value: the label above had none.)
  let valued = false;
  return interior.flatMap((line, i) => {
    valued = i > 0 && !valued && isBareLabel(interior[i - 1]) && !isBareLabel(line);
    return i === 0 || (/[:;]$/.test(interior[i - 1]) && /^\p{Ll}/u.test(line)) || valued ? [line] : ['', line];
  });
}

const LINE_NUMBER = /^[ \t]*(\d{1,4})(?:[ \t]+(?=\S)|[ \t]*$)/;

/** A scanner app's stamp on each page: `Gescand met CamScanner`, `Scanned with Adobe Scan`. */
const SCAN_STAMP =
  /^[ \t]*(?:gescand|scanned)[ \t]+(?:met|with)[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)?[ \t]*$/iu;
/** A page number alone on its line, centred or right-aligned far from the margin. */
const FAR_PAGE_NUMBER = /^ {20,}\d{1,3}[ \t]*$/;

/**
 * A scan's page furniture: the scanner app's stamp, and a page number standing alone far from the margin
 * (OCR keeps a centred `2` or a right-aligned `3` where it stood), unless a line beside it is laid out as
 * far (a column of figures). A number at the margin may be text and stays.
 */
function withoutScanFurniture(text: string): string {
  if (!/^ {20,}\d{1,3}[ \t]*$|(?:gescand|scanned)[ \t]+(?:met|with)/im.test(text)) return text;
  const lines = text.split('\n');
  const far = (line: string | undefined): boolean => line !== undefined && /^ {20,}\S/.test(line);
  const neighbour = (i: number, step: number): string | undefined => {
    let j = i + step;
    while (j >= 0 && j < lines.length && lines[j].trim() === '') j += step;
    return lines[j];
  };
  return lines
    .filter((line, i) => {
      if (SCAN_STAMP.test(line)) return false;
      if (!FAR_PAGE_NUMBER.test(line)) return true;
      const before = neighbour(i, -1);
      const after = neighbour(i, 1);
      // The stamp beside it is furniture too, not a column.
      return (far(before) && !SCAN_STAMP.test(before ?? '')) || (far(after) && !SCAN_STAMP.test(after ?? ''));
    })
    .join('\n');
}

/** A received stamp's word in capitals, alone or with its date: `INGEKOMEN`, `ONTVANGEN - 4 NOV. 2024`. */
// (Its capitals perhaps spaced apart, as OCR reads a stamp's wide letters: `I N G E K O M E N`.)
const STAMP_WORD = ['INGEKOMEN', 'ONTVANGEN', 'BINNENGEKOMEN'].map((w) => w.split('').join(' ?')).join('|');
const RECEIVED_STAMP = new RegExp(String.raw`^[ \t]*(?:${STAMP_WORD})(?:[ \t]*[-:]?[ \t]+[\dA-Z][\dA-Z. -]*)?[ \t]*$`);

/**
 * The griffie's received stamp on a scanned letter (`GEMEENTE X` / `INGEKOMEN` / `- 4 NOV. 2024` / `nr. ....`): the
 * block of short lines around the stamp's word in capitals, between blank lines, is furniture; its date is the day
 * the letter came in at the griffie, not a date of the set.
 */
function withoutReceivedStamp(text: string): string {
  if (!new RegExp(String.raw`(?:^[ \t]*|[ \t]{8})(?:${STAMP_WORD})\b`, 'm').test(text)) return text;
  const lines = text.split('\n');
  const stamp = lines.findIndex((line) => RECEIVED_STAMP.test(line));
  if (stamp < 0) return withoutStampBeside(lines) ?? text;
  const short = (line: string | undefined): boolean =>
    line !== undefined && line.trim() !== '' && line.trim().length <= 40 && !/[?!]$/.test(line.trim());
  let from = stamp;
  let to = stamp;
  while (from > 0 && short(lines[from - 1]) && stamp - from < 3) from--;
  while (to + 1 < lines.length && short(lines[to + 1]) && to - stamp < 3) to++;
  // A block running on into text (no blank line around it) is no stamp.
  const blank = (line: string | undefined): boolean => line === undefined || line.trim() === '';
  if (!blank(lines[from - 1]) || !blank(lines[to + 1])) return text;
  lines.splice(from, to - from + 1);
  return lines.join('\n');
}

/**
 * The received stamp printed beside the address block (`Aan de raad        INGEKOMEN GRIFFIE` / `van X        - 4 NOV.
 * 2024` / `        Reg.nr. ....`): the stamp's word after a wide gap, and the short pieces standing in its column on
 * the lines right below it, are furniture; the text left of them stays. Null when no line carries such a stamp.
 */
function withoutStampBeside(lines: string[]): string | null {
  const beside = (line: string): number => {
    const m = /^(.*\S)?([ \t]{8,})(\S.*)$/.exec(line);
    return m && m[1] !== undefined && RECEIVED_STAMP.test(m[3]) ? line.length - m[3].length : -1;
  };
  const stamp = lines.findIndex((line) => beside(line) >= 0);
  if (stamp < 0) return null;
  const column = beside(lines[stamp]);
  const out = [...lines];
  out[stamp] = lines[stamp].slice(0, column).trimEnd();
  for (let i = stamp + 1; i < lines.length && i <= stamp + 3; i++) {
    // (The piece stands in the stamp's column, give or take a few characters, after a wide gap or the margin.)
    const m = /^(?:(.*\S)[ \t]{8,}|[ \t]+)(\S.*?)[ \t]*$/.exec(lines[i]);
    const start = m ? lines[i].indexOf(m[2], m[1]?.length ?? 0) : -1;
    if (!m || Math.abs(start - column) > 8 || m[2].length > 30 || /[?!]$/.test(m[2])) break;
    out[i] = (m[1] ?? '').trimEnd();
  }
  return out.join('\n');
}

/**
 * A PDF with line numbers in the margin (`  7  Datum vragen: 14 april 2025`): when nearly every
 * filled line starts with a number and those numbers count up one by one (restarting on a new page
 * is allowed), the numbers are margin furniture and go. Numbered questions (`1.`, `2)`) never match,
 * and a list of numbered lines without a run of consecutive numbers is left alone.
 */
function withoutLineNumbers(text: string): string {
  const lines = text.split('\n');
  const filled = lines.filter((line) => line.trim() !== '' && !PAGE_NUMBER_LINE.test(cleanLine(line)));
  const numbers = filled.map((line) => LINE_NUMBER.exec(line)?.[1]).map((n) => (n === undefined ? null : +n));
  const numbered = numbers.filter((n): n is number => n !== null);
  if (numbered.length < 5 || numbered.length < filled.length * 0.8) return text;
  let steps = 0;
  for (let i = 1; i < numbered.length; i++) if (numbered[i] === numbered[i - 1] + 1 || numbered[i] === 1) steps++;
  if (steps < (numbered.length - 1) * 0.9) return text;
  return lines
    .map((line) => (PAGE_NUMBER_LINE.test(cleanLine(line)) ? line : line.replace(LINE_NUMBER, '')))
    .join('\n');
}

/** A simple table's border as a text conversion draws it (pandoc): runs of dashes, one per column, spaces between. */
const SIMPLE_TABLE_BORDER = /^[ \t]*-{3,}(?: +-{3,})+[ \t]*$/;

/**
 * A field table drawn between two dashed borders (pandoc's simple table: labels left, values right), whose value
 * wraps onto the next line, indented to the value column (`Onderwerp    Beantwoording schriftelijke vragen X` /
 * `             over Y`): that line is the value's rest, joined onto the row above, so the field is read whole.
 * Only a table of two columns whose left cells are all short labels; a question-and-answer table is read by columns.
 */
function withSimpleTableCellsJoined(text: string): string {
  if (!text.includes('---')) return text;
  const lines = text.split('\n');
  const indentOf = (line: string): number => /^ */.exec(line)?.[0].length ?? 0;
  for (let top = 0; top < lines.length; top++) {
    if (!SIMPLE_TABLE_BORDER.test(lines[top])) continue;
    const columns = [...lines[top].matchAll(/-{3,}/g)].map((m) => m.index);
    let bottom = top + 1;
    while (bottom < lines.length && !SIMPLE_TABLE_BORDER.test(lines[bottom]) && bottom - top < 60) bottom++;
    if (bottom >= lines.length || !SIMPLE_TABLE_BORDER.test(lines[bottom]) || columns.length !== 2) continue;
    const body = lines.slice(top + 1, bottom);
    const continuation = (line: string): boolean => indentOf(line) === columns[1] && !/\S {2,}\S/.test(line.trim());
    const row = (line: string): boolean =>
      indentOf(line) === columns[0] &&
      line.length > columns[1] &&
      /^[\p{L}][\p{L}\d .'/-]{0,30}$/u.test(line.slice(columns[0], columns[1]).trim()) &&
      line[columns[1] - 1] === ' ' &&
      line[columns[1]] !== ' ';
    if (!body.every((line) => line.trim() === '' || row(line) || continuation(line))) {
      top = bottom;
      continue;
    }
    for (let i = top + 2; i < bottom; i++) {
      if (!continuation(lines[i]) || lines[i - 1].trim() === '') continue;
      let at = i - 1;
      while (lines[at] === '\u0000') at--;
      lines[at] = `${lines[at].replace(/\s+$/, '')} ${lines[i].trim()}`;
      lines[i] = '\u0000';
    }
    top = bottom;
  }
  return lines.filter((line) => line !== '\u0000').join('\n');
}

/**
 * Bold and italic markers a Markdown-style export leaves around words (`**Onderwerp:**`, `_B. Jansen_`,
 * `**_1. Hoeveel …?_**`, also over a line break) are no text. Only paired markers at word edges go,
 * so a URL's or file name's underscore, a `____` rule and a footnote asterisk stay.
 */
function withoutEmphasisMarkers(text: string): string {
  // A Markdown heading (`# Gemeente X`, `## Inleiding`): the marker goes, the heading stays a line of its own. So does
  // a hard line break's backslash at a line's end (`t.a.v. de heer K. Bos\`): the line ends there all the same.
  const unheaded = text.replace(/^[ \t]*#{1,6}[ \t]+(?=\S)/gm, '').replace(/(?<=[^\s\\])\\$/gm, '');
  if (!/[*_]/.test(unheaded)) return unheaded;
  let out = unheaded;
  // Twice: italics inside bold (`**… *Titel* …?**`) go first, then the bold around them.
  for (const [char, count] of [
    ['*', 2],
    ['_', 2],
    ['*', 1],
    ['_', 1],
    ['*', 2],
    ['_', 2],
  ] as const) {
    const c = `\\${char}`;
    const marker = `(?<!${c})${c}{${count}}(?!${c})`;
    // Opening at a word's start, closing at its end; the span may wrap onto the next line, not over a blank one.
    const pattern = new RegExp(
      `(^|[\\s("'“‘*_])${marker}(?=[^\\s${c}])((?:(?!${c})[^\\n]|\\n(?![ \\t]*\\n))*?[^\\s${c}])${marker}(?=$|[\\s)"'”’*_.,;:!?])`,
      'gm',
    );
    out = out.replace(pattern, '$1$2');
  }
  return out;
}

/** A border of a text table drawn with hashes: `#=====#=====#`, `#-----#-----#`. */
const HASH_RULE = /^[ \t]*#(?:[-=]{2,}#){2,}[ \t]*$/;

/**
 * A text table drawn with hashes (`#=====#=====#` rules, `# 1   # Hoeveel … # In 2024 … #` rows) is the table a
 * `+---+` rule and `|` between the cells draw: its borders are rewritten so, in place (the columns stay where they
 * are), before a Markdown heading's `#` would be taken from its rows. Only inside a block opened by such a rule, and
 * only a hash at a row's ends or between spaces: `motie #12` in a cell is text.
 */
function withHashBorders(text: string): string {
  if (!text.includes('#=') && !text.includes('#-')) return text;
  const lines = text.split('\n');
  let inTable = false;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (HASH_RULE.test(line)) {
      lines[i] = line.replace(/#/g, '+');
      inTable = changed = true;
    } else if (inTable && /^[ \t]*#.*#[ \t]*$/.test(line)) {
      lines[i] = line.replace(
        /^([ \t]*)#|#(?=[ \t]*$)|(?<=[ \t])#(?=[ \t])/g,
        (_all, lead?: string) => `${lead ?? ''}|`,
      );
    } else inTable = false;
  }
  return changed ? lines.join('\n') : text;
}

/**
 * A page number (`Pagina 2 van 3`, `2/3`, `- 2 -`); a page beyond the count is none: `Nummer:   2024/27` is a
 * field's value (a year and a serial number), no page 2024 of 27.
 */
function isPageNumber(text: string): boolean {
  if (!PAGE_NUMBER_LINE.test(text)) return false;
  const count = /(\d{1,4})\s*(?:van|of|\/|uit)\s*(\d{1,4})$/i.exec(text);
  return !count || Number(count[1]) <= Number(count[2]);
}

/**
 * Pages by form feed (the PDF extractor's); text pasted or saved from a PDF without them is split
 * after each page-number line (`Pagina 1 van 2`), so running headers and footers are found there too.
 */
function splitPages(text: string): string[] {
  if (text.includes('\f')) return text.split('\f');
  const pages: string[] = [];
  let page: string[] = [];
  const all = text.split('\n');
  for (const [index, line] of all.entries()) {
    page.push(line);
    // (A bare page number under the text, an official publication's running header next: `1` / `Gemeenteblad 2024
    // nr. 1234      7 november 2024`. The page ends at the number, which is then the page's furniture.)
    if (BARE_NUMBER_LINE.test(line.trim()) && PUBLICATION_HEADER.test(nextFilled(all, index))) {
      pages.push(page.join('\n'));
      page = [];
      continue;
    }
    // (Also a footer whose last column is the page number: `Zaaknummer Z-2024-118          Pagina 1 van 2`.)
    const lastColumn = / {3,}(\S(?:(?! {3}).)*)$/.exec(line.trimEnd())?.[1] ?? '';
    if (
      (isPageNumber(cleanLine(line)) && !BARE_NUMBER_LINE.test(cleanLine(line))) ||
      (isPageNumber(lastColumn) && !BARE_NUMBER_LINE.test(lastColumn)) ||
      isPageFooter(line)
    ) {
      pages.push(page.join('\n'));
      page = [];
    }
  }
  if (page.some((line) => line.trim() !== '') || pages.length === 0) pages.push(page.join('\n'));
  return pages;
}

/** The first line after `index` with text, trimmed ('' at the end). */
function nextFilled(lines: string[], index: number): string {
  for (let i = index + 1; i < lines.length; i++) if (lines[i].trim() !== '') return lines[i].trim();
  return '';
}

/**
 * A form's dotted leader between a label and its value (`Fractie ..........: SGP`, `Antwoord 1 ......:`, also without
 * the colon when the run of dots is long: `Datum ........ 4 maart`): the dots lead the eye, the line is `Label: value`.
 */
const DOTTED_LEADER =
  /^([ \t]*\p{L}(?:[^.:?!\t]|\.(?!\.)){0,40}?)[ \t]*(?:\.{3,}|…{2,})[ \t]*(?::|(?<=\.{5}|…{3})(?=[ \t]+\S|[ \t]*$))/u;

function cleanLine(line: string, keepLeadingTabs = false): string {
  if (line.includes('..') || line.includes('……')) line = line.replace(DOTTED_LEADER, '$1:');
  const tabbed = line.replace(/ +\t|\t +/g, '\t');
  if (keepLeadingTabs && /^ *\t+ *\S/.test(tabbed)) return tabbed.replace(/^ +/, '').replace(/[ \t]+$/, '');
  // A row of only tabs (an empty row inside a cell) stays apart from a blank line, as one tab.
  if (keepLeadingTabs && /^[ \t]*\t[ \t]*$/.test(tabbed)) return '\t';
  return tabbed
    .replace(/^[ \t]+|[ \t]+$/g, '')
    .replace(FOLD_TRIANGLE, '')
    .replace(TRAILING_FOLD_TRIANGLE, '$1');
}

/**
 * A running header printed only on the later pages (`Zaaknummer 2025-014471      Beantwoording …`): at
 * the top of a page after the first, laid out in columns (or in parts between spaced dashes) and carrying a
 * kenmerk, date or municipality,
 * it is furniture even when it occurs once. A table row (a number first, pipes or tabs) is not.
 * A kenmerk printed without its label counts when the pages before already carry it (`Antwoorden vragen X
 * KL/2024/118` under the letterhead's `Ons kenmerk  KL/2024/118`).
 */
function isRunningHeaderLine(line: string, before: string[] = []): boolean {
  // (Or its parts set apart by spaced dashes, each opening with a capital: `Gemeente X - Zaaknummer 2024-118`; or
  // the municipality's name first, the title after it in lower case: `Gemeente X - beantwoording vragen 2024-SV-14`.)
  // (Or set apart by spaced bars, as a PDF's header prints them: `Gemeente X  |  kenmerk 24-07  |  3 mei 2024`; a
  // table row opens or closes with its bar.)
  const parted = (parts: string[]): boolean =>
    parts.length >= 2 && (parts.every((part) => /^\p{Lu}/u.test(part)) || /^gemeente\s+\p{Lu}/iu.test(parts[0]));
  const dashed = line.split(/\s+[-–—]\s+/);
  const barred = line.split(/\s+\|\s+/);
  const byBars = parted(barred) && !/^\||\|$/.test(line);
  return (
    (/ {5,}\S/.test(line) || parted(dashed) || byBars) &&
    !(byBars ? /\t/ : /[|\t]/).test(line) &&
    !/^\d/.test(line) &&
    !/[.?!;:,]$/.test(line) &&
    !LABEL_START.test(line) &&
    (HEADER_INFORMATION.test(line) || referenceBefore(line, before, byBars || parted(dashed)))
  );
}

/** A kenmerk's shape: letters and digits in parts joined by slashes, dashes or dots, with a letter and four digits. */
const REFERENCE_CODE = /^(?=.*\p{L})(?=(?:\D*\d){4})[\p{L}\d]+(?:[/.-][\p{L}\d]+)+$/u;

/**
 * A code set apart at the line's start or end (`KL/2024/118`, `Z24-0917`) that a line before already holds; or ending
 * a header parted by spaced bars or dashes (`Gemeente X | Beantwoording raadsvragen KL-2024-118`).
 */
function referenceBefore(line: string, before: string[], parted = false): boolean {
  const code =
    / {5,}(\S+)$/.exec(line)?.[1] ?? /^(\S+) {5,}/.exec(line)?.[1] ?? (parted ? /\s(\S+)$/.exec(line)?.[1] : undefined);
  if (code === undefined || !REFERENCE_CODE.test(code)) return false;
  return before.some((earlier) => earlier.includes(code));
}

const DATE_ONLY =
  /^\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}$/i;

/** Header information a running header may carry: the municipality, a date, a kenmerk or number. */
const HEADER_INFORMATION =
  /\bgemeente\b|\b(?:kenmerk|zaaknummer|registratienummer|datum)\b|\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}\b|\b\d{1,2}-\d{1,2}-\d{4}\b/i;

/**
 * Lines at the top or bottom of a page that recur (digits ignored) on most pages are page
 * furniture. The first occurrence stays when it carries header information (a letterhead naming
 * the municipality, a date, a kenmerk: `Gemeente Zwolle – Beantwoording raadsvragen 2024-118`),
 * or when it holds no digits and stands on the first page (a plain letterhead).
 */
function removeRunningHeaders(pages: string[][], dropped: string[]): string[][] {
  const key = (line: string): string => line.toLowerCase().replace(/\d+/g, '#');
  const edgeIndexes = (page: string[]): number[] => {
    const filled = page.map((line, i) => (line ? i : -1)).filter((i) => i >= 0);
    return [...filled.slice(0, 3), ...filled.slice(-3)];
  };
  const counts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set(edgeIndexes(page).map((i) => key(page[i])));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  // "Most pages": more than half of them, and at least two.
  const threshold = Math.max(2, Math.floor(pages.length / 2) + 1);
  const kept = new Set<string>();
  return pages.map((page, pageIndex) => {
    const edges = new Set(edgeIndexes(page));
    // Only a line at the top may be the letterhead kept once; a recurring line at the bottom is a footer.
    const top = new Set(edgeIndexes(page).slice(0, 3));
    return page.filter((line, i) => {
      if (!edges.has(i)) return true;
      if (BARE_NUMBER_LINE.test(line)) return false;
      // A running header or footer of a later page ending in its page number (`Z-2025-01177      2/2`).
      if (pageIndex > 0 && PAGE_NUMBER_LINE.test(/ {3,}(\S.*)$/.exec(line)?.[1] ?? '')) return false;
      const k = key(line);
      const repeated = (counts.get(k) ?? 0) >= threshold && !LABEL_START.test(line);
      if (!repeated) return true;
      if (kept.has(k)) return false;
      // The letterhead stands on the first page: a line first met at the top of a later page is its running header.
      if (top.has(i) && pageIndex === 0 && (HEADER_INFORMATION.test(line) || !k.includes('#'))) {
        kept.add(k);
        return true;
      }
      if (top.has(i) && pageIndex === 0) dropped.push(line.trim());
      return false;
    });
  });
}

/**
 * A line (a letterhead, a running title) that recurs three times or more is kept only once. A running
 * header laid out in columns (`Gemeenteblad 2025 nr. 41872        13 februari 2025`: a run of spaces,
 * no table borders) counts from its second occurrence, and inside the text it is dropped every time:
 * only at the top of the document is it the letterhead.
 */
const COLLEGE_ANSWER_LABEL =
  /^(?:reactie|standpunt|antwoord|beantwoording)(?:\s+van)?(?:\s+het)?\s+(?:college|b\s?&\s?w|burgemeester en wethouders)$/i;

/**
 * A text grid's rule between its rows (`+------+------+`, `|------|------|`): it recurs under every row and divides
 * the rows (two sub-questions between two rules share the answer cell beside them), no letterhead kept once.
 */
// (Drawn in box-drawing characters too: `├────┼────┤`, and between double outer borders `╟────┼────╢`: any of the block's
// tees and crosses, U+251C–U+254B and U+255E–U+256C.)
const GRID_RULE =
  /^(?=.*[-=─━═┄┅┈┉╌╍])(?=.*[+|\u251C-\u254B\u255E-\u256C])[\s+|:=\-─━═┄┅┈┉╌╍\u251C-\u254B\u255E-\u256C]+$/u;

function removeRepeatedLines(lines: string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    // A line ending in a colon labels what follows (`Reactie college:` under every question): no letterhead.
    // Nor is the college's answer label without its colon (`Reactie college`, `Standpunt van het college`).
    if (
      line.length >= 12 &&
      !/[.?!;,:]$/.test(line) &&
      !LABEL_START.test(line) &&
      !URL_ONLY_LINE.test(line) &&
      !COLLEGE_ANSWER_LABEL.test(line) &&
      !GRID_RULE.test(line)
    ) {
      counts.set(line, (counts.get(line) ?? 0) + 1);
    }
  }
  // (A text table's row, its cells between pipes, tabs or box-drawing bars, is no furniture laid out in columns:
  // an empty row inside a cell recurs in every cell with two paragraphs.)
  const columns = (line: string): boolean => / {5,}\S/.test(line) && !/[|\t│┃║┆┊]/.test(line);
  const top = new Set(lines.filter((line) => line !== '').slice(0, 5));
  const seen = new Set<string>();
  return lines.filter((line, i) => {
    // A value under its label (`Onderwerp` / `Wachtlijst zwemles`, a RIS page repeating its title) is a field.
    if (i > 0 && isBareLabel(lines[i - 1])) return true;
    const count = counts.get(line) ?? 0;
    if (count >= 2 && columns(line) && !top.has(line)) return false;
    if (count < 3 && !(count >= 2 && columns(line))) return true;
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}

const KEEP_HYPHEN_PREFIXES = new Set([
  'anti',
  'ex',
  'non',
  'oud',
  'vice',
  'niet',
  'semi',
  'pseudo',
  'co',
  'pre',
  'post',
  'extra',
  'mini',
  'multi',
]);
/**
 * Labels abbreviated to their letter, `V1` for a question and `A1` (or `A3 en A4`) for its answer, set off from the
 * text by two spaces or more: a letter says so in a legend (`de vragen (V) en onze antwoorden (A)`). Only with that
 * legend, since `A1` alone is as likely a road or a paper size; written out as `Vraag 1:` and `Antwoord 3 en 4:`.
 */
function expandLetterLabels(text: string): string {
  if (!/\bvragen\s+\(V\)[^.]*\bantwoorden\s+\(A\)/.test(text)) return text;
  const num = String.raw`\d{1,3}[a-z]?`;
  return text.replace(
    new RegExp(String.raw`^([VA])(${num}(?:(?:\s*,\s*|\s+en\s+|\s+t\/m\s+)[VA]?${num})*)(?: {2,}|\t+)(?=\S)`, 'gm'),
    (_m, letter: string, numbers: string) =>
      `${letter === 'V' ? 'Vraag' : 'Antwoord'} ${numbers.replace(/(^|\s)[VA](?=\d)/g, '$1')}: `,
  );
}

/** Common words that open with a hyphen prefix's letters (`ex-`/`tra` is `extra`, `oud-`/`ers` is `ouders`): joined. */
const WORD_NOT_PREFIX = /^(?:extra$|extern|exploit|extre(?:em|me)|exam|exact|expli|ouder)/;
const VOWEL_CLASH = /(?:a[aiu]|e[eiu]|i[ej]|o[eiou]|u[iu])$/;
const CONJUNCTIONS = new Set(['en', 'of', 'tot', 'als', 'noch']);

/**
 * Undoes hyphenation at line ends: `voor-\nziening` → `voorziening`; the hyphen stays when it
 * belongs to the word (`anti-\ndiscriminatie`: the prefix, the hyphenated form elsewhere in the
 * text, a vowel clash as in `zee-egel`, a capital as in `Noord-\nHolland`, a word group coupled by
 * hyphens as in `doe-het-zelf-\nwinkel`) and before a conjunction (`opleidings-\nen
 * trainingstrajecten`). Blank lines between the halves go.
 */
export function repairHyphenation(lines: string[]): string[] {
  const out = [...lines];
  let words: Set<string> | null = null;
  const vocabulary = (): Set<string> => {
    if (!words) {
      words = new Set<string>();
      for (const m of out
        .join('\n')
        .toLowerCase()
        .matchAll(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu))
        words.add(m[0]);
    }
    return words;
  };

  for (let i = 0; i < out.length; i++) {
    const line = out[i];
    if (!line.endsWith('-')) continue;
    const hyphen = /(?:^|[\s/(‘'"“„])([\p{L}\d()+&-]*[\p{L}\d])-$/u.exec(line);
    if (!hyphen) continue;
    let j = i + 1;
    while (j < out.length && j - i <= 3 && out[j] === '') j++;
    if (j >= out.length || out[j] === '') continue;
    const next = out[j];
    const rightMatch = /^[\p{L}\d]+/u.exec(next);
    if (!rightMatch) continue;
    const right = rightMatch[0];
    const left = hyphen[1].replace(/^[()]+/, '');
    const leftLast = left.split('-').pop() ?? left;
    if (CONJUNCTIONS.has(right.toLowerCase())) continue;

    let keep: boolean;
    // A name printed whole elsewhere in the text is joined (`Christen-\nUnie` beside `ChristenUnie`).
    const printedWhole =
      /^\p{Lu}/u.test(right) &&
      /^\p{L}+$/u.test(leftLast) &&
      vocabulary().has(`${left}${right}`.toLowerCase()) &&
      !vocabulary().has(`${left}-${right}`.toLowerCase());
    // A capital or digit on either side: `Noord-\nHolland`, `D66-\nfractie`, `SP-\nfractie`, `A12-\nbus`, an
    // abbreviation joined by `+` or `&` (`K+R-\nstrook`, `B&W-\nbesluit`).
    if (printedWhole) {
      keep = false;
    } else if (
      /^\d/.test(right) ||
      /^\p{Lu}/u.test(right) ||
      /\d$/.test(leftLast) ||
      /^\p{Lu}{2,}|[+&]\p{Lu}$/u.test(leftLast)
    ) {
      keep = true;
    } else if (WORD_NOT_PREFIX.test(`${left}${right}`.toLowerCase())) {
      keep = false;
    } else if (!/^\p{Ll}/u.test(right)) {
      continue;
    } else {
      const vocab = vocabulary();
      const hyphenated = `${left}-${right}`.toLowerCase();
      const joined = `${left}${right}`.toLowerCase();
      if (vocab.has(hyphenated) && !vocab.has(joined)) keep = true;
      else if (vocab.has(joined)) keep = false;
      else
        keep =
          KEEP_HYPHEN_PREFIXES.has(leftLast.toLowerCase()) ||
          VOWEL_CLASH.test(`${leftLast.slice(-1)}${right.slice(0, 1)}`.toLowerCase()) ||
          // (A word group coupled by hyphens, `doe-het-zelf-` / `winkel`: the compound after it keeps its hyphen too.)
          left.split('-').length >= 3;
    }
    // (The word goes on in a compound after the break: `Stations-` / `weg-Middelweg` is `Stationsweg-Middelweg`.)
    const compound = /^(?:-[\p{L}\d]+)+/u.exec(next.slice(right.length))?.[0] ?? '';
    const rest = next.slice(right.length + compound.length).replace(/^\s+/, '');
    out[i] =
      `${line.slice(0, -1)}${keep ? '-' : ''}${right}${compound}${/^[.,;:!?)’”'"]/.test(rest) ? rest.slice(0, 1) : ''}`;
    const remaining = /^[.,;:!?)’”'"]/.test(rest) ? rest.slice(1).replace(/^\s+/, '') : rest;
    out.splice(i + 1, j - i, ...(remaining ? [remaining] : []));
  }
  return out;
}

export function isUrlOnlyLine(line: string): boolean {
  return URL_ONLY_LINE.test(line);
}
