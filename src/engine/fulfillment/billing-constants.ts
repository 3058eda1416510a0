/**
 * Market facts the scenario schema does not carry yet (DOMAIN.md:
 * "billable weight = max(actual, L×W×H / 5000); minimum 50 g").
 * TODO(lead): move into scenario.model.fulfillment when the schema allows.
 */
export const VOLUMETRIC_DIVISOR_CM3_PER_KG = 5000;
export const MINIMUM_BILLABLE_GRAMS = 50;
