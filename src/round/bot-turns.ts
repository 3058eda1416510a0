import type { EntityManager } from 'typeorm';
import { bulkInsert } from '../database/bulk-insert';
import { DecisionSetEntity } from '../decision/decision-set.entity';
import { latestRows } from '../decision/latest-decisions';
import { type BotStrategy, botDecisions, checkDecision, canonicalJson, isBotStrategy } from '../engine';
import type { GameState, ModuleName, Scenario, TeamRoundResult } from '../engine/types';
import type { TeamEntity } from '../game/team.entity';
import { TeamRoundResultEntity } from '../report/team-round-result.entity';

export interface BotTurnContext {
  gameId: string;
  seed: number;
  round: number;
  scenario: Scenario;
  /** The game state before the round. */
  state: GameState;
  teams: TeamEntity[];
  /** Decision sets already stored for the round. */
  rows: DecisionSetEntity[];
  newId: () => string;
  now: string;
}

export interface BotTurns {
  /** The decision sets stored for bot and autopilot teams (to add to the round's rows). */
  rows: DecisionSetEntity[];
  /** Team ids played by the autopilot this round. */
  autopilot: Set<string>;
}

/** Who a bot plays this round: bot teams always; under AUTOPILOT, every team that submitted nothing (with ADAPTIVE). */
export interface BotPlayer {
  team: TeamEntity;
  strategy: BotStrategy;
  autopilot: boolean;
}

export function botPlayers(
  scenario: Scenario,
  teams: readonly TeamEntity[],
  rows: readonly DecisionSetEntity[],
): BotPlayer[] {
  const submitted = new Set(rows.map((r) => r.teamId));
  const autopilot = scenario.policies.absentTeam === 'AUTOPILOT';
  return [...teams]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .flatMap((team): BotPlayer[] => {
      if (team.botStrategy && isBotStrategy(team.botStrategy))
        return [{ team, strategy: team.botStrategy, autopilot: false }];
      if (autopilot && !submitted.has(team.id)) return [{ team, strategy: 'ADAPTIVE', autopilot: true }];
      return [];
    });
}

/**
 * Generates and stores, as ordinary versioned decision sets, the decisions of
 * bot teams (and of silent teams under the AUTOPILOT policy) at close, so a
 * replay from stored decisions reproduces the round. Runs inside the close
 * transaction.
 */
export async function storeBotTurns(em: EntityManager, ctx: BotTurnContext): Promise<BotTurns> {
  const players = botPlayers(ctx.scenario, ctx.teams, ctx.rows);
  const out: BotTurns = { rows: [], autopilot: new Set() };
  if (players.length === 0) return out;
  const previous =
    ctx.round > 1
      ? await em.find(TeamRoundResultEntity, { where: { gameId: ctx.gameId, roundNumber: ctx.round - 1 } })
      : [];
  const lastByTeam = new Map(previous.map((r) => [r.teamId, r.result]));
  const versions = new Map(latestRows(ctx.rows).map((r) => [`${r.teamId}|${r.module}`, r.version]));
  for (const { team, strategy, autopilot } of players) {
    const last = lastByTeam.get(team.id);
    const decisions = botDecisions(
      strategy,
      ctx.scenario,
      ctx.state,
      team.code,
      ctx.round,
      last ? (JSON.parse(last) as TeamRoundResult) : undefined,
      ctx.seed,
    );
    for (const [module, value] of Object.entries(decisions) as [ModuleName, unknown][]) {
      const check = checkDecision(ctx.scenario, module, value, ctx.round);
      if (!check.ok) continue;
      const version = (versions.get(`${team.id}|${module}`) ?? 0) + 1;
      out.rows.push(
        Object.assign(new DecisionSetEntity(), {
          id: ctx.newId(),
          gameId: ctx.gameId,
          roundNumber: ctx.round,
          teamId: team.id,
          module,
          payload: canonicalJson(check.value),
          version,
          submittedAt: ctx.now,
        }),
      );
    }
    if (autopilot) out.autopilot.add(team.id);
  }
  await bulkInsert(em, DecisionSetEntity, out.rows);
  return out;
}
