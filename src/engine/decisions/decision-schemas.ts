/**
 * The decision contract, written once: the structural (zod) schemas of the
 * four module payloads, strict (an unknown field is an error). The engine's
 * decision types are derived from them (types.ts), checkDecision parses with
 * them, and a spec holds the GraphQL inputs to the same fields. A checked
 * decision is stored as its canonical JSON (canonicalJson sorts the keys), so
 * the order in which fields are listed here does not matter.
 */
import { z } from 'zod';
import { DECISION_LIMITS } from './decision-limits';
import { languageTagSchema } from './language-tag';

const int = z.number().int();
const id = z.string().min(1).max(64);
const units = int.min(0).max(DECISION_LIMITS.maxUnits);

export const priceSchema = z.strictObject({
  product: id,
  market: id,
  /** List price shown to shoppers, before the promotion discount. */
  priceCents: int.min(1),
  /** Promotion discount 0..10000 bps. */
  discountBps: int.min(0).max(10000),
});

export const purchaseSchema = z.strictObject({ product: id, units });

export const operationsSchema = z.strictObject({
  prices: z.array(priceSchema),
  purchases: z.array(purchaseSchema),
  serviceLevel: z.enum(['BASIC', 'STANDARD', 'PREMIUM']),
});

export const listingSchema = z.strictObject({
  product: id,
  market: id,
  /** Keyword ids (of this market) used in the title. */
  titleKeywords: z.array(id).max(DECISION_LIMITS.maxTitleKeywordsHard),
  /** Listing language (BCP-47); localised when it equals the market's. */
  language: languageTagSchema,
  images: int.min(0).max(DECISION_LIMITS.maxImages),
  attributesFilled: int.min(0),
});

export const selectionSchema = z.strictObject({
  listings: z.array(listingSchema),
  storefront: z.enum(['BASIC', 'DECORATED', 'FLAGSHIP']),
});

export const bidSchema = z.strictObject({ keyword: id, product: id, bidCents: int.min(0) });

export const affiliateSchema = z.strictObject({ category: id, commissionBps: int.min(0).max(10000) });

export const adsSchema = z.strictObject({
  bids: z.array(bidSchema).max(DECISION_LIMITS.maxBids),
  /** Daily ad budget; the round's budget is this × the scenario's round days. */
  dailyBudgetCents: int.min(0).max(DECISION_LIMITS.maxDailyBudgetCents),
  pacing: z.enum(['EVEN', 'ASAP']),
  affiliate: z.array(affiliateSchema),
});

export const serviceChoiceSchema = z.strictObject({
  market: id,
  /** Logistics service id of that market. */
  service: id,
});

export const transferSchema = z.strictObject({ product: id, market: id, units });

export const fulfillmentSchema = z.strictObject({
  services: z.array(serviceChoiceSchema),
  /** Days between order and hand-over to the carrier (1..shipWithinDays). */
  handlingDays: int.min(1),
  /** Stock moved from the home warehouse to a market's overseas warehouse. */
  transfers: z.array(transferSchema),
  packaging: z.enum(['STANDARD', 'COMPACT', 'PROTECTIVE']),
});

/** The schema of each module's payload. */
export const DECISION_SCHEMAS = {
  OPERATIONS: operationsSchema,
  SELECTION: selectionSchema,
  ADS: adsSchema,
  FULFILLMENT: fulfillmentSchema,
} as const;

export type PriceDecision = z.infer<typeof priceSchema>;
export type PurchaseDecision = z.infer<typeof purchaseSchema>;
export type OperationsDecision = z.infer<typeof operationsSchema>;
export type ListingDecision = z.infer<typeof listingSchema>;
export type SelectionDecision = z.infer<typeof selectionSchema>;
export type BidDecision = z.infer<typeof bidSchema>;
export type AffiliateDecision = z.infer<typeof affiliateSchema>;
export type AdsDecision = z.infer<typeof adsSchema>;
export type ServiceChoice = z.infer<typeof serviceChoiceSchema>;
export type TransferDecision = z.infer<typeof transferSchema>;
export type FulfillmentDecision = z.infer<typeof fulfillmentSchema>;
