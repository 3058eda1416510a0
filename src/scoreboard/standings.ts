import type { ModuleName } from '../engine/types';
import { rankRows } from './rank';

export interface ResultRow {
  teamId: string;
  roundNumber: number;
  total: number;
  operations: number;
  selection: number;
  ads: number;
  fulfillment: number;
  absentModules: string;
}

export interface AdjustmentRow {
  teamId: string;
  roundNumber: number;
  points: number;
}

export interface Standing<T> {
  rank: number;
  team: T;
  /** Sum of round totals plus adjustments. */
  total: number;
  /** Sum of weighted round totals before adjustments. */
  scored: number;
  adjustment: number;
  modules: Record<ModuleName, number>;
  absentRounds: number;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Standings over the given result rows (one round, or several for the
 * cumulative board): sums per team, adjustments added, competition ranks.
 */
export function buildStandings<T extends { id: string; code: string }>(
  teams: T[],
  results: ResultRow[],
  adjustments: AdjustmentRow[],
): Standing<T>[] {
  const acc = new Map<string, Standing<T>>(
    teams.map((team) => [
      team.id,
      {
        rank: 0,
        team,
        total: 0,
        scored: 0,
        adjustment: 0,
        modules: { OPERATIONS: 0, SELECTION: 0, ADS: 0, FULFILLMENT: 0 },
        absentRounds: 0,
      },
    ]),
  );
  for (const r of results) {
    const s = acc.get(r.teamId);
    if (!s) continue;
    s.scored += r.total;
    s.modules.OPERATIONS += r.operations;
    s.modules.SELECTION += r.selection;
    s.modules.ADS += r.ads;
    s.modules.FULFILLMENT += r.fulfillment;
    if (r.absentModules !== '') s.absentRounds += 1;
  }
  for (const a of adjustments) {
    const s = acc.get(a.teamId);
    if (s) s.adjustment += a.points;
  }
  const rows = [...acc.values()].map((s) => {
    const scored = round2(s.scored);
    const adjustment = round2(s.adjustment);
    return {
      ...s,
      scored,
      adjustment,
      total: round2(scored + adjustment),
      modules: {
        OPERATIONS: round2(s.modules.OPERATIONS),
        SELECTION: round2(s.modules.SELECTION),
        ADS: round2(s.modules.ADS),
        FULFILLMENT: round2(s.modules.FULFILLMENT),
      },
    };
  });
  return rankRows(
    rows,
    (r) => r.total,
    (r) => r.team.code,
  );
}
