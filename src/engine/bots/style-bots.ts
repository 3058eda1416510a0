/**
 * Four more sensible sellers, each ADAPTIVE's reading of its own results
 * with one business style on top (deterministic, from the team's own view):
 *
 * - VOLUME: every listing slot, prices cut to 90 % of ADAPTIVE's (never
 *   below cost × 1.15), economy lanes, compact packaging, a small ad budget;
 * - PREMIUM_NICHE: half the listings, prices 15 % above ADAPTIVE's, premium
 *   lanes and customer service, a flagship storefront, protective packaging,
 *   affiliates at the middle of the category's commission band;
 * - ADS_HEAVY: every relevant keyword, starting at 1.5 × ADAPTIVE's bid and
 *   three times its daily budget, then adapted like ADAPTIVE's; ASAP pacing;
 * - WAREHOUSE: moves stock ahead into each market's overseas warehouse (two
 *   rounds of that market's demand) and ships from there once it has stock.
 */
import type { Scenario } from '../../scenario/scenario.schema';
import type { FulfillmentDecision, TeamState, TransferDecision } from '../types';
import { indexScenario, warehouseService } from '../market/scenario-index';
import { ADAPTIVE, adaptiveBot } from './adaptive-bot';
import { clamp, relevantKeywords, serviceOfTier } from './bot-catalog';
import type { BotInput, FullDecisions } from './bot-input';

export const STYLE = {
  volume: { priceShare: 0.9, minMarkupOnCost: 1.15, budgetShare: 0.5 },
  premium: { listingShare: 0.5, priceShare: 1.15 },
  adsHeavy: { bidShare: 1.5, budgetShare: 3 },
  warehouse: { roundsOfDemand: 2 },
} as const;

const HOME = 'HOME';

/** Every parcel market's lane of one tier (the nearest tier where a market has none). */
function lanesOfTier(scenario: Scenario, d: FulfillmentDecision, tier: 'ECONOMY' | 'PREMIUM') {
  return d.services.map((s) => ({
    market: s.market,
    service: serviceOfTier(scenario, s.market, tier)?.id ?? s.service,
  }));
}

export function volumeBot(input: BotInput): FullDecisions {
  const d = adaptiveBot(input);
  const ix = indexScenario(input.scenario);
  const prices = d.OPERATIONS.prices.map((p) => {
    const cost = ix.products.get(p.product)?.unitCostCents ?? 1;
    const floor = Math.ceil(cost * STYLE.volume.minMarkupOnCost);
    return { ...p, priceCents: Math.max(floor, Math.round(p.priceCents * STYLE.volume.priceShare)) };
  });
  return {
    ...d,
    OPERATIONS: { ...d.OPERATIONS, prices },
    ADS: {
      ...d.ADS,
      dailyBudgetCents: Math.max(
        ADAPTIVE.minBudgetCents,
        Math.round(d.ADS.dailyBudgetCents * STYLE.volume.budgetShare),
      ),
    },
    FULFILLMENT: {
      ...d.FULFILLMENT,
      services: lanesOfTier(input.scenario, d.FULFILLMENT, 'ECONOMY'),
      packaging: 'COMPACT',
    },
  };
}

export function premiumNicheBot(input: BotInput): FullDecisions {
  const d = adaptiveBot(input);
  const ix = indexScenario(input.scenario);
  const keep = d.SELECTION.listings.slice(
    0,
    Math.max(1, Math.ceil(d.SELECTION.listings.length * STYLE.premium.listingShare)),
  );
  const kept = new Set(keep.map((l) => `${l.product}@${l.market}`));
  const products = new Set(keep.map((l) => l.product));
  const prices = d.OPERATIONS.prices
    .filter((p) => kept.has(`${p.product}@${p.market}`))
    .map((p) => {
      const ref = ix.products.get(p.product)?.referencePriceCents ?? p.priceCents;
      return {
        ...p,
        priceCents: clamp(Math.round(p.priceCents * STYLE.premium.priceShare), 1, ref * ADAPTIVE.maxShareOfReference),
      };
    });
  const categories = [...new Set(keep.map((l) => ix.products.get(l.product)?.category ?? ''))]
    .filter((c) => ix.categories.has(c))
    .sort();
  return {
    OPERATIONS: {
      prices,
      purchases: d.OPERATIONS.purchases.filter((p) => products.has(p.product)),
      serviceLevel: 'PREMIUM',
    },
    SELECTION: { listings: keep, storefront: 'FLAGSHIP' },
    ADS: {
      ...d.ADS,
      bids: d.ADS.bids.filter((b) => products.has(b.product)),
      affiliate: categories.map((c) => {
        const band = ix.categories.get(c)?.affiliateBandBps ?? { min: 0, max: 0 };
        return { category: c, commissionBps: Math.round((band.min + band.max) / 2) };
      }),
    },
    FULFILLMENT: {
      ...d.FULFILLMENT,
      services: lanesOfTier(input.scenario, d.FULFILLMENT, 'PREMIUM'),
      packaging: 'PROTECTIVE',
    },
  };
}

export function adsHeavyBot(input: BotInput): FullDecisions {
  const d = adaptiveBot(input);
  const listed = d.SELECTION.listings.map((l) => ({ product: l.product, market: l.market }));
  // ADAPTIVE adapts this team's own last bids and budget; the style's multiples apply once, when they start.
  const ownLast = new Set((input.last.ADS?.bids ?? []).map((b) => `${b.keyword}/${b.product}`));
  const adapted = new Map(d.ADS.bids.map((b) => [`${b.keyword}/${b.product}`, b.bidCents]));
  const bids = listed.flatMap((pair) =>
    relevantKeywords(input.scenario, pair, 0.3).map((k) => {
      const key = `${k.id}/${pair.product}`;
      const own = ownLast.has(key) ? adapted.get(key) : undefined;
      const start = (adapted.get(key) ?? k.floorCpcCents * ADAPTIVE.startBidMultiple) * STYLE.adsHeavy.bidShare;
      return {
        keyword: k.id,
        product: pair.product,
        bidCents: clamp(Math.round(own ?? start), k.floorCpcCents, k.floorCpcCents * ADAPTIVE.maxBidMultiple),
      };
    }),
  );
  const budget = ownLast.size > 0 ? d.ADS.dailyBudgetCents : d.ADS.dailyBudgetCents * STYLE.adsHeavy.budgetShare;
  return {
    ...d,
    ADS: { ...d.ADS, bids, dailyBudgetCents: Math.min(ADAPTIVE.maxBudgetCents, Math.round(budget)), pacing: 'ASAP' },
  };
}

const unitsAt = (team: TeamState | undefined, loc: string, product: string) => team?.stock[loc]?.[product] ?? 0;
const unitsOnTheWay = (team: TeamState | undefined, loc: string, product: string) =>
  (team?.pipeline ?? []).filter((p) => p.location === loc && p.product === product).reduce((s, p) => s + p.units, 0);

export function warehouseBot(input: BotInput): FullDecisions {
  const d = adaptiveBot(input);
  const ix = indexScenario(input.scenario);
  const team = input.team;
  const demand = new Map(
    (input.lastResult?.listings ?? []).map((r) => [`${r.product}@${r.market}`, r.orders + r.lostToStockout]),
  );
  const homeLeft = new Map<string, number>();
  const transfers: TransferDecision[] = [];
  for (const l of d.SELECTION.listings) {
    if (!warehouseService(ix, l.market)) continue;
    const min = ix.products.get(l.product)?.minOrderUnits ?? 1;
    const want = Math.ceil((demand.get(`${l.product}@${l.market}`) ?? min) * STYLE.warehouse.roundsOfDemand);
    const have = unitsAt(team, l.market, l.product) + unitsOnTheWay(team, l.market, l.product);
    const home = homeLeft.get(l.product) ?? unitsAt(team, HOME, l.product);
    const units = Math.min(home, Math.max(0, want - have));
    if (units <= 0) continue;
    homeLeft.set(l.product, home - units);
    transfers.push({ product: l.product, market: l.market, units });
  }
  const stocked = (market: string) =>
    d.SELECTION.listings.filter((l) => l.market === market).every((l) => unitsAt(team, market, l.product) > 0);
  const services = d.FULFILLMENT.services.map((s) => {
    const wh = warehouseService(ix, s.market);
    return wh && stocked(s.market) ? { market: s.market, service: wh.id } : s;
  });
  return { ...d, FULFILLMENT: { ...d.FULFILLMENT, services, transfers } };
}
