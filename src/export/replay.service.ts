import { Injectable } from '@nestjs/common';
import { sha256Hex } from '../common/ids';
import { DatabaseService } from '../database/database.service';
import { DecisionSetEntity } from '../decision/decision-set.entity';
import { latestDecisionsByTeam } from '../decision/latest-decisions';
import { canonicalJson, createInitialState, ENGINE_VERSION, replaysOnThisEngine, resolveRound } from '../engine';
import { GameEntity } from '../game/game.entity';
import { TeamEntity } from '../game/team.entity';
import { RoundEntity } from '../round/round.entity';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { notFound } from '../common/app-error';

export interface RoundVerification {
  round: number;
  storedHash: string;
  replayedHash: string;
  match: boolean;
}

export interface GameVerification {
  gameId: string;
  scenarioKey: string;
  seed: number;
  storedEngineVersion: string;
  engineVersion: string;
  /**
   * False when the game was created with another major.minor engine version:
   * its rounds are not replayed (a replay would differ by design, not by
   * tampering) and `rounds` is empty.
   */
  comparable: boolean;
  rounds: RoundVerification[];
  allMatch: boolean;
}

/** Replays a stored game from its scenario, seed and stored decisions, and compares outcome hashes round by round. */
@Injectable()
export class ReplayService {
  constructor(
    private readonly db: DatabaseService,
    private readonly scenarios: ScenarioStoreService,
  ) {}

  async verify(gameId: string): Promise<GameVerification> {
    const game = await this.db.read((em) => em.findOne(GameEntity, { where: { id: gameId } }));
    if (!game) throw notFound(`game "${gameId}"`);
    if (!replaysOnThisEngine(game.engineVersion))
      return {
        gameId,
        scenarioKey: game.scenarioKey,
        seed: game.seed,
        storedEngineVersion: game.engineVersion,
        engineVersion: ENGINE_VERSION,
        comparable: false,
        rounds: [],
        allMatch: false,
      };
    const scenario = await this.scenarios.contentByKey(game.scenarioKey);
    const [teams, rounds, decisions] = await this.db.read((em) =>
      Promise.all([
        em.find(TeamEntity, { where: { gameId } }),
        em.find(RoundEntity, { where: { gameId, status: 'CLOSED' }, order: { number: 'ASC' } }),
        em.find(DecisionSetEntity, { where: { gameId } }),
      ]),
    );
    let state = createInitialState(scenario, teams.map((t) => t.code).sort());
    const out: RoundVerification[] = [];
    for (const round of rounds) {
      const rows = decisions.filter((d) => d.roundNumber === round.number);
      const resolved = resolveRound({
        scenario,
        seed: game.seed,
        state,
        decisions: latestDecisionsByTeam(rows, teams),
      });
      const replayedHash = sha256Hex(canonicalJson(resolved.outcome));
      out.push({
        round: round.number,
        storedHash: round.outcomeHash ?? '',
        replayedHash,
        match: replayedHash === round.outcomeHash,
      });
      state = resolved.state;
    }
    return {
      gameId,
      scenarioKey: game.scenarioKey,
      seed: game.seed,
      storedEngineVersion: game.engineVersion,
      engineVersion: ENGINE_VERSION,
      comparable: true,
      rounds: out,
      allMatch: out.every((r) => r.match),
    };
  }
}
