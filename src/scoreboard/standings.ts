import type { ModuleName } from '../engine/types';
import type { RankBy } from '../scenario/scenario.schema';
import { rankRows } from './rank';
import { type GradedRound, seasonGrade } from './season-grade';

export interface ResultRow {
  teamId: string;
  roundNumber: number;
  total: number;
  operations: number;
  selection: number;
  ads: number;
  fulfillment: number;
  absentModules: string;
  /** The team submitted nothing and the ADAPTIVE bot played it (absent-team policy AUTOPILOT). */
  autopilot?: boolean;
  /** Luck-adjusted scores (means over the luck replays); null for rounds closed before they were computed. */
  luckTotal?: number | null;
  luckOperations?: number | null;
  luckSelection?: number | null;
  luckAds?: number | null;
  luckFulfillment?: number | null;
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
  /** Rounds the ADAPTIVE bot played for the team (absent-team policy AUTOPILOT). */
  autopilotRounds: number;
  /** Season grade 0..100: weighted mean of the round totals (adjustments included). */
  grade: number;
  /** Sum of luck-adjusted round totals plus adjustments; null when a round in scope has no luck figures. */
  luckTotal: number | null;
  /** Sums of luck-adjusted module scores; null like luckTotal. */
  luckModules: Record<ModuleName, number> | null;
  /** The season grade on luck-adjusted round totals; null like luckTotal. */
  luckGrade: number | null;
}

/** How the standings weigh rounds and what ranks them. */
export interface StandingOptions {
  /** A round's weight in the season grade (1 when not given). */
  weightOf?: (round: number) => number;
  /** REALISED (default): the season grade ranks; LUCK_ADJUSTED: the luck-adjusted grade, when every round has one. */
  rankBy?: RankBy;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const zeroModules = (): Record<ModuleName, number> => ({ OPERATIONS: 0, SELECTION: 0, ADS: 0, FULFILLMENT: 0 });
const roundModules = (m: Record<ModuleName, number>): Record<ModuleName, number> => ({
  OPERATIONS: round2(m.OPERATIONS),
  SELECTION: round2(m.SELECTION),
  ADS: round2(m.ADS),
  FULFILLMENT: round2(m.FULFILLMENT),
});

interface Acc<T> {
  team: T;
  scored: number;
  adjustment: number;
  modules: Record<ModuleName, number>;
  absentRounds: number;
  autopilotRounds: number;
  realised: GradedRound[];
  luck: GradedRound[];
  luckModules: Record<ModuleName, number>;
}

/**
 * Standings over the given result rows (one round, or several for the
 * cumulative board): sums per team, adjustments added, the season grade
 * and its luck-adjusted twin, and competition ranks by the grade the
 * scenario ranks by (equal to 2 decimals: one rank, the next skips).
 */
export function buildStandings<T extends { id: string; code: string }>(
  teams: T[],
  results: ResultRow[],
  adjustments: AdjustmentRow[],
  options: StandingOptions = {},
): Standing<T>[] {
  const weightOf = options.weightOf ?? (() => 1);
  const acc = new Map<string, Acc<T>>(
    teams.map((team) => [
      team.id,
      {
        team,
        scored: 0,
        adjustment: 0,
        modules: zeroModules(),
        absentRounds: 0,
        autopilotRounds: 0,
        realised: [],
        luck: [],
        luckModules: zeroModules(),
      },
    ]),
  );
  const rounds = [...new Set(results.map((r) => r.roundNumber))];
  const luckComplete = results.every((r) => typeof r.luckTotal === 'number');
  for (const r of results) {
    const s = acc.get(r.teamId);
    if (!s) continue;
    s.scored += r.total;
    s.modules.OPERATIONS += r.operations;
    s.modules.SELECTION += r.selection;
    s.modules.ADS += r.ads;
    s.modules.FULFILLMENT += r.fulfillment;
    if (r.absentModules !== '') s.absentRounds += 1;
    if (r.autopilot === true) s.autopilotRounds += 1;
    s.realised.push({ round: r.roundNumber, total: r.total });
    s.luck.push({ round: r.roundNumber, total: r.luckTotal ?? 0 });
    s.luckModules.OPERATIONS += r.luckOperations ?? 0;
    s.luckModules.SELECTION += r.luckSelection ?? 0;
    s.luckModules.ADS += r.luckAds ?? 0;
    s.luckModules.FULFILLMENT += r.luckFulfillment ?? 0;
  }
  for (const a of adjustments) {
    const s = acc.get(a.teamId);
    if (!s) continue;
    s.adjustment += a.points;
    s.realised.push({ round: a.roundNumber, total: a.points });
    s.luck.push({ round: a.roundNumber, total: a.points });
  }
  const rows = [...acc.values()].map((s): Standing<T> => {
    const scored = round2(s.scored);
    const adjustment = round2(s.adjustment);
    const luckSum = s.luck.reduce((sum, g) => sum + g.total, 0);
    return {
      rank: 0,
      team: s.team,
      scored,
      adjustment,
      total: round2(scored + adjustment),
      modules: roundModules(s.modules),
      absentRounds: s.absentRounds,
      autopilotRounds: s.autopilotRounds,
      grade: seasonGrade(s.realised, rounds, weightOf),
      luckTotal: luckComplete ? round2(luckSum) : null,
      luckModules: luckComplete ? roundModules(s.luckModules) : null,
      luckGrade: luckComplete ? seasonGrade(s.luck, rounds, weightOf) : null,
    };
  });
  const byLuck = options.rankBy === 'LUCK_ADJUSTED' && luckComplete;
  return rankRows(
    rows,
    (r) => (byLuck ? (r.luckGrade ?? 0) : r.grade),
    (r) => r.team.code,
  );
}
