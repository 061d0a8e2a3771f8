/**
 * Text laid out in columns with spaces (a PDF's text layer, a letter saved as text): a block of lines
 * whose right-hand text starts at one fixed position after a gap of three spaces or more is split into
 * its columns. A question/answer table (a row naming `Vraag` and `Antwoord`) becomes a pipe table the
 * structure reader knows; a row of labels above a row of values (`Datum   Ons kenmerk` /
 * `18 februari 2025   Z-2025-01177`) becomes `Label: value` lines; any other block is read column by
 * column, top to bottom, with margin columns (short notes beside a letter's text) before the text.
 * Ordinary prose is never split: it has no gap of three spaces at a position that holds on two lines.
 */
import { labelField } from './header';

const MIN_GAP = 3;
/** Tabs, pipes and box drawing: tables the structure reader converts itself. */
const OTHER_TABLE = /[\t|│┃║┆┊]|^\s*\+[-=+]/;
/** A question or answer label, perhaps abbreviated, before a hanging indent: `Vr. 1`, `Antw.`, `Antwoord 2 en 3`. */
const HANGING_LABEL =
  /^(?:vraag|vr\.|antwoord|antw\.)(?:\s*\d{1,2}[a-z]?(?:\s*(?:,|en|&|t\/m)\s*\d{1,2}[a-z]?)*)?\s*:?$/i;
/** Blank lines a column block may hold in a row (between table rows, between paragraphs). */
const MAX_BLANK_RUN = 2;
/** A cell with this many words is running text; a column of shorter cells beside it is a margin. */
const RUNNING_TEXT_WORDS = 5;

/** Rewrites the column blocks of one page (raw lines, indentation intact) into lines read in order. */
export function readColumns(lines: string[]): string[] {
  lines = withTabsExpanded(lines);
  const raw = lines.map((line) => line.replace(/\s+$/, ''));
  const out: string[] = [];
  const margin = pageMargin(raw);
  for (let i = 0; i < raw.length;) {
    const form = labelColumnBlockAt(raw, i, margin);
    if (form) {
      out.push(...form.lines);
      i = form.end;
      continue;
    }
    const block = columnBlockAt(raw, i);
    if (block?.fieldList) {
      out.push(...lines.slice(i, block.end));
      i = block.end;
      continue;
    }
    if (!block) {
      out.push(lines[i]);
      i++;
      continue;
    }
    out.push(...block.lines);
    i = block.end;
  }
  return out;
}

/** The spaces before every line of the page with text: its left margin as `pdftotext -layout` keeps it. */
function pageMargin(raw: string[]): number {
  let margin = Infinity;
  for (const line of raw) if (line !== '') margin = Math.min(margin, line.search(/\S/));
  return Number.isFinite(margin) ? margin : 0;
}

/**
 * A table's rule drawn per column with spaces between (`------  ----------  ---------`); a narrow column's rule may be
 * two dashes (`--` under `Nr`), as long as another is a real rule.
 */
const COLUMN_RULE = /^ *(?=.*-{3})-{2,}(?: +-{2,})+ *$/;
const TAB_STOP = 8;

/**
 * A table aligned with spaces under a rule drawn per column, some of its rows typed with tabs instead
 * (`2⇥Welke …⇥Wij plaatsen …`): on that page the tabs are the spaces up to the next tab stop (every 8
 * columns, as a text editor shows them), so those rows line up with the others and are read as one table.
 */
function withTabsExpanded(lines: string[]): string[] {
  if (!lines.some((line) => line.includes('\t')) || !lines.some((line) => COLUMN_RULE.test(line))) return lines;
  return lines.map((line) => {
    if (!line.includes('\t')) return line;
    let out = '';
    for (const char of line) out += char === '\t' ? ' '.repeat(TAB_STOP - (out.length % TAB_STOP)) : char;
    return out;
  });
}

/** A rule dividing a form's parts: `-----`, `=====`, `_____`. */
const FORM_RULE = /^\s*(?:-{5,}|={5,}|_{5,})\s*$/;

/**
 * A row of a label column: a short label at the margin (a few words, no sentence: `Vraag 1`, `Toelichting`,
 * `Antwoord`), a gap, and its value from `column` on, with no further column in it. Null for anything else (a list
 * marker `1.` or `a)` is a hanging indent, not a label). The margin may be indented (`indent`): a letter sets its
 * field list to the right, under the letterhead, as a column of its own.
 */
function labelRow(line: string): { label: string; column: number; indent: number } | null {
  // (The colon may stand after the padding, as a typed letter aligns it: `Uw kenmerk     : X` / `Behandeld door : Y`.)
  // (A question or answer label may have its number set apart in the margin too: `Vraag    1   Hoeveel …?`.)
  const m =
    /^( *)((?:vraag|vr\.|antwoord|antw\.) {2,}\d{1,2}[a-z]?)(?: +: +| {2,})(?=\S)/iu.exec(line) ??
    /^( *)(\p{L}[^\s]*(?: [^\s]+){0,3})(?: +: +| {2,})(?=\S)/u.exec(line);
  if (!m || m[2].length > 30 || /[?!;,]|\.$/.test(m[2]) || (m[2].match(/\p{L}/gu) ?? []).length < 2) return null;
  if (/\S {3,}\S/.test(line.slice(m[0].length))) return null;
  return { label: m[2].replace(/\s*:$/, '').replace(/ {2,}/, ' '), column: m[0].length, indent: m[1].length };
}

/**
 * A value wrapped in its column: a word broken with a hyphen at the column's end and going on in lower case
 * (`arbeids-` / `migranten`) is one word; before a conjunction the hyphen is a suspended one (`kinder-` / `en …`).
 */
function joinWrapped(value: string, next: string): string {
  return /\p{Ll}-$/u.test(value) && /^\p{Ll}/u.test(next) && !/^(?:en|of|tot|noch)\b/.test(next)
    ? `${value.slice(0, -1)}${next}`
    : `${value} ${next}`;
}

/**
 * A form laid out as a label column (`Vraag 1      Klopt het dat …` / `             groot onderhoud?` /
 * `Antwoord     Ja. …`): each label in the left margin, its value beside it, wrapped under it with the continuation
 * lines indented to the value's column, parts perhaps divided by rules. Two labelled rows at least, all values at one
 * column, and at least one continuation line so aligned (a row of fields side by side is the field list's); the labels
 * all at one indent (`Betreft:   Vragen over X` / `           Y` set to the right). Read as
 * `Label: value` lines, a blank line after each row, so the labels are read as printed in any form.
 */
function labelColumnBlockAt(raw: string[], start: number, margin = 0): { lines: string[]; end: number } | null {
  // (Set to the right, only a letter's fields: an indented `Vraag 3  a. …` is a numbered list's hanging indent. The
  // page's own margin is no indent: `pdftotext -layout` keeps it as spaces before every line.)
  const labelAt = (line: string): ReturnType<typeof labelRow> => {
    const row = labelRow(line);
    return row && (row.indent <= margin || labelField(row.label) !== null) ? row : null;
  };
  const first = labelAt(raw[start]);
  if (!first || OTHER_TABLE.test(raw[start])) return null;
  const indent = ' '.repeat(first.column);
  const rows: string[][] = [];
  let continuations = 0;
  let end = start;
  for (let j = start; j < raw.length; j++) {
    const line = raw[j];
    if (OTHER_TABLE.test(line)) break;
    const row = labelAt(line) ?? filledLabel(line, first);
    if (row && row.column === first.column && row.indent === first.indent) {
      rows.push([`${row.label}: ${line.slice(row.column).trim()}`]);
      end = j + 1;
    } else if (rows.length > 0 && line.startsWith(indent) && /^\S/.test(line.slice(first.column))) {
      const last = rows[rows.length - 1];
      // A subject wrapped in its column is one value (`Betreft:   Vragen over X` / `           Y`).
      if (last.length === 1 && labelField(last[0].slice(0, last[0].indexOf(':'))) === 'subject')
        last[0] = joinWrapped(last[0], line.trim());
      else last.push(line.trim());
      continuations++;
      end = j + 1;
    } else if (FORM_RULE.test(line) && labelRow(raw[j + 1] ?? '')?.column === first.column) continue;
    // Rows set apart by blank lines (`Vraag 1   …` / `` / `Antwoord   …`): the block goes on at the next labelled row.
    else if (line === '' && rows.length > 0 && nextLabelled(raw, j, first, labelAt)) continue;
    else break;
  }
  // (Without a wrapped value, question and answer labels alone make it a form: `Vraag 2   Komt er …?` / `Antwoord   Ja.`)
  const labels = rows.map((row) => row[0].slice(0, row[0].indexOf(':')));
  const asksAndAnswers =
    labels.every((label) => HANGING_LABEL.test(label)) &&
    labels.some((label) => /^vr/i.test(label)) &&
    labels.some((label) => /^antw/i.test(label));
  if (rows.length < 2 || (continuations === 0 && !asksAndAnswers)) return null;
  return { lines: rows.flatMap((row) => [...row, '']), end };
}

/** After the blank lines from `j` on (up to MAX_BLANK_RUN), a labelled row at the block's column and indent. */
function nextLabelled(
  raw: string[],
  j: number,
  first: { column: number; indent: number },
  labelAt: (line: string) => ReturnType<typeof labelRow>,
): boolean {
  let k = j;
  while (k < raw.length && raw[k] === '' && k - j < MAX_BLANK_RUN) k++;
  if (k >= raw.length || raw[k] === '') return false;
  const row = labelAt(raw[k]) ?? filledLabel(raw[k], first);
  return row !== null && row.column === first.column && row.indent === first.indent;
}

/**
 * A letter's field whose label fills the label column, one space before its value at the column
 * (`Portefeuillehouder K. Veldman` under `Kenmerk            LW/2026/12`).
 */
function filledLabel(
  line: string,
  first: { column: number; indent: number },
): { label: string; column: number; indent: number } | null {
  if (line.length <= first.column || line[first.column - 1] !== ' ' || line[first.column] === ' ') return null;
  if (line.slice(0, first.indent).trim() !== '' || !/^\p{L}/u.test(line.slice(first.indent))) return null;
  const label = line.slice(first.indent, first.column).trim().replace(/\s*:$/, '');
  return labelField(label) !== null ? { label, column: first.column, indent: first.indent } : null;
}

/** Positions where text starts after a gap of at least MIN_GAP spaces (or as much indentation). */
function columnStarts(line: string): number[] {
  const starts: number[] = [];
  for (const m of line.matchAll(/ {3,}(?=\S)/g)) {
    if (m[0].length >= MIN_GAP) starts.push(m.index + m[0].length);
  }
  return starts;
}

/**
 * The line fits a column starting at `b`: no text runs into the two positions before it, and text
 * after them starts at `b` itself or at another column's start (a row with this column's cell empty).
 * Text only right of `b`, under a value the line `above` sets after a gap in that column, is the value wrapped
 * (`Onderwerp      Vragen over X` / `               Y`, a field list set to the right).
 */
function fits(line: string, b: number, starts: number[], above?: string): boolean {
  if ((line[b - 2] ?? ' ') !== ' ' || (line[b - 1] ?? ' ') !== ' ') return false;
  const next = line.slice(b).search(/\S/);
  if (next < 0 || next === 0 || starts.includes(b + next)) return true;
  const at = b + next;
  // (Text beside it on the left too, when the block runs beside the letter's first paragraph: `Op 30 mei heeft u …`
  // / `Onderwerp   Vragen over X` / `de fractie …   Y`; and the value wrapped over more lines, each under the last.)
  return (
    above !== undefined &&
    /^ {2}\S/.test(above.slice(at - 2)) &&
    (above[b] !== ' ' || (line.slice(0, b).trim() !== '' && above.slice(b, at).trim() === ''))
  );
}

/** Text on both sides of the column start with a real gap between. */
function twoSided(line: string, b: number): boolean {
  return line.length > b && line.slice(0, b).trim() !== '' && line.slice(b - MIN_GAP, b).trim() === '';
}

function columnBlockAt(raw: string[], start: number): { lines: string[]; end: number; fieldList?: boolean } | null {
  const first = raw[start];
  if (OTHER_TABLE.test(first) || first.trim() === '') return null;
  // The page's margin (the first line's own indentation, `   Aan de fractie …      Postbus 12`) is no column: every
  // line of the page fits it, so it would keep the block going past the line where the real column ends.
  let alive = columnStarts(first);
  if (alive.length > 1 && first.slice(0, alive[0]).trim() === '') alive = alive.slice(1);
  if (alive.length === 0) return null;
  let end = start + 1;
  let blanks = 0;
  for (let j = start + 1; j < raw.length; j++) {
    const line = raw[j];
    if (line.trim() === '') {
      if (++blanks > MAX_BLANK_RUN) break;
      continue;
    }
    if (OTHER_TABLE.test(line)) break;
    // A table's header row underlined per column (`Vraag      Antwoord college` / `-------  -------`): the rule may
    // start a position before the column's text, so it is only the header's line, not a break in the block.
    if (j === start + 1 && COLUMN_RULE.test(line)) {
      end = j + 1;
      continue;
    }
    const still = alive.filter((b) => fits(line, b, alive, blanks === 0 ? raw[j - 1] : undefined));
    if (still.length === 0) break;
    // After a blank line, text that runs through a column the block had starts another block (a
    // header's label columns above a table with its own columns): one blank line separates the two as
    // well as several do.
    if (blanks > 0 && still.length < alive.length) break;
    alive = still;
    blanks = 0;
    end = j + 1;
  }
  let rows = raw.slice(start, end).map((line, r) => (r === 1 && COLUMN_RULE.test(line) ? '' : line));
  // Evidence: two lines with text on both sides; a gap after a label (`Datum:      3 maart`,
  // `Ons kenmerk    25.0412`) is no column.
  let fieldListEnd = 0;
  const evident = (candidates: number[]): number[] =>
    candidates.filter((b) => {
      if (!rows.every((line, r) => fits(line, b, candidates, rows[r - 1]))) return false;
      const sided = rows.filter((line) => twoSided(line, b));
      // Two different lines: a running header met twice is no column.
      if (new Set(sided).size < 2) return false;
      const labelled = sided.filter((line) => {
        const label = line.slice(0, b).trimEnd().split(/ {2,}/).pop() ?? '';
        // (A form's options beside their label, `Spoedeisend   [ ] ja   [x] nee`, are a field too; so is an export's
        // `Sleutel      = waarde`, its value set off by an equals sign.)
        return (
          /:$/.test(label) ||
          labelField(label) !== null ||
          /^[:=]/.test(line.slice(b)) ||
          /^\s*(?:\[[ xX✓✔]\]|[☐☑☒])/u.test(line.slice(b))
        );
      }).length;
      // A RIS page's field list with one label the reader does not know (`Datum vastgesteld   3-4-2025`
      // among four known ones) is still a field list; a letter's long reference block (ten rows or more) may
      // hold one unknown label in five (`Documentnummer`, `Telefoonnummer` among the kenmerken).
      const unknown = Math.max(1, Math.floor(sided.length / 5));
      const fieldList = labelled === sided.length || (labelled >= 4 && labelled >= sided.length - unknown);
      if (fieldList) fieldListEnd = Math.max(fieldListEnd, rows.findLastIndex((line) => twoSided(line, b)) + 1);
      return !fieldList;
    });
  let starts = evident(alive);
  // A field list is read whole: started again from its second line, its last rows (fewer of them labelled
  // by a known label, `Behandelend ambtenaar   M. Vink`) would pass for columns.
  if (starts.length === 0 && fieldListEnd > 0) return { lines: [], end: start + fieldListEnd, fieldList: true };
  if (starts.length === 0) return null;
  // The block ends with the right-hand column's last line, and the paragraph that line belongs to.
  const rightmost = starts[starts.length - 1];
  let last = rows.length - 1;
  while (last > 0 && !(rows[last].length > rightmost && rows[last].slice(rightmost).trim() !== '')) last--;
  const lastRight = last;
  while (last + 1 < rows.length && rows[last + 1].trim() !== '') last++;
  const all = rows;
  rows = all.slice(0, last + 1);
  // Columns that only the dropped lines allowed come back now.
  starts = evident(columnStarts(first));
  // A reference block beside the letter's first paragraph (`Onderwerp   Beantwoording` / `Op 23 oktober … en   vragen
  // laadpalen`): the paragraph's lines below the block may run on under it; the block ends with its own last line,
  // and the paragraph goes on after it, so the block's columns hold.
  if (last > lastRight) {
    const saved = rows;
    rows = all.slice(0, lastRight + 1);
    const within = evident(columnStarts(first));
    if (within.length > starts.length && within.some((b) => isLabelColumn(rows, within, b))) starts = within;
    else rows = saved;
  }
  if (starts.length === 0) return null;
  // A column of field labels with their values in the next column (`Zaaknummer   Z2024-0087`) is one field list.
  starts = starts.filter((b, k) => k === 0 || !isLabelColumn(rows, starts, starts[k - 1]));
  const numberStart = numberColumnInHeader(rows, starts[0]);
  if (numberStart !== null) starts = [numberStart, ...starts];

  const cellsOf = (bounds: number[]): string[][] =>
    rows.map((line) => [0, ...bounds].map((b, k) => line.slice(b, bounds[k] ?? undefined).trim()));
  const filled = cellsOf(starts).filter((cells) => cells.some((c) => c !== ''));
  // A column heading that names who answers (`Vragen` / `Antwoorden van het college`) is the same header row.
  const header = filled[0].map((c) =>
    /^vra(?:ag|gen)(?:\s+[\p{L}-]+){0,4}$/iu.test(c)
      ? 'Vraag'
      : /^(?:antwoord(?:en)?|beantwoording)(?:\s+[\p{L}-]+){0,4}$/iu.test(c)
        ? 'Antwoord'
        : c,
  );
  if (header.includes('Vraag') && header.includes('Antwoord')) {
    const body = filled.slice(1).map((cells) => `| ${cells.join(' | ')} |`);
    return { lines: [`| ${header.join(' | ')} |`, ...body, ''], end: start + rows.length };
  }
  // Numbered questions beside their answers without a header row: the same table.
  const sideBySide = questionsBesideAnswers(filled);
  if (sideBySide)
    return { lines: [sideBySide, ...filled.map((cells) => `| ${cells.join(' | ')} |`), ''], end: start + rows.length };
  if (filled.length === 2 && header.every((c, k) => c !== '' && labelField(c) !== null && filled[1][k] !== '')) {
    return { lines: header.map((label, k) => `${label}: ${filled[1][k]}`), end: start + rows.length };
  }
  // A column of list markers (`1.`, `a)`, `•`) is a hanging indent, not a column; so is one of question and answer
  // labels (`Vr. 1`, `Antw.`, `Vraag 4a`, `Antwoord 2 en 3`), each read with the text beside it.
  starts = starts.filter((b, k) => {
    const from = k === 0 ? 0 : starts[k - 1];
    const cells = rows.map((line) => line.slice(from, b).trim()).filter((c) => c !== '');
    return !cells.every((c) => c.length <= 4 || HANGING_LABEL.test(c));
  });
  if (starts.length === 0) return null;
  const grid = cellsOf(starts);
  const columns = starts.length + 1;
  // A table of figures (every row fills every cell, none running text, a column of figures under a
  // heading without one) is read row by row: each printed row a paragraph, its cells joined by spaces.
  const gridRows = grid.filter((cells) => cells.some((c) => c !== ''));
  if (
    gridRows.length >= 3 &&
    gridRows.every((cells) => cells.every((c) => c !== '' && c.split(/\s+/).length < RUNNING_TEXT_WORDS)) &&
    [...Array(columns).keys()].some(
      (k) => !/^\d/.test(gridRows[0][k]) && gridRows.slice(1).every((cells) => /^\d/.test(cells[k])),
    )
  ) {
    return {
      lines: gridRows.flatMap((cells, r) => (r === 0 ? [cells.join(' ')] : ['', cells.join(' ')])),
      end: start + rows.length,
    };
  }
  const order = [...Array(columns).keys()];
  // (A dash between the parts of a double surname, `M. de Vos – Bakker` in a row of signatures, is no word.)
  const running = (k: number): boolean =>
    grid.some((cells) => cells[k].split(/\s+/).filter((w) => !/^[-–—]$/.test(w)).length >= RUNNING_TEXT_WORDS);
  order.sort((a, b) => Number(running(a)) - Number(running(b)) || a - b);
  const out: string[] = [];
  for (const k of order) {
    const column: string[] = [];
    // A column may hold a letter's field list whose value wraps under itself (`Onderwerp      Vragen over X` /
    // `               Y`, the reference block beside the address): read as a label column, with the cell's own indent.
    const aligned = rows.map((line) => line.slice(k === 0 ? 0 : starts[k - 1], starts[k] ?? undefined).trimEnd());
    for (let r = 0; r < grid.length; r++) {
      const form = labelColumnBlockAt(aligned, r);
      if (form) {
        column.push(...form.lines);
        r = form.end - 1;
      } else if (grid[r][k] !== '') column.push(grid[r][k]);
      else if (rows[r].trim() === '' && column.length > 0 && column[column.length - 1] !== '') column.push('');
    }
    while (column.length > 0 && column[column.length - 1] === '') column.pop();
    if (column.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(...column);
  }
  return { lines: out, end: start + rows.length };
}

/** The column from `b` to the next start holds only field labels the header knows, each with a value beside it. */
function isLabelColumn(rows: string[], starts: number[], b: number): boolean {
  const next = starts[starts.indexOf(b) + 1];
  if (next === undefined) return false;
  const cells = rows
    .map((line) => ({ label: line.slice(b, next).trim(), value: line.slice(next).trim() }))
    .filter((c) => c.label !== '');
  return cells.length >= 2 && cells.every((c) => labelField(c.label) !== null && c.value !== '');
}

/**
 * A table's number column set off from the questions by a narrow gap (`Nr  Vraag` in the header row,
 * `1   Klopt het …` below it): the header's first cell is a number heading and a question heading two
 * spaces apart, and every row holds at most a question number before the question heading's position.
 * Returns that position, the start of the question column, or null.
 */
function numberColumnInHeader(rows: string[], firstStart: number): number | null {
  const headerRow = rows.find((line) => line.trim() !== '');
  if (headerRow === undefined) return null;
  const heading = /^(\s*(?:nr\.?|no\.?|nummer|#) {2,})vra(?:ag|gen)\b/i.exec(headerRow.slice(0, firstStart));
  if (!heading) return null;
  const at = heading[1].length;
  const numbered = rows.filter((line) => /^\s*\d{1,2}[.)]?\s*$/.test(line.slice(0, at)));
  const fitsAll = rows.every(
    (line) => line === headerRow || /^\s*(?:\d{1,2}[.)]?)?\s*$/.test(line.slice(0, at)) || line.trim() === '',
  );
  return fitsAll && numbered.length >= 2 && rows.every((line) => line.charAt(at - 1).trim() === '') ? at : null;
}

/**
 * Two columns (or a number column and two more) where at least two rows start a numbered question on
 * the left with text beside it on the right, the left asking (`?`) and the right not: a question/answer
 * table whose header row is missing. Returns the header row to put above it, or null.
 */
function questionsBesideAnswers(rows: string[][]): string | null {
  const width = rows[0]?.length ?? 0;
  if (width < 2 || width > 3) return null;
  const numberColumn = width === 3;
  if (numberColumn && !rows.every((cells) => /^(?:\d{1,2}[.)]?)?$/.test(cells[0]))) return null;
  const question = (cells: string[]): string => cells[width - 2];
  const answer = (cells: string[]): string => cells[width - 1];
  const starts = rows.filter((cells) =>
    numberColumn
      ? cells[0] !== '' && answer(cells) !== ''
      : /^\d{1,2}[.)]\s+\S/.test(question(cells)) && answer(cells) !== '',
  );
  const asks = rows.some((cells) => question(cells).includes('?'));
  const answersAsk = rows.some((cells) => answer(cells).includes('?'));
  if (starts.length < 2 || !asks || answersAsk) return null;
  return numberColumn ? '| Nr | Vraag | Antwoord |' : '| Vraag | Antwoord |';
}
