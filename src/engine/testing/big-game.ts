/**
 * Builds N teams of decisions for a scenario (for benchmarks and
 * calibration): every team lists up to `listingsPerTeam` (product, market)
 * pairs, buys stock, bids on relevant keywords. Variation between teams is
 * arithmetic on the team index (no randomness).
 */
import type { Scenario } from '../../scenario/scenario.schema';
import type { GameState, ModuleDecisions } from '../types';
import { createInitialState } from '../initial-state';

export function teamIdsFor(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `team-${String(i + 1).padStart(4, '0')}`);
}

export function botDecisions(scenario: Scenario, teamIndex: number, listingsPerTeam = 20): ModuleDecisions {
  const pairs: { product: string; market: string }[] = [];
  for (const m of scenario.markets) for (const p of scenario.products) pairs.push({ product: p.id, market: m.code });
  const count = Math.min(listingsPerTeam, scenario.policies.maxListings, pairs.length);
  const start = (teamIndex * 7) % pairs.length;
  const chosen = Array.from({ length: count }, (_, i) => pairs[(start + i) % pairs.length]);
  const variant = teamIndex % 5;
  const products = new Map(scenario.products.map((p) => [p.id, p]));
  const listings = chosen.map((c) => {
    const kws = scenario.keywords
      .filter((k) => k.market === c.market && (k.relevance[c.product] ?? 0) > 0)
      .map((k) => k.id);
    return {
      product: c.product,
      market: c.market,
      titleKeywords: kws.slice(0, scenario.policies.maxTitleKeywords),
      language: variant === 4 ? 'en' : (scenario.markets.find((m) => m.code === c.market)?.language ?? 'en'),
      images: 4 + variant,
      attributesFilled: Math.max(0, (products.get(c.product)?.attributes ?? 0) - variant),
    };
  });
  const prices = chosen.map((c) => ({
    product: c.product,
    market: c.market,
    priceCents: Math.round((products.get(c.product)?.referencePriceCents ?? 100) * (0.85 + 0.05 * variant)),
    discountBps: variant === 2 ? 1000 : 0,
  }));
  const purchased = [...new Set(chosen.map((c) => c.product))].sort();
  const purchases = purchased.map((p) => ({ product: p, units: Math.max(products.get(p)?.minOrderUnits ?? 1, 150) }));
  const bids = chosen.flatMap((c) =>
    scenario.keywords
      .filter((k) => k.market === c.market && (k.relevance[c.product] ?? 0) >= 0.5)
      .map((k) => ({ keyword: k.id, product: c.product, bidCents: k.floorCpcCents * (2 + variant) })),
  );
  const services = scenario.markets.map((m) => {
    const list = scenario.logistics.filter((s) => s.market === m.code && s.tier !== 'WAREHOUSE');
    return { market: m.code, service: list[teamIndex % list.length].id };
  });
  const affiliate = scenario.categories.map((c) => ({
    category: c.id,
    commissionBps: variant % 2 === 0 ? c.affiliateBandBps.min : 0,
  }));
  return {
    OPERATIONS: { prices, purchases, serviceLevel: (['BASIC', 'STANDARD', 'PREMIUM'] as const)[teamIndex % 3] },
    SELECTION: { listings, storefront: (['BASIC', 'DECORATED', 'FLAGSHIP'] as const)[teamIndex % 3] },
    ADS: { bids, dailyBudgetCents: 500 + 200 * variant, pacing: variant % 2 === 0 ? 'EVEN' : 'ASAP', affiliate },
    FULFILLMENT: { services, handlingDays: 1 + (teamIndex % 3), transfers: [], packaging: 'STANDARD' },
  };
}

export function buildBigGame(
  scenario: Scenario,
  teams: number,
  listingsPerTeam = 20,
): { state: GameState; decisions: Record<string, ModuleDecisions> } {
  const ids = teamIdsFor(teams);
  const state = createInitialState(scenario, ids);
  const decisions: Record<string, ModuleDecisions> = {};
  ids.forEach((id, i) => (decisions[id] = botDecisions(scenario, i, listingsPerTeam)));
  return { state, decisions };
}
