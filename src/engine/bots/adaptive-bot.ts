/**
 * ADAPTIVE: reads its own last TeamRoundResult and adjusts — prices up when
 * a listing stocked out and down when it sold nothing; stock re-ordered to a
 * reorder point (last demand × (lead time + 1) × safety); bids raised where
 * ACoS is low and the ad position poor, cut where ACoS is above break-even;
 * a faster carrier where the late rate is high. Lists the same pairs all
 * game: drawn once from the best-potential pairs with the team's traits.
 */
import type { Product, Scenario, ServiceTier } from '../../scenario/scenario.schema';
import type { BidDecision, LaneReport, ListingReport, PurchaseDecision, TeamRoundResult } from '../types';
import type { Rng } from '../random';
import { indexScenario, moduleEnabled } from '../market/scenario-index';
import {
  clamp,
  fasterTier,
  fullListing,
  productsOf,
  rankedPairs,
  relevantKeywords,
  serviceOfTier,
  unitsInPosition,
  type Pair,
} from './bot-catalog';
import { sample, type BotInput, type FullDecisions } from './bot-input';

export const ADAPTIVE = {
  listings: 10,
  startMarkupOnCost: 1.6,
  startShareOfReference: 0.95,
  minMarkupOnCost: 1.25,
  maxShareOfReference: 2,
  raiseWhenStockedOut: 1.08,
  lowerWhenUnsold: 0.93,
  raiseWhenDumping: 1.1,
  safety: 1.25,
  cashShareForStock: 0.6,
  keywordsPerListing: 2,
  startBidMultiple: 2,
  maxBidMultiple: 20,
  bidRaise: 1.15,
  bidCut: 0.8,
  /** Raise a bid only while ACoS is below this share of break-even. */
  lowAcosShare: 0.5,
  startBudgetCents: 1500,
  minBudgetCents: 500,
  maxBudgetCents: 20000,
  budgetStep: 1.2,
  lostToBudgetHigh: 0.3,
  lateRateHigh: 0.1,
} as const;

const keyOf = (product: string, market: string) => `${product}@${market}`;

export function adaptivePairs(scenario: Scenario, traits: Rng): Pair[] {
  const n = Math.min(ADAPTIVE.listings, scenario.policies.maxListings);
  const pool = rankedPairs(scenario).slice(0, 2 * n);
  return sample(traits, pool, n).sort((a, b) =>
    a.market < b.market ? -1 : a.market > b.market ? 1 : a.product < b.product ? -1 : a.product > b.product ? 1 : 0,
  );
}

/** The next list price of a listing from its last price and last report. */
export function adaptPrice(product: Product, lastPrice: number | undefined, report: ListingReport | undefined): number {
  let price =
    lastPrice ??
    Math.max(
      product.unitCostCents * ADAPTIVE.startMarkupOnCost,
      product.referencePriceCents * ADAPTIVE.startShareOfReference,
    );
  if (report) {
    if (report.lostToStockout > 0) price *= ADAPTIVE.raiseWhenStockedOut;
    else if (report.orders === 0 && !report.flags.includes('OUT_OF_STOCK')) price *= ADAPTIVE.lowerWhenUnsold;
    if (report.flags.includes('DUMPING')) price *= ADAPTIVE.raiseWhenDumping;
  }
  return clamp(
    Math.round(price),
    Math.ceil(product.unitCostCents * ADAPTIVE.minMarkupOnCost),
    product.referencePriceCents * ADAPTIVE.maxShareOfReference,
  );
}

/** Units to order so the stock position covers demand over the lead time (0 when it does). */
export function reorderUnits(
  demandPerRound: number,
  leadTimeRounds: number,
  position: number,
  minOrderUnits: number,
): number {
  const reorderPoint = demandPerRound * (leadTimeRounds + 1) * ADAPTIVE.safety;
  if (position >= reorderPoint) return 0;
  return Math.max(minOrderUnits, Math.ceil(reorderPoint + demandPerRound - position));
}

/** Scale orders down to a cash budget; an order falling under its minimum is dropped. */
export function fitToCash(
  orders: PurchaseDecision[],
  costOf: (p: string) => number,
  minOf: (p: string) => number,
  budgetCents: number,
): PurchaseDecision[] {
  const total = orders.reduce((s, o) => s + o.units * costOf(o.product), 0);
  if (total <= budgetCents) return orders;
  const share = Math.max(0, budgetCents) / total;
  return orders
    .map((o) => ({ product: o.product, units: Math.floor(o.units * share) }))
    .filter((o) => o.units >= minOf(o.product));
}

/** Margin before ads as a share of the price (the break-even ACoS). */
export function breakEvenAcos(report: ListingReport, unitCostCents: number): number {
  if (report.orders <= 0 || report.priceCents <= 0) return 0;
  const perOrder = (report.commissionCents + report.logisticsCents + report.refundsCents) / report.orders;
  return Math.max(0, (report.priceCents - unitCostCents - perOrder) / report.priceCents);
}

/**
 * The next bid on a keyword given the listing's ACoS: cut when ads lose
 * money (ACoS above break-even), raise while they are cheap (ACoS under
 * half of break-even), within 1–20 × the keyword's floor.
 */
export function adaptBid(bid: number, floor: number, report: ListingReport | undefined, unitCostCents: number): number {
  let next = bid;
  if (report) {
    const revenue = report.revenueCents - report.refundsCents;
    const acos = revenue > 0 ? report.adSpendCents / revenue : report.adSpendCents > 0 ? Infinity : 0;
    const breakEven = breakEvenAcos(report, unitCostCents);
    if (report.adSpendCents > 0 && acos > breakEven) next = bid * ADAPTIVE.bidCut;
    else if (acos < ADAPTIVE.lowAcosShare * Math.max(breakEven, 0.2)) next = bid * ADAPTIVE.bidRaise;
  }
  return clamp(Math.round(next), floor, floor * ADAPTIVE.maxBidMultiple);
}

export function adaptBudget(last: number | undefined, result: TeamRoundResult | undefined): number {
  let budget = last ?? ADAPTIVE.startBudgetCents;
  if (result && result.auctions.length > 0) {
    const lost = result.auctions.reduce((s, a) => s + a.lostToBudget, 0) / result.auctions.length;
    const acos = result.kpis.ADS?.acos ?? 0;
    if (acos > 1) budget /= ADAPTIVE.budgetStep;
    else if (lost > ADAPTIVE.lostToBudgetHigh) budget *= ADAPTIVE.budgetStep;
  }
  return clamp(Math.round(budget), ADAPTIVE.minBudgetCents, ADAPTIVE.maxBudgetCents);
}

/** Last round's late rate on a market's lanes (0 without parcels). */
export function lateRate(lanes: readonly LaneReport[], market: string): number {
  let late = 0;
  let delivered = 0;
  for (const l of lanes)
    if (l.market === market) {
      late += l.late;
      delivered += l.parcels - l.lost;
    }
  return delivered > 0 ? late / delivered : 0;
}

export function adaptiveBot(input: BotInput): FullDecisions {
  const { scenario, last, lastResult } = input;
  const ix = indexScenario(scenario);
  const pairs = adaptivePairs(scenario, input.traits);
  const reports = new Map((lastResult?.listings ?? []).map((r) => [keyOf(r.product, r.market), r]));
  const lastPrices = new Map((last.OPERATIONS?.prices ?? []).map((p) => [keyOf(p.product, p.market), p.priceCents]));
  const lastBids = new Map((last.ADS?.bids ?? []).map((b) => [`${b.keyword}/${b.product}`, b.bidCents]));

  const prices = pairs.flatMap((pair) => {
    const product = ix.products.get(pair.product);
    if (!product) return [];
    const key = keyOf(pair.product, pair.market);
    return [
      {
        product: pair.product,
        market: pair.market,
        priceCents: adaptPrice(product, lastPrices.get(key), reports.get(key)),
        discountBps: 0,
      },
    ];
  });

  const orders = productsOf(pairs).flatMap((id): PurchaseDecision[] => {
    const product = ix.products.get(id);
    if (!product) return [];
    const listed = pairs.filter((p) => p.product === id);
    const demand = lastResult
      ? listed.reduce(
          (s, p) =>
            s +
            (reports.get(keyOf(p.product, p.market))?.orders ?? 0) +
            (reports.get(keyOf(p.product, p.market))?.lostToStockout ?? 0),
          0,
        )
      : product.minOrderUnits * listed.length;
    const units = reorderUnits(demand, product.leadTimeRounds, unitsInPosition(input.team, id), product.minOrderUnits);
    return units > 0 ? [{ product: id, units }] : [];
  });
  const cash = input.team?.cashCents ?? scenario.policies.startingCashCents;
  const purchases = fitToCash(
    orders,
    (p) => ix.products.get(p)?.unitCostCents ?? 0,
    (p) => ix.products.get(p)?.minOrderUnits ?? 1,
    cash * ADAPTIVE.cashShareForStock,
  );

  const bids: BidDecision[] = pairs.flatMap((pair) => {
    const unitCost = ix.products.get(pair.product)?.unitCostCents ?? 0;
    return relevantKeywords(scenario, pair, 0.5)
      .slice(0, ADAPTIVE.keywordsPerListing)
      .map((k) => {
        const key = `${k.id}/${pair.product}`;
        const start = lastBids.get(key) ?? k.floorCpcCents * ADAPTIVE.startBidMultiple;
        const bidCents = lastResult
          ? adaptBid(start, k.floorCpcCents, reports.get(keyOf(pair.product, pair.market)), unitCost)
          : start;
        return { keyword: k.id, product: pair.product, bidCents };
      });
  });

  // Lateness under the scenario's default handling (fulfilment not yet unlocked) says nothing of the lane.
  const lateWasOurs = input.round > 1 && moduleEnabled(scenario, input.round - 1, 'FULFILLMENT');
  const lastService = new Map((last.FULFILLMENT?.services ?? []).map((s) => [s.market, s.service]));
  const services = ix.marketCodes.flatMap((market) => {
    const current = ix.services.get(lastService.get(market) ?? '');
    let tier: ServiceTier = current && current.tier !== 'WAREHOUSE' ? current.tier : 'STANDARD';
    if (lateWasOurs && lastResult && lateRate(lastResult.lanes, market) > ADAPTIVE.lateRateHigh)
      tier = fasterTier(tier);
    const svc = serviceOfTier(scenario, market, tier);
    return svc ? [{ market, service: svc.id }] : [];
  });

  const categories = [...new Set(pairs.map((p) => ix.products.get(p.product)?.category ?? ''))]
    .filter((c) => ix.categories.has(c))
    .sort();
  const affiliate = categories.map((c) => ({
    category: c,
    commissionBps: ix.categories.get(c)?.affiliateBandBps.min ?? 0,
  }));

  return {
    OPERATIONS: { prices, purchases, serviceLevel: 'STANDARD' },
    SELECTION: { listings: pairs.map((p) => fullListing(scenario, p)), storefront: 'DECORATED' },
    ADS: { bids, dailyBudgetCents: adaptBudget(last.ADS?.dailyBudgetCents, lastResult), pacing: 'EVEN', affiliate },
    FULFILLMENT: { services, handlingDays: 1, transfers: [], packaging: 'STANDARD' },
  };
}
