/**
 * PDF text layer via pdfjs-dist (legacy CommonJS build, no worker thread): one string per page,
 * pages separated by form feeds so that the normaliser can drop running headers and footers.
 */
import { DocumentError } from '../document-error';
import { LIMITS, tooComplex } from './limits';

type PdfJs = typeof import('pdfjs-dist');

interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
  /** Horizontal, left to right: laid out by position. Rotated text (a margin note up the page's edge) is not. */
  upright: boolean;
}

interface Line {
  y: number;
  height: number;
  items: PositionedText[];
}

let pdfjs: PdfJs | null = null;
function loadPdfJs(): PdfJs {
  if (pdfjs) return pdfjs;
  // On load pdfjs warns on console.log that `canvas` is missing (rendering only; we read text);
  // standard output carries the CLI's JSON, so that warning is kept out of it.
  const log = console.log;
  console.log = (): void => undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    pdfjs = require('pdfjs-dist/legacy/build/pdf.js') as PdfJs;
  } finally {
    console.log = log;
  }
  return pdfjs;
}

/** The text of a PDF, pages joined with `\f`; throws `scanned` when there is no text layer. */
export async function extractPdfText(bytes: Buffer): Promise<string> {
  const lib = loadPdfJs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error: unknown) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException')
      throw new DocumentError('unsupported', 'De PDF is beveiligd met een wachtwoord en kan niet worden gelezen.');
    throw new DocumentError('corrupt', 'De PDF is beschadigd en kan niet worden gelezen.');
  }
  try {
    if (pdf.numPages > LIMITS.pdfPages)
      throw tooComplex(`De PDF heeft meer dan ${LIMITS.pdfPages} pagina's en wordt niet ingelezen.`);
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        items.push({
          str: item.str,
          x: item.transform[4],
          y: item.transform[5],
          width: item.width,
          height: item.height || Math.abs(item.transform[3]),
          hasEOL: item.hasEOL,
          upright: isUpright(item.transform),
        });
      }
      pages.push(layoutPage(items));
      page.cleanup();
    }
    const text = pages.join('\f');
    if (text.replace(/\s+/g, '').length < Math.max(1, pdf.numPages) * 1) throw new DocumentError('scanned');
    return text;
  } catch (error: unknown) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError('corrupt', 'De PDF is beschadigd en kan niet worden gelezen.');
  } finally {
    await pdf.destroy();
  }
}

/**
 * Text items → lines top to bottom, with the horizontal layout kept. Items are grouped into lines by
 * their baseline (a tolerance of half a line height, so superscripts stay on their line) and ordered by
 * x. Within a line, items close together are joined with at most one space as before; a gap clearly
 * wider than a word space starts a new cell, and cells (and indentation) are padded with spaces to a
 * column computed from their x position, so that text starting at the same x on different lines starts
 * at the same column (what `columns.ts` reads: a gutter of three spaces or more at a fixed position).
 * A gap clearly wider than the usual line spacing becomes a blank line.
 */
function layoutPage(items: PositionedText[]): string {
  const turned = turnedLines(items);
  const upright = items.filter((item) => item.upright);
  const lines = groupLines(upright);
  if (lines.length === 0) return turned.join('\n');
  const charWidth = averageCharWidth(upright);
  const stops = confirmedStops(lines, charWidth);
  const starts = [...stops, ...lines.map((line) => line.items.find((item) => item.str.trim() !== '')?.x ?? 0)];
  const rows = lines.map((line) => cellsOf(line, stops, starts, charWidth));
  const texts = placeCells(rows, charWidth);
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1].y - lines[i].y;
    if (gap > 0) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  const usual = gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)] : 0;
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && usual > 0 && lines[i - 1].y - line.y > usual * 1.6) out.push('');
    out.push(texts[i].replace(/\s+$/, ''));
  });
  return [...out, ...turned].join('\n');
}

/** A text matrix without rotation or skew, not mirrored (rounding noise in the off-diagonal allowed). */
function isUpright(transform: number[]): boolean {
  const [a, b, c, d] = transform;
  return a > 0 && d > 0 && Math.abs(b) <= a * 0.01 && Math.abs(c) <= d * 0.01;
}

/**
 * Rotated text in content order, a line per run (pdfjs ends a run with `hasEOL`). It has no place among
 * the upright lines (its y is only where it starts), so it follows them at the page's foot, where a
 * margin note printed on every page is dropped as a running footer.
 */
function turnedLines(items: PositionedText[]): string[] {
  const lines: string[] = [];
  let text = '';
  for (const item of items) {
    if (item.upright) continue;
    text += item.str;
    if (item.hasEOL && text.trim() !== '') {
      lines.push(text.trim());
      text = '';
    }
  }
  if (text.trim() !== '') lines.push(text.trim());
  return lines;
}

/** A gap this many line heights wide is never a word space (a tab stop, a column gutter). */
const WIDE_GAP = 2.5;
/** A narrower gap, down to this, separates cells when a clearly wide gap elsewhere on the page starts text at the same x. */
const CELL_GAP = 0.8;
/** Spaces at least between two cells, as `columns.ts` wants for a gutter. */
const MIN_CELL_SPACES = 3;

/** Items sorted top to bottom (stable, so content order breaks ties) and clustered by baseline, each line ordered by x. */
function groupLines(items: PositionedText[]): Line[] {
  const sorted = items.filter((item) => item.str !== '').sort((a, b) => b.y - a.y);
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of sorted) {
    if (current && Math.abs(current.y - item.y) <= Math.max(2, Math.max(current.height, item.height) * 0.5)) {
      current.items.push(item);
      if (item.height > current.height) current.height = item.height;
      continue;
    }
    current = { y: item.y, height: item.height, items: [item] };
    lines.push(current);
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

/** The page's average glyph width, for turning x positions into columns of characters. */
function averageCharWidth(items: PositionedText[]): number {
  let width = 0;
  let chars = 0;
  for (const item of items) {
    if (item.str.trim() === '' || !(item.width > 0)) continue;
    width += item.width;
    chars += item.str.length;
  }
  return chars > 0 ? Math.max(width / chars, 0.5) : 5;
}

/** Visible items of a line with the gap before each and whether a space item or space character stood in between. */
function* spacedItems(line: Line): Generator<{ item: PositionedText; gap: number; spaced: boolean; first: boolean }> {
  let endX = Number.NaN;
  let spaced = false;
  let first = true;
  for (const item of line.items) {
    if (item.str.trim() === '') {
      spaced = true;
      continue;
    }
    yield { item, gap: first ? 0 : item.x - endX, spaced, first };
    spaced = false;
    first = false;
    endX = item.x + item.width;
  }
}

/** X positions where text starts after a clearly wide gap somewhere on the page (column starts). */
function confirmedStops(lines: Line[], charWidth: number): number[] {
  const stops: number[] = [];
  for (const line of lines) {
    for (const { item, gap, first } of spacedItems(line)) {
      if (!first && gap > Math.max(item.height, line.height) * WIDE_GAP) stops.push(item.x);
    }
  }
  return clusterStarts(stops, charWidth).map((c) => c.x);
}

interface Cell {
  x: number;
  text: string;
}

function nearStop(x: number, stops: number[], charWidth: number): boolean {
  const tolerance = Math.max(1, charWidth * 0.4);
  return stops.some((stop) => Math.abs(stop - x) <= tolerance);
}

/**
 * A line's cells: items joined as words, a new cell after a gap no word space is. A narrower gap splits
 * where a column starts (`stops`); in a row that a clearly wide gap already splits (a table row), also
 * where another line's text starts (`starts`: a number column beside wrapped cells indented to the text).
 */
function cellsOf(line: Line, stops: number[], starts: number[], charWidth: number): Cell[] {
  const cells: Cell[] = [];
  let cell: Cell | null = null;
  let row = false;
  for (const { item, gap, first } of spacedItems(line)) {
    if (!first && gap > (item.height || line.height) * WIDE_GAP) row = true;
  }
  const columns = row ? starts : stops;
  for (const { item, gap, spaced } of spacedItems(line)) {
    const height = item.height || line.height;
    const wide =
      cell !== null && (gap > height * WIDE_GAP || (gap >= height * CELL_GAP && nearStop(item.x, columns, charWidth)));
    if (!cell || wide) {
      cell = { x: item.x, text: item.str };
      cells.push(cell);
      continue;
    }
    const needsSpace =
      (spaced || gap > Math.max(1, height * 0.15)) && !cell.text.endsWith(' ') && !item.str.startsWith(' ');
    cell.text += (needsSpace ? ' ' : '') + item.str;
  }
  return cells;
}

/** Nearby x positions (within 0.4 of a character, chained) as one start, left to right. */
function clusterStarts(xs: number[], charWidth: number): Array<{ x: number; members: number[] }> {
  const tolerance = Math.max(1, charWidth * 0.4);
  const sorted = [...xs].sort((a, b) => a - b);
  const clusters: Array<{ x: number; members: number[] }> = [];
  for (const x of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && x - last.members[last.members.length - 1] <= tolerance) last.members.push(x);
    else clusters.push({ x, members: [x] });
  }
  return clusters;
}

/**
 * Cells → text. Each start position (clustered over the page) gets one column: its distance from the
 * page's left margin in characters, moved right where a cell before it on some line is too long to end
 * MIN_CELL_SPACES before it. Indentation below a character's width is no indentation.
 */
function placeCells(rows: Cell[][], charWidth: number): string[] {
  const starts = rows.flatMap((cells) => cells.map((c) => c.x));
  const left = Math.min(...rows.filter((cells) => cells.length > 0).map((cells) => cells[0].x));
  if (!Number.isFinite(left)) return rows.map(() => '');
  const clusters = clusterStarts(starts, charWidth);
  const columnOf = new Map<number, number>();
  const clusterOf = new Map<number, number>();
  clusters.forEach((cluster, k) => cluster.members.forEach((x) => clusterOf.set(x, k)));
  const needs: number[] = clusters.map((cluster) => Math.max(0, Math.round((cluster.x - left) / charWidth)));
  // Constraints run from a cell's start to the next cell's start on its line: always left to right.
  const after: Array<Array<{ to: number; length: number }>> = clusters.map(() => []);
  for (const cells of rows) {
    for (let i = 1; i < cells.length; i++) {
      const from = clusterOf.get(cells[i - 1].x) as number;
      after[from].push({ to: clusterOf.get(cells[i].x) as number, length: cells[i - 1].text.length });
    }
  }
  for (let k = 0; k < clusters.length; k++) {
    columnOf.set(k, needs[k]);
    for (const { to, length } of after[k]) needs[to] = Math.max(needs[to], needs[k] + length + MIN_CELL_SPACES);
  }
  return rows.map((cells) => {
    let text = '';
    cells.forEach((cell, i) => {
      const column = columnOf.get(clusterOf.get(cell.x) as number) as number;
      const pad = i === 0 ? column : Math.max(column - text.length, MIN_CELL_SPACES);
      text += ' '.repeat(pad) + cell.text;
    });
    return text;
  });
}
