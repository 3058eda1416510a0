/** Affiliate programme: extra orders bought with a commission rate. */
import type { ScenarioModel } from '../../scenario/scenario.schema';

/**
 * Expected affiliate orders of a listing = ordersPerPercent ×
 * (commission %)^elasticity × appeal × the round's demand multiplier.
 */
export function expectedAffiliateOrders(
  model: ScenarioModel['affiliate'],
  commissionBps: number,
  appeal: number,
  demandMultiplier: number,
): number {
  if (commissionBps <= 0) return 0;
  const percent = commissionBps / 100;
  return model.ordersPerPercent * Math.pow(percent, model.elasticity) * appeal * demandMultiplier;
}
