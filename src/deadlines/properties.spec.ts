import fc from 'fast-check';
import { isValidIsoDate } from './calendar';
import { findTimePhrases } from './phrase-finder';
import type { TimePhrase } from './types';

/** CPU time of this process (ms): a bound that other work on a busy machine cannot break. */
function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

const WORDS = [
  'in',
  'op',
  'rond',
  'voor',
  'vóór',
  'na',
  'tot',
  'en',
  'met',
  't/m',
  'uiterlijk',
  'vanaf',
  'per',
  'van',
  'tussen',
  'of',
  'het',
  'de',
  'eind',
  'begin',
  'medio',
  'jl.',
  'a.s.',
  'week',
  'jaar',
  'maand',
  'kwartaal',
  'eerste',
  'tweede',
  'helft',
  'halfjaar',
  'april',
  'februari',
  'dec.',
  'voorjaar',
  'zomer',
  'winter',
  'zomerreces',
  'dit',
  'deze',
  'volgend',
  'komende',
  'afgelopen',
  'binnen',
  'twee',
  'weken',
  'dagen',
  'Q1',
  'H2',
  '1e',
  'verwacht',
  '2025',
  '2024/2025',
  '2023-2026',
  '29',
  '31',
  '1',
  '53',
  '1-4-2025',
  '2025-02-29',
  '2018-115M',
  '€',
  '%',
  '.',
  ',',
  '(',
  ')',
  '\n\n',
  'https://x.nl/2025/01',
  'ca.',
  '1/10',
  '31/4',
  '1/10/2024',
  '29/2/2025',
  '24/7',
  '2024/085',
  '/',
  '1-5',
  '5',
  '–',
  '-',
  'Q3',
  'Q1',
  'kwartaal',
  'jl.',
  'gevallen',
  'woningen',
  'heeft',
  'is',
  'gezonden',
  'stuurden',
  'was',
  'zal',
  'dat',
  'Dat',
  'zodra',
  'sinds',
  'dinsdag',
];

const dutchish = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((words) => words.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), dutchish);
const reference = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('findTimePhrases properties', () => {
  it('never throws, keeps start <= end, and reports exact substrings', () => {
    fc.assert(
      fc.property(anyText, reference, (text, ref) => {
        let last = -1;
        for (const p of findTimePhrases(text, ref)) {
          expect(text.slice(p.index, p.index + p.phrase.length)).toBe(p.phrase);
          expect(p.start <= p.end).toBe(true);
          expect(isValidIsoDate(p.start) && isValidIsoDate(p.end) && isValidIsoDate(p.deadline)).toBe(true);
          expect(p.index).toBeGreaterThan(last);
          last = p.index + p.phrase.length - 1;
        }
      }),
      { numRuns: 2000 },
    );
  });

  /** Under five CPU seconds for 1 MB: a quadratic engine takes minutes. CPU time, so a busy machine does not break it. */
  function expectLinear(make: (bytes: number) => string, ref: string): TimePhrase[] {
    const large = make(1_000_000);
    const started = cpuMs();
    const phrases = findTimePhrases(large, ref);
    expect(cpuMs() - started).toBeLessThan(5000);
    return phrases;
  }

  const repeated = (chunk: string) => (bytes: number) => chunk.repeat(Math.ceil(bytes / chunk.length));

  it('handles a 1 MB text in under five CPU seconds', () => {
    const chunk = 'In het eerste kwartaal van 2025 evalueren we de motie 2018-115M; rond april 2025 volgt 2.000 euro. ';
    const phrases = expectLinear(repeated(chunk), '2024-11-05');
    expect(phrases.length).toBe(2 * Math.ceil(1_000_000 / chunk.length));
  });

  it('handles a 1 MB text of year-less past phrases, slash dates and day ranges in under five CPU seconds', () => {
    const chunk =
      'U heeft eind november een brief gezonden, op 1/10 jl. gevolgd door overleg van 1 t/m 5 april in de week van 14 april en eind Q1 2025. ';
    const phrases = expectLinear(repeated(chunk), '2024-12-10');
    expect(phrases.length).toBe(5 * Math.ceil(1_000_000 / chunk.length));
    // A past clause (`heeft … gezonden`): the year-less phrase looks back (dates.md).
    expect(phrases[0]).toMatchObject({ phrase: 'eind november', start: '2024-11-21' });
  });

  it.each(['1/', '1-', '12.'])('handles a 1 MB chain of %j without quadratic work', (link) => {
    expect(expectLinear(repeated(link), '2024-11-05')).toEqual([]);
  });

  it('handles a 1 MB text of relation words and numbers without backtracking', () => {
    expectLinear(repeated('voor tot en met in van 1 2 '), '2024-11-05');
  });

  it('handles a 1 MB sentence of year-less past clauses without rescanning them', () => {
    // One sentence, no full stop: every phrase asks for its clause; the clauses are read once.
    expectLinear(repeated('in maart is de meting uitgevoerd en in april volgt de evaluatie, '), '2026-06-02');
  });
});
