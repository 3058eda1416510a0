/**
 * Ad auctions over the round's ticks. At each tick every keyword runs a
 * GSP auction among the bidders whose team still takes part under its
 * pacing; the a-th winner shows on result page a mod K at ad slot
 * floor(a / K). Bidders with exactly equal ad rank take turns: their order
 * is rotated by one each tick, so equal bids share the better slots.
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

/** The bidders in auction order at tick t: by ad rank, each group of equal rank rotated by t. */
export function tickOrder(bidders: readonly AdBidEntry[], tick: number): AdBidEntry[] {
  const out: AdBidEntry[] = [];
  let i = 0;
  while (i < bidders.length) {
    let j = i + 1;
    while (j < bidders.length && bidders[j].adRank === bidders[i].adRank) j += 1;
    const n = j - i;
    for (let k = 0; k < n; k += 1) out.push(bidders[i + ((k + tick) % n)]);
    i = j;
  }
  return out;
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
      const order = tickOrder(km.bidders, t);
      const winners: AdBidEntry[] = [];
      let next: AdBidEntry | undefined;
      for (const b of order) {
        if (b.teamIndex >= 0 && !partakes[b.teamIndex]) {
          b.ticksLostToBudget += 1;
          b.impressionsLostToBudget += searches * positionReach(model.search, slots[0]);
          continue;
        }
        if (winners.length < capacity) winners.push(b);
        else {
          next = b;
          break;
        }
      }
      winners.forEach((b, a) => {
        const nextRank = a + 1 < winners.length ? winners[a + 1].adRank : next?.adRank;
        const price = gspPrice(b, nextRank);
        const pos = slots[Math.floor(a / km.pages)];
        const theta = positionTheta(model.search, pos) * model.ads.adClickFactor;
        const clicks =
          searches *
          Math.min(1, theta * model.search.baseAttractiveness * b.listing.product.appeal) *
          b.listing.exposure;
        b.expImpressions += searches * positionReach(model.search, pos) * b.listing.exposure;
        b.expClicks += clicks;
        b.expSpend += clicks * price;
        b.ticksWon += 1;
        b.positionSum += pos;
        km.adExposure += (theta * b.listing.exposure * b.listing.expV) / T / km.pages;
        if (b.teamIndex >= 0) tickSpend[b.teamIndex] += clicks * price;
      });
    }
    for (let i = 0; i < budgets.length; i += 1) budgets[i].spent += tickSpend[i];
  }
}
