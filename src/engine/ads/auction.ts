/** Generalised second-price auction with quality (the documented Alibaba.com rule). */

export interface AdBidder {
  /** Bid in cents. */
  bidCents: number;
  /** Quality score 0..1. */
  quality: number;
  floorCpcCents: number;
}

/** A bidder takes part only with quality ≥ minQuality and a bid ≥ the keyword floor. */
export function eligibleForAuction(b: AdBidder, minQuality: number): boolean {
  return b.quality >= minQuality && b.quality > 0 && b.bidCents >= b.floorCpcCents && b.bidCents > 0;
}

export function adRank(b: AdBidder): number {
  return b.bidCents * b.quality;
}

/**
 * Price per click = next ad rank / own quality + 1 cent, at least the
 * floor, at most the bid (fractional cents; rounded once per ledger line).
 */
export function gspPrice(own: AdBidder, nextAdRank: number | undefined): number {
  const raw = nextAdRank === undefined ? own.floorCpcCents : nextAdRank / own.quality + 1;
  return Math.min(own.bidCents, Math.max(own.floorCpcCents, raw));
}
