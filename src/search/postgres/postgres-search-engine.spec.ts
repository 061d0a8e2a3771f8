import { PUBLIC_ACTOR } from '../../auth/actor';
import { SearchQuery } from '../search-engine';
import { CUTOFF_TEXT_MATCHES_MAX, CUTOFF_TEXT_MATCHES_MIN, compileSearch, estimatedPageRows, useCandidateCutoff } from './postgres-search-engine';

const base: SearchQuery = { q: 'markt', sort: 'relevance', limit: 20, offset: 0 };

/** The highest `$n` a statement uses: PostgreSQL rejects a bind with more or fewer values. */
function highestParameter(sql: string): number {
  return Math.max(0, ...[...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
}

describe('newest-rows cutoff for mid-frequency words', () => {
  it('numbers the since-date and the factor as the parameter after their statements’ own', () => {
    const compiled = compileSearch(PUBLIC_ACTOR, base, "'markt'", "'markt':*");
    expect(highestParameter(compiled.itemsSinceSql)).toBe(compiled.itemParams.values.length + 1);
    expect(highestParameter(compiled.cutoffSql ?? '')).toBe(compiled.cutoffParams.values.length + 1);
    expect(compiled.cutoffParams.values).toEqual([]);
    expect(highestParameter(compiled.itemsSql)).toBe(compiled.itemParams.values.length);
  });

  it('is not tried when the search has a filter', () => {
    for (const extra of [{ municipalityId: 5 }, { party: 'VVD' }, { from: '2020-01-01' }, { year: 2021 }, { status: 'published' }]) {
      const compiled = compileSearch(PUBLIC_ACTOR, { ...base, ...extra }, "'markt'");
      expect(compiled.cutoffSql).toBeNull();
      expect(useCandidateCutoff(compiled, CUTOFF_TEXT_MATCHES_MIN)).toBe(false);
    }
  });

  it('is tried only for words that match a mid-sized number of rows', () => {
    const compiled = compileSearch(PUBLIC_ACTOR, base, "'markt'");
    expect(useCandidateCutoff(compiled, CUTOFF_TEXT_MATCHES_MIN - 1)).toBe(false);
    expect(useCandidateCutoff(compiled, CUTOFF_TEXT_MATCHES_MAX)).toBe(true);
    expect(useCandidateCutoff(compiled, CUTOFF_TEXT_MATCHES_MAX + 1)).toBe(false);
  });

  it('falls back to the full candidate statement when the newest rows hold too few candidates', async () => {
    const compiled = compileSearch(PUBLIC_ACTOR, base, "'markt'");
    const issued: string[] = [];
    const rows = await estimatedPageRows<Record<string, string>>(compiled, 40_000, 40_000, async (sql) => {
      issued.push(sql);
      if (sql === compiled.cutoffSql) return [{ cutoff: '2026-01-01' }];
      if (sql === compiled.itemsSinceSql) return [{ found: String(compiled.candidates - 1) }];
      return [{ from: 'full' }];
    });
    expect(rows).toEqual([{ from: 'full' }]);
    expect(issued).toEqual([compiled.cutoffSql, compiled.itemsSinceSql, compiled.itemsSql]);
  });

  it('keeps the page of the newest rows when they hold all candidates', async () => {
    const compiled = compileSearch(PUBLIC_ACTOR, base, "'markt'");
    const issued: unknown[][] = [];
    const rows = await estimatedPageRows<Record<string, string>>(compiled, 40_000, 40_000, async (sql, params) => {
      issued.push(params);
      if (sql === compiled.cutoffSql) return [{ cutoff: '2026-01-01' }];
      return [{ found: String(compiled.candidates) }];
    });
    expect(rows).toEqual([{ found: String(compiled.candidates) }]);
    expect(issued[1].at(-1)).toBe('2026-01-01');
    expect(issued[0].at(-1)).toBeCloseTo((3 * compiled.candidates) / 40_000);
  });
});
