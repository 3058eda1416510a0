import { billableGrams, paidParcels, parcelCostCents } from './billing';
import { handlingDaysFor, lateProbability, promisedDays, triangularCdf, triangularQuantile } from './delivery';
import { bayesianRating, reviewStars } from './rating';
import { neutralServiceScore, serviceScore } from './service-score';
import { fixtureScenario } from '../testing/fixture-scenario';

const s = fixtureScenario();
const product = s.products[0];
const std = s.model.fulfillment.packaging.STANDARD;

describe('billing', () => {
  it.each([
    [{ ...product, weightGrams: 10, dimensionsCm: { l: 1, w: 1, h: 1 } }, 60],
    [{ ...product, weightGrams: 80, dimensionsCm: { l: 20, w: 10, h: 3 } }, 130],
    [{ ...product, weightGrams: 100, dimensionsCm: { l: 30, w: 20, h: 10 } }, 1200],
  ])('billable weight %#', (p, grams) => expect(billableGrams(p, std, s.model.fulfillment)).toBeCloseTo(grams, 6));
  it('costs kg × rate + parcel fee; first parcels free', () => {
    expect(parcelCostCents(s.logistics[1], 1000)).toBe(210 + 180);
    expect(paidParcels(15, 0, 10)).toBe(5);
    expect(paidParcels(15, 12, 10)).toBe(15);
  });
});

describe('delivery', () => {
  const f = s.model.fulfillment; // promise: 97th percentile of carrier days + 2 handling days
  const lanes = [
    { min: 20, mode: 28, max: 45 },
    { min: 10, mode: 14, max: 18 },
    { min: 5, mode: 7, max: 10 },
    { min: 2, mode: 3, max: 7 },
  ];
  it.each(lanes)('quantile inverts the cdf on %o', (d) => {
    for (const q of [0.05, 0.3, 0.5, 0.9, 0.97]) expect(triangularCdf(triangularQuantile(q, d), d)).toBeCloseTo(q, 10);
  });
  it.each(lanes)('handling within the allowance is late at most 1 − quantile, on every lane %o', (d) => {
    expect(promisedDays(f, d)).toBeCloseTo(triangularQuantile(0.97, d) + 2, 10);
    expect(lateProbability(f, 2, d)).toBeCloseTo(0.03, 10);
    expect(lateProbability(f, 1, d)).toBeLessThan(0.03);
  });
  it.each(lanes)('each extra handling day makes lateness likelier on %o', (d) => {
    const late = [1, 2, 3, 4, 5, 6].map((h) => lateProbability(f, h, d));
    for (let i = 1; i < late.length; i += 1) expect(late[i]).toBeGreaterThan(late[i - 1]);
  });
  it('warehouse stock is handled by the warehouse, other stock by the team', () => {
    const wh = s.logistics.find((x) => x.tier === 'WAREHOUSE');
    const std = s.logistics.find((x) => x.tier === 'STANDARD');
    expect(handlingDaysFor(f, wh, 5)).toBe(f.warehouseHandlingDays);
    expect(handlingDaysFor(f, std, 5)).toBe(5);
  });
  it('cdf is monotone', () => {
    const d = { min: 2, mode: 3, max: 7 };
    expect(triangularCdf(2, d)).toBe(0);
    expect(triangularCdf(3, d)).toBeCloseTo(0.2, 10);
    expect(triangularCdf(7, d)).toBe(1);
  });
});

describe('rating and service score', () => {
  it.each([
    [0, 0, 4.5],
    [50, 10, 4.75],
    [10, 10, 2.75],
  ])('bayesian rating of sum %p count %p', (sum, count, r) =>
    expect(bayesianRating(sum, count, s.model.reviews)).toBeCloseTo(r, 10),
  );
  it('stars are clamped and penalised', () => {
    expect(reviewStars(s.model.reviews, 'OK', 1, 0.2)).toBe(5);
    expect(reviewStars(s.model.reviews, 'LOST', 0, 0)).toBeCloseTo(1.6, 10);
  });
  it('service score falls with disputes', () => {
    const base = {
      orders: 100,
      cancelled: 0,
      notReceivedDisputes: 0,
      nadDisputes: 0,
      nadArbitrations: 0,
      reviews: 20,
      positiveReviews: 20,
      rating: 4.8,
      serviceStarBonus: 0,
      onTimeRate: 1,
    };
    expect(serviceScore({ ...base, nadDisputes: 3 }, s.model.serviceScore)).toBeLessThan(
      serviceScore(base, s.model.serviceScore),
    );
    expect(neutralServiceScore(4.5, s.model.serviceScore)).toBeGreaterThan(80);
  });
});
