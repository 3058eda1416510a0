import { z } from 'zod';
import { languageTagSchema } from '../engine/decisions/language-tag';
import { scoringSchema } from './scoring.schema';
import { roundWeightSchema } from './season-scoring.schema';

export { scoringSchema, type ScoreBand } from './scoring.schema';
export { DEFAULT_LUCK_REPLAYS, RANK_BY, type RankBy } from './season-scoring.schema';

/**
 * The resolved scenario: what is stored, hashed and handed to the engine.
 * A scenario *file* may draw products, markets, keywords, carriers and
 * competitors from `seeds/` and may leave the `model` block partial; the
 * loader resolves both before this schema is applied, so a stored scenario
 * is complete and independent of later edits of the seed data.
 *
 * Conventions: money in integer US cents (`…Cents`), rates in basis points
 * (`…Bps`, 10000 = 100 %), model coefficients as plain decimals.
 */

export const MODULES = ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'] as const;
export type ModuleName = (typeof MODULES)[number];
export const moduleSchema = z.enum(MODULES);

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'ids use letters, digits, "_", "." and "-" and start with a letter or digit');
const cents = z.number().int().min(0).max(1_000_000_000_00);
const bps = z.number().int().min(0).max(10_000);
const positive = z.number().positive().finite();
const nonNegative = z.number().min(0).finite();
const unit = z.number().min(0).max(1);
const coef = z.number().finite().min(-100).max(100);

export const localizedTextSchema = z.object({ en: z.string().min(1).max(200), zh: z.string().min(1).max(200) });

export const roundSpecSchema = z.object({
  number: z.number().int().min(1),
  label: z.string().max(80).optional(),
  /** Seasonal multiplier on every market's demand. */
  season: positive.max(20),
  /** Shopping-event multiplier (11.11, Black Friday); 1 when there is none. */
  event: positive.max(20),
  /** Modules teams decide this round (a tutorial unlocks one per round). */
  modules: z.array(moduleSchema).min(1),
  /**
   * Competition for ad slots this round: multiplies the competitor sellers'
   * bids and every keyword's reserve price (floor CPC); 2 = twice the usual
   * bidding, as in Black Friday week. 1 when absent.
   */
  adCompetition: positive.max(20).optional(),
  weight: roundWeightSchema,
});

export const marketSchema = z.object({
  code: idSchema,
  name: localizedTextSchema,
  /** BCP-47 language of shoppers; a listing in this language is localised. */
  language: languageTagSchema,
  currency: z.string().length(3),
  /** Shoppers per round and category before season, event, trend and noise. */
  demand: z.record(idSchema, nonNegative),
  /** Demand growth per round (1.02 = +2 % a round). */
  trendPerRound: positive.max(5),
  /** Multiplies the choice model's price coefficient in this market. */
  priceSensitivity: positive.max(10),
  buyerProtectionDays: z.number().int().min(1).max(365),
  /** Compliant-pricing rules (Russia): larger discounts are rejected. */
  compliance: z
    .object({
      maxDiscountBps: bps,
      /** Prices below this share of the category median are flagged at once. */
      minPriceBpsOfMedian: bps,
    })
    .optional(),
});

export const categorySchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  commissionBps: bps,
  affiliateBandBps: z.object({ min: bps, max: bps }),
  /** Base share of orders that turn into not-as-described claims. */
  nadRateBps: bps,
});

export const productSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  category: idSchema,
  unitCostCents: cents.min(1),
  /** Typical retail price abroad, the anchor shoppers compare with. */
  referencePriceCents: cents.min(1),
  weightGrams: z.number().int().min(1).max(100_000),
  dimensionsCm: z.object({ l: positive.max(300), w: positive.max(300), h: positive.max(300) }),
  leadTimeRounds: z.number().int().min(0).max(6),
  /** Intrinsic appeal 0..1: drives affiliate pick-up and click attractiveness. */
  appeal: unit,
  /** Attributes a complete listing fills in. */
  attributes: z.number().int().min(1).max(50),
  /** Smallest purchase order. */
  minOrderUnits: z.number().int().min(1).max(100_000),
});

export const keywordSchema = z.object({
  id: idSchema,
  market: idSchema,
  text: z.string().min(1).max(120),
  /** English gloss of `text`. */
  gloss: z.string().min(1).max(120),
  category: idSchema,
  /** Relative search volume within (market, category). */
  searchVolume: z.number().int().min(0).max(100_000_000),
  floorCpcCents: cents.min(1),
  /** Relevance 0..1 of the keyword to each product. */
  relevance: z.record(idSchema, unit),
});

export const competitorListingSchema = z.object({
  product: idSchema,
  priceCents: cents.min(1),
  shippingCents: cents,
  quality: unit,
  deliveryDays: z.number().int().min(1).max(90),
  /** Keyword id -> bid in cents for search ads. */
  bids: z.record(idSchema, cents),
});

export const competitorSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(120),
  market: idSchema,
  rating: z.number().min(1).max(5),
  reviews: z.number().int().min(0).max(10_000_000),
  listings: z.array(competitorListingSchema).min(1),
});

export const SERVICE_TIERS = ['ECONOMY', 'STANDARD', 'PREMIUM', 'WAREHOUSE'] as const;
export type ServiceTier = (typeof SERVICE_TIERS)[number];

export const logisticsServiceSchema = z.object({
  id: idSchema,
  market: idSchema,
  tier: z.enum(SERVICE_TIERS),
  name: z.string().min(1).max(120),
  /** Triangular distribution of door-to-door days after hand-over. */
  deliveryDays: z.object({
    min: z.number().int().min(1).max(120),
    mode: z.number().int().min(1).max(120),
    max: z.number().int().min(1).max(120),
  }),
  ratePerKgCents: cents,
  perParcelCents: cents,
  lossBps: bps,
  damageBps: bps,
  /** Cost per kg to move stock into the market's warehouse (WAREHOUSE only). */
  transferPerKgCents: cents,
  /** Storage per unit and round in the market's warehouse (WAREHOUSE only). */
  storagePerUnitCents: cents,
  /** The first N parcels of a team on this service ship free. */
  firstOrdersFree: z.number().int().min(0).max(1_000_000),
});

export const badgeSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  /** Multiplier on organic search weight (1.15 = +15 %). */
  searchWeight: positive.max(5),
  /** Awarded to the top `topN` teams by cumulative total after `afterRound`. */
  afterRound: z.number().int().min(1),
  topN: z.number().int().min(1),
});

export const VISIBILITY = ['NEVER', 'AFTER_CLOSE', 'AFTER_GAME'] as const;

export const policiesSchema = z.object({
  startingCashCents: cents,
  maxListings: z.number().int().min(1).max(1000),
  maxTitleKeywords: z.number().int().min(1).max(50),
  /** Languages a listing may use besides the markets' own (BCP-47, e.g. en); any other is refused. */
  listingLanguages: z.array(languageTagSchema).max(50).optional(),
  /** AUTOPILOT: a team that submitted nothing in a round is played by the ADAPTIVE bot (flagged in exports); partly silent modules carry forward. */
  absentTeam: z.enum(['CARRY_FORWARD', 'NOTHING', 'AUTOPILOT']),
  visibility: z.object({
    /** When teams may read market aggregates of a round. */
    marketReport: z.enum(VISIBILITY),
    /** When teams may read the scoreboard (other teams' totals). */
    scoreboard: z.enum(VISIBILITY),
    /** Competitor prices and ranks per keyword shown to teams in marketReport. */
    rivalListings: z.enum(VISIBILITY),
  }),
  badges: z.array(badgeSchema),
});

const SERVICE_LEVELS = ['BASIC', 'STANDARD', 'PREMIUM'] as const;
const STOREFRONTS = ['BASIC', 'DECORATED', 'FLAGSHIP'] as const;
const PACKAGINGS = ['STANDARD', 'COMPACT', 'PROTECTIVE'] as const;
export { SERVICE_LEVELS, STOREFRONTS, PACKAGINGS };

/** Every coefficient of the market model (defaults in seeds/model.yaml). */
export const modelSchema = z.object({
  demand: z.object({ noiseSigma: nonNegative.max(2) }),
  choice: z.object({
    /** Utility of not buying. */
    noPurchase: coef,
    alpha: coef,
    betaPrice: coef,
    betaRating: coef,
    betaReviews: coef,
    betaDays: coef,
    betaDaysLate: coef,
    lateAfterDays: z.number().int().min(1).max(60),
    betaQuality: coef,
    betaLocalised: coef,
    betaPromo: coef,
  }),
  search: z.object({
    /** Click share of organic positions 1..n (normalised to the first). */
    positionCtr: z.array(unit).min(1).max(100),
    /** Decay per position past the table. */
    tailDecay: unit,
    /** Positions a shopper may scroll to. */
    positions: z.number().int().min(1).max(1000),
    /** Result positions (1-based) that hold ads. */
    adSlots: z.array(z.number().int().min(1)),
    /** Organic score = product of factors raised to these weights. */
    weights: z.object({
      relevance: nonNegative,
      quality: nonNegative,
      rating: nonNegative,
      conversion: nonNegative,
      service: nonNegative,
      price: nonNegative,
    }),
    /** Base attractiveness (click probability given examination). */
    baseAttractiveness: unit,
    /** Share of shoppers who scroll on from one position to the next (reach of position p = viewDecay^(p−1)). */
    viewDecay: unit,
    /**
     * Personalisation of results: σ of the noise on a listing's log organic
     * score per shopper (0 = everyone sees the same order; exact ties are then shared).
     */
    rankNoise: nonNegative.max(5),
  }),
  quality: z.object({
    imagesMin: z.number().int().min(0),
    imagesIdeal: z.number().int().min(1),
    weights: z.object({ localised: nonNegative, images: nonNegative, attributes: nonNegative, title: nonNegative }),
    storefront: z.record(z.enum(STOREFRONTS), z.object({ costCents: cents, qualityBonus: nonNegative.max(1) })),
  }),
  ads: z.object({
    ticks: z.number().int().min(1).max(96),
    /** Minimum quality score to win an ad slot. */
    minQuality: unit,
    /** Share of clicks on an ad slot relative to an organic listing at the same position. */
    adClickFactor: positive.max(5),
  }),
  affiliate: z.object({
    /** Extra orders per round per listing at 1 % commission and appeal 1. */
    ordersPerPercent: nonNegative,
    /** Diminishing returns of the commission rate (exponent). */
    elasticity: positive.max(3),
  }),
  reviews: z.object({
    reviewProbability: unit,
    priorMean: z.number().min(1).max(5),
    priorWeight: nonNegative,
    baseStars: z.number().min(1).max(5),
    latePenalty: nonNegative.max(4),
    lostPenalty: nonNegative.max(4),
    nadPenalty: nonNegative.max(4),
    qualityBonus: nonNegative.max(2),
  }),
  risk: z.object({
    /** A listing is flagged when its modified z-score is below −zThreshold. */
    zThreshold: positive,
    /** Exposure (impressions) multiplier of a flagged listing; flagged listings also lose their ads. */
    dumpingExposure: unit,
    stuffingExposure: unit,
    /** Floor of the MAD, as bps of the distribution's centre, so identical prices still reveal a dumped one. */
    minMadBps: bps,
  }),
  operations: z.object({
    holdingCostBps: bps,
    serviceLevels: z.record(
      z.enum(SERVICE_LEVELS),
      z.object({ costCents: cents, disputeFactor: nonNegative.max(2), starBonus: nonNegative.max(1) }),
    ),
  }),
  fulfillment: z.object({
    /** Orders not handed over within this many days are cancelled. */
    shipWithinDays: z.number().int().min(1).max(30),
    packaging: z.record(
      z.enum(PACKAGINGS),
      z.object({
        costCents: cents,
        extraGrams: z.number().int().min(0),
        damageFactor: nonNegative.max(5),
        volumeFactor: positive.max(2),
      }),
    ),
    /** Share of late orders that open a not-received dispute. */
    lateDisputeBps: bps,
    /**
     * The delivery promise shown to shoppers: the lane's carrier days at this
     * quantile (0.97 = 97 % of parcels within) plus the handling days allowed.
     * A parcel is late when handling + carrier days exceed the promise.
     */
    promise: z.object({ carrierQuantile: unit, handlingAllowanceDays: z.number().int().min(0).max(30) }),
    /** Handling days of orders shipped from an overseas warehouse (the warehouse, not the team, packs them). */
    warehouseHandlingDays: z.number().int().min(0).max(30),
    /** Billable weight = max(actual, L×W×H / volumetricDivisor kg, minBillableGrams). */
    volumetricDivisor: positive.max(100_000),
    minBillableGrams: z.number().int().min(0).max(10_000),
  }),
  finance: z.object({
    /** Interest per round on a negative cash balance at the end of the round, in bps of the overdraft. */
    overdraftInterestBps: bps,
  }),
  /** The store service score (0..100): points per component; rate components reach 0 at `zeroAtRate`. */
  serviceScore: z.object({
    /** Reviews of at least this many stars count as positive. */
    positiveStars: z.number().min(1).max(5),
    nonFulfilment: z.object({ points: nonNegative.max(100), zeroAtRate: positive.max(1) }),
    notReceivedDisputes: z.object({ points: nonNegative.max(100), zeroAtRate: positive.max(1) }),
    nadDisputes: z.object({ points: nonNegative.max(100), zeroAtRate: positive.max(1) }),
    nadArbitration: z.object({ points: nonNegative.max(100), zeroAtRate: positive.max(1) }),
    positiveReviews: z.object({ points: nonNegative.max(100) }),
    asDescribed: z.object({ points: nonNegative.max(100) }),
    service: z.object({ points: nonNegative.max(100) }),
    logistics: z.object({ points: nonNegative.max(100) }),
  }),
});
export type ServiceScoreModel = z.infer<typeof modelSchema>['serviceScore'];

export const scenarioSchema = z.object({
  id: idSchema,
  version: z.number().int().min(1),
  title: localizedTextSchema,
  description: z.string().max(4000).optional(),
  /** Default seed of games created from this scenario. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  rounds: z.object({
    count: z.number().int().min(1).max(52),
    /** Days one round stands for. */
    days: z.number().int().min(1).max(90),
    schedule: z.array(roundSpecSchema).min(1),
  }),
  markets: z.array(marketSchema).min(1),
  categories: z.array(categorySchema).min(1),
  products: z.array(productSchema).min(1),
  keywords: z.array(keywordSchema).min(1),
  competitors: z.array(competitorSchema),
  logistics: z.array(logisticsServiceSchema).min(1),
  model: modelSchema,
  scoring: scoringSchema,
  policies: policiesSchema,
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type Market = z.infer<typeof marketSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Product = z.infer<typeof productSchema>;
export type Keyword = z.infer<typeof keywordSchema>;
export type Competitor = z.infer<typeof competitorSchema>;
export type CompetitorListing = z.infer<typeof competitorListingSchema>;
export type LogisticsService = z.infer<typeof logisticsServiceSchema>;
export type RoundSpec = z.infer<typeof roundSpecSchema>;
export type ScenarioModel = z.infer<typeof modelSchema>;
export type Badge = z.infer<typeof badgeSchema>;
