/**
 * What one team may see of the game state: its own state only. The server
 * reads a team's cash, stock and pipeline through this one function.
 */
import type { GameState, TeamState } from './types';

export function teamView(state: GameState, teamId: string): TeamState | undefined {
  return state.teams.find((t) => t.teamId === teamId);
}
