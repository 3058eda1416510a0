/**
 * Step 7a: the fate of one listing's shipped parcels, drawn in this order
 * from the listing's own `parcels` stream (keyed by team and listing), so a
 * rival's volume never moves this team's luck:
 *  - lost in transit: lane loss rate;
 *  - damaged: lane damage rate × the packaging's damage factor;
 *  - not as described: category NAD rate × (1 − listing quality);
 *  - late: P(handling + carrier days > the lane's promise);
 *  - disputes: a share of late parcels (× service-level dispute factor),
 *    every lost parcel and every damaged or NAD parcel × the dispute
 *    factor; NAD disputes go to arbitration with probability 1 − quality;
 *  - reviews: each parcel's buyer reviews with the scenario's probability,
 *    stars by the parcel's fate (OK, LATE, LOST, NAD).
 * The expected counts (probabilities × parcels) are computed the same way
 * without draws, for scores and listing history that reward what the team
 * controls rather than its luck.
 */
import type { LogisticsService } from '../../scenario/scenario.schema';
import type { SellerListing } from '../market/listing-context';
import { sampleBinomial } from '../random';
import { lateProbability } from '../fulfillment/delivery';
import { reviewStars, type OrderFate } from '../fulfillment/rating';
import { bpsOf, listingStream, type RoundContext, type TeamCtx } from './round-context';

export interface ParcelFates {
  lost: number;
  damaged: number;
  nad: number;
  late: number;
  notReceived: number;
  nadDisputes: number;
  arbitrations: number;
  reviews: number;
  positiveReviews: number;
  starSum: number;
}

/** The probabilities of one listing's parcels, from the lane, packaging, category, quality and service level. */
interface ParcelOdds {
  loss: number;
  damage: number;
  nad: number;
  late: number;
  /** Share of lost and of damaged/NAD parcels that become disputes. */
  disputeFactor: number;
  lateDispute: number;
  arbitration: number;
  /** Stars of a review per fate, and the review probability. */
  stars: Record<OrderFate, number>;
  review: number;
  positiveStars: number;
}

function parcelOdds(ctx: RoundContext, team: TeamCtx, l: SellerListing, svc: LogisticsService): ParcelOdds {
  const model = ctx.scenario.model;
  const d = team.decisions;
  const packaging = model.fulfillment.packaging[d.FULFILLMENT.packaging];
  const level = model.operations.serviceLevels[d.OPERATIONS.serviceLevel];
  const star = (fate: OrderFate) => reviewStars(model.reviews, fate, l.quality, level.starBonus);
  return {
    loss: bpsOf(svc.lossBps),
    damage: Math.min(1, bpsOf(svc.damageBps) * packaging.damageFactor),
    nad: bpsOf(ctx.ix.categories.get(l.product.category)?.nadRateBps ?? 0) * (1 - l.quality),
    late: lateProbability(model.fulfillment, l.handlingDays, svc.deliveryDays),
    disputeFactor: Math.min(1, level.disputeFactor),
    lateDispute: Math.min(1, bpsOf(model.fulfillment.lateDisputeBps) * level.disputeFactor),
    arbitration: 1 - l.quality,
    stars: { OK: star('OK'), LATE: star('LATE'), LOST: star('LOST'), NAD: star('NAD') },
    review: model.reviews.reviewProbability,
    positiveStars: model.serviceScore.positiveStars,
  };
}

/** Reviews of parcels by fate: count, positive count and star sum (expected when `draw` is the mean). */
function reviewsOf(odds: ParcelOdds, byFate: [OrderFate, number][], draw: (n: number, p: number) => number) {
  let reviews = 0;
  let positiveReviews = 0;
  let starSum = 0;
  for (const [fate, count] of byFate) {
    const r = draw(count, odds.review);
    reviews += r;
    starSum += r * odds.stars[fate];
    if (odds.stars[fate] >= odds.positiveStars) positiveReviews += r;
  }
  return { reviews, positiveReviews, starSum };
}

/** Parcels by fate for reviews: a damaged or NAD parcel is NAD, a late one only if nothing worse happened. */
function byFate(n: number, lost: number, bad: number, late: number): [OrderFate, number][] {
  const lateOnly = Math.min(late, n - lost - bad);
  return [
    ['OK', n - lost - bad - lateOnly],
    ['LATE', lateOnly],
    ['LOST', lost],
    ['NAD', bad],
  ];
}

/** The fates of `n` parcels, each count drawn by `draw(parcels, probability)` in the file comment's order. */
function fatesOf(odds: ParcelOdds, n: number, draw: (k: number, p: number) => number): ParcelFates {
  const lost = draw(n, odds.loss);
  const damaged = draw(n - lost, odds.damage);
  const nad = draw(n - lost - damaged, odds.nad);
  const late = draw(n - lost, odds.late);
  const notReceived = draw(late, odds.lateDispute) + draw(lost, odds.disputeFactor);
  const nadDisputes = draw(damaged + nad, odds.disputeFactor);
  const arbitrations = draw(nadDisputes, odds.arbitration);
  const reviews = reviewsOf(odds, byFate(n, lost, damaged + nad, late), draw);
  return { lost, damaged, nad, late, notReceived, nadDisputes, arbitrations, ...reviews };
}

/** The realised fates of a listing's `n` parcels, drawn from its own stream. */
export function fulfilParcels(
  ctx: RoundContext,
  team: TeamCtx,
  l: SellerListing,
  svc: LogisticsService,
  n: number,
): ParcelFates {
  const rng = listingStream(ctx, l.market.code, 'parcels', team.state.teamId, l.product.id);
  return fatesOf(parcelOdds(ctx, team, l, svc), n, (k, p) => sampleBinomial(rng, k, p));
}

/**
 * The expected fates of `n` parcels (n may be fractional): every count is
 * its probability × the parcels it applies to. What the team controls,
 * without the luck of the draws; scores and the listing's history use it.
 */
export function expectedParcelFates(
  ctx: RoundContext,
  team: TeamCtx,
  l: SellerListing,
  svc: LogisticsService,
  n: number,
): ParcelFates {
  return fatesOf(parcelOdds(ctx, team, l, svc), n, (k, p) => k * p);
}
