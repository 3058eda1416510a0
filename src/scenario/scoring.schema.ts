/** The scoring block of a scenario: module weights, KPI bands and the loss factor. */
import { z } from 'zod';
import { luckSchema, rankBySchema } from './season-scoring.schema';

const unit = z.number().min(0).max(1);

/** One KPI band: 0 points at zeroAt, `points` at fullAt, linear between. */
export const scoreBandSchema = z.object({
  kpi: z.string().min(1).describe('KPI name of this module (the kpiCatalog query lists them).'),
  zeroAt: z.number().finite().describe('KPI value giving 0 points; above fullAt where lower is better.'),
  fullAt: z.number().finite().describe('KPI value giving the band’s full points.'),
  points: z.number().min(0).max(100).describe('Points of the band (0–100).'),
  perDays: z
    .number()
    .int()
    .min(1)
    .max(366)
    .describe(
      'Days the thresholds stand for (30 = a monthly target); they are scaled to rounds.days. Absent: as written for any round length.',
    )
    .optional(),
});
export type ScoreBand = z.infer<typeof scoreBandSchema>;

const bands = (module: string) =>
  z.array(scoreBandSchema).min(1).describe(`KPI bands of ${module}; their points add up to 100.`);

const weight = (module: string) => unit.describe(`Weight of ${module} in the round total (0–1).`);

export const scoringSchema = z.object({
  weights: z
    .object({
      OPERATIONS: weight('OPERATIONS'),
      SELECTION: weight('SELECTION'),
      ADS: weight('ADS'),
      FULFILLMENT: weight('FULFILLMENT'),
    })
    .describe(
      'Weight of each module in the round total; the four add up to 1 (a round without some modules renormalises over the rest).',
    ),
  bands: z
    .object({
      OPERATIONS: bands('OPERATIONS'),
      SELECTION: bands('SELECTION'),
      ADS: bands('ADS'),
      FULFILLMENT: bands('FULFILLMENT'),
    })
    .describe(
      'Per module, KPI bands: each gives 0 points at zeroAt and its points at fullAt, linear between; a module’s points add up to 100.',
    ),
  lossAversion: z
    .number()
    .min(0)
    .max(100)
    .describe(
      'Loss factor: the round total × (1 − lossAversion × expected loss ÷ starting cash), never below 0; 2 zeroes a round that loses half the starting cash. 0 or absent: none.',
    )
    .optional(),
  luck: luckSchema,
  rankBy: rankBySchema,
});
