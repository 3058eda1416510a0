/**
 * Sanity caps of the validator (not market figures: they only keep
 * payloads bounded). Market rules (discount caps, affiliate bands, floors,
 * handling days, listing counts) come from the scenario.
 */
export const DECISION_LIMITS = {
  /** A price may be at most this multiple of the product's reference price. */
  maxPriceMultipleOfReference: 100,
  /** Units per purchase or transfer line. */
  maxUnits: 1_000_000,
  /** A bid may be at most this multiple of the keyword's floor CPC. */
  maxBidMultipleOfFloor: 100,
  /** Daily ad budget cap in cents ($100,000). */
  maxDailyBudgetCents: 10_000_000,
  /** Listing images. */
  maxImages: 20,
  /** Hard cap of title keywords (beyond policies.maxTitleKeywords is allowed but flagged as stuffing). */
  maxTitleKeywordsHard: 50,
  /** Bids per ADS decision. */
  maxBids: 1000,
} as const;
