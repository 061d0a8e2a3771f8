import { PUBLIC_ACTOR } from '../../auth/actor';
import { SearchQuery } from '../search-engine';
import {
  CANDIDATE_MIN_SAMPLE_ROWS,
  FINE_SAMPLE_MODULUS,
  MAX_CANDIDATE_MONTHS,
  RANK_CANDIDATES,
  SAMPLE_MODULUS,
  SampleRow,
  candidateMonths,
  compileSearch,
  broadenedWeights,
  relaxedMinShare,
  KNOWN_WORDS_MIN_SHARE,
  cappedUnknownWeights,
  guessesAsNoEvidence,
  estimatedPageRows,
  lenientMatch,
  slotWeights,
  municipalityShares,
  SMALL_MUNICIPALITY_SHARE,
} from './postgres-search-engine';
import { QueryPlan, RELAXED_MIN_SHARE, Slot, idf } from './query-plan';

const base: SearchQuery = { q: 'markt', sort: 'relevance', limit: 20, offset: 0 };
const NOV_2026 = 2026 * 12 + 10;

/** The highest `$n` a statement uses: PostgreSQL rejects a bind with more or fewer values. */
function highestParameter(sql: string): number {
  return Math.max(0, ...[...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
}

/** A sample pass result: the total row and the matches per month (`[month, n]`). */
function sample(perMonth: [number, number][], newest: number | null = NOV_2026, total = 400): SampleRow[] {
  return [
    { dim: 'total', key: null, n: String(total), unfiltered: String(total), max_month: newest },
    { dim: 'year', key: '2026', n: '12', max_month: newest },
    ...perMonth.map(([month, n]) => ({ dim: 'month', key: String(month), n: String(n), max_month: newest })),
  ];
}

describe('candidates from the newest months', () => {
  it('numbers the months as the parameter after the items statement’s own', () => {
    const compiled = compileSearch(PUBLIC_ACTOR, base, "'markt'", "'markt':*");
    expect(highestParameter(compiled.itemsInMonthsSql)).toBe(compiled.itemParams.values.length + 1);
    expect(highestParameter(compiled.itemsSql)).toBe(compiled.itemParams.values.length);
    expect(highestParameter(compiled.sampleFacetsSql)).toBe(compiled.facetParams.values.length);
  });

  it('takes the months from the newest back to where the sample holds enough matches', () => {
    // One sample match in Nov, none in Oct, one in Sep: two reached in Sep.
    expect(
      candidateMonths(
        sample([
          [NOV_2026, 1],
          [NOV_2026 - 2, 1],
          [NOV_2026 - 5, 4],
        ]),
        RANK_CANDIDATES,
        SAMPLE_MODULUS,
      ),
    ).toEqual([NOV_2026 - 2, NOV_2026 - 1, NOV_2026]);
    // Newer rows than the newest sample match (the archive's newest month) are included.
    expect(
      candidateMonths(sample([[NOV_2026 - 3, CANDIDATE_MIN_SAMPLE_ROWS]]), RANK_CANDIDATES, SAMPLE_MODULUS),
    ).toEqual([NOV_2026 - 3, NOV_2026 - 2, NOV_2026 - 1, NOV_2026]);
  });

  it('asks for proportionally more sample matches when the page lies deeper', () => {
    const rows = sample([
      [NOV_2026, 2],
      [NOV_2026 - 1, 2],
      [NOV_2026 - 2, 2],
    ]);
    expect(candidateMonths(rows, RANK_CANDIDATES, SAMPLE_MODULUS)).toEqual([NOV_2026]);
    // 3 × 300 / 256 → 4 sample matches: two months.
    expect(candidateMonths(rows, 3 * RANK_CANDIDATES, SAMPLE_MODULUS)).toEqual([NOV_2026 - 1, NOV_2026]);
    expect(candidateMonths(rows, 5 * RANK_CANDIDATES, SAMPLE_MODULUS)).toEqual([NOV_2026 - 2, NOV_2026 - 1, NOV_2026]);
  });

  it('gives up when the sample holds too few matches or they lie too far back', () => {
    expect(candidateMonths(sample([[NOV_2026, 1]]), RANK_CANDIDATES, SAMPLE_MODULUS)).toBeNull();
    expect(candidateMonths(sample([]), RANK_CANDIDATES, SAMPLE_MODULUS)).toBeNull();
    expect(candidateMonths(sample([[NOV_2026 - MAX_CANDIDATE_MONTHS, 5]]), RANK_CANDIDATES, SAMPLE_MODULUS)).toBeNull();
    expect(
      candidateMonths(sample([[NOV_2026 - MAX_CANDIDATE_MONTHS + 1, 5]]), RANK_CANDIDATES, SAMPLE_MODULUS),
    ).toHaveLength(MAX_CANDIDATE_MONTHS);
    expect(candidateMonths(sample([[NOV_2026, 5]], null), RANK_CANDIDATES, SAMPLE_MODULUS)).toBeNull();
  });

  it('falls back to the full candidate statement when the months hold too few candidates', async () => {
    const compiled = compileSearch(PUBLIC_ACTOR, base, "'markt'");
    const issued: string[] = [];
    const rows = await estimatedPageRows<Record<string, string>>(
      compiled,
      sample([[NOV_2026, 3]], NOV_2026, 160),
      SAMPLE_MODULUS,
      async (sql) => {
        issued.push(sql);
        if (sql === compiled.itemsInMonthsSql) return [{ found: String(compiled.candidates - 1) }];
        return [{ from: 'full' }];
      },
    );
    expect(rows).toEqual([{ from: 'full' }]);
    // 160 × 256 ≈ 41,000 estimated matches: the walk.
    expect(issued).toEqual([compiled.itemsInMonthsSql, compiled.itemsSql]);
  });

  it('keeps the page of the newest months when they hold all candidates, and passes the months', async () => {
    const compiled = compileSearch(PUBLIC_ACTOR, base, "'markt'");
    const issued: unknown[][] = [];
    const rows = await estimatedPageRows<Record<string, string>>(
      compiled,
      sample([[NOV_2026 - 1, 3]]),
      SAMPLE_MODULUS,
      async (sql, params) => {
        issued.push(params);
        return [{ found: String(compiled.candidates) }];
      },
    );
    expect(rows).toEqual([{ found: String(compiled.candidates) }]);
    expect(issued).toHaveLength(1);
    expect(issued[0].at(-1)).toEqual([NOV_2026 - 1, NOV_2026]);
  });

  it('counts the sample matches by what each stands for: the fine sample needs more of them', () => {
    const rows = sample([
      [NOV_2026, 10],
      [NOV_2026 - 1, 10],
      [NOV_2026 - 2, 10],
    ]);
    expect(candidateMonths(rows, RANK_CANDIDATES, SAMPLE_MODULUS)).toEqual([NOV_2026]);
    // 3 × 100 / 16 → 19 fine-sample matches: two months.
    expect(candidateMonths(rows, RANK_CANDIDATES, FINE_SAMPLE_MODULUS)).toEqual([NOV_2026 - 1, NOV_2026]);
  });

  it('starts at the last month the `to` or `year` filter allows', () => {
    const rows = sample([
      [NOV_2026, 9],
      [NOV_2026 - 20, 1],
      [NOV_2026 - 22, 1],
    ]);
    expect(candidateMonths(rows, RANK_CANDIDATES, SAMPLE_MODULUS, NOV_2026 - 20)).toEqual([
      NOV_2026 - 22,
      NOV_2026 - 21,
      NOV_2026 - 20,
    ]);
    const compiled = compileSearch(PUBLIC_ACTOR, { ...base, from: '2018-01-01', to: '2021-12-31' }, "'markt'");
    expect(compiled.newestMonth).toBe(2021 * 12 + 11);
    expect(compileSearch(PUBLIC_ACTOR, { ...base, year: 2020, to: '2024-03-01' }, "'markt'").newestMonth).toBe(
      2020 * 12 + 11,
    );
    expect(compileSearch(PUBLIC_ACTOR, base, "'markt'").newestMonth).toBeNull();
  });

  it('goes straight to the bitmap for a narrow search with no month plan', async () => {
    const compiled = compileSearch(PUBLIC_ACTOR, { ...base, municipalityId: 3 }, "'markt'");
    const issued: string[] = [];
    await estimatedPageRows(compiled, sample([], NOV_2026, 50), SAMPLE_MODULUS, async (sql) => {
      issued.push(sql);
      return [];
    });
    expect(issued).toEqual([compiled.itemsBitmapSql]);
  });
});

describe("a municipality's share of the archive (pg_stats)", () => {
  it.each<[string, Parameters<typeof municipalityShares>[0], number, number | null]>([
    ['one of the most common values', { ids: [3, 5], freqs: [0.5, 0.03], n_distinct: 40 }, 5, 0.03],
    ['not among them: at most the least common', { ids: [3, 5], freqs: [0.5, 0.03], n_distinct: 40 }, 9, 0.03],
    ['a single municipality', { ids: [1], freqs: [1], n_distinct: 1 }, 1, 1],
    ['a new municipality next to a single one', { ids: [1], freqs: [1], n_distinct: 1 }, 2, 1],
    ['no list of common values', { ids: null, freqs: null, n_distinct: 200 }, 7, 1 / 200],
    ['no statistics yet', null, 7, null],
  ])('%s', (_name, stats, id, share) => {
    expect(municipalityShares(stats)(id)).toBe(share);
  });

  it('samples only a municipality filter that is small enough on its own', () => {
    const query = { ...base, municipalityId: 3 };
    expect(
      compileSearch(PUBLIC_ACTOR, query, "'markt'", "'markt':*", { smallMunicipality: true }).municipalitySampleFirst,
    ).toBe(true);
    expect(compileSearch(PUBLIC_ACTOR, query, "'markt'").municipalitySampleFirst).toBe(false);
    expect(
      compileSearch(PUBLIC_ACTOR, base, "'markt'", "'markt':*", { smallMunicipality: true }).municipalitySampleFirst,
    ).toBe(false);
    expect(SMALL_MUNICIPALITY_SHARE).toBe(1 / 16);
  });
});

describe('the last resort of relaxed matching (lenientMatch)', () => {
  const slot = (typed: string, lexeme: string): Slot => ({
    typed,
    alternatives: [{ kind: 'phrase', lexemes: [{ lexeme, pos: 1 }], prefix: false }],
  });
  const plan = (slots: Slot[]): QueryPlan => ({ slots, interpreted: {}, corrections: [] });
  const slots = [slot('buurtbewoners', 'buurtbewoner'), slot('meedelen', 'meedel'), slot('windturbines', 'windturbin')];
  const weightsOf = (counts: number[], total: number) => counts.map((df) => idf(df, total));

  it('counts the known words in the subject, without the words no row has', () => {
    const counts = [40, 0, 3];
    const match = lenientMatch(plan(slots), slots, { counts, total: 120 }, weightsOf(counts, 120));
    expect(match).not.toBeNull();
    expect(match?.slots).toEqual(["'buurtbewoner'", "'windturbin'"]);
    expect(match?.conditionSlots).toEqual(["'buurtbewoner':A", "'windturbin':A"]);
    expect(match?.fieldSlots).toEqual(["'buurtbewoner':AB", "'windturbin':AB"]);
    // At least half an unknown word's weight: the rare word alone suffices, the common one does not.
    const required = (match?.minShare ?? 0) * (match?.weights ?? []).reduce((a, b) => a + b, 0);
    expect(required).toBeCloseTo(idf(0, 120) / 2);
    expect(idf(3, 120)).toBeGreaterThan(required);
    expect(idf(40, 120)).toBeLessThan(required);
  });

  it('does not apply to two concepts, to a query without known words or with only common ones', () => {
    expect(
      lenientMatch(plan(slots.slice(0, 2)), slots.slice(0, 2), { counts: [40, 0], total: 120 }, [1, 6]),
    ).toBeNull();
    expect(lenientMatch(plan(slots), slots, { counts: [0, 0, 0], total: 120 }, weightsOf([0, 0, 0], 120))).toBeNull();
    const mostlyUnknown = [slot('kermis', 'kermis'), slot('warmtenet', 'warmtenet'), slot('ijsbaan', 'ijsban')];
    expect(lenientMatch(plan(mostlyUnknown), mostlyUnknown, { counts: [0, 3, 0], total: 120 }, [7, 4, 7])).toBeNull();
    const common = [60, 0, 50];
    expect(lenientMatch(plan(slots), slots, { counts: common, total: 120 }, weightsOf(common, 120))).toBeNull();
  });

  it('compiles its condition on the subject slots and its score on all known slots', () => {
    const counts = [40, 0, 3];
    const match = lenientMatch(plan(slots), slots, { counts, total: 120 }, weightsOf(counts, 120));
    const compiled = compileSearch(PUBLIC_ACTOR, base, match?.slots.join(' | ') ?? null, null, {
      lexemes: true,
      relaxed: match ?? undefined,
    });
    expect(compiled.itemParams.values).toContain("'windturbin':A");
    expect(compiled.itemParams.values).toContain("'windturbin':AB");
  });
});

describe('the weight of a word the archive lacks (cappedUnknownWeights)', () => {
  const slot = (typed: string): Slot => ({ typed, alternatives: [] });
  const plan = (n: number): QueryPlan => ({
    slots: Array.from({ length: n }, (_, i) => slot(`w${i}`)),
    interpreted: {},
    corrections: [],
  });

  it('is at most the heaviest known word in a sentence of three or more concepts', () => {
    expect(cappedUnknownWeights(plan(3), plan(3).slots, [44, 0, 6], [1, 5.5, 3])).toEqual([1, 3, 3]);
    // Three unknown words and one known still carry three quarters: nothing reaches half with the known one.
    expect(cappedUnknownWeights(plan(4), plan(4).slots, [0, 3, 0, 0], [5.5, 3.6, 5.5, 5.5])).toEqual([
      3.6, 3.6, 3.6, 3.6,
    ]);
  });

  it('compares with a compound part as its whole word', () => {
    const parts = [{ ...slot('grond'), share: 0.5 }, { ...slot('exploitatie'), share: 0.5 }, slot('verlies')];
    expect(cappedUnknownWeights(plan(3), parts, [4, 3, 0], [1.66, 1.78, 5.5])).toEqual([1.66, 1.78, 3.56]);
  });

  it('keeps the full weight with two concepts, or when no word is known', () => {
    expect(cappedUnknownWeights(plan(2), plan(2).slots, [0, 7], [5.5, 2.8])).toEqual([5.5, 2.8]);
    expect(cappedUnknownWeights(plan(3), plan(3).slots, [0, 0, 0], [5.5, 5.5, 5.5])).toEqual([5.5, 5.5, 5.5]);
  });
});

describe('the weight of a relaxed slot (slotWeights)', () => {
  const plan = (slots: Slot[]): QueryPlan => ({ slots, interpreted: {}, corrections: [] });
  const concept = (typed: string): Slot => ({ typed, alternatives: [], thesaurus: true });
  const word = (typed: string): Slot => ({ typed, alternatives: [] });

  it('weighs a thesaurus concept the archive lacks in full with two concepts, as an unknown word', () => {
    const slots = [concept('eikenprocessierups'), word('bestrijding')];
    const weights = slotWeights(plan(slots), slots, { counts: [0, 3], total: 153 });
    expect(weights).toEqual([idf(0, 153), idf(3, 153)]);
    // So the known word alone no longer carries half of the query.
    expect(weights[1]).toBeLessThan((weights[0] + weights[1]) / 2);
  });

  it('weighs it half with three or more concepts, and a typo correction half always', () => {
    const slots = [concept('ggd'), word('luchtkwaliteit'), word('meetpunten')];
    expect(slotWeights(plan(slots), slots, { counts: [0, 3, 2], total: 100 })).toEqual([
      idf(0, 100) / 2,
      idf(3, 100),
      idf(2, 100),
    ]);
    const corrected = { ...word('discrimnatie'), corrected: {} as Slot['corrected'] };
    const two = [corrected, word('beleid')];
    expect(slotWeights(plan(two), two, { counts: [4, 9], total: 100 })).toEqual([idf(4, 100) / 2, idf(9, 100)]);
  });

  it("gives a compound's part its share", () => {
    const parts = [
      { ...word('grond'), share: 0.5 },
      { ...word('exploitatie'), share: 0.5 },
    ];
    expect(slotWeights(plan([word('grondexploitatie')]), parts, { counts: [4, 3], total: 100 })).toEqual([
      idf(4, 100) / 2,
      idf(3, 100) / 2,
    ]);
  });
});

describe('a typo correction as no evidence when a concept is missing (guessesAsNoEvidence)', () => {
  const concept = (typed: string): Slot => ({ typed, alternatives: [], thesaurus: true });
  const word = (typed: string): Slot => ({ typed, alternatives: [] });
  const corrected = (typed: string): Slot => ({ ...word(typed), corrected: {} as Slot['corrected'] });

  it('counts the corrected slot for nothing in the condition when a thesaurus concept no row has is asked', () => {
    const slots = [concept('kinderboerderij'), word('voeren'), corrected('geiten')];
    expect(guessesAsNoEvidence(slots, [0, 20, 1], [2.7, 2.7, 2.2])).toEqual([2.7, 2.7, 0]);
  });

  it('leaves every weight when each concept is found, or nothing was corrected', () => {
    const slots = [concept('speeltuin'), word('voeren'), corrected('geiten')];
    expect(guessesAsNoEvidence(slots, [4, 20, 1], [2.7, 2.7, 2.2])).toBeUndefined();
    expect(guessesAsNoEvidence([concept('kinderboerderij'), word('voeren')], [0, 20], [2.7, 2.7])).toBeUndefined();
  });
});

describe('the weight of an abbreviation no row has (slotWeights)', () => {
  const plan = (slots: Slot[]): QueryPlan => ({ slots, interpreted: {}, corrections: [] });

  it('is half an unknown word, so a rare word beside it qualifies alone and a common one does not', () => {
    const rare = [
      { typed: 'smp', alternatives: [], abbreviation: true },
      { typed: 'gierzwaluw', alternatives: [] },
    ];
    const weights = slotWeights(plan(rare), rare, { counts: [0, 3], total: 400 });
    expect(weights).toEqual([idf(0, 400) / 2, idf(3, 400)]);
    expect(weights[1]).toBeGreaterThanOrEqual((weights[0] + weights[1]) * RELAXED_MIN_SHARE);
    const common = slotWeights(plan(rare), rare, { counts: [0, 120], total: 400 });
    expect(common[1]).toBeLessThan((common[0] + common[1]) * RELAXED_MIN_SHARE);
  });

  it('keeps its full weight where rows have it, as an ordinary word that is not one', () => {
    const slots = [
      { typed: 'smp', alternatives: [], abbreviation: true },
      { typed: 'beleid', alternatives: [] },
    ];
    expect(slotWeights(plan(slots), slots, { counts: [2, 30], total: 400 })).toEqual([idf(2, 400), idf(30, 400)]);
    const word = [{ typed: 'paardenmest', alternatives: [] }, slots[1]];
    expect(slotWeights(plan(word), word, { counts: [0, 30], total: 400 })).toEqual([idf(0, 400), idf(30, 400)]);
  });
});

describe('an unknown compound matched by its head (broadenedWeights)', () => {
  const plan = (slots: Slot[]): QueryPlan => ({ slots, interpreted: {}, corrections: [] });
  const word = (typed: string): Slot => ({ typed, alternatives: [] });

  it('counts the compound as the unknown word in the weight, and the head as half evidence', () => {
    const slots = [{ ...word('noodbruggen'), broadened: true }, word('kanaal')];
    const frequencies = { counts: [4, 6], total: 200 };
    const found = slotWeights(plan(slots), slots, frequencies);
    expect(found).toEqual([idf(4, 200) / 2, idf(6, 200)]);
    const { weights, evidence } = broadenedWeights(plan(slots), slots, frequencies, found);
    expect(weights).toEqual([idf(0, 200), idf(6, 200)]);
    expect(evidence).toEqual(found);
    // A row with the known word alone is not enough; with the head beside it, it is.
    const needed = (weights[0] + weights[1]) / 2;
    expect(evidence[1]).toBeLessThan(needed);
    expect(evidence[0] + evidence[1]).toBeGreaterThanOrEqual(needed);
  });

  it('changes nothing when no slot is broadened', () => {
    const slots = [word('brug'), word('kanaal')];
    const weights = [1, 2];
    expect(broadenedWeights(plan(slots), slots, { counts: [4, 6], total: 200 }, weights)).toEqual({
      weights,
      evidence: weights,
    });
  });
});

describe('the share a relaxed row must carry (relaxedMinShare)', () => {
  const word = (typed: string): Slot => ({ typed, alternatives: [] });

  it('lets either of two known words about as rare qualify a row, and keeps half when a concept is missing', () => {
    const slots = [word('voedselbank'), word('verhuizen')];
    expect(relaxedMinShare(slots, [6, 4])).toBe(KNOWN_WORDS_MIN_SHARE);
    const [a, b] = [idf(4, 300), idf(6, 300)];
    // The slightly commoner word alone now qualifies a row; under half it did not.
    expect(b / (a + b)).toBeGreaterThanOrEqual(KNOWN_WORDS_MIN_SHARE);
    expect(b / (a + b)).toBeLessThan(RELAXED_MIN_SHARE);
    expect(relaxedMinShare(slots, [6, 0])).toBe(RELAXED_MIN_SHARE);
    expect(relaxedMinShare([word('x'), { ...word('noodbruggen'), broadened: true }], [6, 4])).toBe(RELAXED_MIN_SHARE);
  });
});
