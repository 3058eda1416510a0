/**
 * A what-if of a closed round, computed: the round resolved again from the
 * state it started from, with the same seed and every rival's decisions,
 * and one team's decisions replaced module by module (a module not given
 * keeps the decision that counted). Plain data in and out, so it runs in a
 * worker thread (what-if-worker.ts); nothing is stored.
 */
import { resolveRound } from '../engine';
import type { GameState, ModuleDecisions, ModuleName, Scenario, TeamRoundResult } from '../engine/types';

export interface WhatIfInput {
  scenario: Scenario;
  seed: number;
  /** Canonical JSON of the game state the round started from. */
  startStateJson: string;
  /** Every team's counting decisions of the round, by seat code. */
  decisions: Record<string, ModuleDecisions>;
  /** Seat code of the team asking. */
  teamCode: string;
  /** The team's changed decisions, checked, per module. */
  changes: Partial<Record<ModuleName, unknown>>;
}

/** The team's result of the round as it would have been with its changes. */
export function computeWhatIf(input: WhatIfInput): TeamRoundResult {
  const state = JSON.parse(input.startStateJson) as GameState;
  const decisions: Record<string, ModuleDecisions> = {
    ...input.decisions,
    [input.teamCode]: { ...input.decisions[input.teamCode], ...(input.changes as ModuleDecisions) },
  };
  const { outcome } = resolveRound({ scenario: input.scenario, seed: input.seed, state, decisions });
  const result = outcome.teams.find((t) => t.teamId === input.teamCode);
  if (!result) throw new Error(`the replayed round has no team ${input.teamCode}`);
  return result;
}
