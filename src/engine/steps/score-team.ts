/**
 * Step 8a: a team's round figures turned into KPIs, module scores and its
 * round result. Operating result = the ledger without purchases (stock is
 * an asset; its cost enters as cost of goods sold).
 */
import type { ModuleDecisions, TeamRoundResult } from '../types';
import { computeKpis, type TeamFigures } from '../scoring/kpis';
import { moduleScore, totalScore } from '../scoring/band-points';
import { MODULE_ORDER } from '../market/modules';
import { potentialOf, selectionFit, sortedPotentials } from '../selection/selection-fit';
import type { RoundContext, TeamCtx } from './round-context';
import type { SalesResult } from './settle-sales';
import { auctionReports } from './settle-ads';

export function teamFigures(
  ctx: RoundContext,
  team: TeamCtx,
  sales: SalesResult,
  rating: number,
  adSpendCents: number,
): TeamFigures {
  const f = sales.figures;
  let adClicks = 0;
  let clicksTimesBid = 0;
  for (const e of team.bids) {
    adClicks += e.clicks;
    clicksTimesBid += e.clicks * e.bidCents;
  }
  const delivered = f.shipped - f.lost;
  return {
    revenueCents: f.revenue,
    refundsCents: f.refunds,
    cogsCents: f.cogs,
    operatingResultCents: team.ledger.total() - team.ledger.get('PURCHASES'),
    rating,
    serviceScore: team.state.serviceScore,
    demandUnits: f.demand,
    servedUnits: f.served,
    availableUnits: team.availableUnits,
    listingsWithStock: f.withStock,
    listings: team.listings.length,
    priceFlags: f.flags,
    averageQuality: team.listings.length > 0 ? f.quality / team.listings.length : 0,
    gmvCents: f.revenue,
    searchClicks: f.searchClicks,
    searchOrders: f.searchOrders,
    selectionFit: selectionFit(
      team.listings.map((l) => potentialOf(l.product, l.market)),
      sortedPotentials(ctx.scenario),
    ),
    adSpendCents,
    adRevenueCents: f.adRevenue,
    adBudgetCents: team.adBudgetCents,
    adClicks,
    adClicksTimesBid: clicksTimesBid,
    affiliateCents: f.affiliate,
    affiliateOrders: f.affiliateOrders,
    shipped: f.shipped,
    cancelled: f.cancelled,
    late: f.late,
    lost: f.lost,
    disputes: f.disputes,
    logisticsCents: f.logistics,
    averageDeliveryDays: delivered > 0 ? f.daysSum / delivered : 0,
    impressions: f.impressions,
    expected: { late: f.expectedLate, lost: f.expectedLost, disputes: f.expectedDisputes, shipped: f.shipped },
  };
}

/** The team's result of the round; also updates its cumulative total and the decisions carried forward. */
export function scoreTeam(
  ctx: RoundContext,
  team: TeamCtx,
  sales: SalesResult,
  figures: TeamFigures,
  cashStart: number,
): TeamRoundResult {
  const { scenario, spec } = ctx;
  const s = team.state;
  const kpis = computeKpis(figures);
  const scores = MODULE_ORDER.map((m) => moduleScore(m, scenario.scoring.bands[m], kpis[m], spec.modules.includes(m)));
  const total = totalScore(scores, scenario.scoring.weights);
  s.cumulativeTotal = Math.round((s.cumulativeTotal + total) * 100) / 100;
  const d = team.decisions;
  const used: ModuleDecisions = {
    OPERATIONS: d.OPERATIONS,
    SELECTION: d.SELECTION,
    ADS: d.ADS,
    FULFILLMENT: d.FULFILLMENT,
  };
  s.lastDecisions = used;
  const result: TeamRoundResult = {
    teamId: s.teamId,
    absentModules: team.absent,
    kpis,
    scores,
    total,
    cashStartCents: cashStart,
    cashEndCents: s.cashCents,
    ledger: team.ledger.entries(),
    listings: sales.listings,
    auctions: auctionReports(ctx, team),
    lanes: sales.lanes,
    badges: [],
  };
  if (team.adjustments.length > 0) result.adjustments = team.adjustments;
  return result;
}
