/**
 * Step 5b: what a team's ads cost and how each bid fared.
 *
 * Spend is rounded once per bid; a team's total never exceeds its round
 * budget (bids are scaled down pro rata when the last tick overshoots).
 * Each bid's report says whether it ran (RAN), was always outranked
 * (OUTBID), was kept out by the budget in every tick (BUDGET), or could not
 * take part and why (BELOW_FLOOR, LOW_QUALITY, NO_LISTING, NOT_RELEVANT,
 * PRICE_ANOMALY).
 */
import type { AuctionReport } from '../types';
import { compareText } from '../compare-text';
import type { BidReport, BidStatus, RoundContext, TeamCtx } from './round-context';

/** Charges the team's ad spend to its ledger; returns the total. */
export function chargeAdSpend(team: TeamCtx): number {
  const bidSpend = team.bids.map((b) => Math.round(b.spend));
  let total = bidSpend.reduce((a, b) => a + b, 0);
  const budget = team.adBudgetCents;
  if (total > budget) {
    for (let i = 0; i < bidSpend.length; i += 1) bidSpend[i] = Math.floor((bidSpend[i] * budget) / total);
    total = bidSpend.reduce((a, b) => a + b, 0);
  }
  team.bids.forEach((b, i) => (b.spend = bidSpend[i]));
  team.ledger.add('ADS', -total);
  return total;
}

function statusOf(r: BidReport, ticks: number): BidStatus {
  const e = r.entry;
  if (!e) return r.refusal ?? 'NOT_RELEVANT';
  if (e.ticksWon > 0) return 'RAN';
  return e.ticksLostToBudget >= ticks ? 'BUDGET' : 'OUTBID';
}

/** One line per bid, in (market, keyword, product) order. */
export function auctionReports(ctx: RoundContext, team: TeamCtx): AuctionReport[] {
  const ticks = ctx.scenario.model.ads.ticks;
  return team.bidReports
    .map((r): AuctionReport => {
      const e = r.entry;
      return {
        keyword: r.keyword,
        market: r.market,
        product: r.product,
        bidCents: r.bidCents,
        floorCpcCents: r.floorCpcCents,
        qualityScore: r.quality,
        adRank: r.bidCents * r.quality,
        status: statusOf(r, ticks),
        averagePosition: e && e.ticksWon > 0 ? e.positionSum / e.ticksWon : 0,
        impressions: e ? Math.round(e.expImpressions) : 0,
        clicks: e?.clicks ?? 0,
        cpcCents: e && e.clicks > 0 ? Math.round(e.spend / e.clicks) : 0,
        spendCents: e?.spend ?? 0,
        lostToBudget: e ? e.ticksLostToBudget / ticks : 0,
        impressionsLostToBudget: e ? Math.round(e.impressionsLostToBudget) : 0,
      };
    })
    .sort(
      (a, b) =>
        compareText(a.market, b.market) || compareText(a.keyword, b.keyword) || compareText(a.product, b.product),
    );
}
