/** Demand: shoppers per (market, category, round). */
import type { Market, RoundSpec } from '../../scenario/scenario.schema';

/**
 * Expected shoppers = market.demand[cat] (shoppers per round *per team*
 * taking part in the market, at least one) × season × event ×
 * trend^(round-1) × exp(ε).
 */
export function demandMultiplier(market: Market, spec: RoundSpec, round: number, epsilon: number): number {
  return spec.season * spec.event * Math.pow(market.trendPerRound, round - 1) * Math.exp(epsilon);
}

export function expectedShoppers(market: Market, category: string, teamsInMarket: number, multiplier: number): number {
  return (market.demand[category] ?? 0) * Math.max(1, teamsInMarket) * multiplier;
}
