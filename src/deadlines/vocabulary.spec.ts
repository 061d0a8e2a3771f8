import { MONTH_ABBREVIATIONS, MONTH_NAMES, NUMBER_WORDS, ORDINAL_DAY_WORDS, PREFIX_ITEMS, WEEKDAYS } from './lexicon';
import { Kind, tokenize } from './tokenizer';
import { findWord, groupsIn, wordGroup } from './vocabulary';

const LEXICON_WORDS = [
  ...MONTH_NAMES.keys(),
  ...MONTH_ABBREVIATIONS.keys(),
  ...WEEKDAYS,
  ...NUMBER_WORDS.keys(),
  ...ORDINAL_DAY_WORDS.keys(),
  ...PREFIX_ITEMS.flatMap((item) => item.words.filter((w) => /^\p{L}+$/u.test(w))),
];

function only(text: string) {
  const { tokens } = tokenize(text);
  expect(tokens).toHaveLength(1);
  return { ...tokens[0] };
}

describe('the vocabulary the tokenizer looks words up in', () => {
  it.each(LEXICON_WORDS)('finds %s however it is capitalised, as the lexicon writes it', (word) => {
    for (const written of [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()]) {
      const token = only(written);
      expect(token).toMatchObject({ kind: Kind.Word, text: word, known: true });
      expect(token.groups).toBe(groupsIn(findWord(word)));
    }
  });

  it('finds a word typed with combining accents as the composed word (vóór)', () => {
    expect(only('vo\u0301o\u0301r')).toMatchObject({ text: 'vóór', known: true });
  });

  it.each([
    ['Gemeenteraad', 'gemeenteraad'],
    ['ĲSSEL', 'ĳssel'],
    ['Ærø', 'ærø'],
    ['straße', 'straße'],
  ])('leaves %s unknown, lower-cased as toLowerCase does, in no group', (written, text) => {
    expect(only(written)).toMatchObject({ text, known: false, groups: 0 });
  });

  it('gives a token of a word group its bit, and no other token', () => {
    const bit = wordGroup(['raadsvoorstel', 'zomerreces']);
    expect(only('Raadsvoorstel').groups & bit).toBe(bit);
    expect(only('ZOMERRECES').groups & bit).toBe(bit);
    expect(only('raadsvoorstellen').groups & bit).toBe(0);
    expect(only('april').groups & bit).toBe(0);
  });

  it('refuses words that are not lower case', () => {
    expect(() => wordGroup(['April'])).toThrow(/lower case/);
  });
});
