/**
 * Step 7b': a listing's sales as they were to be expected, before the luck
 * of the draws. The same rules as the realised settlement (settle-sales),
 * applied to expected counts:
 *
 * - expected orders = the listing's expected search, ad and affiliate
 *   orders × its stock fill (expected stock on hand ÷ the expected orders
 *   of every listing sharing that stock, at most 1); the expected stock
 *   is the stock had every earlier round sold its expected units;
 * - parcel fates are probabilities × parcels (expectedParcelFates);
 * - money: price × orders, refunds of lost, damaged and NAD parcels,
 *   commission and affiliate commission on completed orders, logistics at
 *   the lane's rate for every parcel (free first parcels left out, since
 *   they depend on the realised parcels of earlier rounds), packaging.
 *
 * Scores and the listing's history (rating, conversion) are computed from
 * these figures, so two teams deciding alike score alike and rank alike;
 * cash and the ledger stay realised.
 */
import type { SellerListing } from '../market/listing-context';
import { billableGrams, parcelCostCents } from '../fulfillment/billing';
import { bpsOf, type RoundContext, type TeamCtx } from './round-context';
import { expectedParcelFates, type ParcelFates } from './fulfil-orders';

/** Expected sums over a team's listings (fractional counts and cents). */
export interface ExpectedSales {
  demand: number;
  served: number;
  cancelled: number;
  revenue: number;
  refunds: number;
  commission: number;
  affiliate: number;
  logistics: number;
  cogs: number;
  adRevenue: number;
  /** Orders that came from search and ads. */
  searchOrders: number;
  clicks: number;
  affiliateOrders: number;
  /** Revenue of affiliate orders. */
  affiliateRevenue: number;
  late: number;
  lost: number;
  notReceived: number;
  nadDisputes: number;
  arbitrations: number;
  reviews: number;
  positive: number;
  starSum: number;
}

export const zeroExpectedSales = (): ExpectedSales => ({
  demand: 0,
  served: 0,
  cancelled: 0,
  revenue: 0,
  refunds: 0,
  commission: 0,
  affiliate: 0,
  logistics: 0,
  cogs: 0,
  adRevenue: 0,
  searchOrders: 0,
  clicks: 0,
  affiliateOrders: 0,
  affiliateRevenue: 0,
  late: 0,
  lost: 0,
  notReceived: 0,
  nadDisputes: 0,
  arbitrations: 0,
  reviews: 0,
  positive: 0,
  starSum: 0,
});

/** Expected profit of the sales (before ads, stock costs and fixed fees). */
export function expectedSalesResult(e: ExpectedSales): number {
  return e.revenue - e.refunds - e.commission - e.affiliate - e.logistics - e.cogs;
}

/**
 * Stock fill per listing: for each (location, product) stock, the share of
 * its listings' expected orders it can serve (0 without stock).
 */
export function expectedFill(listings: readonly SellerListing[]): number[] {
  const wanted = new Map<string, number>();
  const key = (l: SellerListing) => `${l.location}|${l.product.id}`;
  for (const l of listings) wanted.set(key(l), (wanted.get(key(l)) ?? 0) + l.expectedOrders);
  return listings.map((l) => {
    if (l.expectedStartStock <= 0) return 0;
    const w = wanted.get(key(l)) ?? 0;
    return w > 0 ? Math.min(1, l.expectedStartStock / w) : 1;
  });
}

/** Adds one listing's expected sales to `e`; returns its expected parcel fates and search orders. */
export function addExpectedSales(
  ctx: RoundContext,
  team: TeamCtx,
  l: SellerListing,
  fill: number,
  e: ExpectedSales,
): { fates: ParcelFates | undefined; searchOrders: number } {
  const price = l.effectivePriceCents;
  const n = l.expectedOrders * fill;
  const searchOrders = (l.expectedSearchOrders + l.expectedAdOrders) * fill;
  const affiliateOrders = l.expectedAffiliateOrders * fill;
  e.demand += l.expectedOrders;
  e.served += n;
  if (l.expectedStartStock > 0) e.cancelled += l.expectedOrders - n;
  e.revenue += n * price;
  e.cogs += n * l.product.unitCostCents;
  e.adRevenue += l.expectedAdOrders * fill * price;
  e.searchOrders += searchOrders;
  e.clicks += l.expectedClicks;
  e.affiliateOrders += affiliateOrders;
  e.affiliateRevenue += affiliateOrders * price;
  const svc = l.service;
  if (!svc || n <= 0) return { fates: undefined, searchOrders };

  const fates = expectedParcelFates(ctx, team, l, svc, n);
  const model = ctx.scenario.model;
  const d = team.decisions;
  const completedShare = (n - fates.lost - fates.damaged - fates.nad) / n;
  const affiliateBps = d.ADS.affiliate.find((a) => a.category === l.product.category)?.commissionBps ?? 0;
  const packaging = model.fulfillment.packaging[d.FULFILLMENT.packaging];
  const grams = billableGrams(l.product, packaging, model.fulfillment);
  const commissionBps = ctx.ix.categories.get(l.product.category)?.commissionBps ?? 0;
  e.refunds += n * (1 - completedShare) * price;
  e.commission += n * completedShare * price * bpsOf(commissionBps);
  e.affiliate += affiliateOrders * completedShare * price * bpsOf(affiliateBps);
  e.logistics += n * (parcelCostCents(svc, grams) + packaging.costCents);
  e.late += fates.late;
  e.lost += fates.lost;
  e.notReceived += fates.notReceived;
  e.nadDisputes += fates.nadDisputes;
  e.arbitrations += fates.arbitrations;
  e.reviews += fates.reviews;
  e.positive += fates.positiveReviews;
  e.starSum += fates.starSum;
  return { fates, searchOrders };
}
