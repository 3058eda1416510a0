/** Parcel billing: billable weight and the cost of one parcel on a service. */
import type { LogisticsService, Product, ScenarioModel } from '../../scenario/scenario.schema';

type Packaging = ScenarioModel['fulfillment']['packaging'][keyof ScenarioModel['fulfillment']['packaging']];

type Billing = Pick<ScenarioModel['fulfillment'], 'volumetricDivisor' | 'minBillableGrams'>;

/** max(actual + packaging, volumetric × packaging volume factor, minimum), in grams. */
export function billableGrams(product: Product, packaging: Packaging, billing: Billing): number {
  const actual = product.weightGrams + packaging.extraGrams;
  const d = product.dimensionsCm;
  const volumetric = ((d.l * d.w * d.h * packaging.volumeFactor) / billing.volumetricDivisor) * 1000;
  return Math.max(actual, volumetric, billing.minBillableGrams);
}

/** Cost of one parcel in fractional cents: kg × rate per kg + per-parcel fee. */
export function parcelCostCents(service: LogisticsService, grams: number): number {
  return (grams / 1000) * service.ratePerKgCents + service.perParcelCents;
}

/** Parcels that pay, given the first N free parcels per service. */
export function paidParcels(parcels: number, shippedBefore: number, firstOrdersFree: number): number {
  const freeLeft = Math.max(0, firstOrdersFree - shippedBefore);
  return Math.max(0, parcels - freeLeft);
}
