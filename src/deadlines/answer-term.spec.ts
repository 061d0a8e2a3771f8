import { computeAnswerTerm, computeDueDate, countNl, describeAnswerTerm, isOverdue, RecessPeriod } from './answer-term';
import { dutchPublicHolidays } from './holidays';
import { addDays, isValidIsoDate, localDateInAmsterdam, todayInAmsterdam } from './calendar';

describe('computeDueDate', () => {
  it.each([
    ['2024-10-02', 20, 'days', '2024-10-22'], // Amersfoort
    ['2024-10-15', 30, 'days', '2024-11-14'], // Amstelveen
    ['2024-10-15', 4, 'weeks', '2024-11-12'],
    ['2024-12-20', 3, 'weeks', '2025-01-10'],
    ['2024-02-10', 20, 'days', '2024-03-01'],
    ['2025-02-10', 20, 'days', '2025-03-02'],
  ] as const)('received %s with a term of %i %s is due %s', (received, amount, unit, due) => {
    expect(computeDueDate(received, { amount, unit })).toBe(due);
  });

  it('lets the last postponement win', () => {
    const term = { amount: 30, unit: 'days' } as const;
    expect(computeDueDate('2024-10-15', term, [])).toBe('2024-11-14');
    expect(computeDueDate('2024-10-15', term, [{ newDueOn: '2024-12-01' }])).toBe('2024-12-01');
    expect(computeDueDate('2024-10-15', term, [{ newDueOn: '2024-12-01' }, { newDueOn: '2024-11-28' }])).toBe(
      '2024-11-28',
    );
  });

  it('counts a set received at 23:30 Amsterdam summer time (CEST) from that local date', () => {
    const instant = new Date('2024-10-01T21:30:00Z'); // 23:30 CEST, already 1 October in Amsterdam, UTC agrees
    expect(localDateInAmsterdam(instant)).toBe('2024-10-01');
    expect(computeDueDate(instant, { amount: 20, unit: 'days' })).toBe('2024-10-21');
    const lateNight = new Date('2024-06-30T22:30:00Z'); // 00:30 CEST on 1 July: UTC still says 30 June
    expect(localDateInAmsterdam(lateNight)).toBe('2024-07-01');
  });

  it('counts a set received at 23:30 Amsterdam winter time (CET) from that local date', () => {
    const instant = new Date('2024-12-02T22:30:00Z'); // 23:30 CET on 2 December
    expect(localDateInAmsterdam(instant)).toBe('2024-12-02');
    expect(computeDueDate(instant, { amount: 2, unit: 'weeks' })).toBe('2024-12-16');
    const afterMidnight = new Date('2024-12-31T23:30:00Z'); // 00:30 CET on 1 January 2025
    expect(localDateInAmsterdam(afterMidnight)).toBe('2025-01-01');
    expect(todayInAmsterdam(afterMidnight)).toBe('2025-01-01');
  });

  it('refuses an invalid received date or term', () => {
    expect(() => computeDueDate('2024-02-30', { amount: 20, unit: 'days' })).toThrow(RangeError);
    expect(() => computeDueDate('2024-02-01', { amount: 1.5, unit: 'days' })).toThrow(RangeError);
  });
});

const zomer2025: RecessPeriod = { name: 'zomerreces', startsOn: '2025-07-12', endsOn: '2025-08-22' };
const kerst2025: RecessPeriod = { name: 'kerstreces', startsOn: '2025-12-20', endsOn: '2026-01-04' };

describe('computeAnswerTerm: days, weeks and werkdagen, paused by recesses', () => {
  it.each([
    // received, amount, unit, recesses, due, explanation
    ['2025-06-03', 30, 'days', [], '2025-07-03', '30 dagen na ontvangst op 3 juni 2025'],
    [
      '2025-06-03',
      45,
      'days',
      [zomer2025],
      '2025-08-29',
      '45 dagen na ontvangst op 3 juni 2025, plus 42 dagen zomerreces (12 juli 2025 – 22 augustus 2025)',
    ],
    // The whole recess after receipt: 30 days end on 3 July, before the recess; it does not count.
    ['2025-06-03', 30, 'days', [zomer2025], '2025-07-03', '30 dagen na ontvangst op 3 juni 2025'],
    // Received in the recess: the count starts the day after it.
    [
      '2025-08-01',
      1,
      'days',
      [zomer2025],
      '2025-08-23',
      '1 dag na ontvangst op 1 augustus 2025, plus 21 dagen zomerreces (12 juli 2025 – 22 augustus 2025)',
    ],
    [
      '2025-12-10',
      4,
      'weeks',
      [zomer2025, kerst2025],
      '2026-01-23',
      '4 weken na ontvangst op 10 december 2025, plus 16 dagen kerstreces (20 december 2025 – 4 januari 2026)',
    ],
    ['2025-06-03', 1, 'weeks', [], '2025-06-10', '1 week na ontvangst op 3 juni 2025'],
    // Werkdagen: Tuesday 3 June 2025 + 15 working days; Tweede Pinksterdag (9 June) does not count.
    [
      '2025-06-03',
      15,
      'workingDays',
      [],
      '2025-06-25',
      '15 werkdagen na ontvangst op 3 juni 2025, zonder weekend, feestdagen en reces',
    ],
    // Koningsdag 2025 falls on a Sunday and moves to Saturday 26 April; Bevrijdingsdag 2025 (lustrum) is off.
    [
      '2025-04-24',
      7,
      'workingDays',
      [],
      '2025-05-06',
      '7 werkdagen na ontvangst op 24 april 2025, zonder weekend, feestdagen en reces',
    ],
    [
      '2026-04-30',
      5,
      'workingDays',
      [],
      '2026-05-07',
      '5 werkdagen na ontvangst op 30 april 2026, zonder weekend, feestdagen en reces',
    ],
    [
      '2025-12-17',
      3,
      'workingDays',
      [kerst2025],
      '2026-01-05',
      '3 werkdagen na ontvangst op 17 december 2025, zonder weekend, feestdagen en reces (kerstreces 20 december 2025 – 4 januari 2026)',
    ],
    [
      '2025-06-03',
      1,
      'workingDays',
      [],
      '2025-06-04',
      '1 werkdag na ontvangst op 3 juni 2025, zonder weekend, feestdagen en reces',
    ],
  ] as const)('received %s, %i %s → due %s', (received, amount, unit, recesses, due, explanation) => {
    const result = computeAnswerTerm(received, { amount, unit }, recesses);
    expect(result.dueOn).toBe(due);
    expect(result.explanation).toBe(explanation);
    expect(computeDueDate(received, { amount, unit }, [], recesses)).toBe(due);
  });

  it('lets a postponement win over a recess', () => {
    expect(computeDueDate('2025-06-03', { amount: 45, unit: 'days' }, [{ newDueOn: '2025-09-15' }], [zomer2025])).toBe(
      '2025-09-15',
    );
  });

  it('refuses a recess that ends before it starts and a term that never ends', () => {
    expect(() =>
      computeAnswerTerm('2025-06-03', { amount: 5, unit: 'days' }, [
        { name: 'x', startsOn: '2025-07-02', endsOn: '2025-07-01' },
      ]),
    ).toThrow(RangeError);
    expect(() =>
      computeAnswerTerm('2025-06-03', { amount: 5, unit: 'days' }, [
        { name: 'x', startsOn: '2025-06-01', endsOn: '2099-01-01' },
      ]),
    ).toThrow(RangeError);
    expect(() => computeAnswerTerm('2025-06-03', { amount: 5, unit: 'months' as 'days' })).toThrow(RangeError);
  });

  it.each([
    [1, 'days', '1 dag'],
    [2, 'days', '2 dagen'],
    [1, 'weeks', '1 week'],
    [3, 'weeks', '3 weken'],
    [1, 'workingDays', '1 werkdag'],
    [15, 'workingDays', '15 werkdagen'],
  ] as const)('says %i %s as "%s"', (amount, unit, words) => {
    expect(describeAnswerTerm({ amount, unit })).toBe(words);
  });

  it('counts in Dutch', () => {
    expect(countNl(0, 'dag', 'dagen')).toBe('0 dagen');
    expect(countNl(1, 'dag', 'dagen')).toBe('1 dag');
  });
});

describe('dutchPublicHolidays', () => {
  it.each([
    [
      2025,
      [
        '2025-01-01 Nieuwjaarsdag',
        '2025-04-20 Eerste Paasdag',
        '2025-04-21 Tweede Paasdag',
        '2025-04-26 Koningsdag',
        '2025-05-05 Bevrijdingsdag',
        '2025-05-29 Hemelvaartsdag',
        '2025-06-08 Eerste Pinksterdag',
        '2025-06-09 Tweede Pinksterdag',
        '2025-12-25 Eerste Kerstdag',
        '2025-12-26 Tweede Kerstdag',
      ],
    ],
    [
      2026,
      [
        '2026-01-01 Nieuwjaarsdag',
        '2026-04-05 Eerste Paasdag',
        '2026-04-06 Tweede Paasdag',
        '2026-04-27 Koningsdag',
        '2026-05-14 Hemelvaartsdag',
        '2026-05-24 Eerste Pinksterdag',
        '2026-05-25 Tweede Pinksterdag',
        '2026-12-25 Eerste Kerstdag',
        '2026-12-26 Tweede Kerstdag',
      ],
    ],
    [
      2024,
      [
        '2024-01-01 Nieuwjaarsdag',
        '2024-03-31 Eerste Paasdag',
        '2024-04-01 Tweede Paasdag',
        '2024-04-27 Koningsdag',
        '2024-05-09 Hemelvaartsdag',
        '2024-05-19 Eerste Pinksterdag',
        '2024-05-20 Tweede Pinksterdag',
        '2024-12-25 Eerste Kerstdag',
        '2024-12-26 Tweede Kerstdag',
      ],
    ],
    [
      2013,
      [
        '2013-01-01 Nieuwjaarsdag',
        '2013-03-31 Eerste Paasdag',
        '2013-04-01 Tweede Paasdag',
        '2013-04-30 Koninginnedag',
        '2013-05-09 Hemelvaartsdag',
        '2013-05-19 Eerste Pinksterdag',
        '2013-05-20 Tweede Pinksterdag',
        '2013-12-25 Eerste Kerstdag',
        '2013-12-26 Tweede Kerstdag',
      ],
    ],
  ] as const)('lists the holidays of %i', (year, expected) => {
    expect(dutchPublicHolidays(year).map((h) => `${h.date} ${h.name}`)).toEqual(expected);
  });

  it('moves Koningsdag to Saturday when 27 April is a Sunday (2031)', () => {
    expect(dutchPublicHolidays(2031).find((h) => h.name === 'Koningsdag')?.date).toBe('2031-04-26');
  });
});

describe('isOverdue', () => {
  it.each([
    ['2024-10-22', '2024-10-22', false, false],
    ['2024-10-22', '2024-10-23', false, true],
    ['2024-10-22', '2024-10-23', true, false],
    ['2024-10-22', '2024-10-21', false, false],
    [null, '2024-10-23', false, false],
  ] as const)('due %s, today %s, settled %s → %s', (due, today, settled, overdue) => {
    expect(isOverdue(due, today, settled)).toBe(overdue);
  });
});

describe('calendar helpers', () => {
  it.each([
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
  ] as const)('addDays(%s, %i) is %s', (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['24-01-01', false],
    ['2024-04-31', false],
    ['abcd-ef-gh', false],
  ] as const)('isValidIsoDate(%s) is %s', (iso, valid) => {
    expect(isValidIsoDate(iso)).toBe(valid);
  });
});
