/** Structural (zod) schemas of the four module payloads; strict: unknown fields are errors. */
import { z } from 'zod';
import { DECISION_LIMITS } from './decision-limits';

const int = z.number().int();
const id = z.string().min(1).max(64);

export const operationsSchema = z.strictObject({
  prices: z.array(
    z.strictObject({ product: id, market: id, priceCents: int.min(1), discountBps: int.min(0).max(10000) }),
  ),
  purchases: z.array(z.strictObject({ product: id, units: int.min(0).max(DECISION_LIMITS.maxUnits) })),
  serviceLevel: z.enum(['BASIC', 'STANDARD', 'PREMIUM']),
});

export const selectionSchema = z.strictObject({
  listings: z.array(
    z.strictObject({
      product: id,
      market: id,
      titleKeywords: z.array(id).max(DECISION_LIMITS.maxTitleKeywordsHard),
      language: z.string().min(2).max(10),
      images: int.min(0).max(DECISION_LIMITS.maxImages),
      attributesFilled: int.min(0),
    }),
  ),
  storefront: z.enum(['BASIC', 'DECORATED', 'FLAGSHIP']),
});

export const adsSchema = z.strictObject({
  bids: z.array(z.strictObject({ keyword: id, product: id, bidCents: int.min(0) })).max(DECISION_LIMITS.maxBids),
  dailyBudgetCents: int.min(0).max(DECISION_LIMITS.maxDailyBudgetCents),
  pacing: z.enum(['EVEN', 'ASAP']),
  affiliate: z.array(z.strictObject({ category: id, commissionBps: int.min(0).max(10000) })),
});

export const fulfillmentSchema = z.strictObject({
  services: z.array(z.strictObject({ market: id, service: id })),
  handlingDays: int.min(1),
  transfers: z.array(z.strictObject({ product: id, market: id, units: int.min(0).max(DECISION_LIMITS.maxUnits) })),
  packaging: z.enum(['STANDARD', 'COMPACT', 'PROTECTIVE']),
});
