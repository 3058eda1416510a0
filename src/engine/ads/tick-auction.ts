/**
 * Ad auctions over the round's ticks. At each tick every keyword runs a
 * GSP auction among the bidders whose team still takes part under its
 * pacing; the a-th winner shows on result page a mod K at ad slot
 * floor(a / K). Bidders with exactly equal ad rank share the places their
 * group reaches equally: each is shown at each of those places for 1/n of
 * the tick's searches (n = the group's size), so equal bids get equal
 * traffic whatever the number of ticks.
 * An ad impression is an ad seen (searches × the slot's reach); clicks
 * follow the slot's examination θ × the ad click factor × attractiveness.
 * Expected clicks and spend accumulate; team spend is updated after the
 * tick, so the order of keywords never matters.
 */
import type { ScenarioModel } from '../../scenario/scenario.schema';
import type { AdBidEntry, KeywordMarket } from '../market/keyword-market';
import { positionReach, positionTheta, type PageLayout } from '../market/search';
import { gspPrice } from './auction';
import { takesPart, type Pacing } from './pacing';

export interface TeamBudget {
  budgetCents: number;
  pacing: Pacing;
  spent: number;
}

/** Consecutive runs of bidders with exactly equal ad rank (bidders sorted by ad rank). */
export function tieGroups(bidders: readonly AdBidEntry[]): AdBidEntry[][] {
  const groups: AdBidEntry[][] = [];
  for (const b of bidders) {
    const last = groups[groups.length - 1];
    if (last && last[0].adRank === b.adRank) last.push(b);
    else groups.push([b]);
  }
  return groups;
}

export function runTickAuctions(
  markets: readonly KeywordMarket[],
  budgets: TeamBudget[],
  model: ScenarioModel,
  layout: PageLayout,
): void {
  const T = model.ads.ticks;
  const slots = layout.ads;
  if (slots.length === 0) return;
  const tickSpend = new Array<number>(budgets.length).fill(0);
  const partakes = new Array<boolean>(budgets.length).fill(false);
  for (let t = 1; t <= T; t += 1) {
    for (let i = 0; i < budgets.length; i += 1) {
      partakes[i] = takesPart(budgets[i].pacing, budgets[i].spent, budgets[i].budgetCents, t, T);
      tickSpend[i] = 0;
    }
    for (const km of markets) {
      const capacity = slots.length * km.pages;
      const searches = km.pageSearches / T;
      const bidding: AdBidEntry[] = [];
      // bidders taking part this tick: up to the places, the whole tie group of the last
      // place, and one beyond (whose rank prices the last place)
      for (const b of km.bidders) {
        const last = bidding[bidding.length - 1];
        if (bidding.length > capacity && last.adRank !== bidding[capacity - 1].adRank) break;
        if (b.teamIndex >= 0 && !partakes[b.teamIndex]) {
          b.ticksLostToBudget += 1;
          b.impressionsLostToBudget += searches * positionReach(model.search, slots[0]);
          continue;
        }
        bidding.push(b);
      }
      const groups = tieGroups(bidding);
      let first = 0;
      groups.forEach((group, g) => {
        const places = Math.min(group.length, capacity - first);
        if (places <= 0) return;
        const nextGroupRank = groups[g + 1]?.[0].adRank;
        for (const b of group) {
          for (let a = first; a < first + places; a += 1) {
            const nextRank = a + 1 < first + group.length ? group[0].adRank : nextGroupRank;
            const share = 1 / group.length;
            const spend = showAd(km, b, slots[Math.floor(a / km.pages)], gspPrice(b, nextRank), searches, share, model);
            if (b.teamIndex >= 0) tickSpend[b.teamIndex] += spend;
          }
        }
        first += places;
      });
    }
    for (let i = 0; i < budgets.length; i += 1) budgets[i].spent += tickSpend[i];
  }
}

/**
 * One ad shown at slot `pos` for `share` of a tick's searches: its expected
 * impressions, clicks and spend, and the attention it takes from organic
 * results. Returns the spend.
 */
function showAd(
  km: KeywordMarket,
  b: AdBidEntry,
  pos: number,
  price: number,
  searches: number,
  share: number,
  model: ScenarioModel,
): number {
  const theta = positionTheta(model.search, pos) * model.ads.adClickFactor;
  const seen = searches * share;
  const clicks =
    seen * Math.min(1, theta * model.search.baseAttractiveness * b.listing.product.appeal) * b.listing.exposure;
  b.expImpressions += seen * positionReach(model.search, pos) * b.listing.exposure;
  b.expClicks += clicks;
  b.expSpend += clicks * price;
  b.ticksWon += share;
  b.positionSum += pos * share;
  km.adExposure += (theta * share * b.listing.exposure * b.listing.expV) / model.ads.ticks / km.pages;
  return clicks * price;
}
