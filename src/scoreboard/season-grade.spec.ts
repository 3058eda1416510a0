import { scheduleWeights, seasonGrade } from './season-grade';
import { rankRows } from './rank';

const even = (): number => 1;

describe('seasonGrade', () => {
  it.each([
    ['the mean of equal-weight rounds', [60, 70, 80], [1, 1, 1], 70],
    ['a double-weight round counting twice', [60, 90], [1, 2], 80],
    ['a practice round (weight 0) not counting', [10, 50, 70], [0, 1, 1], 60],
    ['rounded to 2 decimals', [10, 10, 11], [1, 1, 1], 10.33],
    ['clamped to 100 when bonuses lift a round above it', [100, 110], [1, 1], 100],
    ['clamped to 0 when penalties push it below', [-30, 10], [1, 1], 0],
    ['0 when no round carries weight', [50], [0], 0],
  ])('is %s', (_what, totals, weights, grade) => {
    const rounds = totals.map((_, i) => i + 1);
    const graded = totals.map((total, i) => ({ round: i + 1, total }));
    expect(seasonGrade(graded, rounds, (r) => weights[r - 1])).toBe(grade);
  });

  it('counts a closed round without a result as 0, and adds several rows of one round', () => {
    expect(seasonGrade([{ round: 1, total: 90 }], [1, 2], even)).toBe(45);
    expect(
      seasonGrade(
        [
          { round: 1, total: 50 },
          { round: 1, total: 5 },
        ],
        [1],
        even,
      ),
    ).toBe(55);
  });
});

describe('scheduleWeights', () => {
  it('takes each round from the schedule, 1 by default', () => {
    const w = scheduleWeights([{ number: 1, weight: 0 }, { number: 2 }, { number: 3, weight: 2.5 }]);
    expect([1, 2, 3, 4].map(w)).toEqual([0, 1, 2.5, 1]);
  });
});

describe('ranks of season grades', () => {
  it('gives grades equal to 2 decimals one rank, and the next rank skips ("1, 1, 3")', () => {
    const rows = [
      { rank: 0, id: 'T01', grade: seasonGrade([{ round: 1, total: 70.004 }], [1], even) },
      { rank: 0, id: 'T02', grade: seasonGrade([{ round: 1, total: 69.996 }], [1], even) },
      { rank: 0, id: 'T03', grade: seasonGrade([{ round: 1, total: 69.99 }], [1], even) },
    ];
    const ranked = rankRows(
      rows,
      (r) => r.grade,
      (r) => r.id,
    );
    expect(ranked.map((r) => [r.id, r.rank, r.grade])).toEqual([
      ['T01', 1, 70],
      ['T02', 1, 70],
      ['T03', 3, 69.99],
    ]);
  });
});
