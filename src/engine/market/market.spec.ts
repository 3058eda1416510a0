import { anomalyJudge, checkPriceAnomaly, median } from './price-anomaly';
import { conversionFactor, organicScore, pageLayout, positionTheta, priceFactor } from './search';
import { utility } from './choice';
import { fixtureModel } from '../testing/fixture-scenario';

const model = fixtureModel();

describe('price anomaly', () => {
  it.each([
    [[1, 2, 3], 2],
    [[4, 1, 3, 2], 2.5],
  ])('median of %p', (xs, m) => expect(median(xs)).toBe(m));
  const rules = { zThreshold: model.risk.zThreshold, minMad: model.risk.minMadBps / 10000 };
  // ratios of price to the product's reference price
  it.each([
    [0.1, [0.9, 0.95, 1.05, 1.1], undefined, true],
    [0.85, [0.9, 0.95, 1.05, 1.1], undefined, false],
    [0.39, [0.9, 0.95, 1.05, 1.1], 0.4, true],
    [0.9, [0.9, 0.95, 1.05, 1.1], 0.4, false],
    [0.4, [], undefined, true],
    [0.6, [], undefined, false],
  ])('ratio %p among %p (compliance floor %p) flagged=%p', (ratio, others, floor, flag) => {
    expect(checkPriceAnomaly(ratio, others, { ...rules, minShareOfCentre: floor }).flagged).toBe(flag);
  });
  it('a listing at its own reference price is never flagged, whatever the others charge', () => {
    for (const others of [[3, 3, 3], [10], [1.5, 2, 2.5, 3], [0.2, 0.2]])
      expect(checkPriceAnomaly(1, others, rules).flagged).toBe(false);
  });
  it('a large group is judged once: a dumper among many is flagged, the reference price never', () => {
    const many = [...Array.from({ length: 40 }, (_, i) => 0.9 + (i % 5) * 0.05), 0.4];
    const judge = anomalyJudge(many, rules);
    expect(judge(0.4).flagged).toBe(true);
    expect(judge(1).flagged).toBe(false);
    expect(judge(0.9).flagged).toBe(false);
  });
  it('one dumped listing among identical prices is still flagged (the MAD floor)', () => {
    expect(checkPriceAnomaly(0.4, [1, 1, 1], rules).flagged).toBe(true);
  });
});

describe('search', () => {
  it('θ is 1 at the top, decays and follows the table', () => {
    expect(positionTheta(model.search, 1)).toBe(1);
    expect(positionTheta(model.search, 2)).toBeCloseTo(0.119 / 0.423, 10);
    expect(positionTheta(model.search, 12)).toBeLessThan(positionTheta(model.search, 10));
  });
  it('ad slots are reserved in the page', () => {
    const layout = pageLayout(model.search);
    expect(layout.ads).toEqual([5, 12, 20, 28, 36]);
    expect(layout.organic.length).toBe(model.search.positions - 5);
    expect(layout.organic.slice(0, 5)).toEqual([1, 2, 3, 4, 6]);
  });
  it('organic score is monotone in each factor', () => {
    const f = { relevance: 0.8, quality: 0.7, rating: 0.9, conversion: 0.5, service: 0.9, price: 0.5 };
    for (const k of Object.keys(f) as (keyof typeof f)[])
      expect(organicScore(model.search.weights, { ...f, [k]: f[k] + 0.05 })).toBeGreaterThan(
        organicScore(model.search.weights, f),
      );
    expect(priceFactor(500, 1000)).toBeGreaterThan(priceFactor(1000, 1000));
    expect(conversionFactor(10, 100, 0.03, 10)).toBeGreaterThan(conversionFactor(1, 100, 0.03, 10));
  });
  it('utility falls with price and days', () => {
    const x = {
      priceCents: 1000,
      referencePriceCents: 1000,
      rating: 4.5,
      reviews: 0,
      deliveryDays: 10,
      quality: 0.8,
      localised: true,
      promo: false,
      ratingCenter: 4.5,
    };
    expect(utility(model.choice, 1, { ...x, priceCents: 1200 })).toBeLessThan(utility(model.choice, 1, x));
    expect(utility(model.choice, 1, { ...x, deliveryDays: 12 })).toBeLessThan(utility(model.choice, 1, x));
  });
});
