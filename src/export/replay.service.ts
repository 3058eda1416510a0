import { Injectable } from '@nestjs/common';
import { sha256Hex } from '../common/ids';
import { DatabaseService } from '../database/database.service';
import { DecisionSetEntity } from '../decision/decision-set.entity';
import { latestDecisionsByTeam } from '../decision/latest-decisions';
import {
  canonicalJson,
  createInitialState,
  ENGINE_VERSION,
  type LuckAdjustedScore,
  luckAdjustedScores,
  replaysOnThisEngine,
  resolveRound,
} from '../engine';
import { TeamRoundResultEntity } from '../report/team-round-result.entity';
import { DEFAULT_LUCK_REPLAYS } from '../scenario/scenario.schema';
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
  /**
   * Whether every team's stored luck-adjusted scores equal those the luck
   * replays give again; null when the round has none stored (closed before
   * they were computed) or the check was skipped.
   */
  luckMatch: boolean | null;
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

/**
 * Replays a stored game from its scenario, seed and stored decisions, and
 * compares outcome hashes round by round, and each round's stored
 * luck-adjusted scores with those its luck replays give again.
 */
@Injectable()
export class ReplayService {
  constructor(
    private readonly db: DatabaseService,
    private readonly scenarios: ScenarioStoreService,
  ) {}

  /** `luck: false` skips re-computing the luck-adjusted scores (K more resolutions of every round). */
  async verify(gameId: string, options: { luck?: boolean } = {}): Promise<GameVerification> {
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
    const [teams, rounds, decisions, results] = await this.db.read((em) =>
      Promise.all([
        em.find(TeamEntity, { where: { gameId } }),
        em.find(RoundEntity, { where: { gameId, status: 'CLOSED' }, order: { number: 'ASC' } }),
        em.find(DecisionSetEntity, { where: { gameId } }),
        em.find(TeamRoundResultEntity, { where: { gameId }, select: LUCK_COLUMNS }),
      ]),
    );
    const replays = scenario.scoring.luck?.replays ?? DEFAULT_LUCK_REPLAYS;
    let state = createInitialState(scenario, teams.map((t) => t.code).sort());
    const out: RoundVerification[] = [];
    for (const round of rounds) {
      const rows = decisions.filter((d) => d.roundNumber === round.number);
      const input = { scenario, seed: game.seed, state, decisions: latestDecisionsByTeam(rows, teams) };
      const resolved = resolveRound(input);
      const stored = results.filter((r) => r.roundNumber === round.number);
      const luckMatch =
        options.luck === false || stored.some((r) => r.luckTotal === null)
          ? null
          : luckMatches(stored, luckAdjustedScores(input, replays), teams);
      const replayedHash = sha256Hex(canonicalJson(resolved.outcome));
      out.push({
        round: round.number,
        storedHash: round.outcomeHash ?? '',
        replayedHash,
        match: replayedHash === round.outcomeHash,
        luckMatch,
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
      allMatch: out.every((r) => r.match && r.luckMatch !== false),
    };
  }
}

const LUCK_COLUMNS = {
  teamId: true,
  roundNumber: true,
  luckTotal: true,
  luckOperations: true,
  luckSelection: true,
  luckAds: true,
  luckFulfillment: true,
  luckReplays: true,
} as const;

/** Whether each team's stored luck-adjusted scores of a round are the replayed ones, figure for figure. */
function luckMatches(stored: TeamRoundResultEntity[], replayed: LuckAdjustedScore[], teams: TeamEntity[]): boolean {
  const byCode = new Map(replayed.map((l) => [l.teamId, l]));
  const codeOf = new Map(teams.map((t) => [t.id, t.code]));
  return stored.every((row) => {
    const l = byCode.get(codeOf.get(row.teamId) ?? '');
    return (
      l !== undefined &&
      row.luckTotal === l.total &&
      row.luckOperations === l.modules.OPERATIONS &&
      row.luckSelection === l.modules.SELECTION &&
      row.luckAds === l.modules.ADS &&
      row.luckFulfillment === l.modules.FULFILLMENT &&
      row.luckReplays === l.replays
    );
  });
}
