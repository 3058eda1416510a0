/** Lookups the bots share: listable pairs, relevant keywords, carriers by tier, stock on hand. Pure. */
import type { Keyword, LogisticsService, Product, Scenario, ServiceTier } from '../../scenario/scenario.schema';
import type { ListingDecision, TeamState } from '../types';
import { indexScenario } from '../market/scenario-index';

export interface Pair {
  product: string;
  market: string;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** Margin × demand of a pair (the same measure as the engine's selection fit). */
export function pairPotential(product: Product, demand: number): number {
  return Math.max(0, (product.referencePriceCents - product.unitCostCents) / product.referencePriceCents) * demand;
}

const rankedCache = new WeakMap<Scenario, Pair[]>();

/** Every (product, market) pair with demand, best potential first (ties by market, product). */
export function rankedPairs(scenario: Scenario): Pair[] {
  const hit = rankedCache.get(scenario);
  if (hit) return hit;
  const scored: (Pair & { potential: number })[] = [];
  for (const m of scenario.markets) {
    for (const p of scenario.products) {
      const demand = m.demand[p.category] ?? 0;
      if (demand > 0) scored.push({ product: p.id, market: m.code, potential: pairPotential(p, demand) });
    }
  }
  scored.sort((a, b) => b.potential - a.potential || cmp(a.market, b.market) || cmp(a.product, b.product));
  const out = scored.map(({ product, market }) => ({ product, market }));
  rankedCache.set(scenario, out);
  return out;
}

/** Keywords of the pair's market relevant to the product (at least `minRelevance`), most relevant first. */
export function relevantKeywords(scenario: Scenario, pair: Pair, minRelevance: number): Keyword[] {
  const list = indexScenario(scenario).keywordsByMarket.get(pair.market) ?? [];
  return list
    .filter((k) => (k.relevance[pair.product] ?? 0) >= minRelevance && (k.relevance[pair.product] ?? 0) > 0)
    .sort((a, b) => (b.relevance[pair.product] ?? 0) - (a.relevance[pair.product] ?? 0) || cmp(a.id, b.id));
}

/** A complete, localised listing with the most relevant title keywords (within the scenario's limit). */
export function fullListing(scenario: Scenario, pair: Pair): ListingDecision {
  const ix = indexScenario(scenario);
  const product = ix.products.get(pair.product);
  const market = ix.markets.get(pair.market);
  return {
    product: pair.product,
    market: pair.market,
    titleKeywords: relevantKeywords(scenario, pair, 0)
      .slice(0, scenario.policies.maxTitleKeywords)
      .map((k) => k.id),
    language: market?.language ?? 'en',
    images: clamp(scenario.model.quality.imagesIdeal, 0, 20),
    attributesFilled: product?.attributes ?? 0,
  };
}

/** Parcel services of a market (no overseas warehouse), by id. */
export function parcelServices(scenario: Scenario, market: string): LogisticsService[] {
  return (indexScenario(scenario).servicesByMarket.get(market) ?? []).filter((s) => s.tier !== 'WAREHOUSE');
}

const SPEED: readonly ServiceTier[] = ['ECONOMY', 'STANDARD', 'PREMIUM'];

/** The first parcel service of the tier, else the nearest tier (preferring the faster one), else any parcel service. */
export function serviceOfTier(scenario: Scenario, market: string, tier: ServiceTier): LogisticsService | undefined {
  const list = parcelServices(scenario, market);
  const want = SPEED.indexOf(tier);
  const order = [...SPEED].sort((a, b) => {
    const da = Math.abs(SPEED.indexOf(a) - want);
    const db = Math.abs(SPEED.indexOf(b) - want);
    return da - db || SPEED.indexOf(b) - SPEED.indexOf(a);
  });
  for (const t of order) {
    const hit = list.find((s) => s.tier === t);
    if (hit) return hit;
  }
  return list[0];
}

/** The next faster tier (PREMIUM stays PREMIUM). */
export function fasterTier(tier: ServiceTier): ServiceTier {
  const i = SPEED.indexOf(tier);
  return i < 0 ? 'STANDARD' : SPEED[Math.min(SPEED.length - 1, i + 1)];
}

/** The largest promotion discount a market allows (bps). */
export function maxDiscountBps(scenario: Scenario, market: string): number {
  return indexScenario(scenario).markets.get(market)?.compliance?.maxDiscountBps ?? 10_000;
}

/** Units of a product on hand anywhere plus on their way. */
export function unitsInPosition(team: TeamState | undefined, product: string): number {
  if (!team) return 0;
  let units = 0;
  for (const loc of Object.keys(team.stock)) units += team.stock[loc][product] ?? 0;
  for (const p of team.pipeline) if (p.product === product) units += p.units;
  return units;
}

/** Distinct products of a list of pairs, sorted. */
export function productsOf(pairs: readonly Pair[]): string[] {
  return [...new Set(pairs.map((p) => p.product))].sort();
}
