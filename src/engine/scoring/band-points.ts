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
 * A module's score: the sum of its bands' points, rounded to 2 decimals
 * (the one rounding point). A KPI the engine does not produce counts 0.
 */
export function moduleScore(
  module: ModuleName,
  bands: readonly ScoreBand[],
  kpis: Record<string, number>,
  enabled: boolean,
): ModuleScore {
  const points: ScorePoint[] = bands.map((b) => {
    const value = kpis[b.kpi] ?? 0;
    return { kpi: b.kpi, value, zeroAt: b.zeroAt, fullAt: b.fullAt, maxPoints: b.points, points: bandPoints(value, b) };
  });
  const score = enabled
    ? round2(
        Math.min(
          100,
          points.reduce((s, p) => s + p.points, 0),
        ),
      )
    : 0;
  return { module, score, enabled, points };
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
