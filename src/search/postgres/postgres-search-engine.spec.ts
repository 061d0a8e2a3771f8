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
  estimatedPageRows,
  municipalityShares,
  SMALL_MUNICIPALITY_SHARE,
} from './postgres-search-engine';

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
