/**
 * CSV for spreadsheets used by Dutch griffies: `;` separator (Excel in a Dutch locale), UTF-8 with
 * BOM (so Excel reads the accents), CRLF rows, Dutch headers. Written by hand rather than with a
 * CSV library: the quoting rules are four lines, and the formula guard below is ours to keep. Pure.
 */

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

export const CSV_BOM = '\uFEFF';

/** Quotes when needed; a leading = + - @ is neutralised so a spreadsheet never runs a cell as a formula. */
export function csvCell(raw: string | number | boolean | null | undefined): string {
  if (raw === null || raw === undefined) return '';
  let value = String(raw);
  if (/^[=+\-@\t\r]/.test(value)) value = `'${value}`;
  if (/[";\r\n]/.test(value)) value = `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** The header line, BOM first: the start of a file, whole or streamed. */
export function csvHeader<T>(columns: CsvColumn<T>[]): string {
  return CSV_BOM + columns.map((c) => csvCell(c.header)).join(';') + '\r\n';
}

/** One data line with its CRLF. */
export function csvRow<T>(columns: CsvColumn<T>[], row: T): string {
  return columns.map((c) => csvCell(c.value(row))).join(';') + '\r\n';
}

export function toCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
  return csvHeader(columns) + rows.map((row) => csvRow(columns, row)).join('');
}
