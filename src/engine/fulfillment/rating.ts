/** Reviews and the Bayesian-smoothed rating. */
import type { ScenarioModel } from '../../scenario/scenario.schema';

type Reviews = ScenarioModel['reviews'];

/** v/(v+m)·R + m/(v+m)·C with R = starSum / v. */
export function bayesianRating(starSum: number, starCount: number, reviews: Reviews): number {
  const m = reviews.priorWeight;
  if (starCount + m <= 0) return reviews.priorMean;
  return (starSum + m * reviews.priorMean) / (starCount + m);
}

export type OrderFate = 'OK' | 'LATE' | 'LOST' | 'NAD';

/** Stars of one review: baseStars − penalty of the fate + quality and service bonuses, clamped 1..5. */
export function reviewStars(reviews: Reviews, fate: OrderFate, quality: number, serviceStarBonus: number): number {
  const penalty =
    fate === 'LATE'
      ? reviews.latePenalty
      : fate === 'LOST'
        ? reviews.lostPenalty
        : fate === 'NAD'
          ? reviews.nadPenalty
          : 0;
  const stars = reviews.baseStars - penalty + reviews.qualityBonus * quality + serviceStarBonus;
  return Math.min(5, Math.max(1, stars));
}
