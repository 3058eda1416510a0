import type { ModuleName, TeamRoundResult } from '../engine/types';
import { MODULES, type RankBy } from '../scenario/scenario.schema';

/** Everything a grader export holds; CSV, XLSX and JSON are views of it. */
export interface ExportData {
  meta: {
    gameId: string;
    gameName: string;
    gameStatus: string;
    seed: number;
    scenarioId: string;
    scenarioVersion: number;
    scenarioContentHash: string;
    scenarioTitle: { en: string; zh: string };
    engineVersion: string;
    weights: Record<ModuleName, number>;
    /** What ranks the standings: REALISED (season grade) or LUCK_ADJUSTED (luck-adjusted grade). */
    rankBy: RankBy;
    /** Alternative seeds each round is replayed on for the luck-adjusted scores. */
    luckReplays: number;
    rounds: {
      number: number;
      status: string;
      closedAt: string | null;
      outcomeHash: string | null;
      /** The round's weight in the season grade. */
      weight: number;
    }[];
    exportedAt: string;
  };
  teams: { id: string; code: string; name: string }[];
  /** Cumulative standings over every closed round. */
  standings: StandingLine[];
  /** Per closed round, every team. */
  rounds: { number: number; outcomeHash: string | null; lines: RoundLine[] }[];
  points: {
    round: number;
    team: string;
    module: ModuleName;
    kpi: string;
    value: number;
    zeroAt: number;
    fullAt: number;
    maxPoints: number;
    points: number;
    /** False when the KPI did not apply that round (its band was left out of the score). */
    counted: boolean;
    label: { en: string; zh: string };
    unit: string;
  }[];
  kpis: { round: number; team: string; module: ModuleName; kpi: string; value: number }[];
  adjustments: { round: number; team: string; points: number; reason: string; createdBy: string; createdAt: string }[];
}

export interface StandingLine {
  rank: number;
  team: string;
  name: string;
  modules: Record<ModuleName, number>;
  scored: number;
  adjustment: number;
  total: number;
  absentRounds: number;
  /** Season grade 0..100 (weighted mean of round totals). */
  grade: number;
  /** Season grade on luck-adjusted round totals (null when a round has no luck figures). */
  luckGrade: number | null;
  /** Luck-adjusted round totals summed, plus adjustments (null like luckGrade). */
  luckTotal: number | null;
  luckModules: Record<ModuleName, number> | null;
}

export interface RoundLine {
  rank: number;
  team: string;
  name: string;
  absentModules: ModuleName[];
  /** The team was silent and played by the ADAPTIVE bot (absent-team policy AUTOPILOT). */
  autopilot: boolean;
  /** Module weights in force this round (renormalised over the modules played). */
  weights: Record<ModuleName, number>;
  modules: Record<ModuleName, number>;
  /** Weighted total of the module scores × the loss factor, as the engine computed it. */
  total: number;
  /** Multiplier of the weighted total for an expected loss (1 without one). */
  lossFactor: number;
  adjustment: number;
  final: number;
  /** Mean total over the luck replays (null for a round closed before it was computed). */
  luckTotal: number | null;
  luckModules: Record<ModuleName, number> | null;
}

/** The weights a round's total was computed with: the scenario's, renormalised over the modules played. */
export function roundWeights(weights: Record<ModuleName, number>, result: TeamRoundResult): Record<ModuleName, number> {
  const enabled = new Set(result.scores.filter((s) => s.enabled).map((s) => s.module));
  const sum = MODULES.reduce((acc, m) => acc + (enabled.has(m) ? weights[m] : 0), 0);
  const out = { OPERATIONS: 0, SELECTION: 0, ADS: 0, FULFILLMENT: 0 };
  for (const m of MODULES) out[m] = enabled.has(m) && sum > 0 ? weights[m] / sum : 0;
  return out;
}

export function moduleScores(result: TeamRoundResult): Record<ModuleName, number> {
  const out = { OPERATIONS: 0, SELECTION: 0, ADS: 0, FULFILLMENT: 0 };
  for (const s of result.scores) out[s.module] = s.score;
  return out;
}
