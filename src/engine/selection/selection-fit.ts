/** Selection fit: margin × demand of what was listed, relative to the best equally long selection. */
import type { Market, Product, Scenario } from '../../scenario/scenario.schema';

/** Margin × demand of one (product, market) pair. */
export function potentialOf(p: Product, m: Market): number {
  const margin = Math.max(0, (p.referencePriceCents - p.unitCostCents) / p.referencePriceCents);
  return margin * (m.demand[p.category] ?? 0);
}

export function listingPotential(scenario: Scenario, product: string, market: string): number {
  const p = scenario.products.find((x) => x.id === product);
  const m = scenario.markets.find((x) => x.code === market);
  if (!p || !m) return 0;
  return potentialOf(p, m);
}

/** Potential of every (product, market) pair, best first. */
export function allPotentials(scenario: Scenario): number[] {
  const out: number[] = [];
  for (const p of scenario.products)
    for (const m of scenario.markets) out.push(listingPotential(scenario, p.id, m.code));
  return out.sort((a, b) => b - a);
}

const sortedCache = new WeakMap<Scenario, readonly number[]>();

/** allPotentials, computed once per scenario object (the result is shared: do not mutate it). */
export function sortedPotentials(scenario: Scenario): readonly number[] {
  let hit = sortedCache.get(scenario);
  if (!hit) {
    hit = allPotentials(scenario);
    sortedCache.set(scenario, hit);
  }
  return hit;
}

/** 0 without listings. */
export function selectionFit(listed: readonly number[], sortedPotentials: readonly number[]): number {
  if (listed.length === 0) return 0;
  const best = sortedPotentials.slice(0, listed.length).reduce((s, v) => s + v, 0);
  const got = listed.reduce((s, v) => s + v, 0);
  return best > 0 ? Math.min(1, got / best) : 0;
}
