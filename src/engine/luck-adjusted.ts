/**
 * The luck-adjusted score, duplicate-bridge style: a round is played again
 * on K alternative seeds with every team's decisions and the state before
 * the round fixed, and each team's luck-adjusted score is its mean over
 * those replays. Only chance changes between replays (which shoppers come,
 * who clicks, which parcels are late or lost), so the mean measures the
 * decisions and the spread around it is luck.
 *
 * The alternative seeds are derived from the game seed and the round alone
 * (the first number of the Alea stream keyed `${seed}:${round}:luck:${k}`),
 * so the figures are exact and anyone can reproduce them.
 */
import { AleaStream } from './alea';
import { MODULE_ORDER } from './market/modules';
import { resolveRound } from './resolve-round';
import type { ModuleName, ResolveInput } from './types';

/** A team's mean total and mean module scores over the luck replays of one round. */
export interface LuckAdjustedScore {
  teamId: string;
  /** Mean weighted total 0..100, to 2 decimals. */
  total: number;
  /** Mean score 0..100 per module, to 2 decimals. */
  modules: Record<ModuleName, number>;
  /** Replays the mean is taken over. */
  replays: number;
}

const SEED_SPACE = 2 ** 31;
const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The k-th alternative seed (k = 0, 1, …) of `round` in a game of seed `seed`: an integer in [0, 2^31). */
export function alternativeSeed(seed: number, round: number, k: number): number {
  return Math.floor(new AleaStream(`${seed}:${round}:luck:${k}`).next() * SEED_SPACE);
}

/**
 * Every team's luck-adjusted score of the round `input` resolves: the round
 * resolved on `replays` alternative seeds (the input's own seed is not one
 * of them), the decisions and the starting state unchanged.
 */
export function luckAdjustedScores(input: ResolveInput, replays: number): LuckAdjustedScore[] {
  if (!Number.isInteger(replays) || replays < 1) throw new Error(`luck replays must be a positive integer: ${replays}`);
  const round = input.state.round + 1;
  const sums = new Map<string, { total: number; modules: Record<ModuleName, number> }>();
  for (let k = 0; k < replays; k += 1) {
    const { outcome } = resolveRound({ ...input, seed: alternativeSeed(input.seed, round, k) });
    for (const team of outcome.teams) {
      let sum = sums.get(team.teamId);
      if (!sum)
        sums.set(team.teamId, (sum = { total: 0, modules: { OPERATIONS: 0, SELECTION: 0, ADS: 0, FULFILLMENT: 0 } }));
      sum.total += team.total;
      for (const s of team.scores) sum.modules[s.module] += s.score;
    }
  }
  return [...sums.entries()].map(([teamId, sum]) => {
    const modules = { OPERATIONS: 0, SELECTION: 0, ADS: 0, FULFILLMENT: 0 };
    for (const m of MODULE_ORDER) modules[m] = round2(sum.modules[m] / replays);
    return { teamId, total: round2(sum.total / replays), modules, replays };
  });
}
