import { nameWords, withNameAliases } from './name-aliases';
import {
  referenceForms,
  KnownName,
  QueryAnalysis,
  QueryPlan,
  Slot,
  WordFacts,
  abbreviationShaped,
  compoundSynonyms,
  compoundSynonymsToAnalyse,
  hasSplits,
  partSynonyms,
  planQuery,
  planText,
  relaxedSlots,
  slotText,
  verbBaseForms,
  nounNumberForms,
  diminutiveBaseForms,
  agentNounForms,
  withoutArchiveWords,
  withoutCorrection,
  gluedReferenceApart,
  wordsToAnalyse,
} from './query-plan';
import {
  adjacentSwaps,
  compoundHead,
  hyphenatedForms,
  ijSpelling,
  linkingVariants,
  splitCandidates,
  threePartCandidates,
} from './query-analysis';
import { parseQuery } from './query-text';

const lexeme = (text: string, pos = 1) => ({ lexeme: text, pos });
const phrase = (...words: string[]) => ({
  kind: 'phrase' as const,
  lexemes: words.map((w, i) => lexeme(w, i + 1)),
  prefix: false,
});

describe('the first strict pass without compound parts apart', () => {
  const compound: Slot = {
    typed: 'huisvestingsbeleid',
    alternatives: [phrase('huisvestingsbeleid'), { kind: 'and', items: [phrase('huisvest'), phrase('beleid')] }],
  };
  const word: Slot = { typed: 'statushouders', alternatives: [phrase('statushouder')] };
  const plan: QueryPlan = { slots: [compound, word], interpreted: {}, corrections: [] };

  it('leaves the parts out of the first pass and keeps them in the second', () => {
    expect(planText(plan, 'and', 'match', false)).toBe("'huisvestingsbeleid' & 'statushouder'");
    expect(planText(plan, 'and')).toBe("('huisvestingsbeleid' | ('huisvest' & 'beleid')) & 'statushouder'");
    expect(hasSplits(plan)).toBe(true);
  });

  it('needs no second pass without such parts, and keeps parts that are all a slot has', () => {
    expect(hasSplits({ ...plan, slots: [word] })).toBe(false);
    const partsOnly: Slot = { typed: 'x', alternatives: [{ kind: 'and', items: [phrase('a'), phrase('b')] }] };
    expect(slotText(partsOnly, 'match', false)).toBe("('a' & 'b')");
    expect(hasSplits({ ...plan, slots: [partsOnly] })).toBe(false);
  });
});

describe('the slots of relaxed matching (relaxedSlots)', () => {
  const parts = { kind: 'and' as const, items: [phrase('huisvest'), phrase('beleid')] };

  it('counts a compound typed whole part by part, so a row with one part covers some of the query', () => {
    const compound: Slot = { typed: 'huisvestingsbeleid', alternatives: [phrase('huisvestingsbeleid'), parts] };
    expect(relaxedSlots({ slots: [compound], interpreted: {}, corrections: [] }).map((s) => s.share)).toEqual([
      0.5, 0.5,
    ]);
  });

  it('keeps a thesaurus concept whole: half of a named thing is not that thing (stop of stoplicht)', () => {
    const concept: Slot = {
      typed: 'stoplicht',
      alternatives: [
        phrase('stoplicht'),
        phrase('verkeerslicht'),
        { kind: 'and', items: [phrase('stop'), phrase('licht')] },
      ],
      thesaurus: true,
    };
    expect(relaxedSlots({ slots: [concept], interpreted: {}, corrections: [] })).toEqual([concept]);
  });

  it("weighs an unknown compound's known parts as themselves, not as a broader word", () => {
    const unknown: Slot = {
      typed: 'basisschoolleerlingen',
      alternatives: [
        phrase('basisschoolleerl'),
        { kind: 'and', items: [phrase('basisschol'), phrase('leerling')] },
        { ...phrase('leerling'), broader: true },
      ],
      broadened: true,
    };
    const slots = relaxedSlots({ slots: [unknown], interpreted: {}, corrections: [] });
    expect(slots.map((s) => [s.share, s.broadened])).toEqual([
      [0.5, undefined],
      [0.5, undefined],
    ]);
  });
});

describe('the highlight query', () => {
  it('has each lexeme once, without the longer words a prefix term already marks', () => {
    const zorg: Slot = {
      typed: 'zorg',
      alternatives: [phrase('zorg'), phrase('zorgplan'), phrase('jeugdzorg'), phrase('zorgloket')],
    };
    const ov: Slot = { typed: 'ov', alternatives: [phrase('ov'), phrase('openbar', 'vervoer')] };
    const plan: QueryPlan = { slots: [zorg, ov], interpreted: {}, corrections: [] };
    expect(planText(plan, 'or', 'highlight')).toBe("'zorg':* | 'jeugdzorg':* | 'ov' | 'openbar':* | 'vervoer':*");
  });
});

describe('compounds the index split with the typed word as a part', () => {
  it('do not match (their rows carry the word already) but are still marked', () => {
    const zorg: Slot = {
      typed: 'zorg',
      alternatives: [phrase('zorg'), { ...phrase('jeugdzorg'), highlightOnly: true }, phrase('zorgeloos')],
    };
    const plan: QueryPlan = { slots: [zorg], interpreted: {}, corrections: [] };
    expect(planText(plan, 'and')).toBe("('zorg' | 'zorgeloos')");
    expect(planText(plan, 'or', 'highlight')).toBe("'zorg':* | 'jeugdzorg':*");
  });
});

describe('a typo correction of a thesaurus term', () => {
  const facts = (entries: [string, WordFacts][]): QueryAnalysis => ({
    facts: new Map(entries),
    thesaurus: [
      {
        terms: [
          { text: 'huizenbelasting', lexemes: [lexeme('huizenbelast')] },
          { text: 'ozb', lexemes: [lexeme('ozb')] },
        ],
      },
    ],
    names: [],
    interpret: false,
  });

  it('is not made for a word that is a term as typed, though the archive lacks it', () => {
    const plan = planQuery(
      parseQuery('huizenbelasting'),
      facts([
        [
          'huizenbelasting',
          {
            lexemes: [lexeme('huizenbelast')],
            known: false,
            correction: { word: 'hondenbelasting', lexemes: [lexeme('hondenbelast')] },
          },
        ],
      ]),
    );
    expect(plan.corrections).toEqual([]);
    expect(plan.slots).toHaveLength(1);
    expect(slotText(plan.slots[0])).toBe("('huizenbelast' | 'ozb')");
  });

  const misspelt = () =>
    planQuery(
      parseQuery('huizenbelastnig'),
      facts([
        [
          'huizenbelastnig',
          {
            lexemes: [lexeme('huizenbelastnig')],
            known: false,
            correction: { word: 'huizenbelasting', lexemes: [lexeme('huizenbelast')] },
          },
        ],
      ]),
    );

  it('is still made for a misspelt word whose correction is a term', () => {
    const plan = misspelt();
    expect(plan.corrections.map((c) => c.to)).toEqual(['huizenbelasting']);
    expect(slotText(plan.slots[0])).toBe("('huizenbelastnig' | 'huizenbelast' | 'ozb')");
  });

  it("takes the correction's terms along when the word as typed matches rows after all (a surname)", () => {
    const plan = misspelt();
    const kept = withoutCorrection(plan, plan.corrections[0]);
    expect(kept.corrections).toEqual([]);
    expect(slotText(kept.slots[0])).toBe("'huizenbelastnig'");
    expect(kept.slots[0].thesaurus).toBeUndefined();
  });
});

describe('words every document of the archive is about', () => {
  const texts = (q: string) => withoutArchiveWords(parseQuery(q)).map((p) => p.text);

  it('are dropped outside quoted phrases, with an article of the rules of procedure', () => {
    expect(texts('schriftelijke vragen 2023-241')).toEqual(['vragen', '2023-241']);
    expect(texts('raadsvragen over de vve')).toEqual(['over', 'de', 'vve']);
    expect(texts('art. 40 vragen 2023-241')).toEqual(['vragen', '2023-241']);
    expect(texts('artikel 42-vragen vve')).toEqual(['vve']);
    expect(texts('"schriftelijke vragen" vve')).toEqual(['schriftelijke vragen', 'vve']);
  });

  it('are kept when nothing else would be left, and an article alone is kept', () => {
    expect(texts('schriftelijke vragen')).toEqual(['schriftelijke', 'vragen']);
    expect(texts('artikel 12 apv')).toEqual(['artikel', '12', 'apv']);
  });

  it('leave the reference as the one concept', () => {
    const analysis: QueryAnalysis = {
      facts: new Map<string, WordFacts>([
        ['schriftelijke', { lexemes: [lexeme('schriftelijk')], known: true }],
        ['vragen', { lexemes: [lexeme('vrag')], known: true }],
        ['2023-241', { lexemes: [lexeme('2023'), lexeme('-241', 2)], known: true }],
      ]),
      thesaurus: [{ terms: [{ text: 'schriftelijke vragen', lexemes: [lexeme('schriftelijk'), lexeme('vrag', 2)] }] }],
      names: [],
      interpret: false,
    };
    const plan = planQuery(parseQuery('schriftelijke vragen 2023-241'), analysis);
    expect(plan.slots.map((s) => s.typed)).toEqual(['2023-241']);
  });
});

const municipality = (value: string, label: string): KnownName => ({
  kind: 'municipality',
  value,
  label,
  words: nameWords(label),
});

describe('other names of a municipality (municipality-aliases.nl.json)', () => {
  const analysis = (names: KnownName[]): QueryAnalysis => ({
    facts: new Map<string, WordFacts>([['armoede', { lexemes: [lexeme('armoed')], known: true }]]),
    thesaurus: [],
    names: withNameAliases(names),
    interpret: true,
  });

  it('interpret a short name, an abbreviation or the Frisian name as the municipality', () => {
    const names = [
      municipality('s-hertogenbosch', "'s-Hertogenbosch"),
      municipality('sudwest-fryslan', 'Súdwest-Fryslân'),
      municipality('leeuwarden', 'Leeuwarden'),
    ];
    for (const [typed, slug] of [
      ['armoede den bosch', 's-hertogenbosch'],
      ['armoede SWF', 'sudwest-fryslan'],
      ['armoede zuidwest-friesland', 'sudwest-fryslan'],
      ['armoede in Ljouwert', 'leeuwarden'],
    ]) {
      const plan = planQuery(parseQuery(typed), analysis(names));
      expect([typed, plan.interpreted.municipality?.slug]).toEqual([typed, slug]);
      expect(plan.slots.map((s) => s.typed)).toEqual(['armoede']);
    }
    expect(planQuery(parseQuery('armoede SWF'), analysis(names)).interpreted.municipality?.name).toBe(
      'Súdwest-Fryslân',
    );
  });

  it('work both ways: an installation that calls the municipality Den Haag gets its official name', () => {
    const names = withNameAliases([municipality('den-haag', 'Den Haag')]);
    expect(names.map((n) => n.words.join(' '))).toEqual(expect.arrayContaining(['den haag', 's gravenhage']));
    expect(names.every((n) => n.value === 'den-haag')).toBe(true);
  });

  it("take a name shortened with an apostrophe also typed without it (R'dam, rdam)", () => {
    const names = withNameAliases([municipality('rotterdam', 'Rotterdam')]);
    expect(names.map((n) => n.words.join(' '))).toEqual(expect.arrayContaining(['r dam', 'rdam']));
    expect(planQuery(parseQuery('rdam honingdauw'), analysis(names)).interpreted.municipality?.name).toBe('Rotterdam');
  });

  it('are not added for a municipality the installation does not have, nor over a name it has', () => {
    expect(withNameAliases([municipality('utrecht', 'Utrecht')])).toHaveLength(1);
    const bosch = municipality('s-hertogenbosch', "'s-Hertogenbosch");
    const party: KnownName = { kind: 'party', value: 'Den Bosch Lokaal', label: 'Den Bosch Lokaal', words: ['swf'] };
    const names = withNameAliases([bosch, party]);
    expect(names.filter((n) => n.words.join(' ') === 'swf')).toEqual([party]);
    expect(planQuery(parseQuery('armoede swf'), analysis([municipality('utrecht', 'Utrecht')])).interpreted).toEqual(
      {},
    );
  });
});

describe('a misspelt municipality name', () => {
  const names = [
    municipality('vlissingen', 'Vlissingen'),
    municipality('drechterland', 'Drechterland'),
    municipality('capelle-aan-den-ijssel', 'Capelle aan den IJssel'),
    municipality('emmen', 'Emmen'),
    municipality('ede', 'Ede'),
  ];
  const analysis = (known: string[], unknown: string[]): QueryAnalysis => ({
    facts: new Map<string, WordFacts>([
      ...known.map((w) => [w, { lexemes: [lexeme(w)], known: true }] as [string, WordFacts]),
      ...unknown.map((w) => [w, { lexemes: [lexeme(w)], known: false }] as [string, WordFacts]),
    ]),
    thesaurus: [],
    names,
    interpret: true,
  });

  it('is read as the municipality when the word is in no text: letters swapped, left out or doubled', () => {
    for (const [typed, wrong, slug] of [
      ['kermis vlisingen', 'vlisingen', 'vlissingen'],
      ['kermis drechtreland', 'drechtreland', 'drechterland'],
      ['kermis drechterlant', 'drechterlant', 'drechterland'],
      ['kermis capele aan den ijsel', 'capele ijsel', 'capelle-aan-den-ijssel'],
    ]) {
      const plan = planQuery(parseQuery(typed), analysis(['kermis'], wrong.split(' ')));
      expect([typed, plan.interpreted.municipality?.slug]).toEqual([typed, slug]);
      expect(plan.slots.map((s) => s.typed)).toEqual(['kermis']);
    }
  });

  it('is not read for a word some text has, a short name, another first letter or too many edits', () => {
    for (const [typed, known, unknown] of [
      ['kermis vlissinge', ['kermis', 'vlissinge'], []],
      ['kermis emmne', ['kermis'], ['emmne']],
      ['kermis edde', ['kermis'], ['edde']],
      ['kermis flissingen', ['kermis'], ['flissingen']],
      ['kermis vlsngen', ['kermis'], ['vlsngen']],
    ] as [string, string[], string[]][]) {
      expect([typed, planQuery(parseQuery(typed), analysis(known, unknown)).interpreted]).toEqual([typed, {}]);
    }
  });
});

describe('other names of a national party (party-aliases.nl.json)', () => {
  const party = (name: string): KnownName => ({ kind: 'party', value: name, label: name, words: nameWords(name) });
  const analysis = (names: KnownName[]): QueryAnalysis => ({
    facts: new Map<string, WordFacts>([['schuur', { lexemes: [lexeme('schur')], known: true }]]),
    thesaurus: [],
    names: withNameAliases(names),
    interpret: true,
  });

  it('interpret an abbreviation or the full name as the party the installation has', () => {
    const plan = planQuery(parseQuery('cu schuur'), analysis([party('ChristenUnie')]));
    expect(plan.interpreted.party).toBe('ChristenUnie');
    expect(plan.slots.map((s) => s.typed)).toEqual(['schuur']);
    expect(
      planQuery(parseQuery('schuur partij voor de dieren'), analysis([party('PvdD'), party('VVD')])).interpreted.party,
    ).toBe('PvdD');
    expect(planQuery(parseQuery('GL/PvdA schuur'), analysis([party('GroenLinks-PvdA')])).interpreted.party).toBe(
      'GroenLinks-PvdA',
    );
  });

  it('are not added for a party the installation does not have, nor for a municipality', () => {
    expect(planQuery(parseQuery('cu schuur'), analysis([party('VVD')])).interpreted).toEqual({});
    const names = withNameAliases([{ kind: 'municipality', value: 'cu', label: 'CU', words: ['cu'] }]);
    expect(names).toHaveLength(1);
  });
});

describe('a reference typed with other separators than printed', () => {
  it('is one code when typed apart: letters, then two or more numbers, one of them no year', () => {
    expect(parseQuery('mrs 26 0631 lek')).toEqual([
      { kind: 'code', text: 'mrs 26 0631' },
      { kind: 'word', text: 'lek', prefix: false },
    ]);
    expect(parseQuery('rib 2024 085')).toEqual([{ kind: 'code', text: 'rib 2024 085' }]);
    expect(parseQuery('HBG 26/1457')).toEqual([{ kind: 'code', text: 'hbg 26/1457' }]);
    expect(parseQuery('vragen 2023-241').map((p) => p.text)).toEqual(['vragen', '2023-241']);
    expect(parseQuery('z 26 041873')).toEqual([{ kind: 'code', text: 'z 26 041873' }]);
    // Two years or one number stay apart: a period, a count.
    expect(parseQuery('begroting 2024 2025').map((p) => p.text)).toEqual(['begroting', '2024', '2025']);
    expect(parseQuery('motie 12').map((p) => p.text)).toEqual(['motie', '12']);
  });

  it('has the other spellings of its separators as alternatives', () => {
    expect(referenceForms('mrs 26 0631')).toEqual(
      expect.arrayContaining(['mrs/26/0631', 'mrs-26-0631', 'mrs.26.0631', 'mrs 26/0631', 'mrs 26-0631']),
    );
    expect(referenceForms('2026-0419')).toEqual(['2026/0419', '2026.0419', '2026 0419', '20260419']);
    // A number's leading zeros dropped with letters, as the index also holds a padded reference without them.
    expect(referenceForms('rv 2024 0213')).toContain('rv 2024 213');
    expect(referenceForms('rv 2024 213')).not.toContain('rv 2024 0213');
    // Several groups of letters, read as words apart.
    expect(referenceForms('swl-rv-2024-213')).toEqual(expect.arrayContaining(['swl rv 2024 213', 'swlrv2024213']));
    // Letters and numbers glued, as the index holds every reference too (`OLZ25.0317` → `olz250317`).
    expect(referenceForms('olz 25 0317')).toContain('olz250317');
    expect(referenceForms('olz23-1046')).toContain('olz231046');
    expect(referenceForms('M2024-017')).toContain('M 2024-017');
    // No number of three digits: a date or a score, not a reference.
    expect(referenceForms('3-2')).toEqual([]);
    expect(referenceForms('woningbouw')).toEqual([]);
  });
});

describe('the full name of an organisation', () => {
  it('is one concept up to six words with its stop words', () => {
    const rivm = [lexeme('rijksinstitut'), lexeme('volksgezond', 3), lexeme('milieu', 5)];
    const analysis: QueryAnalysis = {
      facts: new Map<string, WordFacts>([
        ['rijksinstituut', { lexemes: [lexeme('rijksinstitut')], known: false }],
        ['voor', { lexemes: [], known: true }],
        ['volksgezondheid', { lexemes: [lexeme('volksgezond')], known: false }],
        ['en', { lexemes: [], known: true }],
        ['milieu', { lexemes: [lexeme('milieu')], known: true }],
      ]),
      thesaurus: [
        {
          terms: [
            { text: 'rivm', lexemes: [lexeme('rivm')] },
            { text: 'rijksinstituut voor volksgezondheid en milieu', lexemes: rivm },
          ],
        },
      ],
      names: [],
      interpret: false,
    };
    const plan = planQuery(parseQuery('rijksinstituut voor volksgezondheid en milieu'), analysis);
    expect(plan.slots).toHaveLength(1);
    // Also with one word more at either gap (session 15: `huisvesting van arbeidsmigranten`).
    expect(slotText(plan.slots[0])).toBe(
      "('rivm' | ('rijksinstitut' <2> 'volksgezond' <2> 'milieu') | ('rijksinstitut' <3> 'volksgezond' <2> 'milieu') | ('rijksinstitut' <2> 'volksgezond' <3> 'milieu'))",
    );
  });

  it('matches a term of two words also with a word between them, as a text writes it (session 15)', () => {
    const analysis: QueryAnalysis = {
      facts: new Map<string, WordFacts>([
        ['huisvesting', { lexemes: [lexeme('huisvest')], known: true }],
        ['seizoenarbeiders', { lexemes: [lexeme('seizoenarbeider')], known: true }],
      ]),
      thesaurus: [
        {
          terms: [
            { text: 'huisvesting seizoenarbeiders', lexemes: [lexeme('huisvest'), lexeme('seizoenarbeider', 2)] },
            { text: 'polenhotel', lexemes: [lexeme('polenhotel')] },
          ],
        },
      ],
      names: [],
      interpret: false,
    };
    const plan = planQuery(parseQuery('huisvesting seizoenarbeiders'), analysis);
    expect(slotText(plan.slots[0])).toBe(
      "(('huisvest' <-> 'seizoenarbeider') | 'polenhotel' | ('huisvest' <2> 'seizoenarbeider'))",
    );
  });
});

describe("a token of an abbreviation's shape the lexicon and thesaurus lack", () => {
  it('is told by its shape: letters and digits, no vowel, or capitals among lower case', () => {
    for (const text of ['nt2', 'b1', 'smp', 'vvgb', 'wkb']) expect(abbreviationShaped(text)).toBe(true);
    for (const text of ['lessen', 'ozb1234', 'zwembad', 'ja', '2023-241', 'a']) {
      expect(abbreviationShaped(text)).toBe(false);
    }
    expect(abbreviationShaped('nova')).toBe(false);
    expect(abbreviationShaped('nova', true)).toBe(true);
    expect(abbreviationShaped('provincie', true)).toBe(false);
  });

  const analysis = (entries: [string, WordFacts][]): QueryAnalysis => ({
    facts: new Map(entries),
    thesaurus: [
      {
        terms: [
          { text: 'nt2', lexemes: [lexeme('nt2')] },
          { text: 'taalles', lexemes: [lexeme('taalles')] },
        ],
      },
    ],
    names: [],
    interpret: false,
  });

  it('is marked as an abbreviation when the lexicon lacks it, and a known word is not', () => {
    const plan = planQuery(
      parseQuery('smp gierzwaluw'),
      analysis([
        ['smp', { lexemes: [lexeme('smp')], known: false }],
        ['gierzwaluw', { lexemes: [lexeme('gierzwaluw')], known: true }],
      ]),
    );
    expect(plan.slots.map((s) => [s.typed, s.abbreviation === true])).toEqual([
      ['smp', true],
      ['gierzwaluw', false],
    ]);
  });

  it('counts capitals only when the query is not typed in capitals throughout', () => {
    const facts: [string, WordFacts][] = [
      ['nova', { lexemes: [lexeme('nova')], known: false }],
      ['regel', { lexemes: [lexeme('regel')], known: true }],
    ];
    expect(planQuery(parseQuery('NOVA regel'), analysis(facts)).slots[0].abbreviation).toBe(true);
    expect(planQuery(parseQuery('NOVA REGEL'), analysis(facts)).slots[0].abbreviation).toBeUndefined();
    expect(planQuery(parseQuery('nova regel'), analysis(facts)).slots[0].abbreviation).toBeUndefined();
  });

  it('is a thesaurus term when typed with a digit (a code), else an abbreviation', () => {
    const withTerm = planQuery(
      parseQuery('nt2 lessen'),
      analysis([['nt2', { lexemes: [lexeme('nt2')], known: false }]]),
    );
    expect(withTerm.slots[0]).toMatchObject({ typed: 'nt2', thesaurus: true });
    expect(slotText(withTerm.slots[0])).toBe("('nt2' | 'taalles')");
    const without = planQuery(parseQuery('a2 lessen'), analysis([['a2', { lexemes: [lexeme('a2')], known: false }]]));
    expect(without.slots[0]).toMatchObject({ typed: 'a2', abbreviation: true });
  });
});

describe('verbBaseForms', () => {
  it('gives the infinitives a weak participle or third person may come from', () => {
    expect(verbBaseForms('geplaatst')).toEqual(['plaatsen']);
    expect(verbBaseForms('gebouwd')).toEqual(['bouwen']);
    expect(verbBaseForms('betaald')).toEqual(['betaalen', 'betalen']);
    expect(verbBaseForms('verhoogd')).toEqual(['verhoogen', 'verhogen']);
    expect(verbBaseForms('geleefd')).toEqual(['leefen', 'lefen', 'leven']);
    // A third person of five letters too (session 15): `ruikt` for a text's `ruiken`, `loopt` for `lopen`.
    expect(verbBaseForms('ruikt')).toEqual(['ruiken']);
    expect(verbBaseForms('loopt')).toEqual(['loopen', 'lopen']);
  });

  it('leaves strong participles, short words and non-verbs alone', () => {
    expect(verbBaseForms('gesloten')).toEqual([]);
    expect(verbBaseForms('kind')).toEqual([]);
    expect(verbBaseForms('bord')).toEqual([]);
    expect(verbBaseForms('2024-01')).toEqual([]);
  });
});

describe('nounNumberForms', () => {
  it('gives the other number of a noun that doubles its last consonant', () => {
    expect(nounNumberForms('pruppen')).toEqual(['prup']);
    expect(nounNumberForms('prup')).toEqual(['pruppen']);
    expect(nounNumberForms('glas')).toEqual(['glassen']);
  });

  it('leaves long vowels, consonant clusters and short words alone', () => {
    expect(nounNumberForms('boom')).toEqual([]);
    expect(nounNumberForms('kind')).toEqual([]);
    expect(nounNumberForms('assen')).toEqual([]);
    expect(nounNumberForms('ex')).toEqual([]);
  });

  it('adds the other number the lexicon knows as an alternative of the typed word', () => {
    const analysis: QueryAnalysis = {
      facts: new Map<string, WordFacts>([
        ['pruppen', { lexemes: [lexeme('prupp')], known: false }],
        ['prup', { lexemes: [lexeme('prup')], known: true }],
      ]),
      thesaurus: [],
      names: [],
      interpret: false,
    };
    const plan = planQuery(parseQuery('pruppen'), analysis);
    expect(slotText(plan.slots[0])).toContain("'prup'");
    const unknownOther = planQuery(parseQuery('pruppen'), {
      ...analysis,
      facts: new Map([['pruppen', { lexemes: [lexeme('prupp')], known: true }]]),
    });
    expect(slotText(unknownOther.slots[0])).not.toContain("'prup'");
  });

  it('takes a singular shorter than the lexicon holds when it has a lexeme', () => {
    const facts = (short: WordFacts) =>
      new Map<string, WordFacts>([
        ['gossen', { lexemes: [lexeme('goss')], known: true }],
        ['gos', short],
      ]);
    const plan = (short: WordFacts) =>
      slotText(
        planQuery(parseQuery('gossen'), { facts: facts(short), thesaurus: [], names: [], interpret: false }).slots[0],
      );
    expect(plan({ lexemes: [lexeme('gos')], known: false })).toContain("'gos'");
    expect(plan({ lexemes: [], known: false })).toBe("'goss'");
  });
});

describe('compound synonyms through their parts', () => {
  // Invented words: plonk ≈ zwiebel, snirk ≈ pladder, grob ≈ flimp; `vla` and the phrase are no part synonyms.
  const term = (text: string) => ({ text, lexemes: text.split(' ').map((w, i) => lexeme(w, i + 1)) });
  const thesaurus = [
    { terms: [term('plonk'), term('zwiebel'), term('vla'), term('plonk en zo'), term('plonkerij')] },
    { terms: [term('snirk'), term('pladder')] },
    { terms: [term('grob'), term('flimp')] },
  ];
  const synonyms = partSynonyms(thesaurus);

  it('takes single-word terms of four letters or more, not a compound of the part', () => {
    expect(synonyms.get('plonk')).toEqual(['zwiebel']);
    expect(synonyms.get('zwiebel')).toEqual(['plonk', 'plonkerij']);
    expect(synonyms.has('vla')).toBe(false);
    expect(partSynonyms(thesaurus)).toBe(synonyms);
  });

  it('replaces the first part with every linking form, and the head keeping its ending', () => {
    expect(compoundSynonyms('plonkverkoop', synonyms)).toEqual([
      'zwiebelverkoop',
      'zwiebelsverkoop',
      'zwiebeleverkoop',
      'zwiebelenverkoop',
    ]);
    expect(compoundSynonyms('zwiebelsverkoop', synonyms)).toContain('plonkverkoop');
    expect(compoundSynonyms('wolfsnirken', synonyms)).toEqual(expect.arrayContaining(['wolfpladderen', 'wolfpladder']));
    expect(compoundSynonyms('kwakgrobben', synonyms)).toEqual(expect.arrayContaining(['kwakflimpen', 'kwakflimp']));
    expect(compoundSynonyms('plonk', synonyms)).toEqual([]);
    expect(compoundSynonyms('verkoopzaak', synonyms)).toEqual([]);
  });

  it('asks the lexicon about them with the typed words, not for a prefix typed', () => {
    expect(compoundSynonymsToAnalyse(parseQuery('plonkverkoop nacht'), synonyms)).toContain('zwiebelsverkoop');
    expect(compoundSynonymsToAnalyse(parseQuery('plonkverkoop*'), synonyms)).toEqual([]);
  });

  const analysis = (entries: [string, WordFacts][]): QueryAnalysis => ({
    facts: new Map(entries),
    thesaurus,
    names: [],
    interpret: false,
  });

  it('adds those the lexicon has as a thesaurus guess, marked in highlights, and corrects no typo', () => {
    const plan = planQuery(
      parseQuery('plonkverkoop nacht'),
      analysis([
        [
          'plonkverkoop',
          {
            lexemes: [lexeme('plonkverkop')],
            known: false,
            correction: { word: 'plankverkoop', lexemes: [lexeme('plankverkop')] },
          },
        ],
        ['nacht', { lexemes: [lexeme('nacht')], known: true }],
        ['zwiebelsverkoop', { lexemes: [lexeme('zwiebelsverkop')], known: true }],
        ['zwiebelverkoop', { lexemes: [lexeme('zwiebelverkop')], known: false }],
      ]),
    );
    expect(plan.slots[0]).toMatchObject({ typed: 'plonkverkoop', thesaurus: true });
    expect(slotText(plan.slots[0])).toBe("('plonkverkop' | 'zwiebelsverkop')");
    expect(plan.slots[1].thesaurus).toBeUndefined();
    expect(plan.corrections).toEqual([]);
    expect(planText(plan, 'or', 'highlight')).toContain("'zwiebelsverkop':*");
  });

  it('leaves a word alone when the lexicon has none of them', () => {
    const plan = planQuery(
      parseQuery('plonkverkoop'),
      analysis([['plonkverkoop', { lexemes: [lexeme('plonkverkop')], known: true }]]),
    );
    expect(plan.slots[0].thesaurus).toBeUndefined();
    expect(slotText(plan.slots[0])).toBe("'plonkverkop'");
  });
});

describe("an unknown compound's head (Dutch compounds are right-headed)", () => {
  const analysis = (entries: [string, WordFacts][]): QueryAnalysis => ({
    facts: new Map(entries),
    thesaurus: [],
    names: [],
    interpret: false,
  });
  const unknown = (word: string, head: string): [string, WordFacts] => [
    word,
    { lexemes: [lexeme(word)], known: false, head: { word: head, lexemes: [lexeme(head)] } },
  ];
  const known = (word: string): [string, WordFacts] => [word, { lexemes: [lexeme(word)], known: true }];

  it('is an alternative in relaxed matching when a known word narrows it, never in the strict search', () => {
    const plan = planQuery(
      parseQuery('noodbruggen kanaal'),
      analysis([unknown('noodbruggen', 'brugg'), known('kanaal')]),
    );
    expect(plan.slots[0].broadened).toBe(true);
    expect(planText(plan, 'and')).toBe("'noodbruggen' & 'kanaal'");
    expect(planText(plan, 'or')).toBe("('noodbruggen' | 'brugg') | 'kanaal'");
    expect(plan.corrections).toEqual([]);
  });

  it('is not used for a word alone, nor when only heads would match (two common words)', () => {
    expect(planQuery(parseQuery('noodbruggen'), analysis([unknown('noodbruggen', 'brugg')])).slots[0].broadened).toBe(
      undefined,
    );
    const heads = planQuery(
      parseQuery('noodbruggen ijsbaanverlichting'),
      analysis([unknown('noodbruggen', 'brugg'), unknown('ijsbaanverlichting', 'verlicht')]),
    );
    expect(heads.slots.map((s) => s.broadened)).toEqual([undefined, undefined]);
    expect(planText(heads, 'or')).toBe("'noodbruggen' | 'ijsbaanverlichting'");
  });
});

describe('the head an unknown compound falls back to (compoundHead)', () => {
  const found = new Map(
    [
      ['ontruimingen', true],
      ['ruimingen', true],
      ['plan', true],
      ['woonadres', false],
    ].map(([word, known]) => [
      word as string,
      { word: word as string, lexemes: [lexeme(`${word}`)], known: known as boolean },
    ]),
  );

  it('takes the longest head the archive has as a word, as typed or inflected', () => {
    expect(compoundHead(splitCandidates('dwangontruimingen'), found)?.word).toBe('ontruimingen');
    expect(compoundHead(splitCandidates('dwangontruiming'), found)?.word).toBe('ontruiming');
  });

  it('takes no head shorter than five letters, and none the archive lacks', () => {
    expect(compoundHead(splitCandidates('woningbouwplan'), found)).toBeNull();
    expect(compoundHead(splitCandidates('spookwoonadres'), found)).toBeNull();
  });
});

describe('grammar words of a question typed as a sentence', () => {
  it('drops the forms of auxiliaries and modals, pronominal adverbs and pronouns', () => {
    const words = ['jullie', 'hebt', 'konden', 'eruit', 'daarvoor', 'waarvoor', 'iedereen', 'zouden'];
    const facts = new Map<string, WordFacts>(
      [...words, 'huurachterstand'].map((w) => [w, { lexemes: [lexeme(w)], known: true }]),
    );
    const plan = planQuery(parseQuery(`${words.join(' ')} huurachterstand`), {
      facts,
      thesaurus: [],
      names: [],
      interpret: false,
    });
    expect(plan.slots.map((s) => s.typed)).toEqual(['huurachterstand']);
  });
});

describe('two neighbouring letters swapped (adjacentSwaps)', () => {
  it('lists each swap once, for words long enough to correct', () => {
    expect(adjacentSwaps('schlep')).toContain('schelp');
    expect(adjacentSwaps('bomen')).toEqual(['obmen', 'bmoen', 'boemn', 'bomne']);
    // A doubled letter swapped with itself is the word again.
    expect(adjacentSwaps('straat')).not.toContain('straat');
    expect(adjacentSwaps('bus')).toEqual([]);
    expect(adjacentSwaps('p+r-x')).toEqual([]);
  });
});

describe('y typed for ij (ijSpelling)', () => {
  it('writes every y as ij in a word of letters, and has nothing for a word without y', () => {
    expect(ijSpelling('schoolontbyt')).toBe('schoolontbijt');
    expect(ijSpelling('vrywillygers')).toBe('vrijwillijgers');
    expect(ijSpelling('straat')).toBeNull();
    expect(ijSpelling('p+r')).toBeNull();
  });
});

describe('colloquial fillers (QUERY_STOP_WORDS)', () => {
  it('drops them, so a filler the archive lacks does not outweigh the topic as an unknown word', () => {
    const typed = 'bibliotheek doet niks aan gewoon voorlezen';
    const facts = new Map<string, WordFacts>(
      typed.split(' ').map((w) => [w, { lexemes: [lexeme(w)], known: w !== 'niks' && w !== 'gewoon' }] as const),
    );
    const plan = planQuery(parseQuery(typed), { facts, thesaurus: [], names: [], interpret: true });
    expect(plan.slots.map((s) => s.typed)).toEqual(['bibliotheek', 'voorlezen']);
  });
});

describe('diminutiveBaseForms', () => {
  it('gives the nouns a diminutive may be made from, in singular and plural', () => {
    expect(diminutiveBaseForms('bankjes')).toContain('bank');
    expect(diminutiveBaseForms('boompje')).toContain('boom');
    expect(diminutiveBaseForms('stoeltjes')).toContain('stoel');
    expect(diminutiveBaseForms('balletje')).toContain('bal');
    expect(diminutiveBaseForms('ringetjes')).toContain('ring');
    expect(diminutiveBaseForms('autootje')).toContain('auto');
    expect(diminutiveBaseForms('huisje')).toContain('huis');
  });

  it('leaves words that are no diminutive alone', () => {
    expect(diminutiveBaseForms('bank')).toEqual([]);
    expect(diminutiveBaseForms('banken')).toEqual([]);
    expect(diminutiveBaseForms('rapportage')).toEqual([]);
  });

  it('adds the noun the lexicon knows as an alternative of the typed diminutive', () => {
    const facts = new Map<string, WordFacts>([
      ['bankjes', { lexemes: [lexeme('bankjes')], known: false }],
      ['bank', { lexemes: [lexeme('bank')], known: true }],
      ['bankj', { lexemes: [lexeme('bankj')], known: false }],
    ]);
    const plan = planQuery(parseQuery('bankjes'), { facts, thesaurus: [], names: [], interpret: true });
    expect(planText(plan, 'and')).toBe("('bankjes' | 'bank')");
  });
});

describe('agentNounForms', () => {
  it('gives the agent noun of an action noun in -ing, and nothing the other way round', () => {
    expect(agentNounForms('handhaving')).toEqual(['handhaver', 'handhavers']);
    expect(agentNounForms('begeleiding')).toEqual(['begeleider', 'begeleiders']);
    expect(agentNounForms('inwoners')).toEqual([]);
    expect(agentNounForms('ring')).toEqual([]);
  });

  it('adds the agent noun the lexicon knows as an alternative', () => {
    const facts = new Map<string, WordFacts>([
      ['handhaving', { lexemes: [lexeme('handhav')], known: true }],
      ['handhavers', { lexemes: [lexeme('handhaver')], known: true }],
      ['handhaver', { lexemes: [lexeme('handhaver')], known: false }],
    ]);
    const plan = planQuery(parseQuery('handhaving'), { facts, thesaurus: [], names: [], interpret: true });
    expect(planText(plan, 'and')).toBe("('handhav' | 'handhaver')");
  });
});

describe('a compound in the other linking spelling (linkingVariants)', () => {
  it('leaves the linking s out and puts it in at each split point', () => {
    expect(linkingVariants('vergunningsvrij')).toContain('vergunningvrij');
    expect(linkingVariants('bestemmingplan')).toContain('bestemmingsplan');
    // No s put in beside an s already there (`huisstijl` is no `huissstijl`).
    expect(linkingVariants('huisstijl').some((w) => w.includes('sss'))).toBe(false);
  });

  it('makes the archive spelling an alternative of the typed word, not a typo correction', () => {
    const plan = planQuery(parseQuery('vergunningsvrij'), {
      facts: new Map([
        [
          'vergunningsvrij',
          {
            lexemes: [lexeme('vergunningsvrij')],
            known: false,
            correction: { word: 'vergunningvrije', lexemes: [lexeme('vergunningvrij')] },
            linked: { word: 'vergunningvrij', lexemes: [lexeme('vergunningvrij')] },
          },
        ],
      ]),
      thesaurus: [],
      names: [],
      interpret: false,
    });
    expect(plan.corrections).toEqual([]);
    expect(slotText(plan.slots[0])).toBe("('vergunningsvrij' | 'vergunningvrij')");
  });
});

describe('an abbreviation hyphenated to a word, typed as one (hyphenatedForms)', () => {
  it('puts the hyphen after two or three letters, the rest four letters or more', () => {
    expect(hyphenatedForms('pasmelders')).toEqual([
      { form: 'pa-smelders', rest: 'smelders' },
      { form: 'pas-melders', rest: 'melders' },
    ]);
    expect(hyphenatedForms('ictwet')).toEqual([{ form: 'ic-twet', rest: 'twet' }]);
    expect(hyphenatedForms('m2024')).toEqual([]);
  });

  it('makes the hyphenated spelling an alternative: the words adjacent as the index has them', () => {
    const hyphenated = [lexeme('pas-melder', 1), lexeme('pas', 2), lexeme('melder', 3)];
    const plan = planQuery(parseQuery('pasmelders'), {
      facts: new Map([['pasmelders', { lexemes: [lexeme('pasmelder')], known: false, hyphenated }]]),
      thesaurus: [],
      names: [],
      interpret: false,
    });
    expect(plan.corrections).toEqual([]);
    expect(slotText(plan.slots[0])).toBe("('pasmelder' | ('pas-melder' <-> 'pas' <-> 'melder'))");
  });
});

describe('a compound typed apart whose head opens a multi-word thesaurus term', () => {
  it('is an alternative of the word before it, and the term stays whole', () => {
    const words = ['mini', 'containers', 'niet', 'geleegd'];
    const plan = planQuery(parseQuery('mini containers niet geleegd'), {
      facts: new Map<string, WordFacts>([
        ...words.map((w) => [w, { lexemes: w === 'niet' ? [] : [lexeme(w)], known: true }] as [string, WordFacts]),
        ['minicontainers', { lexemes: [lexeme('minicontainer')], known: true }],
      ]),
      thesaurus: [
        {
          terms: [
            { text: 'containers niet geleegd', lexemes: [lexeme('containers'), lexeme('geleegd', 3)] },
            { text: 'volle containers', lexemes: [lexeme('voll'), lexeme('containers', 2)] },
          ],
        },
      ],
      names: [],
      interpret: false,
    });
    expect(plan.slots.map((s) => s.typed)).toEqual(['mini', 'containers niet geleegd']);
    expect(slotText(plan.slots[0])).toBe("('mini' | 'minicontainer')");
    expect(slotText(plan.slots[1])).not.toContain('minicontainer');
  });
});

describe('a reference typed without its space', () => {
  it('is read apart as printed: letters, then a number of three digits or more', () => {
    expect(gluedReferenceApart('ris320114')).toBe('ris 320114');
    expect(gluedReferenceApart('rib2024-085')).toBe('rib 2024-085');
    expect(gluedReferenceApart('co2')).toBeNull();
    expect(gluedReferenceApart('m2024-17')).toBeNull();
    expect(wordsToAnalyse(parseQuery('ris320114'))).toContain('ris 320114');
  });

  it('matches as typed or as the two words printed one after the other', () => {
    const plan = planQuery(parseQuery('ris320114'), {
      facts: new Map<string, WordFacts>([
        ['ris320114', { lexemes: [lexeme('ris320114')], known: false }],
        ['ris 320114', { lexemes: [lexeme('ris'), lexeme('320114', 2)], known: false }],
      ]),
      thesaurus: [],
      names: [],
      interpret: false,
    });
    expect(slotText(plan.slots[0])).toBe("('ris320114' | ('ris' <-> '320114'))");
  });
});

describe('threePartCandidates', () => {
  it('splits either side of a two-part split once more, with linking letters, parts of five letters or more', () => {
    const splits = threePartCandidates('wereldwaterkwaliteit').map((p) => p.join('+'));
    expect(splits).toContain('wereld+water+kwaliteit');
    expect(threePartCandidates('bergenshuizenbeheer').map((p) => p.join('+'))).toContain('bergen+huizen+beheer');
    expect(splits.every((s) => s.split('+').every((part) => part.length >= 5))).toBe(true);
    // Four-letter parts split a word into common short words by chance.
    expect(threePartCandidates('hartstilstand').map((p) => p.join('+'))).not.toContain('hart+stil+stand');
    expect(threePartCandidates('zwemwaterpret')).toEqual([]);
  });
});
