import { bandForRound, bandPoints, lossFactor, moduleScore, totalScore } from './band-points';

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

describe('bands per period', () => {
  it('scales a monthly target to a 7-day round', () => {
    const b = bandForRound({ kpi: 'gmvCents', zeroAt: 0, fullAt: 300000, points: 30, perDays: 30 }, 7);
    expect(b.fullAt).toBeCloseTo(70000, 6);
    expect(bandPoints(70000, b)).toBeCloseTo(30, 6);
  });
  it('leaves a band without perDays alone', () => {
    const b = { kpi: 'conversion', zeroAt: 0.01, fullAt: 0.03, points: 20 };
    expect(bandForRound(b, 7)).toBe(b);
  });
});

describe('module scores', () => {
  const bands = [
    { kpi: 'a', zeroAt: 0, fullAt: 1, points: 60 },
    { kpi: 'b', zeroAt: 1, fullAt: 0, points: 40 },
  ];
  const on = { enabled: true, played: true, roundDays: 7, notApplicable: [] };
  it('sums band points, explains each and rounds once to 2 decimals', () => {
    const m = moduleScore('ADS', bands, { a: 1 / 3, b: 0 }, on);
    expect(m.score).toBe(60);
    expect(m.points[0]).toEqual({
      kpi: 'a',
      value: 1 / 3,
      zeroAt: 0,
      fullAt: 1,
      maxPoints: 60,
      points: 20,
      counted: true,
    });
  });
  it('leaves bands of KPIs that do not apply out of earned and possible points', () => {
    const m = moduleScore('ADS', bands, { a: 0.5, b: 0 }, { ...on, notApplicable: ['b'] });
    expect(m.points[1]).toMatchObject({ counted: false, points: 0 });
    expect(m.score).toBe(50);
  });
  it('scores 0 when nothing applies, when not played and when not enabled', () => {
    expect(moduleScore('ADS', bands, { a: 1, b: 0 }, { ...on, notApplicable: ['a', 'b'] }).score).toBe(0);
    expect(moduleScore('ADS', bands, { a: 1, b: 0 }, { ...on, played: false }).score).toBe(0);
    expect(moduleScore('ADS', bands, { a: 1, b: 0 }, { ...on, enabled: false }).score).toBe(0);
  });
  it('renormalises weights over enabled modules', () => {
    const s = [
      moduleScore('ADS', bands, { a: 1, b: 0 }, on),
      moduleScore('SELECTION', bands, { a: 0, b: 1 }, { ...on, enabled: false }),
    ];
    expect(totalScore(s, { OPERATIONS: 0.3, SELECTION: 0.3, ADS: 0.2, FULFILLMENT: 0.2 })).toBe(100);
  });
});

describe('lossFactor', () => {
  it.each([
    [10000, 500000, 2, 1],
    [0, 500000, 2, 1],
    [-50000, 500000, 2, 0.8],
    [-250000, 500000, 2, 0],
    [-400000, 500000, 2, 0],
    [-250000, 500000, 0, 1],
  ])('profit %p of cash %p, aversion %p -> %p', (profit, cash, aversion, factor) =>
    expect(lossFactor(profit, cash, aversion)).toBeCloseTo(factor, 10),
  );
});
