/**
 * Delivery times, the delivery promise and lateness.
 *
 * A parcel's days from order to door = handling days (order to hand-over)
 * + carrier days, triangular(min, mode, max) of the lane. The promise
 * shown to the shopper is the same for every seller of a lane:
 *   promise = carrier days at the scenario's quantile (e.g. 97 %) + the
 *             handling days the platform allows (e.g. 2).
 * A parcel is late when handling + carrier days exceed the promise, so a
 * seller handing over faster than the allowance is late less often than
 * 1 − quantile, and each extra handling day makes lateness likelier.
 * Orders of overseas-warehouse stock are handled by the warehouse (its own
 * handling days), not by the team.
 */
import type { LogisticsService, ScenarioModel } from '../../scenario/scenario.schema';

type Days = LogisticsService['deliveryDays'];
type FulfillmentModel = ScenarioModel['fulfillment'];

export function triangularCdf(x: number, d: Days): number {
  const { min, mode, max } = d;
  if (x <= min) return 0;
  if (x >= max) return 1;
  if (x <= mode) return ((x - min) * (x - min)) / ((max - min) * (mode - min));
  return 1 - ((max - x) * (max - x)) / ((max - min) * (max - mode));
}

/** The carrier days within which a share q of parcels arrive (inverse of the triangular CDF). */
export function triangularQuantile(q: number, d: Days): number {
  const { min, mode, max } = d;
  if (max <= min) return min;
  const split = (mode - min) / (max - min);
  if (q <= split) return min + Math.sqrt(q * (max - min) * (mode - min));
  return max - Math.sqrt((1 - q) * (max - min) * (max - mode));
}

export function triangularMean(d: Days): number {
  return (d.min + d.mode + d.max) / 3;
}

/** Handling days of a listing's orders: the warehouse's for warehouse stock, else the team's. */
export function handlingDaysFor(
  model: FulfillmentModel,
  service: LogisticsService | undefined,
  teamHandlingDays: number,
): number {
  return service?.tier === 'WAREHOUSE' ? model.warehouseHandlingDays : teamHandlingDays;
}

/** Days from order to door promised to the shopper on a lane. */
export function promisedDays(model: FulfillmentModel, d: Days): number {
  return triangularQuantile(model.promise.carrierQuantile, d) + model.promise.handlingAllowanceDays;
}

/** Probability that a parcel handed over after `handlingDays` arrives after the promise. */
export function lateProbability(model: FulfillmentModel, handlingDays: number, d: Days): number {
  return 1 - triangularCdf(promisedDays(model, d) - handlingDays, d);
}

/** Days a shopper expects when choosing: handling + the lane's typical (mode) carrier days. */
export function shopperExpectedDays(handlingDays: number, d: Days): number {
  return handlingDays + d.mode;
}

/** Mean days from order to door: handling + the lane's mean carrier days. */
export function meanDeliveryDays(handlingDays: number, d: Days): number {
  return handlingDays + triangularMean(d);
}
