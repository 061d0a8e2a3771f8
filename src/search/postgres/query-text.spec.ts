import {
  buildTsQueryText,
  editDistance,
  foldWord,
  parseQuery,
  pickCorrection,
  similarityQueryText,
  typoCandidates,
} from './query-text';

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

describe('a typo correction by edits (pickCorrection)', () => {
  it('counts a swap of two adjacent letters as one edit', () => {
    expect(editDistance('fatbkies', 'fatbikes')).toBe(1);
    expect(editDistance('vuurwrek', 'vuurwerk')).toBe(1);
    expect(editDistance('zwembad', 'zwembad')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('takes letters swapped within one edit for 5–7 letters and two from 8, then the most similar', () => {
    // A swap breaks three trigrams: under the 0.4 of similarity alone.
    expect(pickCorrection('vuurwrek', [{ word: 'vuurwerk', similarity: 0.38 }], 0.4, 0.3)).toBe('vuurwerk');
    expect(
      pickCorrection(
        'mantelzrog',
        [
          { word: 'mantelzorgers', similarity: 0.5 },
          { word: 'mantelzorg', similarity: 0.47 },
        ],
        0.4,
        0.3,
      ),
    ).toBe('mantelzorg');
    expect(pickCorrection('zwemabd', [{ word: 'zwembad', similarity: 0.33 }], 0.4, 0.3)).toBe('zwembad');
    // Two edits in seven letters: not within reach, and too dissimilar for the trigram rule.
    expect(pickCorrection('zwmeadb', [{ word: 'zwembad', similarity: 0.33 }], 0.4, 0.3)).toBeNull();
    expect(pickCorrection('zwembda', [{ word: 'zwembad', similarity: 0.2 }], 0.4, 0.3)).toBeNull();
  });

  it('takes of the similar words one a single edit away before a more similar one further away', () => {
    // `raveko` shares more trigrams with `rave`, which it only starts with (two letters more).
    const candidates = [
      { word: 'rave', similarity: 0.5 },
      { word: 'raveco', similarity: 0.4 },
    ];
    expect(pickCorrection('raveko', candidates, 0.4, 0.3)).toBe('raveco');
    // Neither a single edit away: the most similar, as before.
    expect(pickCorrection('ravekoos', [...candidates, { word: 'rave', similarity: 0.45 }], 0.4, 0.3)).toBe('rave');
  });

  it('takes of the similar words past one edit only one with the typed first letter, a verb prefix aside', () => {
    // Another word sharing letters, not a typo: a question about what the archive lacks stays empty.
    expect(pickCorrection('spechten', [{ word: 'hechten', similarity: 0.5 }], 0.4, 0.3)).toBeNull();
    expect(pickCorrection('kaatsen', [{ word: 'plaatsen', similarity: 0.5 }], 0.4, 0.3)).toBeNull();
    // The first letter kept, or one edit anywhere: a typo.
    expect(pickCorrection('verkeersveilgiehd', [{ word: 'verkeersveiligheid', similarity: 0.5 }], 0.4, 0.3)).toBe(
      'verkeersveiligheid',
    );
    expect(pickCorrection('bfietspad', [{ word: 'fietspad', similarity: 0.7 }], 0.4, 0.3)).toBe('fietspad');
    // A verb prefix more or less is the same verb.
    expect(pickCorrection('declareert', [{ word: 'gedeclareerd', similarity: 0.5 }], 0.4, 0.3)).toBe('gedeclareerd');
    expect(pickCorrection('affakkelen', [{ word: 'fakkelen', similarity: 0.6 }], 0.4, 0.3)).toBe('fakkelen');
  });

  it('does not correct a word to the same word with a short prefix, but may to a compound of it', () => {
    // All of the typed word's trigrams are in the longer word: similar, but a derived word.
    expect(pickCorrection('kleren', [{ word: 'verkleren', similarity: 0.55 }], 0.4, 0.3)).toBeNull();
    expect(pickCorrection('kamers', [{ word: 'bekamers', similarity: 0.6 }], 0.4, 0.3)).toBeNull();
    expect(pickCorrection('trainer', [{ word: 'taaltrainer', similarity: 0.5 }], 0.4, 0.3)).toBe('taaltrainer');
  });

  it('does not correct a compound to its head: that is a broader word, not what was typed', () => {
    expect(pickCorrection('ijsvogels', [{ word: 'vogels', similarity: 0.6 }], 0.4, 0.3)).toBeNull();
    expect(pickCorrection('sportvelden', [{ word: 'velden', similarity: 0.5 }], 0.4, 0.3)).toBeNull();
    // One letter too many at the start is a typo.
    expect(pickCorrection('sschool', [{ word: 'school', similarity: 0.7 }], 0.4, 0.3)).toBe('school');
  });

  it('takes a word with one letter left out from four letters on, before a more similar other word', () => {
    const candidates = [
      { word: 'tuin', similarity: 0.43 },
      { word: 'thuis', similarity: 0.375 },
    ];
    expect(pickCorrection('tuis', candidates, 0.4, 0.3)).toBe('thuis');
    expect(pickCorrection('fietpad', [{ word: 'fietspad', similarity: 0.5 }], 0.4, 0.3)).toBe('fietspad');
    // Below five letters nothing else is corrected: a similar short word is as often another word.
    expect(pickCorrection('tuis', [{ word: 'tuin', similarity: 0.43 }], 0.4, 0.3)).toBeNull();
    // Two letters left out is no single left-out letter.
    expect(pickCorrection('tis', [{ word: 'thuis', similarity: 0.3 }], 0.4, 0.3)).toBeNull();
  });

  it('takes no other word a few edits away: a word the archive lacks is often one from another', () => {
    expect(pickCorrection('haven', [{ word: 'halen', similarity: 0.33 }], 0.4, 0.3)).toBeNull();
    const verbouwing = [
      { word: 'verbouwd', similarity: 0.54 },
      { word: 'bebouwing', similarity: 0.4 },
    ];
    expect(pickCorrection('verbouwing', verbouwing, 0.4, 0.3)).toBe('verbouwd');
  });

  it('falls back to the most similar word at the trigram threshold, as before', () => {
    expect(
      pickCorrection(
        'discrimnatie',
        [
          { word: 'discriminatie', similarity: 0.6 },
          { word: 'discriminatieagenda', similarity: 0.45 },
        ],
        0.4,
        0.3,
      ),
    ).toBe('discriminatie');
    expect(pickCorrection('huizenbelasting', [{ word: 'hondenbelasting', similarity: 0.55 }], 0.4, 0.3)).toBe(
      'hondenbelasting',
    );
  });
});

describe('a question typed as a long sentence', () => {
  it('reads twelve words that are no stop word, however many stop words stand between them', () => {
    const typed = 'krijg ik mijn kosten vergoed als mijn schuur scheurt door het werk aan de nieuwe dijk bij ons';
    const words = parseQuery(typed).map((p) => p.text);
    expect(words).toContain('dijk');
    expect(words).toHaveLength(18);
    const many = Array.from({ length: 20 }, (_, i) => `woord${String.fromCharCode(97 + i)}`).join(' ');
    expect(parseQuery(many)).toHaveLength(12);
  });
});
