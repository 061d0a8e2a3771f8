import { describeDeadline, describeDistance, formatDutchDate, registerDeadlineHelpers } from './render';

describe('formatDutchDate', () => {
  it.each([
    ['2025-01-01', '1 januari 2025'],
    ['2025-02-28', '28 februari 2025'],
    ['2024-03-09', '9 maart 2024'],
    ['2025-04-30', '30 april 2025'],
    ['2025-05-01', '1 mei 2025'],
    ['2025-06-15', '15 juni 2025'],
    ['2025-07-04', '4 juli 2025'],
    ['2025-08-31', '31 augustus 2025'],
    ['2025-09-01', '1 september 2025'],
    ['2025-10-10', '10 oktober 2025'],
    ['2025-11-11', '11 november 2025'],
    ['2024-12-31', '31 december 2024'],
    ['2024-02-29', '29 februari 2024'],
  ])('writes %s as %j', (iso, dutch) => {
    expect(formatDutchDate(iso)).toBe(dutch);
  });

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatDutchDate('binnenkort')).toBe('binnenkort');
  });
});

describe('describeDistance', () => {
  it.each([
    ['2025-04-09', '2025-04-09', 'vandaag'],
    ['2025-04-10', '2025-04-09', 'morgen'],
    ['2025-04-08', '2025-04-09', '1 dag te laat'],
    ['2025-04-11', '2025-04-09', 'over 2 dagen'],
    ['2025-04-15', '2025-04-09', 'over 6 dagen'],
    ['2025-04-16', '2025-04-09', 'over 1 week'],
    ['2025-04-22', '2025-04-09', 'over 1 week'],
    ['2025-04-23', '2025-04-09', 'over 2 weken'],
    ['2025-04-30', '2025-04-09', 'over 3 weken'],
    ['2025-05-09', '2025-04-09', 'over 4 weken'],
    ['2025-05-10', '2025-04-09', 'over 1 maand'],
    ['2025-07-09', '2025-04-09', 'over 3 maanden'],
    ['2026-04-09', '2025-04-09', 'over 1 jaar'],
    ['2027-06-01', '2025-04-09', 'over 2 jaar'],
    ['2025-04-07', '2025-04-09', '2 dagen te laat'],
    ['2025-04-02', '2025-04-09', '1 week te laat'],
    ['2025-03-19', '2025-04-09', '3 weken te laat'],
    ['2025-03-01', '2025-04-09', '1 maand te laat'],
    ['2025-05-31', '2025-08-01', '2 maanden te laat'],
    ['2024-02-29', '2025-03-01', '1 jaar te laat'],
    ['2024-12-31', '2025-01-01', '1 dag te laat'],
  ])('deadline %s seen on %s reads %j', (deadline, today, text) => {
    expect(describeDistance(deadline, today)).toBe(text);
  });
});

describe('describeDeadline', () => {
  it('joins phrase, deadline and distance', () => {
    expect(describeDeadline({ phrase: 'rond april 2025', deadline: '2025-04-30' }, '2025-04-09')).toBe(
      'rond april 2025 · uiterlijk 30 april 2025 · over 3 weken',
    );
    expect(describeDeadline({ phrase: 'voorjaar 2025', deadline: '2025-05-31' }, '2025-08-01')).toBe(
      'voorjaar 2025 · uiterlijk 31 mei 2025 · 2 maanden te laat',
    );
  });

  it('folds line breaks inside a phrase taken from a document', () => {
    expect(describeDeadline({ phrase: 'in \n2025', deadline: '2025-12-31' }, '2025-12-31')).toBe(
      'in 2025 · uiterlijk 31 december 2025 · vandaag',
    );
  });

  it('shows the deadline alone when the commitment has no phrase', () => {
    expect(describeDeadline({ phrase: null, deadline: '2025-04-10' }, '2025-04-09')).toBe(
      'uiterlijk 10 april 2025 · morgen',
    );
  });

  it('says "geen termijn" without a deadline, keeping a vague phrase as written', () => {
    expect(describeDeadline({ phrase: null, deadline: null }, '2025-04-09')).toBe('geen termijn');
    expect(describeDeadline({ phrase: '', deadline: null }, '2025-04-09')).toBe('geen termijn');
    expect(describeDeadline({ phrase: 'binnenkort', deadline: null }, '2025-04-09')).toBe('binnenkort · geen termijn');
  });
});

describe('registerDeadlineHelpers', () => {
  const options = { hash: {}, data: {}, fn: () => '', inverse: () => '' };
  function registered(): Map<string, (...args: unknown[]) => unknown> {
    const helpers = new Map<string, (...args: unknown[]) => unknown>();
    registerDeadlineHelpers({ registerHelper: (name, fn) => helpers.set(name, fn) }, () => '2025-04-09');
    return helpers;
  }

  it('registers dutchDate, deadline and distance', () => {
    expect([...registered().keys()].sort()).toEqual(['deadline', 'distance', 'dutchDate']);
  });

  it('renders like the functions, ignoring the Handlebars options argument', () => {
    const h = registered();
    expect(h.get('dutchDate')?.('2025-04-30', options)).toBe('30 april 2025');
    expect(h.get('distance')?.('2025-04-30', options)).toBe('over 3 weken');
    expect(h.get('deadline')?.({ phrase: 'rond april 2025', deadline: '2025-04-30' }, options)).toBe(
      'rond april 2025 · uiterlijk 30 april 2025 · over 3 weken',
    );
    expect(h.get('deadline')?.('rond april 2025', '2025-04-30', options)).toBe(
      'rond april 2025 · uiterlijk 30 april 2025 · over 3 weken',
    );
    expect(h.get('deadline')?.({ phrase: null, deadline: null }, options)).toBe('geen termijn');
    expect(h.get('dutchDate')?.(null, options)).toBe('');
  });
});
