/**
 * What would have gained the most points: for each module, the bands whose
 * KPI was furthest from full points, ranked by the module points a move of
 * the KPI to `fullAt` would have added (its missing band points ÷ the
 * points of the bands that counted × 100). Computed from the team's own
 * figures of the round, never generic advice. Pure.
 */
import type { ModuleScore } from '../types';

export interface PointGain {
  kpi: string;
  /** The KPI's value this round. */
  from: number;
  /** The value that gives the band's full points. */
  to: number;
  /** Module points (0..100) gained had the KPI reached `to`. */
  gain: number;
}

/** Up to `n` changes that would have gained the most module points, largest first (ties by KPI id). */
export function bestGains(score: ModuleScore, n = 2): PointGain[] {
  const counted = score.points.filter((p) => p.counted !== false);
  const possible = counted.reduce((s, p) => s + p.maxPoints, 0);
  if (!score.enabled || possible <= 0) return [];
  return counted
    .map((p) => ({
      kpi: p.kpi,
      from: p.value,
      to: p.fullAt,
      gain: Math.round(((p.maxPoints - p.points) / possible) * 10000) / 100,
    }))
    .filter((g) => g.gain > 0)
    .sort((a, b) => b.gain - a.gain || (a.kpi < b.kpi ? -1 : a.kpi > b.kpi ? 1 : 0))
    .slice(0, n);
}
