import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { forbidden } from '../common/app-error';
import { Clock } from '../common/clock';
import { DatabaseService } from '../database/database.service';
import type { ModuleName, TeamRoundResult } from '../engine/types';
import { GameService } from '../game/game.service';
import { TeamRoundResultEntity } from '../report/team-round-result.entity';
import { RoundService } from '../round/round.service';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { ScoreAdjustmentEntity } from '../scoreboard/score-adjustment.entity';
import { buildStandings } from '../scoreboard/standings';
import { type ExportData, moduleScores, roundWeights } from './export-data';
import { type ExportFormat, render } from './export-formats';

/** Grader exports: one data set, three formats. */
@Injectable()
export class ExportService {
  constructor(
    private readonly db: DatabaseService,
    private readonly games: GameService,
    private readonly rounds: RoundService,
    private readonly scenarios: ScenarioStoreService,
    private readonly clock: Clock,
  ) {}

  async export(viewer: Viewer, gameId: string, format: ExportFormat): Promise<Buffer> {
    if (viewer.role === 'TEAM') throw forbidden('exports are for graders and instructors');
    return render(await this.data(viewer, gameId), format);
  }

  async data(viewer: Viewer, gameId: string): Promise<ExportData> {
    const game = await this.games.get(viewer, gameId);
    const scenarioRow = await this.scenarios.byKey(game.scenarioKey);
    const scenario = this.scenarios.content(scenarioRow);
    const [teams, rounds, results, adjustments] = await Promise.all([
      this.games.teams(gameId),
      this.rounds.list(gameId),
      this.db.read((em) => em.find(TeamRoundResultEntity, { where: { gameId }, order: { roundNumber: 'ASC' } })),
      this.db.read((em) => em.find(ScoreAdjustmentEntity, { where: { gameId }, order: { createdAt: 'ASC' } })),
    ]);
    const codeOf = new Map(teams.map((t) => [t.id, t.code]));
    const weights = scenario.scoring.weights as Record<ModuleName, number>;
    const closed = rounds.filter((r) => r.status === 'CLOSED');
    const parsed = results.map((r) => ({ row: r, result: JSON.parse(r.result) as TeamRoundResult }));

    const data: ExportData = {
      meta: {
        gameId: game.id,
        gameName: game.name,
        gameStatus: game.status,
        seed: game.seed,
        scenarioId: scenarioRow.scenarioId,
        scenarioVersion: scenarioRow.version,
        scenarioContentHash: scenarioRow.contentHash,
        scenarioTitle: scenario.title,
        engineVersion: game.engineVersion,
        weights,
        rounds: rounds.map((r) => ({
          number: r.number,
          status: r.status,
          closedAt: r.closedAt,
          outcomeHash: r.outcomeHash,
        })),
        exportedAt: this.clock.nowIso(),
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
          teams,
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
            ...pt,
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
    return data;
  }
}
