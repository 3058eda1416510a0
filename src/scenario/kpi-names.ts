import type { ModuleName } from './scenario.schema';

/** KPI keys the engine produces per module; score bands may name only these. */
export const KPI_NAMES: Readonly<Record<ModuleName, readonly string[]>> = {
  OPERATIONS: ['netMargin', 'rating', 'serviceScore', 'inStockRate', 'sellThrough', 'priceFlags'],
  SELECTION: ['listingQuality', 'gmvCents', 'conversion', 'selectionFit'],
  ADS: ['acos', 'roas', 'budgetUse', 'cpcToBid', 'affiliateShare'],
  FULFILLMENT: ['onTimeRate', 'lateShipmentRate', 'disputeRate', 'lossRate', 'logisticsCostShare'],
};

export function unknownKpiMessage(module: ModuleName, kpi: unknown): string {
  return `unknown KPI ${JSON.stringify(kpi)} for ${module}; expected one of: ${KPI_NAMES[module].join(', ')}`;
}
