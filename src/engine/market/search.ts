/** Search results: position examination, organic score, page layout. */
import type { ScenarioModel } from '../../scenario/scenario.schema';

type SearchModel = ScenarioModel['search'];

/** Examination probability of a 1-based page position, θ1 = 1, tail decay past the table. */
export function positionTheta(search: SearchModel, position: number): number {
  const table = search.positionCtr;
  const first = table[0] > 0 ? table[0] : 1;
  if (position <= table.length) return table[position - 1] / first;
  return (table[table.length - 1] / first) * Math.pow(search.tailDecay, position - table.length);
}

/**
 * Reach of a 1-based page position: the share of a result page's shoppers
 * who scroll far enough to see it (viewDecay per position past the first).
 * An impression is a listing or ad seen; so impressions rise with position.
 */
export function positionReach(search: SearchModel, position: number): number {
  return Math.pow(search.viewDecay, position - 1);
}

export interface OrganicFactors {
  relevance: number;
  quality: number;
  /** rating / 5 */
  rating: number;
  conversion: number;
  /** service score / 100 */
  service: number;
  price: number;
}

/** Product of factors raised to the scenario's weights (factors floored at a tiny positive value). */
export function organicScore(weights: SearchModel['weights'], f: OrganicFactors): number {
  const pow = (x: number, w: number) => (w === 0 ? 1 : Math.pow(Math.max(x, Number.MIN_VALUE), w));
  return (
    pow(f.relevance, weights.relevance) *
    pow(f.quality, weights.quality) *
    pow(f.rating, weights.rating) *
    pow(f.conversion, weights.conversion) *
    pow(f.service, weights.service) *
    pow(f.price, weights.price)
  );
}

/** Price competitiveness 0..1: reference / (reference + price); 0.5 at the reference price. */
export function priceFactor(priceCents: number, referencePriceCents: number): number {
  return referencePriceCents / (referencePriceCents + priceCents);
}

/**
 * Conversion-history factor 0..1: smoothed conversion c = (orders + m·c0)/(clicks + m)
 * mapped to c / (c + c0) (0.5 at the prior c0).
 */
export function conversionFactor(orders: number, clicks: number, prior: number, priorWeight: number): number {
  const c = (orders + priorWeight * prior) / (clicks + priorWeight);
  return c + prior > 0 ? c / (c + prior) : 0;
}

/** Prior conversion of a neutral listing: logistic of alpha against the no-purchase utility. */
export function priorConversion(choice: ScenarioModel['choice']): number {
  return 1 / (1 + Math.exp(choice.noPurchase - choice.alpha));
}

export interface PageLayout {
  /** Page positions (1-based) of organic results, in order. */
  organic: number[];
  /** Page positions of ad slots, in order. */
  ads: number[];
}

/** Ad slots inside the page are reserved; organic results fill the other positions. */
export function pageLayout(search: SearchModel): PageLayout {
  const adSet = new Set(search.adSlots.filter((p) => p <= search.positions));
  const organic: number[] = [];
  for (let p = 1; p <= search.positions; p += 1) if (!adSet.has(p)) organic.push(p);
  return { organic, ads: [...adSet].sort((a, b) => a - b) };
}
