import { z } from 'zod';
import { bps, cents, idSchema, localizedText, positive, unit } from './schema-units';

/**
 * The catalogue of a scenario: product categories and the products teams
 * can buy and list. Seeds in seeds/categories.yaml and seeds/catalog.yaml.
 */

export const categorySchema = z.object({
  id: idSchema.describe('Category id; products, keywords and each market’s demand name it.'),
  name: localizedText('Category name shown to teams'),
  commissionBps: bps.describe('Platform commission on completed orders, in basis points (800 = 8 %).'),
  affiliateBandBps: z
    .object({
      min: bps.describe('Lowest affiliate commission a team may offer, basis points.'),
      max: bps.describe('Highest affiliate commission a team may offer, basis points.'),
    })
    .describe('Commission rates teams may offer affiliates in this category, in basis points (300 = 3 %).'),
  nadRateBps: bps.describe(
    'Base share of orders claimed "not as described", in basis points; a listing’s quality lowers it (× (1 − quality)).',
  ),
});

export const productSchema = z.object({
  id: idSchema.describe('Product id; keywords (relevance), competitor listings and team decisions name it.'),
  name: localizedText('Product name shown to teams'),
  category: idSchema.describe('Category id of the product.'),
  unitCostCents: cents
    .min(1)
    .describe('Factory cost of one unit, US cents (≥ 1); keep it below the reference price (a warning otherwise).'),
  referencePriceCents: cents
    .min(1)
    .describe(
      'Typical retail price abroad, US cents: the anchor shoppers compare prices with, and the centre of the dumping check.',
    ),
  weightGrams: z.number().int().min(1).max(100_000).describe('Shipping weight of one unit, grams.'),
  dimensionsCm: z
    .object({
      l: positive.max(300).describe('Length, cm.'),
      w: positive.max(300).describe('Width, cm.'),
      h: positive.max(300).describe('Height, cm.'),
    })
    .describe('Parcel size of one unit in centimetres, for volumetric weight (L × W × H ÷ volumetricDivisor).'),
  leadTimeRounds: z
    .number()
    .int()
    .min(0)
    .max(6)
    .describe('Rounds between ordering stock and its arrival (0 = usable in the round it is bought).'),
  appeal: unit.describe(
    'Intrinsic appeal, a fraction 0–1: how likely an examined search result of it is clicked, and how readily affiliates sell it.',
  ),
  attributes: z
    .number()
    .int()
    .min(1)
    .max(50)
    .describe('Attributes a complete listing fills in (1–50); filling fewer lowers listing quality.'),
  minOrderUnits: z
    .number()
    .int()
    .min(1)
    .max(100_000)
    .describe(
      'Smallest purchase order, units: a smaller order is refused, and one that cash cuts below it is dropped.',
    ),
});

export type Category = z.infer<typeof categorySchema>;
export type Product = z.infer<typeof productSchema>;
