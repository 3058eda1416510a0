/**
 * Step 7c: a team's books at the end of the round.
 *
 * - Holding cost on the stock left (unit cost × holdingCostBps) and storage
 *   per unit in overseas warehouses.
 * - Store rating: the Bayesian-smoothed average of every review so far.
 * - Service score (0..100) from this round's expected non-fulfilment,
 *   disputes, arbitrations, reviews and ratings (expected-sales: what the
 *   team controls, not the draws); unchanged in a round without orders.
 * - Money that matters: a cash balance that would end below zero is an
 *   overdraft; it bears the scenario's interest, charged at once, and is
 *   reported (OVERDRAFT) with the amount.
 */
import { warehouseService } from '../market/scenario-index';
import { bayesianRating } from '../fulfillment/rating';
import { serviceScore } from '../fulfillment/service-score';
import { bpsOf, HOME, type RoundContext, type TeamCtx } from './round-context';
import type { SalesFigures } from './settle-sales';

function chargeStockCosts(ctx: RoundContext, team: TeamCtx): void {
  const s = team.state;
  let holding = 0;
  let storage = 0;
  for (const loc of Object.keys(s.stock).sort()) {
    for (const p of Object.keys(s.stock[loc]).sort()) {
      const units = s.stock[loc][p];
      const product = ctx.ix.products.get(p);
      if (product) holding += units * product.unitCostCents * bpsOf(ctx.scenario.model.operations.holdingCostBps);
      if (loc !== HOME) storage += units * (warehouseService(ctx.ix, loc)?.storagePerUnitCents ?? 0);
    }
  }
  team.ledger.add('HOLDING', -Math.round(holding));
  team.ledger.add('STORAGE', -storage);
}

function chargeOverdraft(ctx: RoundContext, team: TeamCtx): void {
  const end = team.state.cashCents + team.ledger.total();
  if (end >= 0) return;
  const interest = Math.ceil(-end * bpsOf(ctx.scenario.model.finance.overdraftInterestBps));
  team.ledger.add('INTEREST', -interest);
  team.adjustments.push({
    code: 'OVERDRAFT',
    path: 'cash',
    message: `cash ended at -$${(-end / 100).toFixed(2)}; overdraft interest $${(interest / 100).toFixed(2)} charged`,
  });
}

/** The store's rating over every review so far. */
export function storeRating(ctx: RoundContext, team: TeamCtx): number {
  let starSum = 0;
  let starCount = 0;
  for (const k of Object.keys(team.state.listings)) {
    starSum += team.state.listings[k].starSum;
    starCount += team.state.listings[k].starCount;
  }
  return bayesianRating(starSum, starCount, ctx.scenario.model.reviews);
}

/** Step 7c for one team; returns the store rating. */
export function closeBooks(ctx: RoundContext, team: TeamCtx, f: SalesFigures): number {
  chargeStockCosts(ctx, team);
  chargeOverdraft(ctx, team);
  const rating = storeRating(ctx, team);
  const level = ctx.scenario.model.operations.serviceLevels[team.decisions.OPERATIONS.serviceLevel];
  const e = f.expected;
  const delivered = e.served - e.lost;
  if (e.served + e.cancelled > 0) {
    team.state.serviceScore = serviceScore(
      {
        orders: e.served,
        cancelled: e.cancelled,
        notReceivedDisputes: e.notReceived,
        nadDisputes: e.nadDisputes,
        nadArbitrations: e.arbitrations,
        reviews: e.reviews,
        positiveReviews: e.positive,
        rating,
        serviceStarBonus: level.starBonus,
        onTimeRate: delivered > 0 ? (delivered - e.late) / delivered : 1,
      },
      ctx.scenario.model.serviceScore,
    );
  }
  return rating;
}
