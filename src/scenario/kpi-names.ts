import type { ModuleName } from './scenario.schema';
import { scoredKpis } from '../engine/scoring/kpi-catalog';

/** KPI keys the engine scores per module (its KPI catalogue); score bands may name only these. */
export const KPI_NAMES: Readonly<Record<ModuleName, readonly string[]>> = {
  OPERATIONS: scoredKpis('OPERATIONS'),
  SELECTION: scoredKpis('SELECTION'),
  ADS: scoredKpis('ADS'),
  FULFILLMENT: scoredKpis('FULFILLMENT'),
};

export function unknownKpiMessage(module: ModuleName, kpi: unknown): string {
  return `unknown KPI ${JSON.stringify(kpi)} for ${module}; expected one of: ${KPI_NAMES[module].join(', ')}`;
}
