const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text as HTML text or attribute value: the one escaper for HTML built in code (error pages, linked
 * paragraphs, highlights). Templates escape through Handlebars' `{{…}}`, which does the same.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Text as HTML with the given ranges of it in `<mark>` (a search snippet: src/search/search-engine.ts).
 * Every character of the text goes through `escapeHtml`, so markup in the text stays text; ranges
 * are UTF-16 offsets of `text`, clamped to it, in text order, an overlap marked once:
 * `markedHtml('a <b> c', [{ start: 6, end: 7 }])` is `a &lt;b&gt; <mark>c</mark>`.
 */
export function markedHtml(text: string, ranges: readonly { start: number; end: number }[]): string {
  const clamp = (offset: number) =>
    Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), text.length) : 0;
  const sorted = ranges
    .map((r) => ({ start: clamp(r.start), end: clamp(r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  let html = '';
  let at = 0;
  for (const range of sorted) {
    if (range.end <= at) continue;
    const start = Math.max(range.start, at);
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, range.end))}</mark>`;
    at = range.end;
  }
  return html + escapeHtml(text.slice(at));
}
