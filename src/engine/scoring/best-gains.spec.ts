import { bestGains } from './best-gains';
import { moduleScore } from './band-points';

describe('bestGains', () => {
  const bands = [
    { kpi: 'acos', zeroAt: 0.6, fullAt: 0.2, points: 30 },
    { kpi: 'roas', zeroAt: 1, fullAt: 5, points: 25 },
    { kpi: 'budgetUse', zeroAt: 0.4, fullAt: 0.85, points: 15 },
    { kpi: 'affiliateReturn', zeroAt: 1, fullAt: 4, points: 15 },
  ];
  const on = { enabled: true, played: true, roundDays: 7, notApplicable: ['affiliateReturn'] };

  it('names the two bands furthest from full points, in module points over the bands that counted', () => {
    const m = moduleScore('ADS', bands, { acos: 0.4, roas: 5, budgetUse: 0.4, affiliateReturn: 0 }, on);
    // counted: 30 + 25 + 15 = 70 possible; acos misses 15, budgetUse 15, roas 0
    expect(bestGains(m)).toEqual([
      { kpi: 'acos', from: 0.4, to: 0.2, gain: 21.43 },
      { kpi: 'budgetUse', from: 0.4, to: 0.85, gain: 21.43 },
    ]);
  });

  it('suggests nothing for a band at full points, one that did not count, or a module not enabled', () => {
    const full = moduleScore('ADS', bands, { acos: 0.1, roas: 6, budgetUse: 0.9, affiliateReturn: 0 }, on);
    expect(bestGains(full)).toEqual([]);
    const off = moduleScore(
      'ADS',
      bands,
      { acos: 1, roas: 0, budgetUse: 0, affiliateReturn: 0 },
      { ...on, enabled: false },
    );
    expect(bestGains(off)).toEqual([]);
  });
});
