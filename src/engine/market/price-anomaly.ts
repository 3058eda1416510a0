/**
 * Price anomaly (low-price dumping), judged per product.
 *
 * Prices are compared as ratios to each product's own reference price, so
 * a $7.90 phone case and a $24.90 pair of earbuds are comparable. The
 * distribution a listing is judged against holds the product's reference
 * price (ratio 1) and the prices of every *other* listing in the market of
 * the same product or a close substitute (same category). With
 *   centre = min(median, 1)   (a price at or above the reference is never dumping)
 *   MAD    = max(median absolute deviation, minMad × centre)
 *   M      = 0.6745 · (ratio − centre) / MAD          (modified z-score)
 * the listing is flagged when M < −zThreshold, or, in markets with
 * compliant-pricing rules, when its price is below minPriceBpsOfMedian of
 * the centre. A flagged listing's exposure is multiplied by the scenario's
 * dumpingExposure and it may not run ads.
 */

/** The modified z-score's consistency constant (Iglewicz & Hoaglin). */
export const MODIFIED_Z_CONSTANT = 0.6745;

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function medianAbsoluteDeviation(values: readonly number[], med: number): number {
  return median(values.map((v) => Math.abs(v - med)));
}

export interface AnomalyRules {
  zThreshold: number;
  /** Floor of the MAD as a share of the centre (minMadBps / 10000). */
  minMad: number;
  /** Compliant-pricing floor as a share of the centre, where the market has one. */
  minShareOfCentre?: number;
}

export interface AnomalyCheck {
  /** Centre and MAD as ratios of the product's reference price. */
  centre: number;
  mad: number;
  z: number;
  flagged: boolean;
}

/**
 * Checks one listing: `ratio` = its price / its product's reference price;
 * `others` = the ratios of the other listings of the product and its close
 * substitutes in the market (the reference itself is added here).
 */
export function checkPriceAnomaly(ratio: number, others: readonly number[], rules: AnomalyRules): AnomalyCheck {
  return anomalyJudge(others, rules)(ratio);
}

/** A judge of ratios against one distribution (`values` plus the reference), computed once. */
export function anomalyJudge(values: readonly number[], rules: AnomalyRules): (ratio: number) => AnomalyCheck {
  const all = [1, ...values];
  const centre = Math.min(1, median(all));
  const mad = Math.max(medianAbsoluteDeviation(all, centre), rules.minMad * centre);
  return (ratio) => {
    const z = mad > 0 ? (MODIFIED_Z_CONSTANT * (ratio - centre)) / mad : 0;
    const belowCompliance = rules.minShareOfCentre !== undefined && ratio < centre * rules.minShareOfCentre;
    return { centre, mad, z, flagged: z < -rules.zThreshold || belowCompliance };
  };
}
