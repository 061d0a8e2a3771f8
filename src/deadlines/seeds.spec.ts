import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { findTimePhrases } from './phrase-finder';

const SEEDS = join(__dirname, '..', '..', 'test', 'fixtures', 'seeds');

function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix) && name.endsWith('.txt'));
  if (!file) throw new Error(`seed ${prefix} missing in ${SEEDS}`);
  return readFileSync(join(SEEDS, file), 'utf8');
}

/** Phrases with their line breaks folded, as the seeds' README quotes them. */
function folded(text: string, ref: string): Array<[string, string, string, string, string, boolean, string]> {
  return findTimePhrases(text, ref).map((p) => [
    p.phrase.replace(/\s+/g, ' '),
    p.start,
    p.end,
    p.precision,
    p.relation,
    p.approximate,
    p.deadline,
  ]);
}

describe('seed 002 (Amersfoort, answered 2024-11-05)', () => {
  const text = seed('002_');
  const phrases = folded(text, '2024-11-05');

  it('finds every time phrase of the document, in order, and nothing in its references and URLs', () => {
    expect(phrases).toEqual([
      ['Op 6 november 2018', '2018-11-06', '2018-11-06', 'day', 'in', false, '2018-11-06'],
      ['In april komend jaar', '2025-04-01', '2025-04-30', 'month', 'in', false, '2025-04-30'],
      ['vanaf februari', '2025-02-01', '2025-02-28', 'month', 'from', false, '2025-02-01'],
      ['afgelopen jaar', '2023-01-01', '2023-12-31', 'year', 'in', false, '2023-12-31'],
      ['In 2025', '2025-01-01', '2025-12-31', 'year', 'in', false, '2025-12-31'],
      ['In 2023', '2023-01-01', '2023-12-31', 'year', 'in', false, '2023-12-31'],
      ['op 27 juni 2023', '2023-06-27', '2023-06-27', 'day', 'in', false, '2023-06-27'],
      ['In het eerste kwartaal van 2025', '2025-01-01', '2025-03-31', 'quarter', 'in', false, '2025-03-31'],
      ['rond april 2025', '2025-04-01', '2025-04-30', 'month', 'in', true, '2025-04-30'],
      ['op 1 oktober jl.', '2024-10-01', '2024-10-01', 'day', 'in', false, '2024-10-01'],
      ['in 2025', '2025-01-01', '2025-12-31', 'year', 'in', false, '2025-12-31'],
      ['sinds 2019', '2019-01-01', '2019-12-31', 'year', 'from', false, '2019-01-01'],
      ['van 2019 tot en met 2023', '2019-01-01', '2023-12-31', 'year', 'in', false, '2023-12-31'],
      ['in 2025', '2025-01-01', '2025-12-31', 'year', 'in', false, '2025-12-31'],
      ['rond april 2025', '2025-04-01', '2025-04-30', 'month', 'in', true, '2025-04-30'],
    ]);
  });

  it.each([
    ['In april komend jaar', '2025-04-30'],
    ['In 2025', '2025-12-31'],
    ['In het eerste kwartaal van 2025', '2025-03-31'],
    ['rond april 2025', '2025-04-30'],
    ['in 2025', '2025-12-31'],
  ])('resolves the commitment %j to deadline %s', (phrase, deadline) => {
    expect(phrases.some(([p, , , , , , d]) => p === phrase && d === deadline)).toBe(true);
  });

  it('keeps every phrase an exact substring of the document', () => {
    for (const p of findTimePhrases(text, '2024-11-05'))
      expect(text.slice(p.index, p.index + p.phrase.length)).toBe(p.phrase);
  });
});

describe('seed 000 (Amstelveen, answered 2024-11-12)', () => {
  it('finds the spring 2025 commitment and ignores the Diversiteitsnota 2023-2026', () => {
    expect(folded(seed('000_'), '2024-11-12')).toEqual([
      ['In 2024', '2024-01-01', '2024-12-31', 'year', 'in', false, '2024-12-31'],
      ['in het voorjaar 2025', '2025-03-01', '2025-05-31', 'season', 'in', false, '2025-05-31'],
    ]);
  });
});

describe('context seeds (001, 003, 004)', () => {
  it('finds only real time phrases in the slides and the ministry note', () => {
    const phrases = ['001_', '003_', '004_'].flatMap((prefix) => folded(seed(prefix), '2024-11-12').map(([p]) => p));
    // `1/10/2024` is the date in a slide footer; glued to the next slide's title (`1/10/2024Basisopmaak`) it is not.
    expect(phrases).toEqual([
      'Eind 2021',
      '1/10/2024',
      'van 22 december 2023',
      'op 21 december 2022',
      'in 2017',
      'in 2017',
      'eind november',
      'op 12 december',
    ]);
  });
});
