import type { TextLink } from './documents';

/**
 * An `.rtf` opened as plain text (Notepad, a mail client's text view): `{\rtf1\ansi…` with its font and colour
 * tables, `\par` at each paragraph's end, `\tab`, `\b …\b0` and hex escapes (`v\'f3\'f3r`). The codes are the
 * converter's, not the letter's: this reader writes the text they stand for, as a word processor shows it. Per the RTF
 * specification a control word ends at its first non-letter, a number after it is its parameter and one space after
 * it belongs to it; a line break in the file is no text, and `\par` ends a paragraph (a blank line, as the paragraphs of
 * a letter stand apart). Destinations (`{\fonttbl …}`, `{\*\generator …}`, pictures,
 * headers) hold no text of the letter. A hyperlink field (`{\field{\*\fldinst{HYPERLINK https://…}}{\fldrslt{Plan X}}}`)
 * shows its result; its URL is kept apart in `links` with the words shown, for the documents.
 */
export function readRtfText(raw: string, options: RtfOptions = {}): { text: string; links: TextLink[] } | null {
  if (!/^\s*\{\\rtf\d?/.test(raw)) return null;
  const reader = new RtfReader(raw, options);
  return reader.read();
}

export interface RtfOptions {
  /**
   * Writes a hyperlink where it stands as `[shown words](url)`, the Markdown link `normaliseText` reads, for a reader
   * that hands on only text (the `.rtf` upload and e-mail attachment in `extract/`): the link survives the hand-over.
   */
  markLinks?: boolean;
}

/**
 * The code page `\ansicpgN` (or `\mac`) names for the file's 8-bit characters and `\'hh` escapes; Windows-1252 where
 * none is named or the decoder does not know it.
 */
export function codePageDecoder(raw: string): InstanceType<typeof TextDecoder> {
  const head = raw.slice(0, 512);
  const page = /\\ansicpg(\d{3,5})/.exec(head)?.[1];
  const label =
    page === undefined
      ? /\\mac\b/.test(head)
        ? 'macintosh'
        : 'windows-1252'
      : page === '10000'
        ? 'macintosh'
        : `windows-${page}`;
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('windows-1252');
  }
}

/** Destinations whose content is no text (the specification's list, as far as a letter uses them). */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'listtable',
  'listoverridetable',
  'info',
  'pict',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'footnote',
  'object',
  'themedata',
  'colorschememapping',
  'latentstyles',
  'datastore',
  'xmlnstbl',
  'rsidtbl',
  'generator',
  'filetbl',
  'revtbl',
  'pgdsctbl',
  'fldinst',
]);

/** Control words that stand for a character. */
const CHARACTER_WORDS: Record<string, string> = {
  par: '\n\n',
  line: '\n',
  sect: '\n',
  page: '\n',
  row: '\n',
  cell: '\t',
  tab: '\t',
  emdash: '—',
  endash: '–',
  emspace: ' ',
  enspace: ' ',
  qmspace: ' ',
  bullet: '•',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
};

interface Group {
  skip: boolean;
  /** Characters to drop after a `\u` escape (`\ucN`, 1 by default): the escape's fallback for older readers. */
  uc: number;
  /** A field group: its instruction's URL, and where its shown text starts in the output. */
  field?: { url: string | null; start: number };
  instruction?: boolean;
  /** The font (`\fN`) the text is in: in a symbol font (`\fcharset2`) a byte is a symbol, not a letter. */
  font?: number;
}

/**
 * A list bullet in a symbol font (Symbol, Wingdings) as Word writes it: `\'b7` in the font, or `\u-3913` (U+F0B7, the
 * font's private-use code point). Written as the bullet it shows; other symbols are as rare in a letter as unknown.
 */
const SYMBOL_BULLETS: Record<number, string> = { 0xb7: '•', 0xa7: '▪', 0xd8: '➢', 0xfc: '✓', 0x76: '❖', 0x6e: '■' };

class RtfReader {
  private out = '';
  private links: TextLink[] = [];
  private stack: Group[] = [];
  private current: Group = { skip: false, uc: 1 };
  private instruction = '';
  private pos = 0;
  /** Bytes of a multi-byte code page sequence are not handled: a single-byte page, as Riched20 and Word write Dutch. */
  private readonly decoder: InstanceType<typeof TextDecoder>;

  /** The fonts of the font table with the symbol character set (`{\f3\froman\fcharset2 Symbol;}`). */
  private readonly symbolFonts = new Set<number>();

  constructor(
    private readonly raw: string,
    private readonly options: RtfOptions,
  ) {
    this.decoder = codePageDecoder(raw);
    const table = /\{\\fonttbl[\s\S]*?\}\s*\}/.exec(raw.slice(0, 64 * 1024))?.[0] ?? '';
    for (const m of table.matchAll(/\{(?:\\[a-z]+\s*)*\\f(\d+)\b[^;{}]*?\\fcharset2\b/g))
      this.symbolFonts.add(Number(m[1]));
  }

  read(): { text: string; links: TextLink[] } {
    const raw = this.raw;
    let fallback = 0;
    while (this.pos < raw.length) {
      const c = raw[this.pos];
      if (c === '{') {
        this.pos++;
        this.stack.push(this.current);
        this.current = { ...this.current, field: undefined };
        // `{\*\dest …}`: an optional destination, unknown to a reader that does not use it, is no text.
        if (raw.startsWith('\\*', this.pos)) this.current.skip = true;
        continue;
      }
      if (c === '}') {
        this.pos++;
        this.closeGroup();
        continue;
      }
      if (c === '\r' || c === '\n') {
        this.pos++;
        continue;
      }
      if (c !== '\\') {
        this.pos++;
        if (fallback > 0) {
          fallback--;
          continue;
        }
        this.emit(c);
        continue;
      }
      // A control symbol or word.
      const next = raw[this.pos + 1] ?? '';
      if (next === "'") {
        const hex = raw.slice(this.pos + 2, this.pos + 4);
        this.pos += 4;
        if (fallback > 0) {
          fallback--;
          continue;
        }
        if (!/^[0-9a-f]{2}$/i.test(hex)) continue;
        const byte = parseInt(hex, 16);
        const symbol = this.current.font !== undefined && this.symbolFonts.has(this.current.font);
        this.emit(symbol && byte in SYMBOL_BULLETS ? SYMBOL_BULLETS[byte] : this.decoder.decode(Uint8Array.of(byte)));
        continue;
      }
      if (!/[a-z]/i.test(next)) {
        this.pos += 2;
        if (next === '\\' || next === '{' || next === '}') this.emit(next);
        else if (next === '~') this.emit(' ');
        else if (next === '_') this.emit('-');
        else if (next === '\n' || next === '\r') this.emit('\n');
        // (`\-` an optional hyphen, `\*` handled at the group's start, `\:` a subentry: no text.)
        continue;
      }
      const m = /^\\([a-z]{1,32})(-?\d{1,10})? ?/i.exec(raw.slice(this.pos, this.pos + 48));
      if (!m) {
        this.pos++;
        continue;
      }
      this.pos += m[0].length;
      const word = m[1];
      const param = m[2] === undefined ? null : Number(m[2]);
      if (word === 'u' && param !== null) {
        const code = param < 0 ? param + 65536 : param;
        this.emit(
          code >= 0xf000 && code - 0xf000 in SYMBOL_BULLETS ? SYMBOL_BULLETS[code - 0xf000] : String.fromCharCode(code),
        );
        fallback = this.current.uc;
        continue;
      }
      fallback = 0;
      // `\binN`: N bytes of binary data follow (a picture's), no text.
      if (word === 'bin') {
        this.pos += Math.max(0, param ?? 0);
        continue;
      }
      if (word === 'uc' && param !== null) this.current.uc = param;
      else if (word === 'f' && param !== null) this.current.font = param;
      else if (word === 'field') this.current.field = { url: null, start: this.out.length };
      else if (word === 'fldinst') {
        this.current.skip = true;
        this.current.instruction = true;
        this.instruction = '';
      } else if (word === 'fldrslt') {
        const field = this.fieldGroup();
        if (field) field.start = this.out.length;
      } else if (SKIPPED_DESTINATIONS.has(word)) this.current.skip = true;
      else if (word in CHARACTER_WORDS) this.emit(CHARACTER_WORDS[word]);
    }
    return {
      text: this.out
        .replace(/[ \t]+$/gm, '')
        .replace(/\n{3,}/g, '\n\n')
        .trim(),
      links: this.links,
    };
  }

  private emit(text: string): void {
    if (this.current.instruction) {
      this.instruction += text;
      return;
    }
    if (!this.current.skip) this.out += text;
  }

  /** The innermost enclosing field group. */
  private fieldGroup(): { url: string | null; start: number } | undefined {
    if (this.current.field) return this.current.field;
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i].field) return this.stack[i].field;
    return undefined;
  }

  private closeGroup(): void {
    const closed = this.current;
    this.current = this.stack.pop() ?? { skip: false, uc: 1 };
    if (closed.instruction && !this.current.instruction) {
      const url = /\bHYPERLINK\s+"?((?:https?:\/\/|www\.)[^"\s]+)"?/.exec(this.instruction)?.[1] ?? null;
      const field = this.fieldGroup();
      if (field && url) field.url = url;
    }
    if (closed.field?.url) {
      const written = this.out.slice(closed.field.start);
      const shown = written.replace(/\s+/g, ' ').trim();
      if (shown !== '') this.links.push({ text: shown, url: closed.field.url });
      if (shown !== '' && this.options.markLinks && !/[[\]]|\n/.test(written.trim())) {
        const url = closed.field.url.replace(/\(/g, '%28').replace(/\)/g, '%29');
        const lead = /^\s*/.exec(written)?.[0] ?? '';
        const trail = /\s*$/.exec(written)?.[0] ?? '';
        this.out = `${this.out.slice(0, closed.field.start)}${lead}[${written.trim()}](${url})${trail}`;
      }
    }
  }
}
