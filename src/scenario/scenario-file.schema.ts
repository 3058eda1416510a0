import { z } from 'zod';
import { KPI_NAMES, unknownKpiMessage } from './kpi-names';
import {
  categorySchema,
  competitorSchema,
  idSchema,
  keywordSchema,
  logisticsServiceSchema,
  marketSchema,
  modelSchema,
  MODULES,
  policiesSchema,
  productSchema,
  roundSpecSchema,
  scenarioSchema,
  scoringSchema,
  type ModuleName,
} from './scenario.schema';
import { deepPartial } from './zod-shapes';

/** Collections a file may add to, override in or remove from, with their key field. */
export const COLLECTIONS = {
  markets: 'code',
  categories: 'id',
  products: 'id',
  keywords: 'id',
  competitors: 'id',
  logistics: 'id',
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** What a file draws from seeds/: markets by code, products by id or whole categories. */
export const includeSchema = z.strictObject({
  markets: z.array(idSchema).optional(),
  products: z.array(idSchema).optional(),
  categories: z.array(idSchema).optional(),
});
export type ScenarioInclude = z.infer<typeof includeSchema>;

/** An item of a collection in a file: a new item, a partial override, or `remove: true`. */
function fileItem(schema: z.ZodObject, key: 'id' | 'code'): z.ZodType {
  const partial = deepPartial(schema) as z.ZodObject;
  return partial.extend({ [key]: idSchema, remove: z.literal(true).optional() });
}

function bandFileSchema(module: ModuleName): z.ZodType {
  const names = KPI_NAMES[module] as [string, ...string[]];
  return z.strictObject({
    kpi: z.enum(names, { error: (issue) => unknownKpiMessage(module, issue.input) }),
    zeroAt: z.number().finite(),
    fullAt: z.number().finite(),
    points: z.number().min(0).max(100),
    perDays: z.number().int().min(1).max(366).optional(),
  });
}

const bandsFileSchema = z.strictObject(
  Object.fromEntries(MODULES.map((module) => [module, z.array(bandFileSchema(module)).min(1).optional()])),
);

const scoringFileSchema = (deepPartial(scoringSchema) as z.ZodObject).extend({ bands: bandsFileSchema.optional() });

const scheduleEntryFileSchema = (deepPartial(roundSpecSchema) as z.ZodObject).extend({
  number: roundSpecSchema.shape.number,
});

const top = scenarioSchema.shape;

/**
 * The scenario FILE format: the resolved scenario plus `include`, collection
 * overrides and removals, and partial `model`, `scoring`, `policies` and
 * `rounds.schedule`. Objects are strict: an unknown field is an error.
 */
export const scenarioFileSchema = z.strictObject({
  $schema: z.string().optional(),
  id: top.id,
  version: top.version,
  title: z.strictObject({ en: top.title.shape.en, zh: top.title.shape.zh }),
  description: top.description,
  seed: top.seed,
  rounds: z.strictObject({
    count: top.rounds.shape.count,
    days: top.rounds.shape.days,
    schedule: z.array(scheduleEntryFileSchema).optional(),
  }),
  include: includeSchema.optional(),
  markets: z.array(fileItem(marketSchema, 'code')).optional(),
  categories: z.array(fileItem(categorySchema, 'id')).optional(),
  products: z.array(fileItem(productSchema, 'id')).optional(),
  keywords: z.array(fileItem(keywordSchema, 'id')).optional(),
  competitors: z.array(fileItem(competitorSchema, 'id')).optional(),
  logistics: z.array(fileItem(logisticsServiceSchema, 'id')).optional(),
  model: deepPartial(modelSchema).optional(),
  scoring: scoringFileSchema.optional(),
  policies: deepPartial(policiesSchema).optional(),
});
