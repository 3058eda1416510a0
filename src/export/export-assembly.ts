/**
 * A grader export assembled from the rows it reads: cumulative standings,
 * every closed round's lines, score points, KPIs and adjustments. Pure, so
 * that it runs in the export's worker thread (export-worker.ts).
 */
import type { ModuleName, ScorePoint, TeamRoundResult } from '../engine/types';
import type { TeamEntity } from '../game/team.entity';
import type { TeamRoundResultEntity } from '../report/team-round-result.entity';
import type { RoundEntity } from '../round/round.entity';
import type { ScoreAdjustmentEntity } from '../scoreboard/score-adjustment.entity';
import { buildStandings, type StandingOptions } from '../scoreboard/standings';
import { scheduleWeights } from '../scoreboard/season-grade';
import type { RankBy } from '../scenario/scenario.schema';
import { type ExportData, moduleScores, roundWeights } from './export-data';
import { kpiInfo } from '../engine/scoring/kpi-catalog';

/** What an export reads: the game, its scenario's facts, and its rows (plain data, as a worker receives them). */
export interface ExportRows {
  game: { id: string; name: string; status: string; seed: number; engineVersion: string };
  scenario: {
    id: string;
    version: number;
    contentHash: string;
    title: { en: string; zh: string };
    weights: Record<ModuleName, number>;
    /** The schedule's round weights (season grade), the luck replays and what ranks. */
    schedule: { number: number; weight?: number }[];
    luckReplays: number;
    rankBy: RankBy;
  };
  teams: TeamEntity[];
  rounds: RoundEntity[];
  results: TeamRoundResultEntity[];
  adjustments: ScoreAdjustmentEntity[];
  exportedAt: string;
}

/** The export's data set (CSV, XLSX and JSON are views of it). */
export function exportDataOf(rows: ExportRows): ExportData {
  const { game, scenario, teams, rounds, results, adjustments } = rows;
  const codeOf = new Map(teams.map((t) => [t.id, t.code]));
  const weights = scenario.weights;
  const closed = rounds.filter((r) => r.status === 'CLOSED');
  const parsed = results.map((r) => ({ row: r, result: JSON.parse(r.result) as TeamRoundResult }));
  const weightOf = scheduleWeights(scenario.schedule);
  const options: StandingOptions = { weightOf, rankBy: scenario.rankBy };

  return {
    meta: {
      gameId: game.id,
      gameName: game.name,
      gameStatus: game.status,
      seed: game.seed,
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      scenarioContentHash: scenario.contentHash,
      scenarioTitle: scenario.title,
      engineVersion: game.engineVersion,
      weights,
      rankBy: scenario.rankBy,
      luckReplays: scenario.luckReplays,
      rounds: rounds.map((r) => ({
        number: r.number,
        status: r.status,
        closedAt: r.closedAt,
        outcomeHash: r.outcomeHash,
        weight: weightOf(r.number),
      })),
      exportedAt: rows.exportedAt,
    },
    teams: teams.map((t) => ({ id: t.id, code: t.code, name: t.name })),
    standings: buildStandings(teams, results, adjustments, options).map((s) => ({
      rank: s.rank,
      team: s.team.code,
      name: s.team.name,
      modules: s.modules,
      scored: s.scored,
      adjustment: s.adjustment,
      total: s.total,
      absentRounds: s.absentRounds,
      grade: s.grade,
      luckGrade: s.luckGrade,
      luckTotal: s.luckTotal,
      luckModules: s.luckModules,
    })),
    rounds: closed.map((round) => roundOf(rows, round, parsed, options)),
    points: parsed.flatMap(({ row, result }) =>
      result.scores.flatMap((s) =>
        s.points.map((pt) => ({
          round: row.roundNumber,
          team: codeOf.get(row.teamId) ?? '?',
          module: s.module,
          ...explainedPoint(s.module, pt),
        })),
      ),
    ),
    kpis: parsed.flatMap(({ row, result }) =>
      (Object.entries(result.kpis) as [ModuleName, Record<string, number>][]).flatMap(([module, kpis]) =>
        Object.entries(kpis).map(([kpi, value]) => ({
          round: row.roundNumber,
          team: codeOf.get(row.teamId) ?? '?',
          module,
          kpi,
          value,
        })),
      ),
    ),
    adjustments: adjustments.map((a) => ({
      round: a.roundNumber,
      team: codeOf.get(a.teamId) ?? '?',
      points: a.points,
      reason: a.reason,
      createdBy: a.createdBy,
      createdAt: a.createdAt,
    })),
  };
}

type ParsedResult = { row: TeamRoundResultEntity; result: TeamRoundResult };

/** One closed round's lines: every team's scores, weights, adjustment and luck-adjusted figures, ranked. */
function roundOf(
  rows: ExportRows,
  round: RoundEntity,
  parsed: ParsedResult[],
  options: StandingOptions,
): ExportData['rounds'][number] {
  const { adjustments } = rows;
  const weights = rows.scenario.weights;
  const inRound = parsed.filter((p) => p.row.roundNumber === round.number);
  const byTeam = new Map(inRound.map((p) => [p.row.teamId, p]));
  const standings = buildStandings(
    rows.teams,
    inRound.map((p) => p.row),
    adjustments.filter((a) => a.roundNumber === round.number),
    options,
  );
  return {
    number: round.number,
    outcomeHash: round.outcomeHash,
    lines: standings.map((s) => {
      const p = byTeam.get(s.team.id);
      return {
        rank: s.rank,
        team: s.team.code,
        name: s.team.name,
        absentModules: p?.result.absentModules ?? [],
        autopilot: p?.row.autopilot ?? false,
        weights: p ? roundWeights(weights, p.result) : weights,
        modules: p ? moduleScores(p.result) : s.modules,
        total: s.scored,
        lossFactor: p?.result.lossFactor ?? 1,
        adjustment: s.adjustment,
        final: s.total,
        luckTotal: p?.row.luckTotal ?? null,
        luckModules: p && typeof p.row.luckTotal === 'number' ? luckModulesOf(p.row) : null,
      };
    }),
  };
}

/** A stored result's luck-adjusted module scores. */
function luckModulesOf(row: TeamRoundResultEntity): Record<ModuleName, number> {
  return {
    OPERATIONS: row.luckOperations ?? 0,
    SELECTION: row.luckSelection ?? 0,
    ADS: row.luckAds ?? 0,
    FULFILLMENT: row.luckFulfillment ?? 0,
  };
}

/** A point with its KPI's labels and unit (results stored before engine 2.1 count every band). */
function explainedPoint(module: ModuleName, pt: ScorePoint) {
  const info = kpiInfo(module, pt.kpi);
  return {
    ...pt,
    counted: pt.counted ?? true,
    label: info?.label ?? { en: pt.kpi, zh: pt.kpi },
    unit: info?.unit ?? 'RATIO',
  };
}
