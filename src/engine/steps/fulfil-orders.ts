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
 * The expected counts (probabilities × parcels) are returned beside the
 * realised ones, for scores that reward what the team controls.
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
  expected: { lost: number; late: number; disputes: number };
}

export function fulfilParcels(
  ctx: RoundContext,
  team: TeamCtx,
  l: SellerListing,
  svc: LogisticsService,
  n: number,
): ParcelFates {
  const model = ctx.scenario.model;
  const d = team.decisions;
  const packaging = model.fulfillment.packaging[d.FULFILLMENT.packaging];
  const level = model.operations.serviceLevels[d.OPERATIONS.serviceLevel];
  const rng = listingStream(ctx, l.market.code, 'parcels', team.state.teamId, l.product.id);
  const pLoss = bpsOf(svc.lossBps);
  const pDamage = Math.min(1, bpsOf(svc.damageBps) * packaging.damageFactor);
  const pNad = bpsOf(ctx.ix.categories.get(l.product.category)?.nadRateBps ?? 0) * (1 - l.quality);
  const pLate = lateProbability(model.fulfillment, l.handlingDays, svc.deliveryDays);
  const df = Math.min(1, level.disputeFactor);
  const pLateDispute = Math.min(1, bpsOf(model.fulfillment.lateDisputeBps) * level.disputeFactor);

  const lost = sampleBinomial(rng, n, pLoss);
  const damaged = sampleBinomial(rng, n - lost, pDamage);
  const nad = sampleBinomial(rng, n - lost - damaged, pNad);
  const late = sampleBinomial(rng, n - lost, pLate);
  const notReceived = sampleBinomial(rng, late, pLateDispute) + sampleBinomial(rng, lost, df);
  const nadDisputes = sampleBinomial(rng, damaged + nad, df);
  const arbitrations = sampleBinomial(rng, nadDisputes, 1 - l.quality);

  const bad = damaged + nad;
  const lateOnly = Math.min(late, n - lost - bad);
  const fates: [OrderFate, number][] = [
    ['OK', n - lost - bad - lateOnly],
    ['LATE', lateOnly],
    ['LOST', lost],
    ['NAD', bad],
  ];
  let reviews = 0;
  let positiveReviews = 0;
  let starSum = 0;
  for (const [fate, count] of fates) {
    const r = sampleBinomial(rng, count, model.reviews.reviewProbability);
    const stars = reviewStars(model.reviews, fate, l.quality, level.starBonus);
    reviews += r;
    starSum += r * stars;
    if (stars >= model.serviceScore.positiveStars) positiveReviews += r;
  }

  const eLost = n * pLoss;
  const eLate = (n - eLost) * pLate;
  const eBad = (n - eLost) * (pDamage + pNad);
  return {
    lost,
    damaged,
    nad,
    late,
    notReceived,
    nadDisputes,
    arbitrations,
    reviews,
    positiveReviews,
    starSum,
    expected: { lost: eLost, late: eLate, disputes: eLate * pLateDispute + eLost * df + eBad * df },
  };
}
