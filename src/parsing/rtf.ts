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
export function readRtfText(raw: string): { text: string; links: TextLink[] } | null {
  if (!/^\s*\{\\rtf\d?/.test(raw)) return null;
  const reader = new RtfReader(raw);
  return reader.read();
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
}

class RtfReader {
  private out = '';
  private links: TextLink[] = [];
  private stack: Group[] = [];
  private current: Group = { skip: false, uc: 1 };
  private instruction = '';
  private pos = 0;
  /** Bytes of a multi-byte code page sequence are not handled: Windows-1252 as Riched20 and Word write Dutch. */
  private readonly decoder = new TextDecoder('windows-1252');

  constructor(private readonly raw: string) {}

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
        if (/^[0-9a-f]{2}$/i.test(hex)) this.emit(this.decoder.decode(Uint8Array.of(parseInt(hex, 16))));
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
        this.emit(String.fromCharCode(param < 0 ? param + 65536 : param));
        fallback = this.current.uc;
        continue;
      }
      fallback = 0;
      if (word === 'uc' && param !== null) this.current.uc = param;
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
      const shown = this.out.slice(closed.field.start).replace(/\s+/g, ' ').trim();
      if (shown !== '') this.links.push({ text: shown, url: closed.field.url });
    }
  }
}
