/**
 * One keyword's search market in a round: ranked organic candidates split
 * into result shards, ad bidders, and the click and order draws.
 *
 * Shards: when more listings are relevant than a page holds, the keyword's
 * searches are split into K = ceil(candidates / organic positions) shards
 * (personalised result sets); the listing ranked r (0-based) appears in
 * shard r mod K at organic position floor(r / K) + 1. Ads likewise: the
 * a-th ad winner shows in shard a mod K, slot floor(a / K).
 */
import type { Keyword, Market, ScenarioModel } from '../../scenario/scenario.schema';
import { conversionPerClick } from './choice';
import { positionTheta, type PageLayout } from './search';
import type { SellerListing } from './listing-context';
import { rankWithSeededTies, sampleBinomial, samplePoisson, splitMultinomial, type Rng } from '../random';

export interface AdBidEntry {
  listing: SellerListing;
  keyword: string;
  bidCents: number;
  quality: number;
  adRank: number;
  floorCpcCents: number;
  /** -1 for competitors (unlimited budget). */
  teamIndex: number;
  expImpressions: number;
  expClicks: number;
  expSpend: number;
  ticksWon: number;
  positionSum: number;
  ticksLostToBudget: number;
  clicks: number;
  orders: number;
  /** Fractional cents before the team's budget cap and rounding. */
  spend: number;
}

export interface KeywordMarket {
  keyword: Keyword;
  market: Market;
  searches: number;
  ranked: SellerListing[];
  relevance: number[];
  shards: number;
  shardSearches: number[];
  /** Eligible bidders by ad rank, best first. */
  bidders: AdBidEntry[];
  /** Σ over ticks of (1/T)·θ(ad position)·adClickFactor·exp(V) per shard. */
  adExposure: number[];
}

export function buildKeywordMarket(
  keyword: Keyword,
  market: Market,
  searches: number,
  candidates: { listing: SellerListing; relevance: number }[],
  bidders: AdBidEntry[],
  layout: PageLayout,
  tieRng: Rng,
  adTieRng: Rng,
  shardRng: Rng,
): KeywordMarket {
  const scored = candidates as { listing: SellerListing; relevance: number; score?: number }[];
  for (const c of scored) c.score = c.listing.baseScore * c.relevance;
  const ranked = rankWithSeededTies(
    tieRng,
    scored,
    (c) => c.score ?? 0,
    (c) => c.listing.id,
  );
  const organicSlots = Math.max(1, layout.organic.length);
  const shards = Math.max(1, Math.ceil(ranked.length / organicSlots));
  const shardSearches = splitMultinomial(shardRng, searches, new Array<number>(shards).fill(1));
  const sortedBidders = rankWithSeededTies(
    adTieRng,
    bidders,
    (b) => b.adRank,
    (b) => b.listing.id,
  );
  return {
    keyword,
    market,
    searches,
    ranked: ranked.map((c) => c.listing),
    relevance: ranked.map((c) => c.relevance),
    shards,
    shardSearches,
    bidders: sortedBidders,
    adExposure: new Array<number>(shards).fill(0),
  };
}

export interface DrawContext {
  model: ScenarioModel;
  layout: PageLayout;
  expNoPurchase: number;
}

/** Organic clicks and orders, then ad clicks and orders, of one keyword. */
export function drawKeyword(km: KeywordMarket, ctx: DrawContext, rng: Rng, adRng: Rng): void {
  const { model, layout } = ctx;
  const search = model.search;
  const shown = Math.min(km.ranked.length, km.shards * layout.organic.length);
  const denominators = km.adExposure.map((x) => ctx.expNoPurchase + x);
  const thetas: number[] = new Array<number>(shown);
  for (let r = 0; r < shown; r += 1) {
    const pos = layout.organic[Math.floor(r / km.shards)];
    thetas[r] = positionTheta(search, pos);
    denominators[r % km.shards] += thetas[r] * km.ranked[r].expV;
  }
  for (let r = 0; r < shown; r += 1) {
    const l = km.ranked[r];
    const s = r % km.shards;
    const n = km.shardSearches[s];
    l.impressions += n;
    const pClick = Math.min(1, thetas[r] * search.baseAttractiveness * l.product.appeal);
    const clicks = sampleBinomial(rng, n, pClick);
    const orders = sampleBinomial(rng, clicks, conversionPerClick(l.expV, 0, denominators[s]));
    l.clicks += clicks;
    l.searchOrders += orders;
  }
  const meanDenominator = denominators.reduce((a, b) => a + b, 0) / denominators.length;
  for (const b of km.bidders) {
    if (b.expClicks <= 0) continue;
    const clicks = samplePoisson(adRng, b.expClicks);
    const orders = sampleBinomial(adRng, clicks, conversionPerClick(b.listing.expV, 0, meanDenominator));
    b.clicks = clicks;
    b.orders = orders;
    b.spend = b.expClicks > 0 ? clicks * (b.expSpend / b.expClicks) : 0;
    b.listing.adImpressions += Math.round(b.expImpressions);
    b.listing.adClicks += clicks;
    b.listing.adOrders += orders;
  }
}
