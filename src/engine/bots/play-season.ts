/** A whole season of bot teams through the engine alone (no database): for balance checks and benchmarks. Pure. */
import type { Scenario } from '../../scenario/scenario.schema';
import type { GameState, ModuleDecisions, RoundOutcome, TeamRoundResult } from '../types';
import { createInitialState } from '../initial-state';
import { resolveRound } from '../resolve-round';
import { botDecisions } from './bot-decisions';
import type { BotStrategy } from './bot-input';

export interface BotSeat {
  teamId: string;
  strategy: BotStrategy;
}

export interface BotSeason {
  state: GameState;
  outcomes: RoundOutcome[];
}

/** Every seat's decisions for the next round, from the state and the last outcome. */
export function seatDecisions(
  scenario: Scenario,
  seed: number,
  state: GameState,
  seats: readonly BotSeat[],
  last: RoundOutcome | undefined,
): Record<string, ModuleDecisions> {
  const lastBy = new Map<string, TeamRoundResult>((last?.teams ?? []).map((t) => [t.teamId, t]));
  const out: Record<string, ModuleDecisions> = {};
  for (const s of seats)
    out[s.teamId] = botDecisions(s.strategy, scenario, state, s.teamId, state.round + 1, lastBy.get(s.teamId), seed);
  return out;
}

/** Plays `rounds` rounds (default: the scenario's count) with every seat a bot. */
export function playBotSeason(
  scenario: Scenario,
  seed: number,
  seats: readonly BotSeat[],
  rounds = scenario.rounds.count,
): BotSeason {
  let state = createInitialState(
    scenario,
    seats.map((s) => s.teamId),
  );
  const outcomes: RoundOutcome[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const decisions = seatDecisions(scenario, seed, state, seats, outcomes[outcomes.length - 1]);
    const next = resolveRound({ scenario, seed, state, decisions });
    state = next.state;
    outcomes.push(next.outcome);
  }
  return { state, outcomes };
}
