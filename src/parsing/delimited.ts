/**
 * A spreadsheet saved or copied as text: Excel's "CSV (puntkomma)" (`Nr;Vraag;Antwoord`, CRLF row ends) or
 * cells copied as tab-separated text. Such an export quotes a cell that holds a line break, a quote or the
 * separator (RFC 4180): `"first paragraph⏎⏎second"`, `""` for one `"`. This reader takes the cells apart
 * and writes the rows again as tab rows the structure reader knows (structure.ts `readTabRows`): a cell's
 * further lines become continuation rows placed in their column by leading tabs, a paragraph break inside a
 * cell an empty row (only tabs). A cell is never wrapped by the export, so a line break after a sentence is a
 * paragraph break too. Empty trailing cells are padding and go.
 *
 * Only a text with a question/answer header row (cells naming `Vraag` and `Antwoord`) is read this way: a
 * semicolon or a tab in a letter's prose never makes one.
 */

type Separator = ';' | '\t' | ',';

/** The rows of a delimited export rewritten as tab rows, or the text unchanged when it is none. */
export function readDelimitedExport(text: string): string {
  const separator = exportSeparator(text) ?? partsExportSeparator(text);
  if (!separator) return text;
  const out: string[] = [];
  // Excel's `sep=,` line says which separator the file uses; it is no row.
  // (Excel writes a carriage return typed inside a cell as `_x000D_`: an artefact before the cell's own line break, a
  // line break where it stands alone.)
  const body = text
    .replace(EXCEL_SEPARATOR_LINE, '')
    .replace(/_x000D_(?=\r?\n)/gi, '')
    .replace(/_x000D_/gi, '\n');
  const records = readRecords(body, separator);
  const header = records.findIndex(isHeaderRow);
  // Without a header the table reader knows, perhaps a list of one row per part, whose header row it writes.
  const parts = header < 0 ? withPartsAsRows(records) : null;
  let table = false;
  for (const cells of parts?.records ?? withFactsAsFields(records, header)) {
    const row = cells.length > 1;
    while (cells.length > 0 && cells[cells.length - 1].trim() === '') cells.pop();
    // A CSV writes every row of its table whole (a cell's own line breaks inside its quotes), so a line of one cell
    // under the table is no cell going on but a line of its own (`"Export RIS griffie X, 05-11-2024 09:14, 6 rijen"`).
    // (A tab export's line of one cell may be a cell's paragraph, unquoted: structure.ts places it.)
    if (row && (cells === parts?.header || isHeaderRow(cells))) table = true;
    if (table && !row && separator !== '\t' && cells.length === 1 && cells[0].trim() !== '') out.push('');
    // A row of empty cells is an empty row (a paragraph break in the row above's cells), not a blank line.
    if (cells.length === 0 && row) {
      out.push('\t');
      continue;
    }
    const lines = cells.map((cell) => cell.split('\n').map((line) => line.trim()));
    out.push(lines.map((cell) => cell[0]).join('\t'));
    lines.forEach((cell, column) => {
      const lead = '\t'.repeat(column);
      let blank = false;
      cell.slice(1).forEach((line, i) => {
        if (line === '') blank = true;
        else {
          // A cell is never wrapped by the export: a line break the writer typed after a sentence starts a paragraph.
          if (SENTENCE_END.test(cell[i])) blank = true;
          // An empty row says a new paragraph starts in the cells of the row going on after it.
          // (In a fact's field line above the table, a blank line, as between a letter's paragraphs.)
          if (blank) out.push(!row && !table ? '' : '\t'.repeat(Math.max(1, column)));
          blank = false;
          out.push(lead + line);
        }
      });
    });
  }
  return out.join('\n');
}

const EXCEL_SEPARATOR_LINE = /^\s*sep=[;,\t]\s*\n/i;

const SENTENCE_END = /[.!?]["'”’)]*$/;

const NUMBER_HEADING = /^(?:nr\.?|nummer|no\.?|#|vraagnummer|vraag\s*(?:nr\.?|nummer))$/i;

/**
 * A griffie's tracking sheet exported row by row: one row per (sub)question, the set's own facts repeated in columns of
 * their own (`Zaaknummer`, `Fractie`, `Onderwerp`, `Datum antwoord`, …). Each fact becomes a field line above the table
 * (`Fractie: PvdA`), its first value filled in (a row not answered yet leaves its answer date empty); the table keeps
 * its number, question and answer columns. A sheet of two or three columns is returned as it is.
 */
function withFactsAsFields(records: string[][], header: number): string[][] {
  if (header < 0) return records;
  const names = records[header].map((c) => c.trim());
  const question = names.findIndex((c) => /^vra(?:ag|gen)$/i.test(c));
  const answer = names.findIndex((c) => /^(?:antwoord(?:en)?|beantwoording)$/i.test(c));
  const number = names.findIndex((c) => NUMBER_HEADING.test(c));
  const facts = names
    .map((name, column) => ({ name, column }))
    .filter(({ name, column }) => name !== '' && ![question, answer, number].includes(column));
  if (facts.length < 2) return records;
  const rows = records.slice(header + 1);
  const fields = facts.flatMap(({ name, column }) => {
    const value = rows.map((row) => factValue(row[column] ?? '')).find((v) => v !== '');
    return value ? [[`${name}: ${value}`]] : [];
  });
  // A RIS export of the whole set on one row: its question cell holds every question, numbered one a line, and its
  // answer cell every answer (`Ad 1: …`). Not a table then: the cells are the letter's questions block and answers
  // block, each under its heading, as the structure reader knows them (a cell's line after a sentence a new paragraph).
  const data = rows.filter((row) => row.length > 1);
  if (
    data.length === 1 &&
    question >= 0 &&
    (data[0][question] ?? '').split('\n').filter((line) => NUMBERED_ITEM.test(line)).length >= 2
  ) {
    const cell = (column: number): string[][] => {
      const text = column >= 0 ? (data[0][column] ?? '').trim() : '';
      return text === '' ? [] : [[text]];
    };
    // (A blank line after each field line and block, as between a letter's paragraphs.)
    return [
      ...records.slice(0, header),
      ...[
        ...fields,
        [names[question]],
        ...cell(question),
        ...(answer >= 0 && cell(answer).length > 0 ? [[names[answer]], ...cell(answer)] : []),
      ].flatMap((record) => [record, ['']]),
    ];
  }
  const kept = [number, question, answer].filter((column) => column >= 0);
  return [
    ...records.slice(0, header),
    ...fields,
    // (Its number column headed as the table reader knows it: `Vraag nr.` is `Nr.`.)
    kept.map((column) => (column === number ? 'Nr.' : names[column])),
    ...rows.map((row) => (row.length > 1 ? kept.map((column) => row[column] ?? '') : row)),
  ];
}

/**
 * A griffie's list exported with one row per part of the text, a column saying what each part is
 * (`Volgnr;Soort;Tekst` with `Toelichting`, `Vraag`, `Antwoord` rows; `3a en 3b` on an answer covering both). The set's
 * facts repeated on every row become field lines, as above; the rows become the tab rows `Soort⇥Nr.⇥Tekst` of a RIS
 * export read row by row (`Vraag⇥1⇥…`, `Antwoord⇥2 en 3⇥…`), which the structure reader knows as labels; with the
 * header row it wrote (a column may be named anything). Null for records without such a table.
 */
function withPartsAsRows(records: string[][]): { records: string[][]; header: string[] } | null {
  const layout = partsLayout(records);
  if (!layout) return null;
  const { header, kind, number, text } = layout;
  const names = records[header].map((c) => c.trim());
  const rows = records.slice(header + 1);
  const fields = names.flatMap((name, column) => {
    if (name === '' || [kind, number, text].includes(column)) return [];
    const value = rows.map((row) => factValue(row[column] ?? '')).find((v) => v !== '');
    return value ? [[`${name}: ${value}`]] : [];
  });
  const headings = [names[kind], number >= 0 ? 'Nr.' : '', names[text]];
  return {
    header: headings,
    records: [
      ...records.slice(0, header),
      ...fields,
      headings,
      ...rows.map((row) =>
        row.length > 1 ? [row[kind] ?? '', number >= 0 ? (row[number] ?? '') : '', row[text] ?? ''] : row,
      ),
    ],
  };
}

/** What a row's text is, in one word: `Vraag`, `Antwoord`, `Toelichting`, `Aanleiding`. */
const PART_KIND = /^\p{L}[\p{L}-]{1,24}$/u;

/** A row's question number or numbers: `3a`, `3a en 3b`, `2, 3`, `Vraag 4`. */
const NUMBER_LIST = /^(?:vraag\s+)?\d{1,2}[a-z]?(?:\s*(?:,|&|\+|en|t\/m|tot en met|-|–)\s*\d{1,2}[a-z]?)*$/i;

const NUMBER_COLUMN_NAME =
  /^(?:nr\.?|nummer|no\.?|#|volgnr\.?|volgnummer|vraagnr\.?|vraagnummer|vraag\s*(?:nr\.?|nummer))$/i;

/**
 * The columns of a one-row-per-part export: a header row of three or more column names, below it a column of one-word
 * kinds naming two question or answer rows at least (a question among them), a number column (by its name, or by
 * numbers in it that differ) and the text column (the longest cells that differ from row to row).
 */
function partsLayout(records: string[][]): PartsLayout | null {
  // (The first three rows of column names only, of sixty columns at most: each try reads every row below, and a text
  // of thousands of `a;b;c` lines must not be read once per line.)
  let tries = 0;
  for (let header = 0; header < records.length && tries < 3; header++) {
    const names = records[header].map((c) => c.trim()).filter((c) => c !== '');
    if (names.length < 3 || names.length > 60 || !names.every((c) => COLUMN_NAME.test(c))) continue;
    tries++;
    const layout = partsLayoutBelow(records, header);
    if (layout) return layout;
  }
  return null;
}

interface PartsLayout {
  header: number;
  kind: number;
  number: number;
  text: number;
}

function partsLayoutBelow(records: string[][], header: number): PartsLayout | null {
  const width = records[header].map((c) => c.trim()).findLastIndex((c) => c !== '') + 1;
  const rows = records.slice(header + 1).filter((row) => row.length > 1);
  const values = (column: number): string[] => rows.map((row) => (row[column] ?? '').trim()).filter((v) => v !== '');
  const distinct = (column: number): number => new Set(values(column)).size;
  const columns = [...Array(width).keys()];
  const kind = columns.find((column) => {
    const kinds = values(column);
    const asks = kinds.filter((v) => /^(?:deel)?vraag$/i.test(v)).length;
    const replies = kinds.filter((v) => /^(?:antwoord|beantwoording)$/i.test(v)).length;
    return kinds.length > 0 && kinds.every((v) => PART_KIND.test(v)) && asks >= 1 && asks + replies >= 2;
  });
  if (kind === undefined) return null;
  const numbers = columns.filter(
    (column) => column !== kind && values(column).length > 0 && values(column).every((v) => NUMBER_LIST.test(v)),
  );
  const number =
    numbers.find((column) => NUMBER_COLUMN_NAME.test(records[header][column].trim())) ??
    numbers.find((column) => distinct(column) >= 2) ??
    -1;
  const length = (column: number): number => values(column).reduce((sum, v) => sum + v.length, 0);
  const text = columns
    .filter((column) => column !== kind && column !== number && distinct(column) >= 2)
    .sort((a, b) => length(b) - length(a))[0];
  return text === undefined ? null : { header, kind, number, text };
}

/** A numbered question opening a line of a cell: `1. Is het …`, `2) Hoeveel …`, `Vraag 3: …`. */
const NUMBERED_ITEM = /^\s*(?:vraag\s+)?\d{1,2}[a-z]?\s*[.):]\s+\S/i;

/** A person's name alone on a line: initials, then a surname with its prefixes (`J. van der Veen`). */
const PERSON_LINE = /^(?:\p{Lu}\.\s?){1,4}(?:(?:van|de|der|den|het|ter|ten|te|in|'t)\s){0,3}\p{Lu}[\p{L}'-]+$/u;

/**
 * A fact cell's value for its field line: names one a line (`J. van der Veen⏎S. Ouwehand`, two askers in one cell) are
 * a list; a text of several paragraphs (a blank line, or a line break after a sentence) keeps them apart; any other
 * line break is a space.
 */
function factValue(cell: string): string {
  const lines = cell.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  const filled = lines.filter((line) => line !== '');
  if (filled.length > 1 && filled.every((line) => PERSON_LINE.test(line))) return filled.join(', ');
  const paragraphs: string[][] = [[]];
  lines.forEach((line, i) => {
    if (line === '') {
      if (paragraphs[paragraphs.length - 1].length > 0) paragraphs.push([]);
      return;
    }
    const last = paragraphs[paragraphs.length - 1];
    if (last.length > 0 && SENTENCE_END.test(lines[i - 1])) paragraphs.push([line]);
    else last.push(line);
  });
  return paragraphs
    .map((paragraph) => paragraph.join(' '))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** The header row's cells name the question and the answer column: `Nr;Vraag;Antwoord`. */
function isHeaderRow(cells: string[]): boolean {
  const names = cells.map((c) => c.trim());
  return (
    names.some((c) => /^vra(?:ag|gen)$/i.test(c)) && names.some((c) => /^(?:antwoord(?:en)?|beantwoording)$/i.test(c))
  );
}

/**
 * The separator whose split of some line gives the header row. A comma also stands in every sentence's prose, so a
 * comma export is taken only at a header row of three or more cells (`Nr,Vraag,Antwoord`), each a column's name
 * with no space after the comma (prose sets one: `Vraag, antwoord en toelichting`).
 */
function exportSeparator(text: string): Separator | null {
  for (const separator of [';', '\t', ','] as const) {
    if (!text.includes(separator)) continue;
    const header = (line: string): boolean => {
      if (!line.includes(separator)) return false;
      const cells = line.split(separator);
      if (separator !== ',') return isHeaderRow(cells);
      return cells.length >= 3 && cells.every((c) => COLUMN_NAME.test(c)) && isHeaderRow(cells);
    };
    if (text.split('\n').some(header)) return separator;
  }
  return null;
}

/**
 * The separator of a one-row-per-part export (`withPartsAsRows`): a line that splits into three or more column names
 * first (no prose line does), then the records read whole.
 */
function partsExportSeparator(text: string): Separator | null {
  for (const separator of [';', '\t', ','] as const) {
    if (!text.includes(separator)) continue;
    const names = (line: string): boolean => {
      const cells = line
        .trim()
        .split(separator)
        .filter((c) => c !== '');
      return cells.length >= 3 && cells.every((c) => COLUMN_NAME.test(c));
    };
    if (text.split('\n').some(names) && partsLayout(readRecords(text, separator))) return separator;
  }
  return null;
}

/** A column's name: a few words, no sentence (`Datum ingekomen`, `Indiener(s)`), no space around it. */
const COLUMN_NAME = /^[\p{L}#](?:[\p{L}\d()./ #-]{0,40}[\p{L}\d().#])?$/u;

/**
 * RFC 4180 records: cells split at the separator, records at line ends, a cell opening with `"` running to
 * the quote that closes it (`""` inside is one `"`; line breaks and separators inside are text). A quote
 * that does not close the cell right before a separator or a line end was printed, not written by the export:
 * the cell is then read as it stands. A tab export quotes only the cells that need it (a line break, a quote,
 * a tab inside): a quoted cell without one is text in quotes (`"Nota Groen"` in a copied Word table).
 */
export function readRecords(text: string, separator: Separator): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    let cell: string;
    const quoted = text[i] === '"' ? quotedCellAt(text, i, separator) : null;
    if (quoted) {
      cell = quoted.cell;
      i = quoted.end;
    } else {
      let end = i;
      while (end < n && text[end] !== separator && text[end] !== '\n') end++;
      cell = text.slice(i, end);
      i = end;
    }
    cells.push(cell);
    if (i < n && text[i] === separator) {
      i++;
      continue;
    }
    records.push(cells);
    cells = [];
    i++;
  }
  return records;
}

/** The quoted cell opening at `start` and the position after its closing quote, or null (see `readRecords`). */
function quotedCellAt(text: string, start: number, separator: Separator): { cell: string; end: number } | null {
  let cell = '';
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return null;
    cell += text.slice(i, quote);
    if (text[quote + 1] === '"') {
      cell += '"';
      i = quote + 2;
      continue;
    }
    const after = text[quote + 1];
    if (after !== undefined && after !== separator && after !== '\n') return null;
    if (separator === '\t' && !/[\n"\t]/.test(cell)) return null;
    return { cell, end: quote + 1 };
  }
}
