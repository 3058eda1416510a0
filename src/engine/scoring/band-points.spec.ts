import { bandPoints, moduleScore, totalScore } from './band-points';

describe('bandPoints', () => {
  it.each([
    [0.5, { kpi: 'x', zeroAt: 0, fullAt: 1, points: 20 }, 10],
    [2, { kpi: 'x', zeroAt: 0, fullAt: 1, points: 20 }, 20],
    [-1, { kpi: 'x', zeroAt: 0, fullAt: 1, points: 20 }, 0],
    [0.3, { kpi: 'acos', zeroAt: 0.6, fullAt: 0.2, points: 30 }, 22.5],
    [0.1, { kpi: 'acos', zeroAt: 0.6, fullAt: 0.2, points: 30 }, 30],
    [0.9, { kpi: 'acos', zeroAt: 0.6, fullAt: 0.2, points: 30 }, 0],
  ])('%p in %o -> %p', (value, band, points) => expect(bandPoints(value, band)).toBeCloseTo(points, 10));
});

describe('scores', () => {
  const bands = [
    { kpi: 'a', zeroAt: 0, fullAt: 1, points: 60 },
    { kpi: 'b', zeroAt: 1, fullAt: 0, points: 40 },
  ];
  it('sums band points, explains each and rounds once to 2 decimals', () => {
    const m = moduleScore('ADS', bands, { a: 1 / 3, b: 0 }, true);
    expect(m.score).toBe(60);
    expect(m.points[0]).toEqual({ kpi: 'a', value: 1 / 3, zeroAt: 0, fullAt: 1, maxPoints: 60, points: 20 });
  });
  it('renormalises weights over enabled modules', () => {
    const s = [moduleScore('ADS', bands, { a: 1, b: 0 }, true), moduleScore('SELECTION', bands, { a: 0, b: 1 }, false)];
    expect(totalScore(s, { OPERATIONS: 0.3, SELECTION: 0.3, ADS: 0.2, FULFILLMENT: 0.2 })).toBe(100);
  });
});
