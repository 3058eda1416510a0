import type { ModuleName } from '../types';

/** Canonical module order (outputs list modules in this order). */
export const MODULE_ORDER: readonly ModuleName[] = ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'];
