/**
 * What a close computes, apart from storing it: the decisions of bot teams
 * (and of silent teams under the AUTOPILOT policy), the round resolved by the
 * engine, each team's luck-adjusted scores (the round replayed on the
 * scenario's `scoring.luck.replays` alternative seeds, decisions fixed), and
 * every stored form (canonical JSON) of its results. Plain data
 * in and out, so it runs in a worker thread (close-worker.ts) while the
 * server goes on answering.
 */
import {
  type BotStrategy,
  botDecisions,
  canonicalJson,
  checkDecision,
  isBotStrategy,
  type LuckAdjustedScore,
  luckAdjustedScores,
  resolveRound,
} from '../engine';
import { DEFAULT_LUCK_REPLAYS } from '../scenario/scenario.schema';
import type { GameState, ModuleName, RoundOutcome, Scenario, TeamRoundResult } from '../engine/types';
import { latestDecisionsByTeam, latestRows } from '../decision/latest-decisions';

/** A decision row as the close reads and writes it. */
export interface CloseDecisionRow {
  teamId: string;
  module: ModuleName;
  version: number;
  payload: string;
}

export interface CloseInput {
  scenario: Scenario;
  seed: number;
  round: number;
  /** Canonical JSON of the game state before the round. */
  stateJson: string;
  teams: { id: string; code: string; botStrategy: string | null }[];
  /** Every decision row stored for the round. */
  rows: CloseDecisionRow[];
  /** The stored results of the previous round, by team id (what bots learn from). */
  previousResults: Record<string, string>;
}

/** One team's result, ready to store. */
export interface ClosedTeam {
  teamId: string;
  total: number;
  scores: Record<ModuleName, number>;
  absentModules: ModuleName[];
  autopilot: boolean;
  resultJson: string;
  /** Mean total and module scores over the luck replays. */
  luck: Pick<LuckAdjustedScore, 'total' | 'modules' | 'replays'>;
}

export interface CloseOutput {
  /** Decision rows generated for bot and autopilot teams (to store with the results). */
  botRows: CloseDecisionRow[];
  outcomeJson: string;
  /** Canonical JSON of the game state after the round. */
  nextStateJson: string;
  finishedRound: number;
  teams: ClosedTeam[];
}

const byCode = (a: { code: string }, b: { code: string }): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** A team a bot plays this round. */
export interface BotPlayer {
  teamId: string;
  code: string;
  strategy: BotStrategy;
  autopilot: boolean;
}

/** Who a bot plays this round: bot teams always; under AUTOPILOT, every team that submitted nothing (with ADAPTIVE). */
export function botPlayers(
  scenario: Scenario,
  teams: CloseInput['teams'],
  rows: readonly Pick<CloseDecisionRow, 'teamId'>[],
): BotPlayer[] {
  const submitted = new Set(rows.map((r) => r.teamId));
  const autopilot = scenario.policies.absentTeam === 'AUTOPILOT';
  return [...teams].sort(byCode).flatMap((team): BotPlayer[] => {
    if (team.botStrategy && isBotStrategy(team.botStrategy))
      return [{ teamId: team.id, code: team.code, strategy: team.botStrategy, autopilot: false }];
    if (autopilot && !submitted.has(team.id))
      return [{ teamId: team.id, code: team.code, strategy: 'ADAPTIVE', autopilot: true }];
    return [];
  });
}

/**
 * The decisions bots make at close, as ordinary versioned decision rows, so
 * that a replay from stored decisions reproduces the round.
 */
function botTurns(input: CloseInput, state: GameState): { rows: CloseDecisionRow[]; autopilot: Set<string> } {
  const out = { rows: [] as CloseDecisionRow[], autopilot: new Set<string>() };
  const versions = new Map(latestRows(input.rows).map((r) => [`${r.teamId}|${r.module}`, r.version]));
  for (const player of botPlayers(input.scenario, input.teams, input.rows)) {
    const last = input.previousResults[player.teamId];
    const previous = last ? (JSON.parse(last) as TeamRoundResult) : undefined;
    const decisions = botDecisions(
      player.strategy,
      input.scenario,
      state,
      player.code,
      input.round,
      previous,
      input.seed,
    );
    for (const [module, value] of Object.entries(decisions) as [ModuleName, unknown][]) {
      const check = checkDecision(input.scenario, module, value, input.round);
      if (!check.ok) continue;
      const version = (versions.get(`${player.teamId}|${module}`) ?? 0) + 1;
      out.rows.push({ teamId: player.teamId, module, version, payload: canonicalJson(check.value) });
    }
    if (player.autopilot) out.autopilot.add(player.teamId);
  }
  return out;
}

const scoreOf = (r: TeamRoundResult, m: ModuleName): number => r.scores.find((s) => s.module === m)?.score ?? 0;

/** Resolves a round: bot turns, the engine, and the canonical JSON of everything the close stores. */
export function computeClose(input: CloseInput): CloseOutput {
  const state = JSON.parse(input.stateJson) as GameState;
  const bots = botTurns(input, state);
  const decisions = latestDecisionsByTeam([...input.rows, ...bots.rows], input.teams);
  const round = { scenario: input.scenario, seed: input.seed, state, decisions };
  const { state: next, outcome } = resolveRound(round);
  const replays = input.scenario.scoring.luck?.replays ?? DEFAULT_LUCK_REPLAYS;
  const luckOf = new Map(luckAdjustedScores(round, replays).map((l) => [l.teamId, l]));
  const idByCode = new Map(input.teams.map((t) => [t.code, t.id]));
  const teams = outcome.teams.map((r): ClosedTeam => {
    const teamId = idByCode.get(r.teamId);
    if (!teamId) throw new Error(`engine returned unknown team ${r.teamId}`);
    const scores = { OPERATIONS: 0, SELECTION: 0, ADS: 0, FULFILLMENT: 0 };
    for (const m of Object.keys(scores) as ModuleName[]) scores[m] = scoreOf(r, m);
    const autopilot = bots.autopilot.has(teamId);
    const luck = luckOf.get(r.teamId);
    if (!luck) throw new Error(`luck replays lack team ${r.teamId}`);
    return {
      teamId,
      total: r.total,
      scores,
      absentModules: r.absentModules,
      autopilot,
      resultJson: canonicalJson(r),
      luck: { total: luck.total, modules: luck.modules, replays: luck.replays },
    };
  });
  return {
    botRows: bots.rows,
    outcomeJson: canonicalJson(outcome satisfies RoundOutcome),
    nextStateJson: canonicalJson(next),
    finishedRound: outcome.round,
    teams,
  };
}
