import { escapeHtml } from '../common/html';

export interface Bar {
  label: string;
  /** null draws no bar and prints "geen" (no data in that quarter). */
  value: number | null;
  /** The value as printed above the bar: `12 dagen`, `75%`. */
  text: string;
}

/**
 * A bar chart as inline SVG, drawn on the server (no client code): `role="img"` with a `<title>`
 * and `<desc>` that say what it shows, so a screen reader gets a sentence; the numbers are also in
 * the data table beside it. Scales to its container (viewBox), so a phone never scrolls sideways.
 */
export function barChart(input: { id: string; title: string; desc: string; bars: Bar[]; max?: number }): string {
  const width = 400;
  const height = 200;
  const top = 24;
  const bottom = 28;
  const plot = height - top - bottom;
  const max = Math.max(input.max ?? 0, ...input.bars.map((b) => b.value ?? 0), 1);
  const slot = width / Math.max(input.bars.length, 1);
  const barWidth = Math.min(60, slot * 0.6);
  const parts = input.bars.map((bar, i) => {
    const x = slot * i + (slot - barWidth) / 2;
    const h = bar.value === null ? 0 : Math.round((bar.value / max) * plot);
    const y = top + plot - h;
    const cx = slot * i + slot / 2;
    return [
      bar.value === null
        ? ''
        : `<rect x="${x.toFixed(1)}" y="${y}" width="${barWidth.toFixed(1)}" height="${h}" class="bar"></rect>`,
      `<text x="${cx.toFixed(1)}" y="${y - 6}" text-anchor="middle" class="bar-value">${escapeHtml(bar.text)}</text>`,
      `<text x="${cx.toFixed(1)}" y="${height - 8}" text-anchor="middle" class="bar-label">${escapeHtml(bar.label)}</text>`,
    ].join('');
  });
  return (
    `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${input.id}-titel ${input.id}-uitleg" focusable="false">` +
    `<title id="${input.id}-titel">${escapeHtml(input.title)}</title>` +
    `<desc id="${input.id}-uitleg">${escapeHtml(input.desc)}</desc>` +
    `<line x1="0" y1="${top + plot}" x2="${width}" y2="${top + plot}" class="axis"></line>` +
    parts.join('') +
    '</svg>'
  );
}
