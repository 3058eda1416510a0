import { z } from 'zod';
import { bps, cents, coef, nonNegative, positive, unit } from './schema-units';

/**
 * Every coefficient of the market model (`model:` of a scenario, defaults
 * in seeds/model.yaml). docs/model.md gives the formulas they enter; the
 * descriptions here say what each one does and in which unit.
 */

export const SERVICE_LEVELS = ['BASIC', 'STANDARD', 'PREMIUM'] as const;
export const STOREFRONTS = ['BASIC', 'DECORATED', 'FLAGSHIP'] as const;
export const PACKAGINGS = ['STANDARD', 'COMPACT', 'PROTECTIVE'] as const;

const int = (min: number, max?: number) =>
  max === undefined ? z.number().int().min(min) : z.number().int().min(min).max(max);

const choiceSchema = z
  .object({
    noPurchase: coef.describe('Utility of not buying; higher = fewer shoppers buy at all.'),
    alpha: coef.describe('Base utility of any listing.'),
    betaPrice: coef.describe(
      'Price coefficient: utility lost per unit of ln(price ÷ reference price), × the market’s priceSensitivity.',
    ),
    betaRating: coef.describe('Utility per star of rating above reviews.priorMean.'),
    betaReviews: coef.describe('Utility per unit of ln(1 + number of reviews).'),
    betaDays: coef.describe(
      'Utility lost per day of delivery (handling + typical carrier days); about 0.031 × betaPrice, so one day ≈ a 3 % discount.',
    ),
    betaDaysLate: coef.describe('Extra utility lost per day beyond lateAfterDays.'),
    lateAfterDays: int(1, 60).describe('Days after which each further day costs betaDaysLate as well.'),
    betaQuality: coef.describe('Utility per unit of listing quality (0–1).'),
    betaLocalised: coef.describe('Utility of a listing in the market’s own language.'),
    betaPromo: coef.describe('Utility of a running promotion (besides its lower price).'),
  })
  .describe('The shopper’s choice (multinomial logit against not buying): utility terms of a listing. Plain decimals.');

const organicWeights = z
  .object({
    relevance: nonNegative.describe('Weight of keyword relevance.'),
    quality: nonNegative.describe('Weight of listing quality.'),
    rating: nonNegative.describe('Weight of rating ÷ 5.'),
    conversion: nonNegative.describe('Weight of the listing’s smoothed conversion history.'),
    service: nonNegative.describe('Weight of the store’s service score ÷ 100.'),
    price: nonNegative.describe('Weight of price competitiveness, reference ÷ (reference + price).'),
  })
  .describe('Organic score = product of factors, each raised to its weight here (0 = the factor does not count).');

const searchSchema = z
  .object({
    positionCtr: z
      .array(unit)
      .min(1)
      .max(100)
      .describe('Click share of organic positions 1, 2, … (fractions; normalised to position 1).'),
    tailDecay: unit.describe('Click share kept per position past the positionCtr table (0–1).'),
    positions: int(1, 1000).describe('Result positions a shopper may scroll to.'),
    adSlots: z.array(int(1)).describe('Result positions (1-based) that hold ads, e.g. [5, 12, 20, 28, 36].'),
    weights: organicWeights,
    baseAttractiveness: unit.describe(
      'Probability 0–1 of clicking a result that is examined (× the product’s appeal).',
    ),
    viewDecay: unit.describe(
      'Share of shoppers who scroll on from one position to the next (0–1); reach of position p = viewDecay^(p − 1).',
    ),
    rankNoise: nonNegative
      .max(5)
      .describe(
        'Personalisation: σ of per-shopper noise on a listing’s log organic score (0 = everyone sees the same order).',
      ),
  })
  .describe('Search results: click shares by position, ad slots, what ranks organic results.');

const qualitySchema = z
  .object({
    imagesMin: int(0).describe('Images below which the image score is cut further.'),
    imagesIdeal: int(1).describe('Images giving the full image score (no gain past it).'),
    weights: z
      .object({
        localised: nonNegative.describe('Weight of writing the listing in the market’s language.'),
        images: nonNegative.describe('Weight of the image score.'),
        attributes: nonNegative.describe('Weight of attributes filled ÷ the product’s attributes.'),
        title: nonNegative.describe('Weight of relevant title keywords ÷ policies.maxTitleKeywords.'),
      })
      .describe('Weights of the quality components; they add up to 1.'),
    storefront: z
      .record(
        z.enum(STOREFRONTS),
        z
          .object({
            costCents: cents.describe('Cost per round of this storefront level, US cents.'),
            qualityBonus: nonNegative.max(1).describe('Added to every listing’s quality (capped at 1).'),
          })
          .describe('One storefront level.'),
      )
      .describe('Storefront levels (BASIC, DECORATED, FLAGSHIP): cost per round and quality bonus.'),
  })
  .describe('Listing quality (0–1): a weighted sum of localisation, images, attributes and title keywords.');

const reviewsSchema = z
  .object({
    reviewProbability: unit.describe('Share of buyers who leave a review (0–1).'),
    priorMean: z
      .number()
      .min(1)
      .max(5)
      .describe('Stars a listing without reviews is assumed to have (Bayesian prior).'),
    priorWeight: nonNegative.describe('Weight of the prior, in reviews.'),
    baseStars: z.number().min(1).max(5).describe('Stars of a review before penalties and bonuses.'),
    latePenalty: nonNegative.max(4).describe('Stars taken off for a late parcel.'),
    lostPenalty: nonNegative.max(4).describe('Stars taken off for a lost parcel.'),
    nadPenalty: nonNegative.max(4).describe('Stars taken off for a parcel not as described.'),
    qualityBonus: nonNegative.max(2).describe('Stars added × listing quality.'),
  })
  .describe('Reviews and ratings.');

const riskSchema = z
  .object({
    zThreshold: positive.describe(
      'A price is flagged as dumping when its modified z-score is below −zThreshold (3.5).',
    ),
    dumpingExposure: unit.describe(
      'Share of shoppers a dumped listing is still shown to (0–1); it also may not run ads.',
    ),
    stuffingExposure: unit.describe('Share of shoppers a listing with too many title keywords is shown to (0–1).'),
    minMadBps: bps.describe(
      'Floor of the price spread (MAD), basis points of the price centre, so identical prices still reveal a dumped one.',
    ),
  })
  .describe('Price-anomaly (dumping) and keyword-stuffing control.');

const operationsSchema = z
  .object({
    holdingCostBps: bps.describe('Cost per round of stock left over, basis points of its unit cost.'),
    serviceLevels: z
      .record(
        z.enum(SERVICE_LEVELS),
        z
          .object({
            costCents: cents.describe('Cost per round of this service level, US cents.'),
            disputeFactor: nonNegative.max(2).describe('Multiplies the disputes the store’s problems open.'),
            starBonus: nonNegative.max(1).describe('Stars added to every review.'),
          })
          .describe('One customer-service level.'),
      )
      .describe('Customer-service levels (BASIC, STANDARD, PREMIUM).'),
  })
  .describe('Store operations.');

const fulfillmentSchema = z
  .object({
    shipWithinDays: int(1, 30).describe('Orders not handed over within this many days are cancelled.'),
    packaging: z
      .record(
        z.enum(PACKAGINGS),
        z
          .object({
            costCents: cents.describe('Cost per parcel, US cents.'),
            extraGrams: int(0).describe('Grams the packaging adds to each parcel.'),
            damageFactor: nonNegative.max(5).describe('Multiplies the lane’s damage rate.'),
            volumeFactor: positive.max(2).describe('Multiplies the parcel volume for volumetric weight.'),
          })
          .describe('One packaging option.'),
      )
      .describe('Packaging options (STANDARD, COMPACT, PROTECTIVE).'),
    lateDisputeBps: bps.describe('Share of late parcels whose buyer opens a not-received dispute, basis points.'),
    promise: z
      .object({
        carrierQuantile: unit.describe('Quantile of the lane’s carrier days (0.97 = 97 % of parcels within).'),
        handlingAllowanceDays: int(0, 30).describe('Handling days the promise allows for.'),
      })
      .describe(
        'The delivery promise shown to shoppers, the same for every seller on a lane: carrier days at a quantile + a handling allowance. A parcel is late when handling + carrier days exceed it.',
      ),
    warehouseHandlingDays: int(0, 30).describe(
      'Handling days of orders shipped from an overseas warehouse (the warehouse, not the team, packs them).',
    ),
    volumetricDivisor: positive.max(100_000).describe('Volumetric weight in kg = L × W × H (cm) ÷ this.'),
    minBillableGrams: int(0, 10_000).describe('Smallest billable weight of a parcel, grams.'),
  })
  .describe('Shipping: hand-over, packaging, the delivery promise, billable weight.');

/** A component of the service score that loses its points as a rate rises. */
const rateComponent = (what: string) =>
  z
    .object({
      points: nonNegative.max(100).describe('Points of this component.'),
      zeroAtRate: positive.max(1).describe('Rate (0–1) at which this component gives 0 points.'),
    })
    .describe(`${what} per order: full points at rate 0, falling linearly to 0 at zeroAtRate.`);

/** A component of the service score earned in proportion. */
const shareComponent = (what: string) =>
  z.object({ points: nonNegative.max(100).describe('Points of this component.') }).describe(what);

const serviceScoreSchema = z
  .object({
    positiveStars: z.number().min(1).max(5).describe('Reviews of at least this many stars count as positive.'),
    nonFulfilment: rateComponent('Orders cancelled unfulfilled'),
    notReceivedDisputes: rateComponent('Disputes "not received"'),
    nadDisputes: rateComponent('Disputes "not as described"'),
    nadArbitration: rateComponent('"Not as described" disputes that go to arbitration'),
    positiveReviews: shareComponent('Positive reviews: points × their share of reviews.'),
    asDescribed: shareComponent('Rating "as described": points × (store rating − 1) ÷ 4.'),
    service: shareComponent('Rating "service": points × (store rating + the service level’s starBonus − 1) ÷ 4.'),
    logistics: shareComponent('Rating "logistics": points × the share of parcels on time.'),
  })
  .describe(
    'The store’s service score (0–100): points per component; rate components lose their points linearly until zeroAtRate.',
  );

/** Every coefficient of the market model (defaults in seeds/model.yaml). */
export const modelSchema = z
  .object({
    demand: z
      .object({
        noiseSigma: nonNegative
          .max(2)
          .describe('σ of the log-normal noise on each round’s shoppers per market and category (0 = none).'),
      })
      .describe('Randomness of demand.'),
    choice: choiceSchema,
    search: searchSchema,
    quality: qualitySchema,
    ads: z
      .object({
        ticks: int(1, 96).describe('Auctions per round (budget pacing steps).'),
        minQuality: unit.describe('Lowest quality score (relevance × quality × rating ÷ 5) an ad may run with.'),
        adClickFactor: positive.max(5).describe('Clicks of an ad relative to an organic result at the same position.'),
      })
      .describe('Search-ad auctions.'),
    affiliate: z
      .object({
        ordersPerPercent: nonNegative.describe(
          'Expected affiliate orders per round per listing at 1 % commission and appeal 1 (× the round’s demand multiplier).',
        ),
        elasticity: positive.max(3).describe('Exponent of the commission percentage (below 1: diminishing returns).'),
      })
      .describe('Affiliate orders.'),
    reviews: reviewsSchema,
    risk: riskSchema,
    operations: operationsSchema,
    fulfillment: fulfillmentSchema,
    finance: z
      .object({
        overdraftInterestBps: bps.describe(
          'Interest per round on a negative cash balance at the end of the round, basis points of the overdraft.',
        ),
      })
      .describe('Money.'),
    serviceScore: serviceScoreSchema,
  })
  .describe(
    'Coefficients of the market model; give only those you change (the rest come from seeds/model.yaml). Formulas: docs/model.md.',
  );

export type ScenarioModel = z.infer<typeof modelSchema>;
export type ServiceScoreModel = ScenarioModel['serviceScore'];
