import { computeDueDate, isOverdue } from './answer-term';
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
