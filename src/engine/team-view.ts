/**
 * What one team may see. The one pure view function applied at the
 * boundary: a team reads only its own state and results; market reports
 * carry aggregates only.
 */
import type { GameState, RoundOutcome, TeamRoundResult, TeamState } from './types';

export function teamView(state: GameState, teamId: string): TeamState | undefined {
  return state.teams.find((t) => t.teamId === teamId);
}

export interface TeamOutcomeView {
  round: number;
  engineVersion: string;
  team: TeamRoundResult | undefined;
}

export function teamOutcomeView(outcome: RoundOutcome, teamId: string): TeamOutcomeView {
  return { round: outcome.round, engineVersion: outcome.engineVersion, team: outcome.teams.find((t) => t.teamId === teamId) };
}

/** A scoreboard line per team (ids and totals only), in canonical order. */
export function scoreboardView(outcome: RoundOutcome): { teamId: string; total: number; scores: Record<string, number> }[] {
  return outcome.teams.map((t) => ({ teamId: t.teamId, total: t.total, scores: Object.fromEntries(t.scores.map((s) => [s.module, s.score])) }));
}
