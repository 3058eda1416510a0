/** Price anomaly (low-price dumping): modified z-score within (market, category). */

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

export interface PriceStats {
  median: number;
  mad: number;
}

export function priceStats(prices: readonly number[]): PriceStats {
  const med = median(prices);
  return { median: med, mad: medianAbsoluteDeviation(prices, med) };
}

export function modifiedZ(price: number, stats: PriceStats): number {
  return stats.mad > 0 ? (MODIFIED_Z_CONSTANT * (price - stats.median)) / stats.mad : 0;
}

/** Dumping: M < −zThreshold, or below minPriceBpsOfMedian of the median when the market has compliance rules. */
export function isDumping(price: number, stats: PriceStats, zThreshold: number, minPriceBpsOfMedian?: number): boolean {
  if (modifiedZ(price, stats) < -zThreshold) return true;
  return minPriceBpsOfMedian !== undefined && price * 10000 < stats.median * minPriceBpsOfMedian;
}
