/**
 * One keyword's search market in a round: the ranked organic results, the
 * ad bidders, and the shoppers' clicks and orders.
 *
 * Result pages: when more listings are relevant than a page holds, the
 * keyword's searches are spread evenly over K = ceil(candidates / organic
 * positions) result pages (personalised result sets); the listing ranked r
 * (0-based) is shown on page r mod K at organic position floor(r / K) + 1.
 * Listings with exactly equal scores share their positions: each gets the
 * average examination and reach of the ranks the group holds, as if the
 * group were rotated over shoppers — equal decisions, equal chances.
 *
 * Expected clicks of a listing = searches/K × θ(position) × attractiveness
 * × appeal × exposure; a click converts with exp(V) over 1 + the examined
 * exp(V) of the page (organic and ads). The realised clicks and orders of a
 * team's listing are drawn from the team's own stream; competitors take
 * their expected orders.
 */
import type { Keyword, Market, ScenarioModel } from '../../scenario/scenario.schema';
import { conversionPerClick } from './choice';
import { positionReach, positionTheta, type PageLayout } from './search';
import type { SellerListing } from './listing-context';
import { sampleBinomial, samplePoisson, type Rng } from '../random';
import { compareText } from '../compare-text';

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
  /** Impressions the bid would have had in the ticks its budget kept it out. */
  impressionsLostToBudget: number;
  clicks: number;
  orders: number;
  /** Fractional cents before the team's budget cap and rounding. */
  spend: number;
}

interface RankedListing {
  listing: SellerListing;
  relevance: number;
  /** Average examination θ and reach over the ranks its tie group holds. */
  theta: number;
  reach: number;
  position: number;
}

export interface KeywordMarket {
  keyword: Keyword;
  market: Market;
  searches: number;
  /** Searches per result page (searches / pages). */
  pageSearches: number;
  pages: number;
  ranked: RankedListing[];
  /** Eligible bidders by ad rank, best first (exact ties in canonical id order; the auction rotates them). */
  bidders: AdBidEntry[];
  /** Σ over ticks and pages of (1/T)·θ(ad position)·adClickFactor·exp(V), per page on average. */
  adExposure: number;
}

/** Ranks candidates by base score × relevance; exact ties share the average examination of their ranks. */
function rankCandidates(
  candidates: { listing: SellerListing; relevance: number }[],
  search: ScenarioModel['search'],
  layout: PageLayout,
  pages: number,
): RankedListing[] {
  const scored = candidates
    .map((c) => ({ ...c, score: c.listing.baseScore * c.relevance }))
    .sort((a, b) => b.score - a.score || compareText(a.listing.id, b.listing.id));
  const shown = Math.min(scored.length, pages * layout.organic.length);
  const out: RankedListing[] = [];
  let i = 0;
  while (i < shown) {
    let j = i + 1;
    while (j < shown && scored[j].score === scored[i].score) j += 1;
    let theta = 0;
    let reach = 0;
    let position = 0;
    for (let r = i; r < j; r += 1) {
      const pos = layout.organic[Math.floor(r / pages)];
      theta += positionTheta(search, pos);
      reach += positionReach(search, pos);
      position += pos;
    }
    const n = j - i;
    for (let r = i; r < j; r += 1)
      out.push({ ...scored[r], theta: theta / n, reach: reach / n, position: position / n });
    i = j;
  }
  return out;
}

export function buildKeywordMarket(
  keyword: Keyword,
  market: Market,
  searches: number,
  candidates: { listing: SellerListing; relevance: number }[],
  bidders: AdBidEntry[],
  model: ScenarioModel,
  layout: PageLayout,
): KeywordMarket {
  const organicSlots = Math.max(1, layout.organic.length);
  const pages = Math.max(1, Math.ceil(candidates.length / organicSlots));
  return {
    keyword,
    market,
    searches,
    pageSearches: searches / pages,
    pages,
    ranked: rankCandidates(candidates, model.search, layout, pages),
    bidders: [...bidders].sort((a, b) => b.adRank - a.adRank || compareText(a.listing.id, b.listing.id)),
    adExposure: 0,
  };
}

/** The two streams of a team listing's luck on one keyword (none for competitors). */
export type KeywordStreams = (listing: SellerListing, purpose: 'search' | 'ad-clicks') => Rng | undefined;

/** Organic clicks and orders, then ad clicks and orders, of one keyword. */
export function drawKeyword(km: KeywordMarket, model: ScenarioModel, streams: KeywordStreams): void {
  const search = model.search;
  let examined = km.adExposure;
  for (const r of km.ranked) examined += (r.theta * r.listing.exposure * r.listing.expV) / km.pages;
  const denominator = 1 + examined;
  for (const r of km.ranked) {
    const l = r.listing;
    const impressions = km.pageSearches * r.reach * l.exposure;
    const expClicks =
      km.pageSearches * Math.min(1, r.theta * search.baseAttractiveness * l.product.appeal) * l.exposure;
    const conversion = conversionPerClick(l.expV, 0, denominator);
    const rng = streams(l, 'search');
    const clicks = rng ? samplePoisson(rng, expClicks) : expClicks;
    const orders = rng ? sampleBinomial(rng, clicks, conversion) : expClicks * conversion;
    l.impressions += impressions;
    l.clicks += clicks;
    l.searchOrders += orders;
    l.expectedOrders += expClicks * conversion;
    l.positions.push({
      keyword: km.keyword.id,
      position: r.position,
      impressions: Math.round(impressions),
      clicks: Math.round(clicks),
    });
  }
  for (const b of km.bidders) {
    if (b.expClicks <= 0) continue;
    const conversion = conversionPerClick(b.listing.expV, 0, denominator);
    const rng = streams(b.listing, 'ad-clicks');
    const clicks = rng ? samplePoisson(rng, b.expClicks) : b.expClicks;
    const orders = rng ? sampleBinomial(rng, clicks, conversion) : clicks * conversion;
    b.clicks = clicks;
    b.orders = orders;
    b.spend = clicks * (b.expSpend / b.expClicks);
    b.listing.adImpressions += b.expImpressions;
    b.listing.adClicks += clicks;
    b.listing.adOrders += orders;
    b.listing.expectedOrders += b.expClicks * conversion;
  }
}
