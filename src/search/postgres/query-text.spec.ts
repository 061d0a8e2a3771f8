import { buildTsQueryText, foldWord, parseQuery, similarityQueryText, typoCandidates } from './query-text';

describe('search query text', () => {
  it('folds accents and case the way the lexicon stores words', () => {
    expect(foldWord('Geëvalueerd')).toBe('geevalueerd');
    expect(foldWord('Café')).toBe('cafe');
  });

  it('matches exact stems, and a prefix only when `*` is typed', () => {
    expect(buildTsQueryText(parseQuery('meldingen'))).toBe("'meldingen'");
    expect(buildTsQueryText(parseQuery('meld*'))).toBe("'meld':*");
    expect(buildTsQueryText(parseQuery('rib'))).toBe("'rib'");
  });

  it('highlights with a prefix on words of four letters or more, so compounds are marked', () => {
    expect(buildTsQueryText(parseQuery('meldingen'), new Map(), 'highlight')).toBe("'meldingen':*");
    expect(buildTsQueryText(parseQuery('rib'), new Map(), 'highlight')).toBe("'rib'");
  });

  it('lets adjacent words also match as one compound', () => {
    expect(buildTsQueryText(parseQuery('discriminatie agenda'))).toBe(
      "(('discriminatie' & 'agenda') | ('discriminatieagenda'))",
    );
  });

  it('keeps document references whole and phrases as phrases', () => {
    expect(parseQuery('motie 2018-115M "vreemd aan de orde"')).toEqual([
      { kind: 'word', text: 'motie', prefix: false },
      { kind: 'code', text: '2018-115M' },
      { kind: 'phrase', text: 'vreemd aan de orde' },
    ]);
  });

  it('adds a typo correction as an alternative, never as a replacement', () => {
    const parts = parseQuery('discrimnatie');
    expect(typoCandidates(parts)).toEqual(['discrimnatie']);
    expect(buildTsQueryText(parts, new Map([['discrimnatie', 'discriminatie']]))).toBe(
      "('discrimnatie' | 'discriminatie')",
    );
  });

  it('escapes quotes so typed text never breaks the query', () => {
    expect(buildTsQueryText(parseQuery("o'neill"))).toBe("(('o' & 'neill') | ('oneill'))");
    expect(buildTsQueryText(parseQuery('"it\'s"'))).toBe("'it''s'");
  });

  it('returns null when nothing searchable was typed', () => {
    expect(buildTsQueryText(parseQuery('  -- ** '))).toBeNull();
    expect(similarityQueryText('a b c')).toBeNull();
  });
});
