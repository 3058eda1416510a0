/** KPI bands -> points, and module / total scores. */
import type { ScoreBand } from '../../scenario/scenario.schema';
import type { ModuleName, ModuleScore, ScorePoint } from '../types';

/** Linear between zeroAt and fullAt, clamped; works when lower is better (zeroAt > fullAt). */
export function bandPoints(value: number, band: ScoreBand): number {
  if (band.fullAt === band.zeroAt) return value >= band.fullAt ? band.points : 0;
  const t = (value - band.zeroAt) / (band.fullAt - band.zeroAt);
  return band.points * Math.min(1, Math.max(0, t));
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * A band as it applies to a round: a band stated per `perDays` days (a
 * monthly GMV target, say) has its thresholds scaled to the round's days,
 * so a 7-day round is judged against 7/30 of a 30-day target.
 */
export function bandForRound(band: ScoreBand, roundDays: number): ScoreBand {
  if (!band.perDays) return band;
  const k = roundDays / band.perDays;
  return { ...band, zeroAt: band.zeroAt * k, fullAt: band.fullAt * k };
}

export interface ModuleScoreOptions {
  /** The module is decided this round. */
  enabled: boolean;
  /** The team played it (decisions of its own or carried forward); a module not played scores 0. */
  played: boolean;
  roundDays: number;
  /** KPIs that do not apply this round; their bands are not counted. */
  notApplicable: readonly string[];
}

/**
 * A module's score: points earned ÷ points possible over the bands that
 * count this round, × 100, rounded to 2 decimals (the one rounding point).
 * Bands of KPIs that do not apply (no ad spend, no parcels…) are left out of
 * both; a module with no band left, not played or not enabled scores 0.
 */
export function moduleScore(
  module: ModuleName,
  bands: readonly ScoreBand[],
  kpis: Record<string, number>,
  o: ModuleScoreOptions,
): ModuleScore {
  const points: ScorePoint[] = bands.map((b) => {
    const band = bandForRound(b, o.roundDays);
    const value = kpis[b.kpi] ?? 0;
    const counted = !o.notApplicable.includes(b.kpi);
    return {
      kpi: b.kpi,
      value,
      zeroAt: band.zeroAt,
      fullAt: band.fullAt,
      maxPoints: b.points,
      points: counted ? bandPoints(value, band) : 0,
      counted,
    };
  });
  let earned = 0;
  let possible = 0;
  for (const p of points) {
    if (!p.counted) continue;
    earned += p.points;
    possible += p.maxPoints;
  }
  const score = o.enabled && o.played && possible > 0 ? round2(Math.min(100, (earned / possible) * 100)) : 0;
  return { module, score, enabled: o.enabled, points };
}

/**
 * Total = Σ weight × score over enabled modules / Σ weight of enabled
 * modules (weights renormalised over what was played), rounded to 2
 * decimals. 0 when no enabled module has weight.
 */
export function totalScore(scores: readonly ModuleScore[], weights: Record<ModuleName, number>): number {
  let w = 0;
  let s = 0;
  for (const m of scores) {
    if (!m.enabled) continue;
    w += weights[m.module];
    s += weights[m.module] * m.score;
  }
  return w > 0 ? round2(s / w) : 0;
}

/**
 * Profit matters: a round whose expected profit is a loss multiplies the
 * total by 1 − lossAversion × loss ÷ starting cash (never below 0), so a
 * team that loses half its cash with lossAversion 2 scores 0. No loss, or
 * lossAversion 0, leaves the total as it is.
 */
export function lossFactor(expectedProfitCents: number, startingCashCents: number, lossAversion: number): number {
  if (expectedProfitCents >= 0 || lossAversion <= 0 || startingCashCents <= 0) return 1;
  return Math.max(0, 1 - (lossAversion * -expectedProfitCents) / startingCashCents);
}
