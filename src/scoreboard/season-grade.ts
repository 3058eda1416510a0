/**
 * The season grade: a team's round totals over the closed rounds, each
 * weighted by the scenario's `rounds.schedule[].weight` (1 when absent), as
 * one mark on 0–100. A round the team has no result for counts 0; a round
 * of weight 0 (a practice round) does not count. Shown to 2 decimals, and
 * grades equal to 2 decimals share a rank.
 */

export interface GradedRound {
  round: number;
  /** The round's total on 0..100 (instructor adjustments included). */
  total: number;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Weighted mean of the round totals over `rounds` (the closed rounds in
 * scope), to 2 decimals and clamped to 0..100; 0 when no round carries weight.
 */
export function seasonGrade(
  totals: readonly GradedRound[],
  rounds: readonly number[],
  weightOf: (round: number) => number,
): number {
  const byRound = new Map<number, number>();
  for (const t of totals) byRound.set(t.round, (byRound.get(t.round) ?? 0) + t.total);
  let weighted = 0;
  let weights = 0;
  for (const r of new Set(rounds)) {
    const w = weightOf(r);
    if (!(w > 0)) continue;
    weighted += w * (byRound.get(r) ?? 0);
    weights += w;
  }
  if (weights === 0) return 0;
  return Math.min(100, Math.max(0, round2(weighted / weights)));
}

/** The weight of each round from a scenario's schedule (1 for a round it does not list or gives no weight). */
export function scheduleWeights(schedule: readonly { number: number; weight?: number }[]): (round: number) => number {
  const weights = new Map(schedule.map((r) => [r.number, r.weight ?? 1]));
  return (round) => weights.get(round) ?? 1;
}
