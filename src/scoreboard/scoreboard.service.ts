import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AppError, AppErrorCode, notFound } from '../common/app-error';
import { AuditService } from '../common/audit.service';
import { Clock } from '../common/clock';
import { IdService } from '../common/ids';
import { DatabaseService } from '../database/database.service';
import type { GameEntity } from '../game/game.entity';
import { lockGameRow } from '../game/game-lock';
import { GameService } from '../game/game.service';
import { TeamEntity } from '../game/team.entity';
import { TeamRoundResultEntity } from '../report/team-round-result.entity';
import { canSeeShared } from '../report/visibility';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { ScoreAdjustmentEntity } from './score-adjustment.entity';
import { buildStandings, type Standing } from './standings';
import { scheduleWeights } from './season-grade';
import type { RankBy } from '../scenario/scenario.schema';

export interface ScoreboardView {
  gameId: string;
  round: number | null;
  /** What the ranks follow. */
  rankBy: RankBy;
  closedRounds: number;
  /** False when a team sees only its own row. */
  complete: boolean;
  /** Set when teams see the board frozen at this round. */
  frozenAfterRound: number | null;
  rows: Standing<TeamEntity>[];
}

export const MAX_ADJUSTMENT = 1000;

/** Standings per round and cumulative, adjustments, freeze and reveal. */
@Injectable()
export class ScoreboardService {
  constructor(
    private readonly db: DatabaseService,
    private readonly games: GameService,
    private readonly scenarios: ScenarioStoreService,
    private readonly ids: IdService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async scoreboard(viewer: Viewer, gameId: string, round?: number | null): Promise<ScoreboardView> {
    const game = await this.games.get(viewer, gameId);
    const scenario = await this.scenarios.contentByKey(game.scenarioKey);
    if (round !== undefined && round !== null && (!Number.isInteger(round) || round < 1 || round > game.roundCount)) {
      throw new AppError(AppErrorCode.BAD_INPUT, `round must be 1..${game.roundCount}`, { field: 'round' });
    }
    const frozen = viewer.role === 'TEAM' && game.freezeAfterRound !== null ? game.freezeAfterRound : null;
    const visible = canSeeShared(viewer, game, scenario.policies.visibility.scoreboard);
    // rounds the viewer may see: a round's board, or every closed round up to the freeze
    const upTo = frozen ?? game.roundCount;
    const [allResults, allAdjustments, teams] = await Promise.all([
      this.db.read((em) => em.find(TeamRoundResultEntity, { where: { gameId } })),
      this.db.read((em) => em.find(ScoreAdjustmentEntity, { where: { gameId } })),
      this.games.teams(gameId),
    ]);
    const inScope = (n: number): boolean => (round ? n === round : true) && n <= upTo;
    const results = allResults.filter((r) => inScope(r.roundNumber));
    const adjustments = allAdjustments.filter((a) => inScope(a.roundNumber));
    const rankBy = scenario.scoring.rankBy ?? 'REALISED';
    const standings = buildStandings(teams, results, adjustments, {
      weightOf: scheduleWeights(scenario.rounds.schedule),
      rankBy,
    });
    const hidden = !visible || (frozen !== null && round !== undefined && round !== null && round > frozen);
    return {
      gameId,
      round: round ?? null,
      rankBy,
      closedRounds: new Set(results.map((r) => r.roundNumber)).size,
      complete: !hidden,
      frozenAfterRound: frozen,
      // a hidden board shows the team its own row without its rank (a rank would tell where rivals stand)
      rows: hidden
        ? standings
            .filter((s) => s.team.id === viewer.teamId && !(frozen !== null && round && round > frozen))
            .map((s) => ({ ...s, rank: 0 }))
        : standings,
    };
  }

  async adjust(
    viewer: Viewer,
    input: { gameId: string; teamId: string; round: number; points: number; reason: string },
  ): Promise<ScoreAdjustmentEntity> {
    const reason = input.reason.trim();
    if (!Number.isFinite(input.points) || input.points === 0 || Math.abs(input.points) > MAX_ADJUSTMENT) {
      throw new AppError(AppErrorCode.BAD_INPUT, `points must be non-zero and within ±${MAX_ADJUSTMENT}`, {
        field: 'input.points',
      });
    }
    if (reason.length < 3 || reason.length > 500)
      throw new AppError(AppErrorCode.BAD_INPUT, 'reason must be 3..500 characters', { field: 'input.reason' });
    const team = await this.games.team(input.teamId);
    if (team.gameId !== input.gameId) throw notFound(`team "${input.teamId}" in game "${input.gameId}"`);
    return this.db.write(async (em) => {
      const game = await lockGameRow(em, input.gameId);
      if (!Number.isInteger(input.round) || input.round < 1 || input.round > game.currentRound) {
        throw new AppError(
          AppErrorCode.BAD_INPUT,
          `round must be 1..${game.currentRound} (a round that has been opened)`,
          { field: 'input.round' },
        );
      }
      const row = em.create(ScoreAdjustmentEntity, {
        id: this.ids.uuid(),
        gameId: input.gameId,
        teamId: team.id,
        roundNumber: input.round,
        points: Math.round(input.points * 100) / 100,
        reason,
        createdBy: `${viewer.role}:${viewer.tokenId}`,
        createdAt: this.clock.nowIso(),
      });
      await em.save(row);
      await this.audit.record(em, viewer, 'SCORE_ADJUSTED', input.gameId, {
        team: team.code,
        round: input.round,
        points: row.points,
        reason,
      });
      return row;
    });
  }

  async adjustments(viewer: Viewer, gameId: string): Promise<ScoreAdjustmentEntity[]> {
    await this.games.get(viewer, gameId); // an unknown game is NOT_FOUND, not an empty list
    const where = viewer.role === 'TEAM' ? { gameId, teamId: viewer.teamId as string } : { gameId };
    return this.db.read((em) => em.find(ScoreAdjustmentEntity, { where, order: { createdAt: 'ASC' } }));
  }

  /** Freeze the board for teams after `afterRound` (null reveals it again). */
  async setFreeze(viewer: Viewer, gameId: string, afterRound: number | null): Promise<GameEntity> {
    return this.db.write(async (em) => {
      const game = await lockGameRow(em, gameId);
      if (afterRound !== null && (!Number.isInteger(afterRound) || afterRound < 0 || afterRound > game.roundCount)) {
        throw new AppError(AppErrorCode.BAD_INPUT, `afterRound must be 0..${game.roundCount}`, { field: 'afterRound' });
      }
      game.freezeAfterRound = afterRound;
      await em.save(game);
      await this.audit.record(em, viewer, afterRound === null ? 'SCOREBOARD_REVEALED' : 'SCOREBOARD_FROZEN', gameId, {
        afterRound,
      });
      return game;
    });
  }
}
