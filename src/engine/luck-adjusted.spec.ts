import { alternativeSeed, luckAdjustedScores } from './luck-adjusted';
import { createInitialState, resolveRound } from './index';
import { fixtureScenario } from './testing/fixture-scenario';
import { botDecisions, teamIdsFor } from './testing/big-game';
import type { ModuleDecisions, ResolveInput } from './types';

const scenario = fixtureScenario();

/** Six teams; the first two (twins) decide exactly alike. */
function twinRound(seed: number): ResolveInput {
  const ids = teamIdsFor(6);
  const decisions: Record<string, ModuleDecisions> = {};
  ids.forEach((id, i) => (decisions[id] = botDecisions(scenario, i < 2 ? 0 : i)));
  return { scenario, seed, state: createInitialState(scenario, ids), decisions };
}

const spread = (xs: number[]): number => Math.max(...xs) - Math.min(...xs);

describe('alternativeSeed', () => {
  it('is a fixed integer seed per (game seed, round, k), different across k, rounds and seeds', () => {
    expect(alternativeSeed(7, 3, 0)).toBe(alternativeSeed(7, 3, 0));
    const seeds = [
      alternativeSeed(7, 3, 0),
      alternativeSeed(7, 3, 1),
      alternativeSeed(7, 4, 0),
      alternativeSeed(8, 3, 0),
    ];
    expect(new Set(seeds).size).toBe(4);
    for (const s of seeds) {
      expect(Number.isInteger(s)).toBe(true);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThan(2 ** 31);
    }
  });
});

describe('luckAdjustedScores', () => {
  it('is the mean of the round resolved on each alternative seed', () => {
    const input = twinRound(11);
    const scores = luckAdjustedScores(input, 3);
    const totals = [0, 1, 2].map(
      (k) =>
        resolveRound({ ...input, seed: alternativeSeed(11, 1, k) }).outcome.teams.find((t) => t.teamId === 'team-0003')
          ?.total ?? NaN,
    );
    const mean = totals.reduce((a, b) => a + b, 0) / 3;
    const third = scores.find((s) => s.teamId === 'team-0003');
    expect(third?.total).toBeCloseTo(mean, 2);
    expect(third?.replays).toBe(3);
    expect(scores.map((s) => s.teamId)).toEqual(teamIdsFor(6));
  });

  it('is deterministic and leaves its input untouched', () => {
    const input = twinRound(5);
    const before = JSON.stringify(input);
    expect(luckAdjustedScores(input, 4)).toEqual(luckAdjustedScores(twinRound(5), 4));
    expect(JSON.stringify(input)).toBe(before);
  });

  it('gives twin teams luck-adjusted totals within 1 % of each other, over several seeds', () => {
    for (const seed of [1, 2, 3, 4]) {
      const twins = luckAdjustedScores(twinRound(seed), 16).slice(0, 2);
      const mean = (twins[0].total + twins[1].total) / 2;
      expect(mean).toBeGreaterThan(0);
      expect(spread(twins.map((t) => t.total))).toBeLessThanOrEqual(0.01 * mean);
    }
  });

  it('refuses a replay count that is not a positive integer', () => {
    expect(() => luckAdjustedScores(twinRound(1), 0)).toThrow(/positive integer/);
    expect(() => luckAdjustedScores(twinRound(1), 1.5)).toThrow(/positive integer/);
  });
});
