/**
 * A question/answer table copied from a PDF viewer or a browser as text: the copy keeps no cell borders or tabs, so
 * every cell comes out on lines of its own, read row by row. The header row is its column names one a line (`Nr.` /
 * `Vraag` / `Antwoord`); each row is its number alone on a line, then the question's lines as wrapped in its column,
 * then the answer's. At a page break the viewer copies the page's footer (`Pagina 1 van 2`) and the header row printed
 * again. This reader writes such a table as the labelled layout the structure reader knows (`Vraag 1` / question /
 * `Antwoord 1` / answer), the wrapped lines left as they are for the paragraph and hyphenation repair after it.
 *
 * Where the question cell ends and the answer cell starts no line break says: a question ends in a question mark, so
 * the question cell is the row's lines up to the last line ending in one. A row without such a line leaves the whole
 * text as it is (a table of another kind, or not one).
 */

const NUMBER_HEADING = /^(?:nr\.?|nummer|no\.?|#)$/i;
const QUESTION_HEADING = /^vra(?:ag|gen)$/i;
const ANSWER_HEADING = /^(?:antwoord(?:en)?|beantwoording)$/i;
const ROW_NUMBER = /^\d{1,2}$/;
/** A page footer the viewer copied between the rows: `Pagina 1 van 2`, `2 / 3`. */
const PAGE_LINE =
  /^(?:(?:pagina|page|blz\.?|pag\.?)\s*\d{1,4}(?:\s*(?:van|of|\/)\s*\d{1,4})?|\d{1,4}\s*(?:van|\/)\s*\d{1,4})$/i;
const ENDS_QUESTION = /\?["'”’)]*$/;

function headerAt(lines: string[], i: number): boolean {
  return (
    NUMBER_HEADING.test(lines[i]?.trim() ?? '') &&
    QUESTION_HEADING.test(lines[i + 1]?.trim() ?? '') &&
    ANSWER_HEADING.test(lines[i + 2]?.trim() ?? '')
  );
}

/** The text with a stacked question/answer table written as labelled questions and answers, or unchanged. */
export function readStackedTable(text: string): string {
  // (A plain search first: most texts have no such header.)
  if (!/^[ \t]*(?:nr\.?|nummer|no\.?|#)[ \t]*\n[ \t]*vra(?:ag|gen)[ \t]*\n/im.test(text)) return text;
  const lines = text.split('\n');
  const header = lines.findIndex((_, i) => headerAt(lines, i));
  if (header < 0) return text;
  const rows: Array<{ number: string; lines: string[] }> = [];
  for (let i = header + 3; i < lines.length; i++) {
    const line = lines[i].trim();
    if (headerAt(lines, i)) {
      i += 2;
      continue;
    }
    if (PAGE_LINE.test(line)) continue;
    const expected = rows.length === 0 ? null : String(Number(rows[rows.length - 1].number) + 1);
    if (ROW_NUMBER.test(line) && (expected === null ? true : line === expected)) {
      rows.push({ number: line, lines: [] });
      continue;
    }
    // (Only blank lines may stand between the header and the first row's number.)
    if (rows.length === 0) {
      if (line !== '') return text;
      continue;
    }
    rows[rows.length - 1].lines.push(line);
  }
  if (rows.length === 0) return text;
  const out = lines.slice(0, header);
  for (const row of rows) {
    let last = -1;
    row.lines.forEach((line, k) => {
      if (ENDS_QUESTION.test(line)) last = k;
    });
    if (last < 0) return text;
    const answer = row.lines.slice(last + 1);
    while (answer.length > 0 && answer[answer.length - 1] === '') answer.pop();
    out.push('', `Vraag ${row.number}`, ...row.lines.slice(0, last + 1), '');
    if (answer.some((line) => line !== '')) out.push(`Antwoord ${row.number}`, ...answer, '');
  }
  return out.join('\n');
}
