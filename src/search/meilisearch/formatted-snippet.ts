/**
 * Meilisearch's `_formatted` fields as snippets (src/search/search-engine.ts): plain text and
 * highlight ranges, the contract the PostgreSQL engine answers with. Pure: no Nest, no client.
 *
 * The adapter asks Meilisearch to mark matches with control characters no text of ours holds
 * (`FORMAT_TAGS`) and to put a third one where it cropped, then reads them back here as ranges
 * and ellipses. Nothing inside the text is ever read as markup: a `<mark>` or `<script>` in a
 * question stays text, and a text that itself holds one of the control characters is not read
 * through `_formatted` at all (it gets its opening words without marks).
 */

import type { HighlightRange, Snippet } from '../search-engine';

export const FORMAT_TAGS = { pre: '\u0001', post: '\u0002', crop: '\u0003' } as const;

/** Words of a question or answer Meilisearch keeps around the best match (`attributesToCrop`). */
export const CROP_WORDS = 40;

const ELLIPSIS = '\u2026';
const TAG_CHARS = /[\u0001-\u0003]/;

/**
 * The snippet of a field from its original text and Meilisearch's formatted version of it:
 * `snippetFromFormatted('Hoeveel meldingen?', 'Hoeveel \u0001meldingen\u0002?')` is
 * `{ text: 'Hoeveel meldingen?', highlights: [{ start: 8, end: 17 }] }`.
 */
export function snippetFromFormatted(original: string, formatted: string | null | undefined): Snippet {
  if (typeof formatted !== 'string' || TAG_CHARS.test(original)) return opening(original);
  let text = '';
  const highlights: HighlightRange[] = [];
  let open = -1;
  let cutStart = false;
  let cutEnd = false;
  for (const ch of formatted) {
    if (ch === FORMAT_TAGS.pre) {
      if (open < 0) open = text.length;
    } else if (ch === FORMAT_TAGS.post) {
      if (open >= 0 && text.length > open) highlights.push({ start: open, end: text.length });
      open = -1;
    } else if (ch === FORMAT_TAGS.crop) {
      if (text.trim() === '') cutStart = true;
      else cutEnd = true;
    } else {
      // Text after the closing crop marker means the markers are not where Meilisearch puts them.
      if (cutEnd && ch.trim() !== '') return opening(original);
      text += ch;
    }
  }
  if (open >= 0 && text.length > open) highlights.push({ start: open, end: text.length });
  const leading = text.length - text.trimStart().length;
  const core = text.trim();
  // The text shown must be the question's or answer's own text, not something made up on the way.
  if (!original.includes(core)) return opening(original);
  const prefix = cutStart ? `${ELLIPSIS} ` : '';
  const within = (offset: number) => Math.min(Math.max(offset - leading, 0), core.length) + prefix.length;
  return {
    text: `${prefix}${core}${cutEnd ? ` ${ELLIPSIS}` : ''}`,
    highlights: highlights.map((r) => ({ start: within(r.start), end: within(r.end) })).filter((r) => r.end > r.start),
  };
}

/** The first CROP_WORDS words of a text, without marks, with `…` when the text goes on. */
export function opening(text: string, words = CROP_WORDS): Snippet {
  const word = /\S+/g;
  let end = 0;
  let count = 0;
  let match: RegExpExecArray | null;
  while (count < words && (match = word.exec(text)) !== null) {
    end = match.index + match[0].length;
    count++;
  }
  const rest = text.slice(end).trim();
  const shown = text.slice(0, end).trim();
  return { text: rest === '' ? shown : `${shown} ${ELLIPSIS}`, highlights: [] };
}
