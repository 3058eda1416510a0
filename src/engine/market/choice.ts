/** Multinomial-logit utility of a listing and conversion per click. */
import type { ScenarioModel } from '../../scenario/scenario.schema';

export interface ChoiceInput {
  /** Price paid by the shopper (after discount, incl. any shipping charged). */
  priceCents: number;
  /** The product's reference price: prices enter as ln(price / reference). */
  referencePriceCents: number;
  rating: number;
  reviews: number;
  deliveryDays: number;
  quality: number;
  localised: boolean;
  promo: boolean;
  /** Ratings enter as (rating − ratingCenter): the scenario's prior mean (4.5 in docs/market-facts.md). */
  ratingCenter: number;
}

export function utility(c: ScenarioModel['choice'], priceSensitivity: number, x: ChoiceInput): number {
  return (
    c.alpha -
    c.betaPrice * priceSensitivity * Math.log(x.priceCents / x.referencePriceCents) +
    c.betaRating * (x.rating - x.ratingCenter) +
    c.betaReviews * Math.log(1 + x.reviews) -
    c.betaDays * x.deliveryDays -
    c.betaDaysLate * Math.max(0, x.deliveryDays - c.lateAfterDays) +
    c.betaQuality * x.quality +
    c.betaLocalised * (x.localised ? 1 : 0) +
    c.betaPromo * (x.promo ? 1 : 0)
  );
}

/**
 * Probability that a click on listing j ends in an order: exp(Vj) over
 * exp(V0) + Σ exposure_i·exp(Vi) of what the shopper saw (capped at 1).
 */
export function conversionPerClick(expV: number, expNoPurchase: number, exposureSum: number): number {
  return Math.min(1, expV / (expNoPurchase + exposureSum));
}
