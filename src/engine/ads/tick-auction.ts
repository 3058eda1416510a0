/**
 * Ad auctions over the round's ticks. At each tick every keyword runs a
 * GSP auction among the bidders whose team still takes part under its
 * pacing; expected clicks and spend accumulate, and team spend is updated
 * after the tick (so the order of keywords never matters).
 */
import type { ScenarioModel } from '../../scenario/scenario.schema';
import type { KeywordMarket } from '../market/keyword-market';
import { positionTheta, type PageLayout } from '../market/search';
import { gspPrice } from './auction';
import { takesPart, type Pacing } from './pacing';

export interface TeamBudget {
  budgetCents: number;
  pacing: Pacing;
  spent: number;
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
  const winners: number[] = [];
  for (let t = 1; t <= T; t += 1) {
    for (let i = 0; i < budgets.length; i += 1) {
      partakes[i] = takesPart(budgets[i].pacing, budgets[i].spent, budgets[i].budgetCents, t, T);
      tickSpend[i] = 0;
    }
    for (const km of markets) {
      const capacity = slots.length * km.shards;
      winners.length = 0;
      let next: number | undefined;
      for (let j = 0; j < km.bidders.length; j += 1) {
        const b = km.bidders[j];
        const inIt = b.teamIndex < 0 || partakes[b.teamIndex];
        if (!inIt) {
          b.ticksLostToBudget += 1;
          continue;
        }
        if (winners.length < capacity) winners.push(j);
        else {
          next = j;
          break;
        }
      }
      for (let a = 0; a < winners.length; a += 1) {
        const b = km.bidders[winners[a]];
        const nextRank =
          a + 1 < winners.length
            ? km.bidders[winners[a + 1]].adRank
            : next !== undefined
              ? km.bidders[next].adRank
              : undefined;
        const price = gspPrice(b, nextRank);
        const shard = a % km.shards;
        const pos = slots[Math.floor(a / km.shards)];
        const theta = positionTheta(model.search, pos) * model.ads.adClickFactor;
        const searches = km.shardSearches[shard] / T;
        const clicks = searches * Math.min(1, theta * model.search.baseAttractiveness * b.listing.product.appeal);
        b.expImpressions += searches;
        b.expClicks += clicks;
        b.expSpend += clicks * price;
        b.ticksWon += 1;
        b.positionSum += pos;
        km.adExposure[shard] += (theta * b.listing.expV) / T;
        if (b.teamIndex >= 0) tickSpend[b.teamIndex] += clicks * price;
      }
    }
    for (let i = 0; i < budgets.length; i += 1) budgets[i].spent += tickSpend[i];
  }
}
