/**
 * One keyword's search market in a round: the ranked organic results, the
 * ad bidders, and the shoppers' clicks and orders.
 *
 * Organic results: each candidate's average examination θ, reach and
 * position over the shoppers' personalised result pages (organic-placement.ts);
 * equal scores get equal places — equal decisions, equal chances. The
 * keyword's searches are spread evenly over K = ceil(candidates / organic
 * slots) result pages.
 *
 * Expected clicks of a listing = searches/K × θ(position) × attractiveness
 * × appeal × exposure; a click converts with exp(V) over 1 + the examined
 * exp(V) of the page (organic and ads). The realised clicks and orders of a
 * team's listing are drawn from the team's own stream; competitors take
 * their expected orders.
 */
import type { Keyword, Market, ScenarioModel } from '../../scenario/scenario.schema';
import { conversionPerClick } from './choice';
import type { PageLayout } from './search';
import { organicPlacements } from './organic-placement';
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
  /** Ticks at an ad place (fractional when a tie group shares places). */
  ticksWon: number;
  /** Σ ad position × ticks at it (average position = positionSum / ticksWon). */
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
  /** Average examination θ, reach and position over the shoppers' personalised results. */
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

/** Candidates (in the caller's canonical order) with their average placement (see organic-placement.ts). */
function rankCandidates(
  candidates: { listing: SellerListing; relevance: number }[],
  search: ScenarioModel['search'],
  layout: PageLayout,
): RankedListing[] {
  const placements = organicPlacements(
    candidates.map((c) => c.listing.baseScore * c.relevance),
    search,
    layout,
  );
  return candidates.map((c, i) => ({
    listing: c.listing,
    relevance: c.relevance,
    theta: placements[i].theta,
    reach: placements[i].reach,
    position: placements[i].position,
  }));
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
    ranked: rankCandidates(candidates, model.search, layout),
    bidders: [...bidders].sort((a, b) => b.adRank - a.adRank || compareText(a.listing.id, b.listing.id)),
    adExposure: 0,
  };
}

/** The stream of a team listing's traffic luck (none for competitors, who take their expected figures). */
export type KeywordStreams = (listing: SellerListing) => Rng | undefined;

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
    const rng = streams(l);
    const clicks = rng ? samplePoisson(rng, expClicks) : expClicks;
    const orders = rng ? sampleBinomial(rng, clicks, conversion) : expClicks * conversion;
    l.impressions += impressions;
    l.clicks += clicks;
    l.searchOrders += orders;
    l.expectedOrders += expClicks * conversion;
    l.expectedClicks += expClicks;
    l.expectedSearchOrders += expClicks * conversion;
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
    const rng = streams(b.listing);
    const clicks = rng ? samplePoisson(rng, b.expClicks) : b.expClicks;
    const orders = rng ? sampleBinomial(rng, clicks, conversion) : clicks * conversion;
    b.clicks = clicks;
    b.orders = orders;
    b.spend = clicks * (b.expSpend / b.expClicks);
    b.listing.adImpressions += b.expImpressions;
    b.listing.adClicks += clicks;
    b.listing.adOrders += orders;
    b.listing.expectedOrders += b.expClicks * conversion;
    b.listing.expectedClicks += b.expClicks;
    b.listing.expectedAdOrders += b.expClicks * conversion;
  }
}
