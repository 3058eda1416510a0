/**
 * Step 6: affiliate orders. Each listing's expected affiliate orders =
 * ordersPerPercent × (commission %)^elasticity × appeal × the round's
 * demand multiplier of its category × its exposure; the realised count is
 * drawn Poisson from the listing's own traffic stream, after its keywords.
 */
import { expectedAffiliateOrders } from '../ads/affiliate';
import { samplePoisson } from '../random';
import { listingStream, type RoundContext, type TeamCtx } from './round-context';

export function drawAffiliateOrders(
  ctx: RoundContext,
  team: TeamCtx,
  multipliers: Map<string, Map<string, number>>,
): void {
  const model = ctx.scenario.model;
  for (const l of team.listings) {
    const aff = team.decisions.ADS.affiliate.find((a) => a.category === l.product.category);
    const mult = multipliers.get(l.market.code)?.get(l.product.category) ?? 0;
    const lambda =
      expectedAffiliateOrders(model.affiliate, aff?.commissionBps ?? 0, l.product.appeal, mult) * l.exposure;
    l.affiliateOrders = samplePoisson(
      listingStream(ctx, l.market.code, 'traffic', team.state.teamId, l.product.id),
      lambda,
    );
    l.expectedOrders += lambda;
    l.expectedAffiliateOrders += lambda;
  }
}
