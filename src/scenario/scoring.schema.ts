/** The scoring block of a scenario: module weights, KPI bands and the loss factor. */
import { z } from 'zod';
import { luckSchema, rankBySchema } from './season-scoring.schema';

const unit = z.number().min(0).max(1);

const band = z.object({
  kpi: z.string().min(1),
  /** KPI value giving 0 points; may be above fullAt where lower is better. */
  zeroAt: z.number().finite(),
  /** KPI value giving full points. */
  fullAt: z.number().finite(),
  points: z.number().min(0).max(100),
  /**
   * Days the thresholds stand for (30 for a monthly target); they are scaled
   * to the round's length (rounds.days). Absent: they apply to any round.
   */
  perDays: z.number().int().min(1).max(366).optional(),
});
export type ScoreBand = z.infer<typeof band>;

export const scoringSchema = z.object({
  /** Module weights of the total; they add up to 1. */
  weights: z.object({ OPERATIONS: unit, SELECTION: unit, ADS: unit, FULFILLMENT: unit }),
  /** Per module, KPI bands whose points add up to 100. */
  bands: z.object({
    OPERATIONS: z.array(band).min(1),
    SELECTION: z.array(band).min(1),
    ADS: z.array(band).min(1),
    FULFILLMENT: z.array(band).min(1),
  }),
  /**
   * How much an expected loss costs: the round total is multiplied by
   * 1 − lossAversion × loss ÷ starting cash (never below 0). 0 or absent:
   * losses cost no points beyond net margin.
   */
  lossAversion: z.number().min(0).max(100).optional(),
  luck: luckSchema,
  rankBy: rankBySchema,
});
