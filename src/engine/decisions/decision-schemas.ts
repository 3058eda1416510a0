/**
 * Structural (zod) schemas of the four module payloads; strict: unknown
 * fields are errors. Every object lists its fields sorted (as canonicalJson
 * sorts keys): a checked decision is then written by JSON.stringify as its
 * canonical JSON (decision-json.ts checks the order when it loads).
 */
import { z } from 'zod';
import { DECISION_LIMITS } from './decision-limits';

const int = z.number().int();
const id = z.string().min(1).max(64);

export const operationsSchema = z.strictObject({
  prices: z.array(
    z.strictObject({ discountBps: int.min(0).max(10000), market: id, priceCents: int.min(1), product: id }),
  ),
  purchases: z.array(z.strictObject({ product: id, units: int.min(0).max(DECISION_LIMITS.maxUnits) })),
  serviceLevel: z.enum(['BASIC', 'STANDARD', 'PREMIUM']),
});

export const selectionSchema = z.strictObject({
  listings: z.array(
    z.strictObject({
      attributesFilled: int.min(0),
      images: int.min(0).max(DECISION_LIMITS.maxImages),
      language: z.string().min(2).max(10),
      market: id,
      product: id,
      titleKeywords: z.array(id).max(DECISION_LIMITS.maxTitleKeywordsHard),
    }),
  ),
  storefront: z.enum(['BASIC', 'DECORATED', 'FLAGSHIP']),
});

export const adsSchema = z.strictObject({
  affiliate: z.array(z.strictObject({ category: id, commissionBps: int.min(0).max(10000) })),
  bids: z.array(z.strictObject({ bidCents: int.min(0), keyword: id, product: id })).max(DECISION_LIMITS.maxBids),
  dailyBudgetCents: int.min(0).max(DECISION_LIMITS.maxDailyBudgetCents),
  pacing: z.enum(['EVEN', 'ASAP']),
});

export const fulfillmentSchema = z.strictObject({
  handlingDays: int.min(1),
  packaging: z.enum(['STANDARD', 'COMPACT', 'PROTECTIVE']),
  services: z.array(z.strictObject({ market: id, service: id })),
  transfers: z.array(z.strictObject({ market: id, product: id, units: int.min(0).max(DECISION_LIMITS.maxUnits) })),
});
