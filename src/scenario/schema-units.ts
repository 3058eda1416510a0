import { z } from 'zod';

/**
 * Building blocks of the scenario schemas: ids, the units every figure is
 * written in, bilingual names and the four modules.
 *
 * Units: money in integer US cents (`…Cents`), rates in basis points
 * (`…Bps`, 10000 = 100 %), shares and probabilities as fractions 0–1,
 * model coefficients as plain decimals. Field descriptions (zod's
 * `.describe`) say which unit a field uses; scenarios/scenario.schema.json
 * carries them to editors.
 */

export const MODULES = ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'] as const;
export type ModuleName = (typeof MODULES)[number];
export const moduleSchema = z.enum(MODULES);

/** An id: letters, digits, "_", "." and "-", starting with a letter or digit. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'ids use letters, digits, "_", "." and "-" and start with a letter or digit');

/** Money: a whole number of US cents (1290 = $12.90). */
export const cents = z.number().int().min(0).max(1_000_000_000_00);
/** A rate in basis points: a whole number 0–10000 (800 = 8 %). */
export const bps = z.number().int().min(0).max(10_000);
/** A positive finite number (multipliers such as season or trend). */
export const positive = z.number().positive().finite();
/** A finite number ≥ 0. */
export const nonNegative = z.number().min(0).finite();
/** A fraction 0–1 (shares, probabilities, relevance, quality). */
export const unit = z.number().min(0).max(1);
/** A coefficient of the choice model, a plain decimal. */
export const coef = z.number().finite().min(-100).max(100);

/** A text in English and Chinese, every language of the class. */
export const localizedTextSchema = z.object({ en: z.string().min(1).max(200), zh: z.string().min(1).max(200) });

/**
 * A bilingual text described for editors: `what` names it ("Name shown to
 * teams"), and each language says which it is.
 */
export function localizedText(what: string): typeof localizedTextSchema {
  return z
    .object({
      en: localizedTextSchema.shape.en.describe(`${what}, in English.`),
      zh: localizedTextSchema.shape.zh.describe(`${what}, in Chinese.`),
    })
    .describe(`${what}, in English (en) and Chinese (zh).`);
}
