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
  scoreBandSchema,
  scoringSchema,
  type ModuleName,
} from './scenario.schema';
import { deepPartial, strictDeep } from './zod-shapes';

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
export const includeSchema = z
  .strictObject({
    markets: z
      .array(idSchema)
      .describe('Seed market codes to take (RU, ES, PL, FR, MY, TH), each with its keywords, lanes and competitors.')
      .optional(),
    products: z.array(idSchema).describe('Seed product ids to take besides whole categories.').optional(),
    categories: z.array(idSchema).describe('Seed category ids to take, each with all its seed products.').optional(),
  })
  .describe(
    'What to take from the seed data (seeds/). Without include nothing is taken and the file defines everything itself. A market that is not in the seeds is not included: define it under markets.',
  );
export type ScenarioInclude = z.infer<typeof includeSchema>;

/** The fields a new entry of a collection must have: those the resolved scenario requires. */
export function requiredFieldsOf(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([key]) => key);
}

/** An item of a collection in a file: a new item, a partial override, or `remove: true`. */
function fileItem(schema: z.ZodObject, key: 'id' | 'code'): z.ZodType {
  const partial = deepPartial(schema) as z.ZodObject;
  return partial.extend({
    [key]: schema.shape[key] as z.ZodType,
    remove: z
      .literal(true)
      .describe(`true drops the included entry with this ${key} from the scenario (give only the ${key}).`)
      .optional(),
  });
}

/** A collection of a file, described with what an override and a new entry need. */
function collection(name: CollectionName, what: string, schema: z.ZodObject) {
  const key = COLLECTIONS[name];
  return z
    .array(fileItem(schema, key))
    .describe(
      `${what}. An entry whose ${key} was included from the seeds is an override: give the ${key} and only the fields that change. ` +
        `An entry with a new ${key} is a new entry and needs: ${requiredFieldsOf(schema).join(', ')}.`,
    )
    .optional();
}

function bandFileSchema(module: ModuleName): z.ZodType {
  const names = KPI_NAMES[module] as [string, ...string[]];
  return z.strictObject({
    ...scoreBandSchema.shape,
    kpi: z
      .enum(names, { error: (issue) => unknownKpiMessage(module, issue.input) })
      .describe(`KPI name of ${module} (an unknown name is an error listing the valid ones).`),
  });
}

const bandsFileSchema = z
  .strictObject(
    Object.fromEntries(
      MODULES.map((module) => [
        module,
        z
          .array(bandFileSchema(module))
          .min(1)
          .describe(`KPI bands of ${module}, replacing the default list when given; their points add up to 100.`)
          .optional(),
      ]),
    ),
  )
  .describe(scoringSchema.shape.bands.description ?? '');

const scoringFileSchema = (deepPartial(scoringSchema) as z.ZodObject)
  .extend({ bands: bandsFileSchema.optional() })
  .describe('How rounds are scored; give only what differs from seeds/defaults.yaml.');

const scheduleEntryFileSchema = (deepPartial(roundSpecSchema) as z.ZodObject).extend({
  number: roundSpecSchema.shape.number,
});

const top = scenarioSchema.shape;

/**
 * The scenario FILE format: the resolved scenario plus `include`, collection
 * overrides and removals, and partial `model`, `scoring`, `policies` and
 * `rounds.schedule`. Objects are strict: an unknown field is an error.
 * Every field is described (scenarios/scenario.schema.json carries the
 * descriptions to editors).
 */
export const scenarioFileSchema = z.strictObject({
  $schema: z.string().describe('Path of this JSON Schema, for editors (ignored by the sandbox).').optional(),
  id: top.id,
  version: top.version,
  title: strictDeep(top.title),
  description: top.description,
  seed: top.seed,
  rounds: z
    .strictObject({
      count: top.rounds.shape.count,
      days: top.rounds.shape.days,
      schedule: z
        .array(scheduleEntryFileSchema)
        .describe(
          'Only the rounds that differ from the default (season 1, event 1, every module, weight 1), by number; the rest are filled in.',
        )
        .optional(),
    })
    .describe(top.rounds.description ?? ''),
  include: includeSchema.optional(),
  markets: collection('markets', 'Markets teams sell in', marketSchema),
  categories: collection('categories', 'Product categories', categorySchema),
  products: collection('products', 'Products teams can buy and list', productSchema),
  keywords: collection('keywords', 'Search keywords of a market', keywordSchema),
  competitors: collection('competitors', 'Competitor sellers (not teams) in a market', competitorSchema),
  logistics: collection(
    'logistics',
    'Shipping lanes (carrier services) to a market, one per tier',
    logisticsServiceSchema,
  ),
  model: deepPartial(modelSchema).optional(),
  scoring: scoringFileSchema.optional(),
  policies: (deepPartial(policiesSchema) as z.ZodObject)
    .describe('Rules of the game; give only what differs from seeds/defaults.yaml.')
    .optional(),
});
