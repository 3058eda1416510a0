import { adRank, eligibleForAuction, gspPrice } from './auction';
import { takesPart } from './pacing';
import { expectedAffiliateOrders } from './affiliate';
import { fixtureModel } from '../testing/fixture-scenario';

describe('auction', () => {
  const b = { bidCents: 40, quality: 0.5, floorCpcCents: 5 };
  it.each([
    [undefined, 5],
    [10, 21],
    [100, 40],
    [0.5, 5],
  ])('next ad rank %p -> price %p', (next, price) => expect(gspPrice(b, next)).toBeCloseTo(price, 10));
  it('eligibility needs quality and the floor; rank is bid × quality', () => {
    expect(eligibleForAuction(b, 0.2)).toBe(true);
    expect(eligibleForAuction({ ...b, bidCents: 4 }, 0.2)).toBe(false);
    expect(eligibleForAuction({ ...b, quality: 0.1 }, 0.2)).toBe(false);
    expect(adRank(b)).toBe(20);
  });
});

describe('pacing', () => {
  it.each([
    ['EVEN', 0, 1000, 1, 24, true],
    ['EVEN', 100, 1000, 1, 24, false],
    ['EVEN', 100, 1000, 3, 24, true],
    ['ASAP', 999, 1000, 1, 24, true],
    ['ASAP', 1000, 1000, 24, 24, false],
    ['ASAP', 0, 0, 1, 24, false],
  ] as const)('%s spent %p of %p at tick %p/%p -> %p', (p, spent, budget, t, T, out) =>
    expect(takesPart(p, spent, budget, t, T)).toBe(out),
  );
});

describe('affiliate', () => {
  it('more commission, more orders, with diminishing returns', () => {
    const m = fixtureModel().affiliate;
    const a = expectedAffiliateOrders(m, 500, 0.6, 1);
    const b = expectedAffiliateOrders(m, 1000, 0.6, 1);
    expect(b).toBeGreaterThan(a);
    expect(b).toBeLessThan(2 * a);
    expect(expectedAffiliateOrders(m, 0, 0.6, 1)).toBe(0);
  });
});
