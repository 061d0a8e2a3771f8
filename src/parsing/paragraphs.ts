/**
 * Joins the lines of a text into paragraphs: lines of one paragraph joined with single spaces,
 * paragraphs separated by `\n\n`. A blank line does not end a paragraph when the next line
 * clearly continues the sentence (extraction leaves blank lines mid-sentence). A paragraph
 * repeated right after itself is kept once, with a warning.
 */

const ENDS_SENTENCE = /[.?!:;…]["”’')\]]*$/;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_CONTINUATION = /^[(\d‘'"“„]/;
/** A printed table row, cells joined by spaces, is shorter than a wrapped line of prose. */
const SHORT_ROW = 40;
/** A row of a table of figures that lost its columns: a short label, then one or more figures (`juni 14 9`). */
const FIGURE_ROW = /^[\p{L}'’-]+(?: [\p{L}'’-]+){0,3}(?: \d[\d.,]*%?)+$/u;
/** A file's name with its extension, as an attachment list prints it. */
const FILE_NAME = /\.(?:pdf|docx?|xlsx?|odt|pptx?|txt|msg|eml)$/i;
/** `Label: value`: a short label without sentence punctuation before a colon. */
const FIELD_LINE = /^[^:.?!]{2,40}:\s/;

export interface ParagraphResult {
  paragraphs: string[];
  warnings: string[];
}

/**
 * Text that was never wrapped (a Word export or a copy from an editor: each paragraph one long line).
 * There a line that ends a sentence ends its paragraph even without a blank line after it.
 */
export function isUnwrapped(lines: string[]): boolean {
  // (A list marker's tab, `1)<tab>Hoeveel …` in a Word export, sets off no column: the item is prose.)
  // A mail's quoted original (`> …`) was wrapped by the mail program, not by the writer of the reply above it: the
  // reply's own lines tell whether its text was wrapped.
  const proseOf = (some: string[]): string[] =>
    some.filter(
      (line) =>
        line.length > 50 &&
        !line.startsWith('>') &&
        !/\S {3,}\S|[\t|]/.test(line.replace(/^\s*(?:\d{1,3}|\p{Ll})[.)]\t(?=\S)/u, '')),
    );
  // Wrapped text breaks lines mid-sentence; unwrapped text hardly ever does.
  // A line ending in a comma (a closing formula `… van Voorbeeld,`, a salutation, or a wrapped line among
  // many others that do not end a sentence) is no sign of wrapping.
  // Nor is a field line (`Vragensteller: A. Jansen (Partij)`, `Indieners: …`): a label and its value.
  // Nor is a file's name in a list of attachments (`Antwoord vragen D66.pdf`, a web page copied from the browser).
  const openOf = (some: string[]): string[] =>
    some.filter(
      (line) => !ENDS_SENTENCE.test(line) && !/,$/.test(line) && !FIELD_LINE.test(line) && !FILE_NAME.test(line),
    );
  const prose = proseOf(lines);
  const long = prose.filter((line) => line.length > 160);
  const open = openOf(prose);
  if (long.length >= 2 && open.length * 10 <= prose.length) return true;
  // Word's "save as text" with no blank line in its body: paragraphs of one sentence or two need not be long, but three
  // lines in four end a sentence, where text wrapped without blank lines breaks most lines inside one. (The letterhead
  // and the signature may stand apart by blank lines: the longest run without one is the body.)
  const runs: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === '') runs.push([]);
    else runs[runs.length - 1].push(line);
  }
  const body = runs.reduce((a, b) => (b.length > a.length ? b : a));
  const bodyProse = proseOf(body);
  return (
    body.length >= 10 &&
    bodyProse.length >= 6 &&
    openOf(bodyProse).length * 4 <= bodyProse.length &&
    open.length * 4 <= prose.length
  );
}

/** Lines ('' = blank) → paragraphs; `unwrapped`: each line that ends a sentence ends a paragraph. */
export function buildParagraphs(lines: string[], unwrapped = false): ParagraphResult {
  const groups: string[][] = [];
  let current: string[] | null = null;
  let blankSeen = false;
  for (const line of lines) {
    if (line === '') {
      blankSeen = true;
      continue;
    }
    if (!current) {
      current = [line];
      groups.push(current);
    } else if (!blankSeen && !(unwrapped && ENDS_SENTENCE.test(current[current.length - 1]) && /^\p{Lu}/u.test(line))) {
      current.push(line);
    } else if (!blankSeen) {
      current = [line];
      groups.push(current);
    } else {
      const previous = current[current.length - 1];
      // A blank line after `… aan:` or `…;` before a lower-case line parts list items, not a broken sentence.
      // (A short lower-case row of figures below another short row is a table row too: `juni 14 9` under `Maand Aantal`.)
      const figureRow = FIGURE_ROW.test(line) && previous.length <= SHORT_ROW && line.length <= SHORT_ROW;
      const continues =
        (STARTS_LOWER.test(line) && !/[:;]$/.test(previous) && !figureRow) ||
        (!ENDS_SENTENCE.test(previous) &&
          STARTS_CONTINUATION.test(line) &&
          // A short line before a line of figures is a table row (a heading, cells joined), not a broken
          // sentence: extraction breaks sentences at the wrap width, far from the left.
          !(/^\d/.test(line) && previous.length <= SHORT_ROW && line.length <= SHORT_ROW));
      if (continues) current.push(line);
      else {
        current = [line];
        groups.push(current);
      }
    }
    blankSeen = false;
  }

  const warnings: string[] = [];
  const paragraphs: string[] = [];
  for (const group of groups) {
    const lines = dropRepeatWithinGroup(group, warnings);
    const text = joinLines(lines);
    if (!text) continue;
    const previous = paragraphs[paragraphs.length - 1];
    if (previous !== undefined) {
      const similarity = compareParagraphs(previous, text);
      if (similarity !== 'different') {
        warnings.push(duplicateWarning(previous, similarity));
        continue;
      }
    }
    paragraphs.push(text);
  }
  return { paragraphs, warnings };
}

export function joinLines(lines: string[]): string {
  return lines.join(' ').replace(/\s+/g, ' ').trim();
}

type Similarity = 'verbatim' | 'near' | 'different';

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Verbatim (ignoring spacing) or nearly so: at most two words differ in a paragraph of ten or more. */
function compareParagraphs(a: string, b: string): Similarity {
  if (a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ')) return a.length >= 20 ? 'verbatim' : 'different';
  const wa = words(a);
  const wb = words(b);
  if (wa.length < 10 || Math.abs(wa.length - wb.length) > 2) return 'different';
  return wordDistance(wa, wb, 2) <= 2 ? 'near' : 'different';
}

/** Word-level edit distance, stopping early once it exceeds `limit`. */
function wordDistance(a: string[], b: string[], limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length];
}

/** A paragraph whose second half repeats its first (no blank line between them) keeps the first half. */
function dropRepeatWithinGroup(group: string[], warnings: string[]): string[] {
  if (group.length < 2) return group;
  const firstWord = words(group[0])[0];
  const counts = group.map((line) => words(line).length);
  const total = counts.reduce((sum, n) => sum + n, 0);
  let before = 0;
  for (let k = 1; k < group.length; k++) {
    before += counts[k - 1];
    if (Math.abs(before - (total - before)) > 2 || words(group[k])[0] !== firstWord) continue;
    const a = joinLines(group.slice(0, k));
    const b = joinLines(group.slice(k));
    const similarity = compareParagraphs(a, b);
    if (similarity !== 'different') {
      warnings.push(duplicateWarning(a, similarity));
      return group.slice(0, k);
    }
  }
  return group;
}

function duplicateWarning(paragraph: string, similarity: Similarity): string {
  const start = paragraph.split(/\s+/).slice(0, 6).join(' ');
  return similarity === 'verbatim'
    ? `De alinea „${start} …” stond twee keer achter elkaar in de tekst en is één keer overgenomen.`
    : `De alinea „${start} …” stond twee keer vrijwel gelijk achter elkaar in de tekst; alleen de eerste versie is overgenomen.`;
}
