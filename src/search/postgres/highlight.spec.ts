import { HighlightTerm, highlightText, termsOfTsQuery } from './highlight';

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

    it('shows the first 12 words when nothing is marked', () => {
      expect(highlightText(numbered(50), [prefix('melding')])).toBe(numbered(12));
    });

    it('shows a short text whole', () => {
      expect(highlightText(numbered(20, { 5: 'melding' }), [prefix('melding')])).toBe(
        numbered(20, { 5: '<mark>melding</mark>' }),
      );
    });

    it('centres one window of 30 words on a match in a long text', () => {
      const text = numbered(200, { 100: 'melding' });
      const words = highlightText(text, [prefix('melding')]).split(' ');
      expect(words).toHaveLength(30);
      expect(words.indexOf('<mark>melding</mark>')).toBe(14);
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
      for (const fragment of fragments) expect(fragment.split(' ').length).toBeLessThanOrEqual(30);
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
