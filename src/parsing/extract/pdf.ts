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
}

interface Line {
  y: number;
  text: string;
  endX: number;
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

/** Text items → lines top to bottom; a gap clearly wider than the usual line spacing becomes a blank line. */
function layoutPage(items: PositionedText[]): string {
  const lines: Line[] = [];
  let current: Line | null = null;
  let breakAfter = false;
  for (const item of items) {
    const tolerance = Math.max(2, item.height * 0.5);
    if (!current || breakAfter || Math.abs(item.y - current.y) > tolerance) {
      if (item.str === '' && item.hasEOL) {
        breakAfter = true;
        continue;
      }
      current = { y: item.y, text: item.str, endX: item.x + item.width };
      lines.push(current);
    } else {
      const gap = item.x - current.endX;
      const needsSpace =
        gap > Math.max(1, item.height * 0.15) && !current.text.endsWith(' ') && !item.str.startsWith(' ');
      const wide = gap > item.height * 2.5 && current.text !== '';
      current.text += (wide ? '  ' : needsSpace ? ' ' : '') + item.str;
      current.endX = item.x + item.width;
    }
    breakAfter = item.hasEOL;
  }
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
    out.push(line.text.replace(/\s+$/, ''));
  });
  return out.join('\n');
}
