import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AppError, AppErrorCode, forbidden, notFound } from '../common/app-error';
import { DatabaseService } from '../database/database.service';
import type { MarketRoundReport, RoundOutcome, TeamRoundResult } from '../engine/types';
import { GameService } from '../game/game.service';
import type { TeamEntity } from '../game/team.entity';
import { RoundService } from '../round/round.service';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { TeamRoundResultEntity } from './team-round-result.entity';
import { canSeeShared } from './visibility';

/** Reads results of closed rounds, each through the visibility rules. */
@Injectable()
export class ReportService {
  constructor(
    private readonly db: DatabaseService,
    private readonly games: GameService,
    private readonly rounds: RoundService,
    private readonly scenarios: ScenarioStoreService,
  ) {}

  async teamReport(viewer: Viewer, gameId: string, round: number, teamId?: string | null): Promise<{ team: TeamEntity; result: TeamRoundResult }> {
    const team = await this.games.resolveTeam(viewer, gameId, teamId);
    await this.closedRound(gameId, round);
    const row = await this.db.read((em) => em.findOne(TeamRoundResultEntity, { where: { gameId, roundNumber: round, teamId: team.id } }));
    if (!row) throw notFound(`report of team ${team.code} for round ${round}`);
    return { team, result: JSON.parse(row.result) as TeamRoundResult };
  }

  async marketReport(viewer: Viewer, gameId: string, round: number): Promise<MarketRoundReport[]> {
    const game = await this.games.get(viewer, gameId);
    const scenario = await this.scenarios.contentByKey(game.scenarioKey);
    const closed = await this.closedRound(gameId, round);
    if (!canSeeShared(viewer, game, scenario.policies.visibility.marketReport)) {
      throw forbidden(`this scenario shows market reports to teams ${scenario.policies.visibility.marketReport === 'NEVER' ? 'never' : 'after the game'}`);
    }
    return (JSON.parse(closed.outcome as string) as RoundOutcome).markets;
  }

  private async closedRound(gameId: string, number: number) {
    if (!Number.isInteger(number) || number < 1) throw new AppError(AppErrorCode.BAD_INPUT, 'round must be a positive integer', { field: 'round' });
    const round = await this.rounds.get(gameId, number);
    if (round.status !== 'CLOSED') throw new AppError(AppErrorCode.CONFLICT, `round ${number} is not closed yet; results are published when it closes`);
    return round;
  }
}
