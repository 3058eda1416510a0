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
import { buildStandings } from '../scoreboard/standings';
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
      rounds: rounds.map((r) => ({
        number: r.number,
        status: r.status,
        closedAt: r.closedAt,
        outcomeHash: r.outcomeHash,
      })),
      exportedAt: rows.exportedAt,
    },
    teams: teams.map((t) => ({ id: t.id, code: t.code, name: t.name })),
    standings: buildStandings(teams, results, adjustments).map((s) => ({
      rank: s.rank,
      team: s.team.code,
      name: s.team.name,
      modules: s.modules,
      scored: s.scored,
      adjustment: s.adjustment,
      total: s.total,
      absentRounds: s.absentRounds,
    })),
    rounds: closed.map((round) => {
      const inRound = parsed.filter((p) => p.row.roundNumber === round.number);
      const byTeam = new Map(inRound.map((p) => [p.row.teamId, p]));
      const standings = buildStandings(
        rows.teams,
        inRound.map((p) => p.row),
        adjustments.filter((a) => a.roundNumber === round.number),
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
          };
        }),
      };
    }),
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
