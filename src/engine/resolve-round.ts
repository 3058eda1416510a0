/**
 * The engine's reducer: (state, every team's decisions) -> new state and
 * the outcome of round `state.round + 1`. Pure; never throws for bad
 * decisions (an invalid module payload counts as absent).
 *
 * A round, step by step (each step in `steps/`, its rule in its header):
 *  1. open the round: teams in canonical order with the decisions in force;
 *  2. commit cash: arrivals, fixed costs, purchases, transfers and the ad
 *     budget, each cut to the cash there is;
 *  3. listings: the teams' and the competitor sellers', price-anomaly
 *     checks and organic standing;
 *  4. demand: a fixed pie of shoppers per (market, category), split over
 *     keywords; each keyword's results and ad bidders;
 *  5. ad auctions over the round's ticks, budgets shared by all markets;
 *  6. clicks and orders per keyword, then affiliate orders — a team's
 *     luck from its own streams;
 *  7. settlement per team: stock, parcels, money, books (holding,
 *     storage, overdraft), rating and service score;
 *  8. KPIs and scores, badges, market reports and the new state.
 */
import type { Market } from '../scenario/scenario.schema';
import type { GameState, ResolveInput, ResolveOutput, TeamRoundResult } from './types';
import type { SellerListing } from './market/listing-context';
import type { Rng } from './random';
import type { KeywordMarket } from './market/keyword-market';
import { drawKeyword } from './market/keyword-market';
import { runTickAuctions, type TeamBudget } from './ads/tick-auction';
import { listingStream, openRound, type RoundContext } from './steps/round-context';
import { commitCash } from './steps/commit-cash';
import { buildTeamListings, competitorListings } from './steps/build-listings';
import { rankListings } from './steps/rank-listings';
import { collectBids, searchDemand, type MarketDemand } from './steps/search-demand';
import { drawAffiliateOrders } from './steps/affiliate-orders';
import { chargeAdSpend } from './steps/settle-ads';
import { settleSales } from './steps/settle-sales';
import { closeBooks } from './steps/close-books';
import { scoreTeam, teamFigures } from './steps/score-team';
import { awardBadges } from './steps/award-badges';
import { marketReport } from './steps/market-reports';
import { ENGINE_VERSION } from './engine-version';

interface MarketRound {
  market: Market;
  teamListings: SellerListing[];
  competitors: SellerListing[];
  demand: MarketDemand;
}

/** Steps 3–4 for every market, in market-code order. */
function openMarkets(ctx: RoundContext): MarketRound[] {
  return ctx.ix.marketCodes.map((code) => {
    const market = ctx.ix.markets.get(code) as Market;
    const teamListings = ctx.teams.flatMap((t) => t.listings.filter((l) => l.market.code === code));
    const competitors = competitorListings(ctx, market);
    rankListings(ctx, market, [...teamListings, ...competitors]);
    return { market, teamListings, competitors, demand: searchDemand(ctx, market, teamListings, competitors) };
  });
}

/** Steps 5–6: auctions, then every keyword's clicks and orders, then affiliates. */
function runMarkets(ctx: RoundContext, markets: MarketRound[]): KeywordMarket[] {
  const keywordMarkets = markets.flatMap((m) => m.demand.keywordMarkets);
  const budgets: TeamBudget[] = ctx.teams.map((t) => ({
    budgetCents: t.adBudgetCents,
    pacing: t.decisions.ADS.pacing,
    spent: 0,
  }));
  runTickAuctions(keywordMarkets, budgets, ctx.scenario.model, ctx.layout);
  const traffic = new Map<SellerListing, Rng>();
  const trafficOf = (l: SellerListing): Rng | undefined => {
    if (l.teamId === undefined) return undefined;
    let rng = traffic.get(l);
    if (!rng) traffic.set(l, (rng = listingStream(ctx, l.market.code, 'traffic', l.teamId, l.product.id)));
    return rng;
  };
  for (const km of keywordMarkets) drawKeyword(km, ctx.scenario.model, trafficOf);
  const multipliers = new Map(markets.map((m) => [m.market.code, m.demand.multipliers]));
  for (const team of ctx.teams) drawAffiliateOrders(ctx, team, multipliers);
  return keywordMarkets;
}

/** Steps 7–8a for every team. */
function settleTeams(ctx: RoundContext): {
  results: TeamRoundResult[];
  sold: Map<string, { orders: number; gmv: number }>;
} {
  const sold = new Map<string, { orders: number; gmv: number }>();
  const results = ctx.teams.map((team) => {
    const cashStart = team.state.cashCents;
    const adSpend = chargeAdSpend(team);
    const spendByListing = new Map<string, number>();
    for (const b of team.bids) spendByListing.set(b.listing.id, (spendByListing.get(b.listing.id) ?? 0) + b.spend);
    const sales = settleSales(ctx, team, spendByListing);
    const rating = closeBooks(ctx, team, sales.figures);
    const figures = teamFigures(ctx, team, sales, rating, adSpend);
    team.state.cashCents = cashStart + team.ledger.total();
    for (const [code, agg] of sales.byMarket) {
      const m = sold.get(code) ?? { orders: 0, gmv: 0 };
      m.orders += agg.orders;
      m.gmv += agg.gmv;
      sold.set(code, m);
    }
    return scoreTeam(ctx, team, sales, figures, cashStart);
  });
  return { results, sold };
}

export function resolveRound(input: ResolveInput): ResolveOutput {
  const ctx = openRound(input);
  for (const team of ctx.teams) {
    commitCash(ctx, team);
    buildTeamListings(ctx, team);
    collectBids(ctx, team);
  }
  const markets = openMarkets(ctx);
  runMarkets(ctx, markets);
  const { results, sold } = settleTeams(ctx);
  awardBadges(ctx, results);
  const reports = markets.map((m) =>
    marketReport(
      {
        code: m.market.code,
        shoppers: m.demand.shoppers,
        keywordMarkets: m.demand.keywordMarkets,
        competitors: m.competitors,
        teamOrders: sold.get(m.market.code)?.orders ?? 0,
        teamGmv: sold.get(m.market.code)?.gmv ?? 0,
      },
      results,
    ),
  );
  const state: GameState = { round: ctx.round, classSize: ctx.classSize, teams: ctx.teams.map((t) => t.state) };
  return { state, outcome: { round: ctx.round, engineVersion: ENGINE_VERSION, teams: results, markets: reports } };
}
