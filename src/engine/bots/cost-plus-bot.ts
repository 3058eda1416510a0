/**
 * COST_PLUS: the naive seller. A few products in every market (chosen once
 * for the whole game), price = unit cost × markup, a fixed bid on the best
 * keyword of each listing, the standard carrier, a fixed re-order when stock
 * runs low (scaled down to a share of the cash on hand).
 */
import type { Scenario } from '../../scenario/scenario.schema';
import type { Rng } from '../random';
import { indexScenario } from '../market/scenario-index';
import {
  clamp,
  fullListing,
  productsOf,
  relevantKeywords,
  serviceOfTier,
  unitsInPosition,
  type Pair,
} from './bot-catalog';
import { sample, type BotInput, type FullDecisions } from './bot-input';
import { fitToCash } from './adaptive-bot';

export const COST_PLUS = {
  markup: 3,
  productsPerMarket: 3,
  bidMultipleOfFloor: 2,
  dailyBudgetCents: 1000,
  /** Re-order `reorderLots` minimum orders when fewer than `lowLots` minimum orders are on hand or on the way. */
  lowLots: 2,
  reorderLots: 3,
  /** Re-orders never spend more than this share of the cash on hand. */
  cashShareForStock: 0.6,
} as const;

/** The pairs this team lists all game: per market, a few products drawn once from the team's traits. */
export function costPlusPairs(scenario: Scenario, traits: Rng): Pair[] {
  const ix = indexScenario(scenario);
  const perMarket = clamp(
    Math.floor(scenario.policies.maxListings / Math.max(1, ix.marketCodes.length)),
    1,
    COST_PLUS.productsPerMarket,
  );
  return ix.marketCodes.flatMap((market) => {
    const m = ix.markets.get(market);
    const products = scenario.products
      .filter((p) => (m?.demand[p.category] ?? 0) > 0)
      .map((p) => p.id)
      .sort();
    return sample(traits, products, perMarket)
      .sort()
      .map((product) => ({ product, market }));
  });
}

export function costPlusBot(input: BotInput): FullDecisions {
  const { scenario } = input;
  const ix = indexScenario(scenario);
  const pairs = costPlusPairs(scenario, input.traits);
  const prices = pairs.map((pair) => {
    const product = ix.products.get(pair.product);
    const cap = (product?.referencePriceCents ?? 1) * 100;
    return {
      product: pair.product,
      market: pair.market,
      priceCents: clamp(Math.round((product?.unitCostCents ?? 1) * COST_PLUS.markup), 1, cap),
      discountBps: 0,
    };
  });
  const wanted = productsOf(pairs).flatMap((id) => {
    const product = ix.products.get(id);
    if (!product || unitsInPosition(input.team, id) >= COST_PLUS.lowLots * product.minOrderUnits) return [];
    return [{ product: id, units: COST_PLUS.reorderLots * product.minOrderUnits }];
  });
  const cash = input.team?.cashCents ?? scenario.policies.startingCashCents;
  const purchases = fitToCash(
    wanted,
    (id) => ix.products.get(id)?.unitCostCents ?? 0,
    (id) => ix.products.get(id)?.minOrderUnits ?? 1,
    cash * COST_PLUS.cashShareForStock,
  );
  const bids = pairs.flatMap((pair) =>
    relevantKeywords(scenario, pair, 0.5)
      .slice(0, 1)
      .map((k) => ({ keyword: k.id, product: pair.product, bidCents: k.floorCpcCents * COST_PLUS.bidMultipleOfFloor })),
  );
  const services = ix.marketCodes.flatMap((market) => {
    const svc = serviceOfTier(scenario, market, 'STANDARD');
    return svc ? [{ market, service: svc.id }] : [];
  });
  return {
    OPERATIONS: { prices, purchases, serviceLevel: 'STANDARD' },
    SELECTION: { listings: pairs.map((p) => fullListing(scenario, p)), storefront: 'BASIC' },
    ADS: { bids, dailyBudgetCents: COST_PLUS.dailyBudgetCents, pacing: 'EVEN', affiliate: [] },
    FULFILLMENT: {
      services,
      handlingDays: Math.min(2, scenario.model.fulfillment.shipWithinDays),
      transfers: [],
      packaging: 'STANDARD',
    },
  };
}
