/** Delivery times: triangular carrier days, the promise and lateness. */
import type { LogisticsService } from '../../scenario/scenario.schema';

type Days = LogisticsService['deliveryDays'];

export function triangularCdf(x: number, d: Days): number {
  const { min, mode, max } = d;
  if (x <= min) return 0;
  if (x >= max) return 1;
  if (x <= mode) return ((x - min) * (x - min)) / ((max - min) * (mode - min));
  return 1 - ((max - x) * (max - x)) / ((max - min) * (max - mode));
}

export function triangularMean(d: Days): number {
  return (d.min + d.mode + d.max) / 3;
}

/**
 * Days quoted to the shopper after hand-over: halfway between the lane's
 * typical (mode) and worst (max) days, rounded up. (A promise of the max
 * days would make a triangular carrier never late.)
 */
export function quotedCarrierDays(d: Days): number {
  return Math.ceil((d.mode + d.max) / 2);
}

/** Probability that carrier days exceed the quoted days. */
export function lateProbability(d: Days): number {
  return 1 - triangularCdf(quotedCarrierDays(d), d);
}

/** Days a shopper expects: handling + the lane's typical days. */
export function expectedDeliveryDays(handlingDays: number, d: Days): number {
  return handlingDays + d.mode;
}
