import { z } from 'zod';

/**
 * The scenario's season-scoring options: how much each round weighs in the
 * season grade, how many luck replays give the luck-adjusted score, and
 * which of the two scores ranks the teams.
 */

/** Which score ranks teams: the realised one, or its mean over the luck replays. */
export const RANK_BY = ['REALISED', 'LUCK_ADJUSTED'] as const;
export type RankBy = (typeof RANK_BY)[number];

/** Luck replays per round when the scenario names none. */
export const DEFAULT_LUCK_REPLAYS = 16;

/** A round's weight in the season grade (the weighted mean of round totals); 1 when absent. */
export const roundWeightSchema = z
  .number()
  .min(0)
  .max(100)
  .describe(
    'How much this round counts in the season grade (weighted mean of round totals): 2 counts double, 0 is a practice round. Default 1.',
  )
  .optional();

/**
 * The luck-adjusted score: each closed round is replayed on `replays`
 * alternative seeds with every team's decisions fixed, and each team's mean
 * total is shown beside its realised one.
 */
export const luckSchema = z
  .object({
    replays: z
      .number()
      .int()
      .min(1)
      .max(64)
      .describe(
        'Alternative seeds each closed round is replayed on, every decision fixed (duplicate-bridge style); the mean is the luck-adjusted score. Default 16.',
      ),
  })
  .describe('The luck-adjusted score: the round replayed on alternative seeds with every decision fixed.')
  .optional();

/** Which score ranks the scoreboard and the season grade; REALISED when absent. */
export const rankBySchema = z
  .enum(RANK_BY)
  .describe(
    'What ranks the scoreboard: REALISED (the round as it happened) or LUCK_ADJUSTED (the mean over the luck replays). Default REALISED.',
  )
  .optional();
