/**
 * A whole season of bot teams through the server's own services: the game is
 * created by GameService (every seat a bot team), rounds are opened and
 * closed by RoundService, which stores each bot's decisions as versioned
 * decision sets at close — so `sandbox export` and `sandbox verify` work on
 * the stored game afterwards.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { SYSTEM_INSTRUCTOR } from '../cli/demo';
import { sha256Hex } from '../common/ids';
import { DatabaseService } from '../database/database.service';
import type { BotStrategy } from '../engine';
import { GameService } from '../game/game.service';
import { TeamRoundResultEntity } from '../report/team-round-result.entity';
import { RoundService } from '../round/round.service';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { buildStandings } from '../scoreboard/standings';
import { scheduleWeights } from '../scoreboard/season-grade';

export interface SimulateOptions {
  scenario: string;
  /** The stored version to play (default: the newest). */
  scenarioVersion?: number;
  seed?: number;
  strategies: BotStrategy[];
  /** Rounds to play (default: every round of the scenario). */
  rounds?: number;
  onRound?: (done: number, total: number) => void;
}

export interface ScoreLine {
  rank: number;
  team: string;
  name: string;
  strategy: string;
  total: number;
  modules: Record<string, number>;
  /** Season grade 0..100 and its luck-adjusted twin (null without luck figures). */
  grade: number;
  luckGrade: number | null;
  luckTotal: number | null;
}

export interface SimulationResult {
  gameId: string;
  scenario: string;
  seed: number;
  rounds: number;
  scoreboard: ScoreLine[];
  roundHashes: string[];
  /** sha256 over the round outcome hashes, one per line in round order (the whole season in one value). */
  finalHash: string;
}

/** sha256 of the round outcome hashes joined by "\n". */
export function seasonHash(roundHashes: readonly string[]): string {
  return sha256Hex(roundHashes.join('\n'));
}

export async function simulateSeason(app: INestApplicationContext, opts: SimulateOptions): Promise<SimulationResult> {
  const scenarioRow = await app.get(ScenarioStoreService).find(opts.scenario, opts.scenarioVersion);
  const games = app.get(GameService);
  const roundsService = app.get(RoundService);
  const created = await games.create(SYSTEM_INSTRUCTOR, {
    scenarioId: scenarioRow.scenarioId,
    scenarioVersion: scenarioRow.version,
    name: `simulate ${scenarioRow.key} (${opts.strategies.length} bots)`,
    seed: opts.seed,
    teams: [],
    bots: opts.strategies.map((strategy, i) => ({ strategy, name: `${strategy} ${i + 1}` })),
  });
  const gameId = created.game.id;
  const total = Math.min(opts.rounds ?? created.game.roundCount, created.game.roundCount);
  const roundHashes: string[] = [];
  for (let r = 1; r <= total; r += 1) {
    const opened = await roundsService.open(SYSTEM_INSTRUCTOR, gameId);
    if (!opened.ok) throw new Error(`round ${r}: ${opened.message}`);
    const closed = await roundsService.close(SYSTEM_INSTRUCTOR, gameId);
    if (!closed.ok) throw new Error(`round ${r}: ${closed.message}`);
    roundHashes.push(closed.round.outcomeHash ?? '');
    opts.onRound?.(r, total);
  }
  const teams = await games.teams(gameId);
  const results = await app.get(DatabaseService).read((em) => em.find(TeamRoundResultEntity, { where: { gameId } }));
  const scenario = app.get(ScenarioStoreService).content(scenarioRow);
  const options = { weightOf: scheduleWeights(scenario.rounds.schedule), rankBy: scenario.scoring.rankBy };
  const scoreboard = buildStandings(teams, results, [], options).map((s) => ({
    rank: s.rank,
    team: s.team.code,
    name: s.team.name,
    strategy: s.team.botStrategy ?? '',
    total: s.total,
    modules: s.modules,
    grade: s.grade,
    luckGrade: s.luckGrade,
    luckTotal: s.luckTotal,
  }));
  return {
    gameId,
    scenario: scenarioRow.key,
    seed: created.game.seed,
    rounds: total,
    scoreboard,
    roundHashes,
    finalHash: seasonHash(roundHashes),
  };
}
