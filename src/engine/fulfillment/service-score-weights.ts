/**
 * The store service score's weights (DOMAIN.md: non-fulfilment 5,
 * not-received disputes 5, not-as-described disputes 10, NAD arbitration
 * 15, positive-review rate 10, rating "as described" 30, "service" 15,
 * "logistics" 10) and the rate at which a rate-based component reaches 0.
 * TODO(lead): the scenario schema has no block for these yet.
 */
export const SERVICE_SCORE_WEIGHTS = {
  nonFulfilment: { points: 5, zeroAtRate: 0.1 },
  notReceivedDisputes: { points: 5, zeroAtRate: 0.05 },
  nadDisputes: { points: 10, zeroAtRate: 0.05 },
  nadArbitration: { points: 15, zeroAtRate: 0.02 },
  positiveReviews: { points: 10 },
  asDescribed: { points: 30 },
  service: { points: 15 },
  logistics: { points: 10 },
} as const;

/** Reviews of at least this many stars count as positive. */
export const POSITIVE_REVIEW_STARS = 4;
