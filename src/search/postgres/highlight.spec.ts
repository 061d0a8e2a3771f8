import { markedHtml } from '../../common/html';
import type { Snippet } from '../search-engine';
import { HighlightOptions, HighlightTerm, markedWhole, snippetOf, termsOfTsQuery } from './highlight';

/** The snippet as the search page renders it. */
const html = (snippet: Snippet) => markedHtml(snippet.text, snippet.highlights);
const highlightText = (text: string, terms: HighlightTerm[], options?: HighlightOptions) =>
  html(snippetOf(text, terms, options));

const prefix = (lexeme: string): HighlightTerm => ({ lexeme, prefix: true });
const exact = (lexeme: string): HighlightTerm => ({ lexeme, prefix: false });

describe('highlights', () => {
  describe('terms of a tsquery as PostgreSQL prints it', () => {
    it.each<[string, HighlightTerm[]]>([
      ["'woning':*", [prefix('woning')]],
      ["'meld':* & 'regio':*", [prefix('meld'), prefix('regio')]],
      [
        "( 'anti' & 'discriminatie':* | 'antidiscriminatie':* ) & 'agenda':*",
        [exact('anti'), prefix('discriminatie'), prefix('antidiscriminatie'), prefix('agenda')],
      ],
      ["'2018' <-> '115m'", [exact('2018'), exact('115m')]],
      ["'d''hondt':*AB", [prefix("d'hondt")]],
      ["'wet' | 'wet'", [exact('wet')]],
      ['', []],
    ])('%s', (tsquery, terms) => {
      expect(termsOfTsQuery(tsquery)).toEqual(terms);
    });

    it('is empty without a query', () => {
      expect(termsOfTsQuery(null)).toEqual([]);
    });
  });

  describe('marks the words PostgreSQL matched (real phrasing from the seeds)', () => {
    it.each<[string, string, HighlightTerm[], string]>([
      [
        'stem as prefix',
        'Hoeveel meldingen van discriminatie zijn er in 2023 gedaan?',
        [prefix('melding')],
        'Hoeveel <mark>meldingen</mark> van discriminatie zijn er in 2023 gedaan?',
      ],
      [
        'accent folded',
        'Het beleid wordt in 2025 geëvalueerd.',
        [prefix('geevalueerd')],
        'Het beleid wordt in 2025 <mark>geëvalueerd</mark>.',
      ],
      [
        'compound parts of a hyphenated word',
        'De anti-discriminatieagenda 2021-2026 wordt uitgevoerd.',
        [exact('anti'), prefix('discriminatie')],
        'De <mark>anti</mark>-<mark>discriminatieagenda</mark> 2021-2026 wordt uitgevoerd.',
      ],
      [
        'accent folded, upper case',
        'HET BELEID WORDT GEËVALUEERD',
        [prefix('geevalueerd')],
        'HET BELEID WORDT <mark>GEËVALUEERD</mark>',
      ],
      [
        'accent folded, decomposed text',
        'wordt gee\u0308valueerd',
        [prefix('geevalueerd')],
        'wordt <mark>geëvalueerd</mark>',
      ],
      [
        'a letter that folds to two is kept and matches nothing',
        'Straße en straat',
        [prefix('strasse'), prefix('straat')],
        'Straße en <mark>straat</mark>',
      ],
      [
        'case',
        'RIB 2024-12 over het Meldpunt',
        [exact('rib'), prefix('meldpunt')],
        '<mark>RIB</mark> 2024-12 over het <mark>Meldpunt</mark>',
      ],
      [
        'exact term with inflection and doubled consonant',
        'De wet en de wetten; wethouder',
        [exact('wet')],
        'De <mark>wet</mark> en de <mark>wetten</mark>; wethouder',
      ],
      [
        'a stem whose last vowel the stemmer undoubled',
        'Uw Raad, de raden, het raads-voorstel; de vraag, vragen, hij vraagt; het Raadsgesprek',
        [prefix('rad'), prefix('vrag')],
        'Uw <mark>Raad</mark>, de <mark>raden</mark>, het <mark>raads</mark>-voorstel; de <mark>vraag</mark>, <mark>vragen</mark>, hij vraagt; het Raadsgesprek',
      ],
      [
        'an exact stem whose last vowel the stemmer undoubled',
        'de maan en de manen, maandag',
        [exact('man')],
        'de <mark>maan</mark> en de <mark>manen</mark>, maandag',
      ],
      [
        'code parts',
        'Zie motie 2018-115M van de raad.',
        [exact('2018'), exact('115m')],
        'Zie motie <mark>2018</mark>-<mark>115M</mark> van de raad.',
      ],
      [
        'HTML escaped before marking',
        'Is <b>R&D</b> "subsidie" mogelijk?',
        [prefix('subsidie')],
        'Is &lt;b&gt;R&amp;D&lt;/b&gt; &quot;<mark>subsidie</mark>&quot; mogelijk?',
      ],
    ])('%s', (_name, text, terms, expected) => {
      expect(highlightText(text, terms)).toBe(expected);
    });
  });

  describe('fragments like ts_headline (MaxWords 30, MinWords 12, MaxFragments 2)', () => {
    const numbered = (n: number, marks: Record<number, string> = {}) =>
      Array.from({ length: n }, (_, i) => marks[i] ?? `w${i}`).join(' ');

    it('shows the first 12 words and an ellipsis when nothing is marked', () => {
      expect(highlightText(numbered(50), [prefix('melding')])).toBe(`${numbered(12)} …`);
    });

    it('shows the first 30 words when the search has no words (filters only)', () => {
      expect(highlightText(numbered(50), [])).toBe(`${numbered(30)} …`);
      expect(highlightText(numbered(20), [])).toBe(numbered(20));
    });

    it('shows a short text whole', () => {
      expect(highlightText(numbered(20, { 5: 'melding' }), [prefix('melding')])).toBe(
        numbered(20, { 5: '<mark>melding</mark>' }),
      );
    });

    it('centres one window of 30 words on a match in a long text', () => {
      const text = numbered(200, { 100: 'melding' });
      const words = highlightText(text, [prefix('melding')]).split(' ');
      expect(words).toHaveLength(32);
      expect(words[0]).toBe('…');
      expect(words[31]).toBe('…');
      expect(words.indexOf('<mark>melding</mark>')).toBe(15);
    });

    it('shows two fragments in text order, preferring windows with more different terms', () => {
      const text = numbered(300, { 20: 'melding', 120: 'regio', 124: 'woning', 250: 'woning' });
      const html = highlightText(text, [prefix('melding'), prefix('regio'), prefix('woning')]);
      const fragments = html.split(' … ');
      expect(fragments).toHaveLength(2);
      expect(fragments[0]).toContain('<mark>melding</mark>');
      expect(fragments[1]).toContain('<mark>regio</mark>');
      expect(fragments[1]).toContain('<mark>woning</mark>');
      expect(html).not.toContain('w250');
      for (const fragment of fragments) expect(fragment.split(' ').length).toBeLessThanOrEqual(31);
      expect(html.startsWith('… ')).toBe(fragments[0].startsWith('… '));
      expect(html.endsWith(' …')).toBe(true);
    });

    it('cuts at word boundaries, keeping the punctuation of the outer words, with an ellipsis only where text was left out', () => {
      const text = `Inleiding (motie M2024-017) ${numbered(40)}, over de melding; ${numbered(40)} einde.`;
      const snippet = snippetOf(text, [prefix('melding')]);
      expect(snippet.text).toMatch(/^… w\d+ /);
      expect(snippet.text).toMatch(/ w\d+ …$/);
      for (const word of snippet.text.replace(/^… | …$/g, '').split(' ')) expect(text.split(' ')).toContain(word);
      expect(snippetOf('(Melding) gedaan?', [prefix('melding')]).text).toBe('(Melding) gedaan?');
      const start = snippetOf(`Melding, ${numbered(60)}`, [prefix('melding')]);
      expect(start.text.startsWith('Melding, w0')).toBe(true);
      expect(start.text.endsWith(' …')).toBe(true);
    });

    it('gives the marked words as ranges of the snippet text (UTF-16 offsets)', () => {
      const snippet = snippetOf(`${numbered(40)} 🏠 meldingen en de Melding`, [prefix('melding')]);
      const marked = snippet.highlights.map((r) => snippet.text.slice(r.start, r.end));
      expect(marked).toEqual(['meldingen', 'Melding']);
      expect(snippet.text.startsWith('… ')).toBe(true);
      expect(snippet.highlights.every((r, i, all) => i === 0 || all[i - 1].end < r.start)).toBe(true);
    });

    it('shows the passage with the most different query words, not the first match', () => {
      const text = numbered(200, { 10: 'regio', 150: 'regio', 152: 'woning', 155: 'melding' });
      const snippet = snippetOf(text, [prefix('melding'), prefix('regio'), prefix('woning')], {
        maxWords: 30,
        minWords: 12,
        maxFragments: 1,
        delimiter: ' … ',
      });
      expect(snippet.highlights.map((r) => snippet.text.slice(r.start, r.end))).toEqual(['regio', 'woning', 'melding']);
      expect(snippet.text).not.toContain('w10 ');
    });

    it('marks a subject whole, without cutting', () => {
      const subject = `Vragen over de melding van ${numbered(60)}`;
      const snippet = markedWhole(subject, [prefix('melding')]);
      expect(snippet.text).toBe(subject);
      expect(snippet.highlights).toEqual([{ start: 15, end: 22 }]);
    });

    it('joins fragments that touch, so no word is shown twice', () => {
      const text = numbered(40, { 2: 'melding', 38: 'regio' });
      const html = highlightText(text, [prefix('melding'), prefix('regio')]);
      const shown = html.replace(/<\/?mark>/g, '').split(/ … | /);
      expect(new Set(shown).size).toBe(shown.length);
      expect(html).toContain('<mark>melding</mark>');
      expect(html).toContain('<mark>regio</mark>');
    });

    it('stays linear on a megabyte of text', () => {
      const text = 'melding regio woning '.repeat(50_000);
      const html = highlightText(text, [prefix('melding'), prefix('regio')]);
      expect(html.startsWith('<mark>melding</mark> <mark>regio</mark> woning')).toBe(true);
      expect(html.length).toBeLessThan(2_000);
    });
  });
});
