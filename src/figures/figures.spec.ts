import { computeFigures, FigureRows, median, quarterOf } from './figures';

const rows: FigureRows = {
  answered: [
    // Q1: 10 and 30 days (one late), Q2: 20 days on time; 2024 outside the year.
    { receivedOn: '2025-01-02', dueOn: '2025-01-22', answeredOn: '2025-01-12', holder: 'Jansen' },
    { receivedOn: '2025-02-01', dueOn: '2025-02-21', answeredOn: '2025-03-03', holder: 'Bakker' },
    { receivedOn: '2025-03-25', dueOn: '2025-04-14', answeredOn: '2025-04-14', holder: null },
    { receivedOn: '2024-12-01', dueOn: '2024-12-21', answeredOn: '2024-12-20', holder: 'Jansen' },
  ],
  postponements: [
    { sentOn: '2025-02-15', holder: 'Bakker' },
    { sentOn: '2025-07-01', holder: 'Jansen' },
  ],
  commitments: [
    { deadline: '2025-03-31', status: 'open', holder: 'Jansen' },
    { deadline: '2025-06-30', status: 'open', holder: 'Jansen' },
    { deadline: '2025-05-01', status: 'fulfilled', holder: 'Bakker' },
    { deadline: null, status: 'open', holder: 'Bakker' },
  ],
};

describe('figures per quarter', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[1, 3, 10], 3],
    [[10, 1], 5.5],
    [[4, 1, 2, 3], 2.5],
  ])('median of %j is %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it.each([
    ['2025-01-01', 1],
    ['2025-03-31', 1],
    ['2025-04-01', 2],
    ['2025-12-31', 4],
  ])('%s is in quarter %i', (iso, q) => {
    expect(quarterOf(iso)).toBe(q);
  });

  it('counts the municipality per quarter', () => {
    const figures = computeFigures(rows, 2025, '2025-05-15');
    expect(
      figures.quarters.map((q) => [q.quarter, q.answered, q.medianAnswerDays, q.answeredOnTime, q.onTimeShare]),
    ).toEqual([
      ['2025-K1', 2, 20, 1, 0.5],
      ['2025-K2', 1, 20, 1, 1],
      ['2025-K3', 0, null, 0, null],
      ['2025-K4', 0, null, 0, null],
    ]);
    expect(figures.quarters.map((q) => q.postponements)).toEqual([1, 0, 1, 0]);
    expect(figures.quarters.map((q) => [q.commitments, q.openCommitments, q.overdueCommitments])).toEqual([
      [1, 1, 1],
      [2, 1, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  it('splits per portfolio holder, alphabetical, the sets without one last', () => {
    const figures = computeFigures(rows, 2025, '2025-05-15');
    expect(figures.portfolioHolders.map((h) => h.name)).toEqual(['Bakker', 'Jansen', 'Geen portefeuillehouder']);
    const jansen = figures.portfolioHolders[1].quarters;
    expect(jansen[0]).toMatchObject({
      answered: 1,
      medianAnswerDays: 10,
      onTimeShare: 1,
      commitments: 1,
      overdueCommitments: 1,
    });
    expect(jansen[2]).toMatchObject({ postponements: 1 });
    const bakker = figures.portfolioHolders[0].quarters;
    expect(bakker[0]).toMatchObject({
      answered: 1,
      medianAnswerDays: 30,
      answeredOnTime: 0,
      onTimeShare: 0,
      postponements: 1,
    });
    expect(bakker[1]).toMatchObject({ commitments: 1, openCommitments: 0 });
  });

  it('has nothing for a year without data, and no holders', () => {
    const figures = computeFigures(rows, 2023, '2025-05-15');
    expect(figures.portfolioHolders).toEqual([]);
    expect(figures.quarters.every((q) => q.answered === 0 && q.commitments === 0)).toBe(true);
  });
});
