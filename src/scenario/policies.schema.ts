import { z } from 'zod';
import { languageTagSchema } from '../engine/decisions/language-tag';
import { cents, idSchema, localizedText, positive } from './schema-units';

/**
 * The rules of the game (`policies:`): money, listing limits, what happens
 * to a team that does not submit, what teams may see and when, badges.
 * Defaults in seeds/defaults.yaml.
 */

export const badgeSchema = z.object({
  id: idSchema.describe('Badge id.'),
  name: localizedText('Badge name shown to teams'),
  searchWeight: positive
    .max(5)
    .describe(
      'Multiplier on the holder’s organic search score from the next round on (1.15 = +15 %; 1 = honour only).',
    ),
  afterRound: z.number().int().min(1).describe('Awarded when this round closes.'),
  topN: z
    .number()
    .int()
    .min(1)
    .describe('Awarded to the top N teams by cumulative total (a seeded draw breaks exact ties).'),
});

export const VISIBILITY = ['NEVER', 'AFTER_CLOSE', 'AFTER_GAME'] as const;

const visibility = (what: string) => z.enum(VISIBILITY).describe(`${what}: NEVER, AFTER_CLOSE or AFTER_GAME.`);

export const policiesSchema = z.object({
  startingCashCents: cents.describe('Cash each team starts with, US cents (400000 = $4,000).'),
  maxListings: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .describe('Listings a team may have at once (one listing = one product in one market).'),
  maxTitleKeywords: z
    .number()
    .int()
    .min(1)
    .max(50)
    .describe('Keywords a listing title should hold at most; more is keyword stuffing and cuts its exposure.'),
  listingLanguages: z
    .array(languageTagSchema)
    .max(50)
    .describe(
      'Languages (BCP-47) a listing may use besides each market’s own; default [en, zh]. A listing in any other is refused.',
    )
    .optional(),
  absentTeam: z
    .enum(['CARRY_FORWARD', 'NOTHING', 'AUTOPILOT'])
    .describe(
      'A module a team did not submit: CARRY_FORWARD (last round’s decision, without one-off purchases and transfers), NOTHING (the empty decision), AUTOPILOT (a team that submitted nothing at all is played by the ADAPTIVE bot, flagged in exports; partly silent teams carry forward).',
    ),
  visibility: z
    .object({
      marketReport: visibility('When teams may read a round’s market aggregates (shoppers, orders, cost per click)'),
      scoreboard: visibility('When teams may read the scoreboard (other teams’ totals)'),
      rivalListings: visibility('When teams may read competitor prices and ranks per keyword in the market report'),
    })
    .describe('When teams may see shared information: NEVER, AFTER_CLOSE (of each round) or AFTER_GAME.'),
  badges: z
    .array(badgeSchema)
    .describe('Badges awarded to the leading teams after a given round, each raising their organic search score.'),
});

export type Badge = z.infer<typeof badgeSchema>;
