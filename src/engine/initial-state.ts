/** The state before round 1. */
import type { Scenario } from '../scenario/scenario.schema';
import type { GameState } from './types';
import { neutralServiceScore } from './fulfillment/service-score';

export function createInitialState(scenario: Scenario, teamIds: string[]): GameState {
  const ids = [...new Set(teamIds)].sort();
  const service = neutralServiceScore(scenario.model.reviews.priorMean, scenario.model.serviceScore);
  return {
    round: 0,
    classSize: ids.length,
    teams: ids.map((teamId) => ({
      teamId,
      cashCents: scenario.policies.startingCashCents,
      stock: {},
      expectedStock: {},
      pipeline: [],
      listings: {},
      serviceScore: service,
      parcelsByService: {},
      lastDecisions: {},
      badges: [],
      cumulativeTotal: 0,
    })),
  };
}
