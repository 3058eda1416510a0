/**
 * Step 3b: risk control and organic standing of every listing of a market.
 *
 * - Price anomaly per product (see market/price-anomaly.ts): a flagged
 *   listing is shown to `dumpingExposure` of the shoppers and ranks that
 *   much lower; keyword stuffing likewise with `stuffingExposure`.
 * - Organic base score = relevance-free product of factors raised to the
 *   scenario's weights: quality, rating / 5, conversion history, store
 *   service score / 100, and price competitiveness reference/(reference +
 *   price) — so price enters rank here and choice in the logit — times any
 *   badge's search weight and the exposure above.
 */
import type { Market } from '../../scenario/scenario.schema';
import { anomalyJudge, checkPriceAnomaly, type AnomalyCheck } from '../market/price-anomaly';

/**
 * Up to this many listings of a category in a market, each is judged against
 * the others (leave one out); beyond, against the whole group, where one
 * listing no longer moves the median.
 */
const LEAVE_ONE_OUT_UP_TO = 32;
import { organicScore, priceFactor } from '../market/search';
import type { SellerListing } from '../market/listing-context';
import { bpsOf, type RoundContext } from './round-context';

function flagDumping(ctx: RoundContext, market: Market, listings: SellerListing[]): void {
  const risk = ctx.scenario.model.risk;
  const rules = {
    zThreshold: risk.zThreshold,
    minMad: bpsOf(risk.minMadBps),
    minShareOfCentre:
      market.compliance?.minPriceBpsOfMedian !== undefined ? bpsOf(market.compliance.minPriceBpsOfMedian) : undefined,
  };
  const ratioOf = (l: SellerListing) => l.effectivePriceCents / l.product.referencePriceCents;
  const byCategory = new Map<string, SellerListing[]>();
  for (const l of listings) {
    const group = byCategory.get(l.product.category);
    if (group) group.push(l);
    else byCategory.set(l.product.category, [l]);
  }
  const checks = new Map<SellerListing, AnomalyCheck>();
  for (const group of byCategory.values()) {
    const teamListings = group.filter((l) => l.teamIndex >= 0);
    if (group.length <= LEAVE_ONE_OUT_UP_TO) {
      for (const l of teamListings)
        checks.set(l, checkPriceAnomaly(ratioOf(l), group.filter((o) => o !== l).map(ratioOf), rules));
    } else {
      const judge = anomalyJudge(group.map(ratioOf), rules);
      for (const l of teamListings) checks.set(l, judge(ratioOf(l)));
    }
  }
  for (const l of listings) {
    const check = checks.get(l);
    if (!check) continue;
    const exposure = check.flagged ? risk.dumpingExposure : 1;
    l.anomaly = {
      medianCents: Math.round(check.centre * l.product.referencePriceCents),
      madCents: Math.round(check.mad * l.product.referencePriceCents),
      z: check.z,
      threshold: risk.zThreshold,
      flagged: check.flagged,
      exposure,
    };
    l.exposure *= exposure;
    if (l.stuffing) l.exposure *= risk.stuffingExposure;
  }
}

/** Flags, exposure and organic base score of every listing (teams' and competitors') of one market. */
export function rankListings(ctx: RoundContext, market: Market, listings: SellerListing[]): void {
  flagDumping(ctx, market, listings);
  const badgeWeight = new Map(ctx.scenario.policies.badges.map((b) => [b.id, b.searchWeight]));
  const weights = { ...ctx.scenario.model.search.weights, relevance: 0 };
  for (const l of listings) {
    const team = l.teamIndex >= 0 ? ctx.teams[l.teamIndex] : undefined;
    let score = organicScore(weights, {
      relevance: 1,
      quality: l.quality,
      rating: l.rating / 5,
      conversion: l.conversionFactor,
      service: team ? team.state.serviceScore / 100 : l.rating / 5,
      price: priceFactor(l.effectivePriceCents, l.product.referencePriceCents),
    });
    if (team) for (const b of team.state.badges) score *= badgeWeight.get(b) ?? 1;
    l.baseScore = score * l.exposure;
  }
}
