/**
 * Step 8a: a team's round figures turned into KPIs, module scores and its
 * round result. Operating result = the ledger without purchases (stock is
 * an asset; its cost enters as cost of goods sold). Scores stand on the
 * expected figures (see kpis); the total is cut by the loss factor when the
 * round was expected to lose money.
 */
import type { ModuleDecisions, ModuleName, TeamRoundResult } from '../types';
import { computeKpis, type TeamFigures } from '../scoring/kpis';
import { lossFactor, moduleScore, round2, totalScore } from '../scoring/band-points';
import { expectedSalesResult } from './expected-sales';
import { MODULE_ORDER } from '../market/modules';
import { potentialOf, selectionFit, sortedPotentials } from '../selection/selection-fit';
import type { RoundContext, TeamCtx } from './round-context';
import type { SalesResult } from './settle-sales';
import { auctionReports } from './settle-ads';

/** Realised fixed and stock costs of the round (ledger lines that do not follow from sales or ads). */
const SALES_LINES = new Set([
  'REVENUE',
  'REFUNDS',
  'COMMISSION',
  'AFFILIATE',
  'LOGISTICS',
  'PACKAGING',
  'ADS',
  'PURCHASES',
]);

export function teamFigures(
  ctx: RoundContext,
  team: TeamCtx,
  sales: SalesResult,
  rating: number,
  adSpendCents: number,
): TeamFigures {
  const f = sales.figures;
  let adClicks = 0;
  let expectedSpend = 0;
  let expectedClicksTimesBid = 0;
  for (const e of team.bids) {
    adClicks += e.clicks;
    expectedSpend += e.expSpend;
    expectedClicksTimesBid += e.expClicks * e.bidCents;
  }
  expectedSpend = Math.min(expectedSpend, team.adBudgetCents);
  let otherCosts = 0;
  for (const line of team.ledger.entries()) if (!SALES_LINES.has(line.kind)) otherCosts += line.amountCents;
  const delivered = f.shipped - f.lost;
  return {
    profitCents: team.ledger.total() - team.ledger.get('PURCHASES') - f.cogs,
    expectedProfitCents: expectedSalesResult(f.expected) - expectedSpend + otherCosts,
    rating,
    serviceScore: team.state.serviceScore,
    unitsOnHand: team.availableUnits,
    listingsWithStock: f.withStock,
    listings: team.listings.length,
    priceFlags: f.flags,
    averageQuality: team.listings.length > 0 ? f.quality / team.listings.length : 0,
    selectionFit: selectionFit(
      team.listings.map((l) => potentialOf(l.product, l.market)),
      sortedPotentials(ctx.scenario),
    ),
    impressions: f.impressions,
    realised: {
      unitsSold: f.served,
      clicks: f.searchClicks,
      adSpendCents,
      adRevenueCents: f.adRevenue,
      adClicks,
      affiliateOrders: f.affiliateOrders,
      parcels: f.shipped,
      averageDeliveryDays: delivered > 0 ? f.daysSum / delivered : 0,
    },
    adBudgetCents: team.adBudgetCents,
    expectedAdSpendCents: expectedSpend,
    expectedClicksTimesBid,
    expected: f.expected,
  };
}

/**
 * Modules the team played this round: a module of its own submission, or
 * carried forward from an earlier one. A store without a listing plays no
 * module (it has nothing to sell); a module absent with nothing to carry
 * forward is not played. Modules not played score 0.
 */
export function playedModules(ctx: RoundContext, team: TeamCtx): Set<ModuleName> {
  const played = new Set<ModuleName>();
  if (team.listings.length === 0) return played;
  const carries = ctx.scenario.policies.absentTeam !== 'NOTHING';
  const last = team.state.lastDecisions;
  for (const m of MODULE_ORDER) if (!team.absent.includes(m) || (carries && last[m] !== undefined)) played.add(m);
  return played;
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
  const played = playedModules(ctx, team);
  const scores = MODULE_ORDER.map((m) =>
    moduleScore(m, scenario.scoring.bands[m], kpis.values[m], {
      enabled: spec.modules.includes(m),
      played: played.has(m),
      roundDays: scenario.rounds.days,
      notApplicable: kpis.notApplicable[m],
    }),
  );
  // rounded to 4 decimals before use, so the total can be recomputed from the reported factor
  const factor =
    Math.round(
      lossFactor(figures.expectedProfitCents, scenario.policies.startingCashCents, scenario.scoring.lossAversion ?? 0) *
        10000,
    ) / 10000;
  const total = round2(totalScore(scores, scenario.scoring.weights) * factor);
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
    kpis: kpis.values,
    scores,
    total,
    lossFactor: factor,
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
