import { z } from 'zod';
import { categorySchema, productSchema } from './catalog.schema';
import { competitorSchema, keywordSchema, logisticsServiceSchema, marketSchema } from './market.schema';
import { modelSchema } from './model.schema';
import { policiesSchema } from './policies.schema';
import { idSchema, localizedText, moduleSchema, positive } from './schema-units';
import { scoringSchema } from './scoring.schema';
import { roundWeightSchema } from './season-scoring.schema';

/**
 * The resolved scenario: what is stored, hashed and handed to the engine.
 * A scenario *file* may draw products, markets, keywords, carriers and
 * competitors from `seeds/` and may leave the `model` block partial; the
 * loader resolves both before this schema is applied, so a stored scenario
 * is complete and independent of later edits of the seed data.
 *
 * The parts live by topic: schema-units.ts (ids, units, names),
 * market.schema.ts (markets, keywords, lanes, competitors),
 * catalog.schema.ts (categories, products), policies.schema.ts,
 * model.schema.ts, scoring.schema.ts. Every field carries a description
 * (zod's `.describe`) with its unit and meaning; this module re-exports
 * them all, so importers need only this one.
 */

export * from './schema-units';
export * from './catalog.schema';
export * from './market.schema';
export * from './policies.schema';
export * from './model.schema';
export { scoringSchema, scoreBandSchema, type ScoreBand } from './scoring.schema';
export { DEFAULT_LUCK_REPLAYS, RANK_BY, type RankBy } from './season-scoring.schema';

const multiplier = (text: string) => positive.max(20).describe(text);

export const roundSpecSchema = z.object({
  number: z.number().int().min(1).describe('Which round (1 … rounds.count).'),
  label: z
    .string()
    .max(80)
    .describe('Short name shown to teams, e.g. "11.11" (quote it in YAML, or it is read as a number).')
    .optional(),
  season: multiplier(
    'Seasonal multiplier of every market’s demand this round, the time of year (1 = usual, 1.3 = +30 %). Default 1.',
  ),
  event: multiplier(
    'Shopping-event multiplier of demand on top of season (11.11, Black Friday: about 3–4; 1 = no event). Default 1.',
  ),
  modules: z
    .array(moduleSchema)
    .min(1)
    .describe(
      'Modules teams decide this round (OPERATIONS, SELECTION, ADS, FULFILLMENT); default all four. A module left out keeps last round’s decision and is not scored (a tutorial unlocks one per round).',
    ),
  adCompetition: multiplier(
    'Competition for ad slots this round: multiplies competitor sellers’ bids and every keyword’s floor CPC (2 = twice the usual bidding, as in Black Friday week). Default 1.',
  ).optional(),
  weight: roundWeightSchema,
});

export const scenarioSchema = z.object({
  id: idSchema.describe(
    'Scenario id (letters, digits, "_", "." and "-"); games name it. The same id with a higher version is stored beside the old.',
  ),
  version: z
    .number()
    .int()
    .min(1)
    .describe('Whole number ≥ 1; raise it to store changed content under the same id. Running games keep theirs.'),
  title: localizedText('Title shown to everyone'),
  description: z.string().max(4000).describe('Free text shown with the scenario (up to 4,000 characters).').optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .describe('Default seed of games created from this scenario (0 … 2³¹ − 1): same seed and decisions, same results.'),
  rounds: z
    .object({
      count: z.number().int().min(1).max(52).describe('Rounds in a game (1–52).'),
      days: z
        .number()
        .int()
        .min(1)
        .max(90)
        .describe(
          'Days one round stands for (1–90). It scales daily ad budgets (budget × days) and KPI bands with perDays; demand figures are per round whatever its length.',
        ),
      schedule: z.array(roundSpecSchema).min(1).describe('Every round, in order, with its multipliers and modules.'),
    })
    .describe('How many rounds a game has, how long each stands for, and what is special about some of them.'),
  markets: z.array(marketSchema).min(1).describe('The markets teams sell in.'),
  categories: z.array(categorySchema).min(1).describe('Product categories.'),
  products: z.array(productSchema).min(1).describe('Products teams can buy and list.'),
  keywords: z.array(keywordSchema).min(1).describe('Search keywords of the markets.'),
  competitors: z.array(competitorSchema).describe('Competitor sellers (not teams) in the markets.'),
  logistics: z.array(logisticsServiceSchema).min(1).describe('Shipping lanes (carrier services) to the markets.'),
  model: modelSchema,
  scoring: scoringSchema.describe('How rounds are scored: module weights, KPI bands, loss aversion, luck replays.'),
  policies: policiesSchema.describe('Rules of the game: money, listings, absent teams, what teams may see, badges.'),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type RoundSpec = z.infer<typeof roundSpecSchema>;
