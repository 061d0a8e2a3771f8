import { MEILI_SETTINGS, exactKey, settingsMatch } from './meilisearch-search-engine';

describe('settingsMatch (is the index configured as the app needs?)', () => {
  // What GET /indexes/:uid/settings returns: every setting, attribute sets in another order.
  const served = () => ({
    ...MEILI_SETTINGS,
    filterableAttributes: [...MEILI_SETTINGS.filterableAttributes].reverse(),
    typoTolerance: { ...MEILI_SETTINGS.typoTolerance, disableOnWords: [], disableOnAttributes: [] },
    stopWords: [],
    distinctAttribute: null,
  });

  it('accepts the served settings when every wanted value is there, whatever the order of sets', () => {
    expect(settingsMatch(MEILI_SETTINGS, served())).toBe(true);
  });

  it.each([
    ['a missing filterable attribute', { filterableAttributes: ['status'] }],
    [
      'the default ranking rules (sort fifth)',
      { rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'] },
    ],
    ['the default hit limit', { pagination: { maxTotalHits: 1000 } }],
    [
      'searchable attributes in another order',
      { searchableAttributes: ['answer', 'subject', 'question', 'meta', 'answerMeta'] },
    ],
    ['an extra synonym', { synonyms: { ...MEILI_SETTINGS.synonyms, ozb: ['onroerendezaakbelasting'] } }],
  ])('refuses %s', (_name, change) => {
    expect(settingsMatch(MEILI_SETTINGS, { ...served(), ...change })).toBe(false);
  });
});

describe('exactKey', () => {
  it('differs for names that differ only in case, as PostgreSQL compares them', () => {
    expect(exactKey('CDA')).not.toBe(exactKey('cda'));
    expect(exactKey('Partij voor de Dieren')).toBe(exactKey('Partij voor de Dieren'));
    expect(exactKey(null)).toBeNull();
  });
});
