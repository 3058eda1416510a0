import { z } from 'zod';
import { languageTagSchema } from '../engine/decisions/language-tag';
import { bps, cents, idSchema, localizedText, nonNegative, positive, unit } from './schema-units';

/**
 * A market and what lives in it: its shoppers (demand by category), the
 * keywords they search, the shipping lanes that reach it and the
 * competitor sellers (not teams) already selling there. Seeds in
 * seeds/markets.yaml, seeds/keywords/, seeds/logistics.yaml and
 * seeds/competitors.yaml.
 */

export const marketSchema = z.object({
  code: idSchema.describe('Market code, e.g. BR; keywords, lanes and competitors name it.'),
  name: localizedText('Market name shown to teams'),
  language: languageTagSchema.describe(
    'BCP-47 language of the market’s shoppers (es, pt-BR, ru): a listing written in it is localised (higher quality and utility).',
  ),
  currency: z
    .string()
    .length(3)
    .describe('ISO 4217 code (BRL, MXN), shown to teams for information; every price in the sandbox is in US cents.'),
  demand: z
    .record(idSchema, nonNegative)
    .describe(
      'Shoppers per round per team of the class, by category id (missing or 0: no shoppers for it here). × teams in the game × season × event × trendPerRound^(round − 1) gives a round’s shoppers.',
    ),
  trendPerRound: positive.max(5).describe('Demand growth per round, a multiplier (1.02 = +2 % a round, 1 = flat).'),
  priceSensitivity: positive
    .max(10)
    .describe(
      'Multiplies the choice model’s price coefficient here (1 = the model’s; 1.3 = shoppers 30 % more price-sensitive).',
    ),
  buyerProtectionDays: z
    .number()
    .int()
    .min(1)
    .max(365)
    .describe('Days of buyer protection (60; Russia 90), shown to teams for information.'),
  compliance: z
    .object({
      maxDiscountBps: bps.describe(
        'Largest promotion discount allowed, basis points (5000 = 50 %); a decision with more is refused.',
      ),
      minPriceBpsOfMedian: bps.describe(
        'A price below this share of the price centre of the product (and its close substitutes) is flagged as dumping at once, basis points (6000 = 60 %).',
      ),
    })
    .describe('Compliant-pricing rules of the market (as in Russia); absent = none.')
    .optional(),
});

export const keywordSchema = z.object({
  id: idSchema.describe('Keyword id; listing titles, team bids and competitor bids name it.'),
  market: idSchema.describe('Code of the market whose shoppers search it.'),
  text: z.string().min(1).max(120).describe('The search words as shoppers type them, in the market’s language.'),
  gloss: z.string().min(1).max(120).describe('English meaning of text, for teams.'),
  category: idSchema.describe('Category whose shoppers search it (its market should have demand for it).'),
  searchVolume: z
    .number()
    .int()
    .min(0)
    .max(100_000_000)
    .describe(
      'Relative search volume within its market and category: the category’s shoppers are split over its keywords in proportion.',
    ),
  floorCpcCents: cents
    .min(1)
    .describe('Lowest bid per ad click, US cents (× the round’s adCompetition); a lower bid does not run.'),
  relevance: z
    .record(idSchema, unit)
    .describe(
      'Relevance 0–1 of the keyword to each product id: scales organic rank and ad quality (a team listing without the keyword in its title gets less); products not named are not shown for it.',
    ),
});

export const competitorListingSchema = z.object({
  product: idSchema.describe('Product id.'),
  priceCents: cents.min(1).describe('Price, US cents.'),
  shippingCents: cents.describe('Shipping charged to the shopper on top of the price, US cents.'),
  quality: unit.describe('Listing quality 0–1, as a team listing’s (localisation, images, attributes, title).'),
  deliveryDays: z.number().int().min(1).max(90).describe('Days from order to door that shoppers expect of it.'),
  bids: z
    .record(idSchema, cents)
    .describe('Search-ad bids by keyword id, US cents per click (× the round’s adCompetition).'),
});

export const competitorSchema = z.object({
  id: idSchema.describe('Competitor id.'),
  name: z.string().min(1).max(120).describe('Store name shown with its listings.'),
  market: idSchema.describe('Code of the market it sells in.'),
  rating: z.number().min(1).max(5).describe('Store rating, 1–5 stars.'),
  reviews: z.number().int().min(0).max(10_000_000).describe('Number of reviews behind the rating.'),
  listings: z.array(competitorListingSchema).min(1).describe('What it sells: one entry per product of the scenario.'),
});

export const SERVICE_TIERS = ['ECONOMY', 'STANDARD', 'PREMIUM', 'WAREHOUSE'] as const;
export type ServiceTier = (typeof SERVICE_TIERS)[number];

const days = z.number().int().min(1).max(120);

export const logisticsServiceSchema = z.object({
  id: idSchema.describe('Lane id; fulfilment decisions name it.'),
  market: idSchema.describe('Code of the market it delivers to.'),
  tier: z
    .enum(SERVICE_TIERS)
    .describe(
      'ECONOMY (typically 20–45 days), STANDARD (10–18), PREMIUM (5–10) or WAREHOUSE (2–7; ships stock moved into the market’s overseas warehouse). One lane per tier and market.',
    ),
  name: z.string().min(1).max(120).describe('Carrier service name shown to teams.'),
  deliveryDays: z
    .object({
      min: days.describe('Fastest carrier days.'),
      mode: days.describe('Most common carrier days; shoppers expect handling + these.'),
      max: days.describe('Slowest carrier days.'),
    })
    .describe(
      'Carrier days after hand-over, a triangular distribution (min ≤ mode ≤ max); handling days come on top. The promise shown to shoppers is a quantile of it (model.fulfillment.promise).',
    ),
  ratePerKgCents: cents.describe('Freight per billable kg, US cents.'),
  perParcelCents: cents.describe('Fee per parcel, US cents.'),
  lossBps: bps.describe('Parcels lost, basis points (100 = 1 %).'),
  damageBps: bps.describe('Parcels damaged, basis points (× the packaging’s damageFactor).'),
  transferPerKgCents: cents.describe(
    'WAREHOUSE lanes: cost per kg of moving stock into the warehouse, US cents (0 on other lanes).',
  ),
  storagePerUnitCents: cents.describe(
    'WAREHOUSE lanes: storage per unit and round in the warehouse, US cents (0 on other lanes).',
  ),
  firstOrdersFree: z
    .number()
    .int()
    .min(0)
    .max(1_000_000)
    .describe('The first N parcels of each team on this lane ship free (a programme offer; 0 = none).'),
});

export type Market = z.infer<typeof marketSchema>;
export type Keyword = z.infer<typeof keywordSchema>;
export type Competitor = z.infer<typeof competitorSchema>;
export type CompetitorListing = z.infer<typeof competitorListingSchema>;
export type LogisticsService = z.infer<typeof logisticsServiceSchema>;
