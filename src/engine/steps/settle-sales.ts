/**
 * Step 7b: a team's sales settled listing by listing.
 *
 * - Stock: orders of listings that ship from the same (location, product)
 *   share its stock in proportion to their orders; demand beyond stock is
 *   lost, and counted as cancelled (non-fulfilment) when the listing had
 *   stock to promise.
 * - Money per listing: revenue = orders × price paid; refunds for lost,
 *   damaged and not-as-described parcels; commission on completed orders
 *   at the category rate; affiliate commission on completed affiliate
 *   orders at the team's rate for the category; logistics per paid parcel
 *   (billable kg × rate + parcel fee; first parcels of a service free);
 *   packaging per parcel.
 * - History: the expected reviews and conversion (expected-sales) feed
 *   the listing's rating and rank next round, so luck in one round does
 *   not compound into the next.
 */
import type { LaneReport, ListingReport } from '../types';
import type { SellerListing } from '../market/listing-context';
import { allocateProportionally } from '../operations/inventory';
import { billableGrams, paidParcels, parcelCostCents } from '../fulfillment/billing';
import { meanDeliveryDays } from '../fulfillment/delivery';
import { bayesianRating } from '../fulfillment/rating';
import { bpsOf, sellStock, stockOf, type RoundContext, type TeamCtx } from './round-context';
import { fulfilParcels, type ParcelFates } from './fulfil-orders';
import { compareText } from '../compare-text';
import { addExpectedSales, expectedFill, zeroExpectedSales, type ExpectedSales } from './expected-sales';

/** Sums over a team's listings that the KPIs and reports need. */
export interface SalesFigures {
  revenue: number;
  refunds: number;
  commission: number;
  affiliate: number;
  logistics: number;
  cogs: number;
  demand: number;
  served: number;
  cancelled: number;
  shipped: number;
  late: number;
  lost: number;
  disputes: number;
  notReceived: number;
  nadDisputes: number;
  arbitrations: number;
  reviews: number;
  positive: number;
  searchClicks: number;
  searchOrders: number;
  adRevenue: number;
  affiliateOrders: number;
  daysSum: number;
  impressions: number;
  flags: number;
  quality: number;
  withStock: number;
  /** The same sales as they were to be expected, before the draws (scores use these). */
  expected: ExpectedSales;
}

export interface SalesResult {
  figures: SalesFigures;
  listings: ListingReport[];
  lanes: LaneReport[];
  /** Orders, GMV and delivered parcels per market, for the market report. */
  byMarket: Map<string, { orders: number; gmv: number }>;
}

const zeroFigures = (): SalesFigures => ({
  revenue: 0,
  refunds: 0,
  commission: 0,
  affiliate: 0,
  logistics: 0,
  cogs: 0,
  demand: 0,
  served: 0,
  cancelled: 0,
  shipped: 0,
  late: 0,
  lost: 0,
  disputes: 0,
  notReceived: 0,
  nadDisputes: 0,
  arbitrations: 0,
  reviews: 0,
  positive: 0,
  searchClicks: 0,
  searchOrders: 0,
  adRevenue: 0,
  affiliateOrders: 0,
  daysSum: 0,
  impressions: 0,
  flags: 0,
  quality: 0,
  withStock: 0,
  expected: zeroExpectedSales(),
});

const noFates = (): ParcelFates => ({
  lost: 0,
  damaged: 0,
  nad: 0,
  late: 0,
  notReceived: 0,
  nadDisputes: 0,
  arbitrations: 0,
  reviews: 0,
  positiveReviews: 0,
  starSum: 0,
});

/** Units served per listing: each (location, product) stock shared in proportion to the orders. */
function allocateStock(team: TeamCtx, demand: number[]): number[] {
  const s = team.state;
  const served = new Array<number>(team.listings.length).fill(0);
  const groups = new Map<string, { loc: string; product: string; idxs: number[] }>();
  team.listings.forEach((l, i) => {
    const k = `${l.location}|${l.product.id}`;
    const g = groups.get(k);
    if (g) g.idxs.push(i);
    else groups.set(k, { loc: l.location, product: l.product.id, idxs: [i] });
  });
  for (const { loc, product, idxs } of groups.values()) {
    const alloc = allocateProportionally(
      stockOf(s, loc, product),
      idxs.map((i) => demand[i]),
    );
    idxs.forEach((i, j) => (served[i] = alloc[j]));
    sellStock(
      s,
      loc,
      product,
      alloc.reduce((a, b) => a + b, 0),
      0,
    );
  }
  return served;
}

function flagsOf(l: SellerListing): string[] {
  const flags: string[] = [];
  if (l.anomaly?.flagged) flags.push('DUMPING');
  if (l.stuffing) flags.push('KEYWORD_STUFFING');
  if (l.startStock <= 0) flags.push('OUT_OF_STOCK');
  if (!l.localised) flags.push('NOT_LOCALISED');
  return flags;
}

function addLane(
  lanes: Map<string, LaneReport & { daysSum: number }>,
  l: SellerListing,
  n: number,
  fates: ParcelFates,
  cost: number,
): number {
  const svc = l.service;
  if (!svc) return 0;
  const key = `${l.market.code}|${svc.id}`;
  const lane = lanes.get(key) ?? {
    market: l.market.code,
    service: svc.id,
    tier: svc.tier,
    parcels: 0,
    averageDeliveryDays: 0,
    late: 0,
    lost: 0,
    damaged: 0,
    disputes: 0,
    costCents: 0,
    daysSum: 0,
  };
  const days = meanDeliveryDays(l.handlingDays, svc.deliveryDays) * (n - fates.lost);
  lane.parcels += n;
  lane.daysSum += days;
  lane.late += fates.late;
  lane.lost += fates.lost;
  lane.damaged += fates.damaged;
  lane.disputes += fates.notReceived + fates.nadDisputes;
  lane.costCents += cost;
  lanes.set(key, lane);
  return days;
}

/** Money of one listing's orders, posted to the team's ledger. */
interface ListingMoney {
  revenue: number;
  refunds: number;
  commission: number;
  affiliate: number;
  logistics: number;
  packaging: number;
  /** Served orders that came from search and ads, and from ads alone (pro rata). */
  searchServed: number;
  adServed: number;
}

function chargeListing(
  ctx: RoundContext,
  team: TeamCtx,
  l: SellerListing,
  n: number,
  want: number,
  fates: ParcelFates,
  logistics: number,
): ListingMoney {
  const d = team.decisions;
  const price = l.effectivePriceCents;
  const completed = n - (fates.lost + fates.damaged + fates.nad);
  const affiliateBps = d.ADS.affiliate.find((a) => a.category === l.product.category)?.commissionBps ?? 0;
  const affServed = want > 0 ? (l.affiliateOrders * n) / want : 0;
  const money: ListingMoney = {
    revenue: n * price,
    refunds: (n - completed) * price,
    commission: Math.round(completed * price * bpsOf(ctx.ix.categories.get(l.product.category)?.commissionBps ?? 0)),
    affiliate: n > 0 ? Math.round(affServed * (completed / n) * price * bpsOf(affiliateBps)) : 0,
    logistics,
    packaging: n * ctx.scenario.model.fulfillment.packaging[d.FULFILLMENT.packaging].costCents,
    searchServed: want > 0 ? ((l.searchOrders + l.adOrders) * n) / want : 0,
    adServed: want > 0 ? (l.adOrders * n) / want : 0,
  };
  team.ledger.add('REVENUE', money.revenue);
  team.ledger.add('REFUNDS', -money.refunds);
  team.ledger.add('COMMISSION', -money.commission);
  team.ledger.add('AFFILIATE', -money.affiliate);
  team.ledger.add('LOGISTICS', -money.logistics);
  team.ledger.add('PACKAGING', -money.packaging);
  return money;
}

function addFigures(
  f: SalesFigures,
  l: SellerListing,
  n: number,
  want: number,
  fates: ParcelFates,
  m: ListingMoney,
): void {
  f.revenue += m.revenue;
  f.refunds -= m.refunds;
  f.commission += m.commission;
  f.affiliate += m.affiliate;
  f.logistics += m.logistics + m.packaging;
  f.cogs += n * l.product.unitCostCents;
  f.demand += want;
  f.served += n;
  f.cancelled += l.startStock > 0 ? want - n : 0;
  f.shipped += n;
  f.late += fates.late;
  f.lost += fates.lost;
  f.notReceived += fates.notReceived;
  f.nadDisputes += fates.nadDisputes;
  f.arbitrations += fates.arbitrations;
  f.disputes += fates.notReceived + fates.nadDisputes;
  f.reviews += fates.reviews;
  f.positive += fates.positiveReviews;
  f.searchClicks += l.clicks + l.adClicks;
  f.searchOrders += Math.round(m.searchServed);
  f.adRevenue += Math.round(m.adServed * l.effectivePriceCents);
  f.affiliateOrders += l.affiliateOrders;
  f.impressions += Math.round(l.impressions);
  f.quality += l.quality;
  if (l.startStock > 0) f.withStock += 1;
  if (l.anomaly?.flagged) f.flags += 1;
}

/** Ships a listing's served orders: parcel fates, logistics cost (first parcels free), the lane's figures. */
function shipListing(
  ctx: RoundContext,
  team: TeamCtx,
  l: SellerListing,
  n: number,
  lanes: Map<string, LaneReport & { daysSum: number }>,
) {
  const svc = l.service;
  if (n <= 0 || !svc) return { fates: noFates(), logistics: 0, days: 0 };
  const fates = fulfilParcels(ctx, team, l, svc, n);
  const before = team.state.parcelsByService[svc.id] ?? 0;
  team.state.parcelsByService[svc.id] = before + n;
  const packaging = ctx.scenario.model.fulfillment.packaging[team.decisions.FULFILLMENT.packaging];
  const grams = billableGrams(l.product, packaging, ctx.scenario.model.fulfillment);
  const logistics = Math.round(paidParcels(n, before, svc.firstOrdersFree) * parcelCostCents(svc, grams));
  return { fates, logistics, days: addLane(lanes, l, n, fates, logistics) };
}

/** Step 7b for one team: stock, parcels, money lines, reports. */
export function settleSales(ctx: RoundContext, team: TeamCtx, adSpendByListing: Map<string, number>): SalesResult {
  const demand = team.listings.map((l) => l.searchOrders + l.adOrders + l.affiliateOrders);
  const fill = expectedFill(team.listings);
  const served = allocateStock(team, demand);
  const f = zeroFigures();
  const listings: ListingReport[] = [];
  const lanes = new Map<string, LaneReport & { daysSum: number }>();
  const byMarket = new Map<string, { orders: number; gmv: number }>();

  team.listings.forEach((l, i) => {
    const n = served[i];
    const want = demand[i];
    const { fates, logistics, days } = shipListing(ctx, team, l, n, lanes);
    const money = chargeListing(ctx, team, l, n, want, fates, logistics);
    f.daysSum += days;
    addFigures(f, l, n, want, fates, money);
    const expected = addExpectedSales(ctx, team, l, fill[i], f.expected);
    sellStock(team.state, l.location, l.product.id, 0, l.expectedOrders * fill[i]);
    const hist = (team.state.listings[l.key] ??= { starSum: 0, starCount: 0, orders: 0, clicks: 0 });
    hist.starSum += expected.fates?.starSum ?? 0;
    hist.starCount += expected.fates?.reviews ?? 0;
    hist.orders += expected.searchOrders;
    hist.clicks += l.expectedClicks;
    const agg = byMarket.get(l.market.code) ?? { orders: 0, gmv: 0 };
    agg.orders += n;
    agg.gmv += money.revenue;
    byMarket.set(l.market.code, agg);
    listings.push({
      product: l.product.id,
      market: l.market.code,
      priceCents: l.effectivePriceCents,
      impressions: Math.round(l.impressions + l.adImpressions),
      clicks: l.clicks + l.adClicks,
      orders: n,
      expectedOrders: Math.round(l.expectedOrders * 100) / 100,
      affiliateOrders: l.affiliateOrders,
      lostToStockout: want - n,
      revenueCents: money.revenue,
      commissionCents: money.commission,
      affiliateCents: money.affiliate,
      adSpendCents: adSpendByListing.get(l.id) ?? 0,
      logisticsCents: logistics,
      refundsCents: money.refunds,
      quality: l.quality,
      rating: bayesianRating(hist.starSum, hist.starCount, ctx.scenario.model.reviews),
      deliveryDays: l.service ? meanDeliveryDays(l.handlingDays, l.service.deliveryDays) : 0,
      flags: flagsOf(l),
      keywords: l.positions,
      ...(l.anomaly ? { priceCheck: { ...l.anomaly } } : {}),
    });
  });

  const laneList = [...lanes.values()]
    .sort((a, b) => compareText(a.market, b.market) || compareText(a.service, b.service))
    .map(({ daysSum, ...lane }) => ({
      ...lane,
      averageDeliveryDays: lane.parcels - lane.lost > 0 ? daysSum / (lane.parcels - lane.lost) : 0,
    }));
  return { figures: f, listings, lanes: laneList, byMarket };
}
