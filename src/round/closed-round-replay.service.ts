import { Injectable } from '@nestjs/common';
import { AppError, AppErrorCode, notFound } from '../common/app-error';
import { DatabaseService } from '../database/database.service';
import { DecisionSetEntity } from '../decision/decision-set.entity';
import { latestDecisionsByTeam } from '../decision/latest-decisions';
import { canonicalJson, createInitialState, replaysOnThisEngine, resolveRound } from '../engine';
import type { GameState, ModuleDecisions, Scenario } from '../engine/types';
import { GameEntity } from '../game/game.entity';
import { TeamEntity } from '../game/team.entity';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { RoundEntity } from './round.entity';

/** Everything a closed round was resolved from: replaying it with these gives back its stored outcome. */
export interface ClosedRound {
  ok: true;
  game: Pick<GameEntity, 'id' | 'seed' | 'scenarioKey' | 'engineVersion'>;
  scenario: Scenario;
  round: number;
  teams: TeamEntity[];
  /** Canonical JSON of the game state the round started from. */
  startStateJson: string;
  /** Every team's counting decisions of the round by seat code (bots' and autopilots' included). */
  decisions: Record<string, ModuleDecisions>;
}

/** Why a round cannot be replayed: not closed yet, or stored by another major engine version. */
export interface RoundNotReplayable {
  ok: false;
  errorCode: 'ROUND_NOT_CLOSED' | 'ENGINE_CHANGED';
  message: string;
}

/**
 * Loads a closed round as the engine resolved it: the scenario and seed of
 * its game, the state it started from, and every stored counting decision
 * (the last version per team and module, including those bots made at
 * close). What-if replays and the luck figures work from this one source.
 */
@Injectable()
export class ClosedRoundReplayService {
  constructor(
    private readonly db: DatabaseService,
    private readonly scenarios: ScenarioStoreService,
  ) {}

  async load(gameId: string, number: number): Promise<ClosedRound | RoundNotReplayable> {
    if (!Number.isInteger(number) || number < 1)
      throw new AppError(AppErrorCode.BAD_INPUT, 'round must be a positive integer', { field: 'round' });
    const [game, round] = await this.db.read((em) =>
      Promise.all([
        em.findOne(GameEntity, {
          where: { id: gameId },
          select: { id: true, seed: true, scenarioKey: true, engineVersion: true },
        }),
        em.findOne(RoundEntity, {
          where: { gameId, number },
          select: { id: true, number: true, status: true, startState: true },
        }),
      ]),
    );
    if (!game) throw notFound(`game "${gameId}"`);
    if (!round) throw notFound(`round ${number} of game "${gameId}"`);
    if (round.status !== 'CLOSED')
      return {
        ok: false,
        errorCode: 'ROUND_NOT_CLOSED',
        message: `round ${number} is not closed yet; it can be replayed once it closes`,
      };
    if (!replaysOnThisEngine(game.engineVersion))
      return {
        ok: false,
        errorCode: 'ENGINE_CHANGED',
        message: `the game was played on engine ${game.engineVersion}; this server's engine would not reproduce it`,
      };
    const scenario = await this.scenarios.contentByKey(game.scenarioKey);
    const [teams, rows] = await this.db.read((em) =>
      Promise.all([
        em.find(TeamEntity, { where: { gameId } }),
        em.find(DecisionSetEntity, {
          where: { gameId, roundNumber: number },
          select: { teamId: true, module: true, version: true, payload: true },
        }),
      ]),
    );
    const startStateJson = round.startState ?? (await this.replayedStartState(game, scenario, teams, number));
    return {
      ok: true,
      game,
      scenario,
      round: number,
      teams,
      startStateJson,
      decisions: latestDecisionsByTeam(rows, teams),
    };
  }

  /** The start state of a round closed before start states were kept: the rounds before it replayed from the first. */
  private async replayedStartState(
    game: Pick<GameEntity, 'id' | 'seed'>,
    scenario: Scenario,
    teams: TeamEntity[],
    number: number,
  ): Promise<string> {
    const rows = await this.db.read((em) =>
      em.find(DecisionSetEntity, {
        where: { gameId: game.id },
        select: { teamId: true, module: true, version: true, payload: true, roundNumber: true },
      }),
    );
    let state: GameState = createInitialState(scenario, teams.map((t) => t.code).sort());
    for (let r = 1; r < number; r += 1) {
      const decisions = latestDecisionsByTeam(
        rows.filter((d) => d.roundNumber === r),
        teams,
      );
      state = resolveRound({ scenario, seed: game.seed, state, decisions }).state;
    }
    return canonicalJson(state);
  }
}
