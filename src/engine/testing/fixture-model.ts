/**
 * The market model of the engine's fixture scenario: coefficients
 * calibrated on docs/market-facts.md (conversion per click 1–4 %, ad CTR
 * under 1 %, CPC $0.05–0.40). Bundled scenarios may copy it.
 */
import type { Scenario } from '../../scenario/scenario.schema';

export function fixtureModel(): Scenario['model'] {
  return {
    demand: { noiseSigma: 0.15 },
    choice: {
      noPurchase: 0,
      alpha: -3.6,
      betaPrice: 2.2,
      betaRating: 0.8,
      betaReviews: 0.08,
      betaDays: 0.068,
      betaDaysLate: 0.01,
      lateAfterDays: 7,
      betaQuality: 1.0,
      betaLocalised: 0.5,
      betaPromo: 0.15,
    },
    search: {
      positionCtr: [0.423, 0.119, 0.084, 0.06, 0.049, 0.04, 0.034, 0.03, 0.028, 0.03],
      tailDecay: 0.92,
      positions: 60,
      adSlots: [5, 12, 20, 28, 36],
      weights: { relevance: 1, quality: 1, rating: 1, conversion: 0.5, service: 0.5, price: 1 },
      baseAttractiveness: 0.35,
      viewDecay: 0.97,
      rankNoise: 0.15,
    },
    quality: {
      imagesMin: 3,
      imagesIdeal: 8,
      weights: { localised: 0.3, images: 0.25, attributes: 0.25, title: 0.2 },
      storefront: {
        BASIC: { costCents: 0, qualityBonus: 0 },
        DECORATED: { costCents: 2000, qualityBonus: 0.04 },
        FLAGSHIP: { costCents: 8000, qualityBonus: 0.08 },
      },
    },
    ads: { ticks: 24, minQuality: 0.15, adClickFactor: 0.8 },
    affiliate: { ordersPerPercent: 0.6, elasticity: 0.7 },
    reviews: {
      reviewProbability: 0.2,
      priorMean: 4.5,
      priorWeight: 10,
      baseStars: 4.6,
      latePenalty: 1.0,
      lostPenalty: 3.0,
      nadPenalty: 2.5,
      qualityBonus: 0.3,
    },
    risk: { zThreshold: 3.5, dumpingExposure: 0.3, stuffingExposure: 0.5, minMadBps: 1000 },
    finance: { overdraftInterestBps: 150 },
    operations: {
      holdingCostBps: 200,
      serviceLevels: {
        BASIC: { costCents: 0, disputeFactor: 1.2, starBonus: 0 },
        STANDARD: { costCents: 3000, disputeFactor: 1.0, starBonus: 0.1 },
        PREMIUM: { costCents: 10000, disputeFactor: 0.7, starBonus: 0.2 },
      },
    },
    fulfillment: {
      shipWithinDays: 7,
      packaging: {
        STANDARD: { costCents: 10, extraGrams: 50, damageFactor: 1, volumeFactor: 1 },
        COMPACT: { costCents: 6, extraGrams: 20, damageFactor: 1.6, volumeFactor: 0.8 },
        PROTECTIVE: { costCents: 30, extraGrams: 120, damageFactor: 0.4, volumeFactor: 1.25 },
      },
      lateDisputeBps: 2000,
      promise: { carrierQuantile: 0.97, handlingAllowanceDays: 2 },
      warehouseHandlingDays: 1,
      volumetricDivisor: 5000,
      minBillableGrams: 50,
    },
    serviceScore: {
      positiveStars: 4,
      nonFulfilment: { points: 5, zeroAtRate: 0.1 },
      notReceivedDisputes: { points: 5, zeroAtRate: 0.05 },
      nadDisputes: { points: 10, zeroAtRate: 0.05 },
      nadArbitration: { points: 15, zeroAtRate: 0.02 },
      positiveReviews: { points: 10 },
      asDescribed: { points: 30 },
      service: { points: 15 },
      logistics: { points: 10 },
    },
  };
}
