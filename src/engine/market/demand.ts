/** Demand: shoppers per (market, category, round). */
import type { Market, RoundSpec } from '../../scenario/scenario.schema';

/** The round's demand multiplier: season × event × trend^(round−1) × exp(ε). */
export function demandMultiplier(market: Market, spec: RoundSpec, round: number, epsilon: number): number {
  return spec.season * spec.event * Math.pow(market.trendPerRound, round - 1) * Math.exp(epsilon);
}

/**
 * Expected shoppers of a category = market.demand[category] (shoppers per
 * round per team of the class) × class size × the round's multiplier. The
 * class size is fixed when the game is created: the pie never grows with
 * the number of teams that list in a market.
 */
export function expectedShoppers(market: Market, category: string, classSize: number, multiplier: number): number {
  return (market.demand[category] ?? 0) * Math.max(1, classSize) * multiplier;
}
