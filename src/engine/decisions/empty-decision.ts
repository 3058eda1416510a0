import type {
  AdsDecision,
  FulfillmentDecision,
  ModuleDecisions,
  ModuleName,
  OperationsDecision,
  SelectionDecision,
} from '../types';

export type AnyModuleDecision = OperationsDecision | SelectionDecision | AdsDecision | FulfillmentDecision;

export function emptyOperations(): OperationsDecision {
  return { prices: [], purchases: [], serviceLevel: 'BASIC' };
}
export function emptySelection(): SelectionDecision {
  return { listings: [], storefront: 'BASIC' };
}
export function emptyAds(): AdsDecision {
  return { bids: [], dailyBudgetCents: 0, pacing: 'EVEN', affiliate: [] };
}
/** Handling days default to the longest allowed (the platform's ship-within limit). */
export function emptyFulfillment(shipWithinDays: number): FulfillmentDecision {
  return { services: [], handlingDays: shipWithinDays, transfers: [], packaging: 'STANDARD' };
}

/**
 * The decision used when a team never decided a module. FULFILLMENT needs
 * the scenario's ship-within days; without it the handling defaults to 1.
 */
export function emptyDecision(module: 'OPERATIONS'): OperationsDecision;
export function emptyDecision(module: 'SELECTION'): SelectionDecision;
export function emptyDecision(module: 'ADS'): AdsDecision;
export function emptyDecision(module: 'FULFILLMENT', shipWithinDays?: number): FulfillmentDecision;
export function emptyDecision(module: ModuleName, shipWithinDays?: number): AnyModuleDecision;
export function emptyDecision(module: ModuleName, shipWithinDays = 1): AnyModuleDecision {
  switch (module) {
    case 'OPERATIONS':
      return emptyOperations();
    case 'SELECTION':
      return emptySelection();
    case 'ADS':
      return emptyAds();
    case 'FULFILLMENT':
      return emptyFulfillment(shipWithinDays);
  }
}

/**
 * Carrying a decision forward keeps standing choices (prices, listings,
 * bids, services) and drops one-off actions (purchases, transfers), which
 * would otherwise repeat every round.
 */
export function carryForward(decisions: ModuleDecisions): ModuleDecisions {
  const out: ModuleDecisions = {};
  if (decisions.OPERATIONS) out.OPERATIONS = { ...decisions.OPERATIONS, purchases: [] };
  if (decisions.SELECTION) out.SELECTION = decisions.SELECTION;
  if (decisions.ADS) out.ADS = decisions.ADS;
  if (decisions.FULFILLMENT) out.FULFILLMENT = { ...decisions.FULFILLMENT, transfers: [] };
  return out;
}
