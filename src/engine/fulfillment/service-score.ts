/** Store service score 0..100 from one round's figures, with the scenario's component weights. */
import type { ServiceScoreModel } from '../../scenario/scenario.schema';

export interface ServiceFigures {
  orders: number;
  cancelled: number;
  notReceivedDisputes: number;
  nadDisputes: number;
  /** NAD disputes escalated to arbitration (those the service level did not settle). */
  nadArbitrations: number;
  reviews: number;
  positiveReviews: number;
  /** Bayesian store rating 1..5. */
  rating: number;
  /** Service-level star bonus added to the "service" rating. */
  serviceStarBonus: number;
  onTimeRate: number;
}

const rateComponent = (count: number, base: number, zeroAtRate: number) =>
  base > 0 ? Math.max(0, 1 - count / base / zeroAtRate) : 1;
const starComponent = (rating: number) => Math.min(1, Math.max(0, (rating - 1) / 4));

export function serviceScore(f: ServiceFigures, W: ServiceScoreModel): number {
  const base = f.orders + f.cancelled;
  const positive = f.reviews > 0 ? f.positiveReviews / f.reviews : starComponent(f.rating);
  const score =
    W.nonFulfilment.points * rateComponent(f.cancelled, base, W.nonFulfilment.zeroAtRate) +
    W.notReceivedDisputes.points * rateComponent(f.notReceivedDisputes, base, W.notReceivedDisputes.zeroAtRate) +
    W.nadDisputes.points * rateComponent(f.nadDisputes, base, W.nadDisputes.zeroAtRate) +
    W.nadArbitration.points * rateComponent(f.nadArbitrations, base, W.nadArbitration.zeroAtRate) +
    W.positiveReviews.points * positive +
    W.asDescribed.points * starComponent(f.rating) +
    W.service.points * starComponent(Math.min(5, f.rating + f.serviceStarBonus)) +
    W.logistics.points * f.onTimeRate;
  return Math.min(100, Math.max(0, score));
}

/** Neutral starting score: no orders, the prior rating, every shipment on time. */
export function neutralServiceScore(priorRating: number, weights: ServiceScoreModel): number {
  return serviceScore(
    {
      orders: 0,
      cancelled: 0,
      notReceivedDisputes: 0,
      nadDisputes: 0,
      nadArbitrations: 0,
      reviews: 0,
      positiveReviews: 0,
      rating: priorRating,
      serviceStarBonus: 0,
      onTimeRate: 1,
    },
    weights,
  );
}
