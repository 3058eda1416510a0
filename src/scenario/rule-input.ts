import type { z } from 'zod';
import { isPlainObject, type PlainObject } from './deep-merge';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './scenario-file.schema';
import {
  categorySchema,
  competitorSchema,
  keywordSchema,
  logisticsServiceSchema,
  marketSchema,
  modelSchema,
  policiesSchema,
  productSchema,
  scenarioSchema,
  scoringSchema,
  type Category,
  type Competitor,
  type Keyword,
  type LogisticsService,
  type Market,
  type Product,
  type Scenario,
  type ScenarioModel,
} from './scenario.schema';

export interface Indexed<T> {
  index: number;
  item: T;
}

/** The parts of a resolved value that are individually valid, for the cross-checks. */
export interface RuleInput {
  markets: Indexed<Market>[];
  categories: Indexed<Category>[];
  products: Indexed<Product>[];
  keywords: Indexed<Keyword>[];
  competitors: Indexed<Competitor>[];
  logistics: Indexed<LogisticsService>[];
  /** Ids (codes for markets) of every item with one, valid or not: references resolve against these. */
  ids: Record<CollectionName, Set<string>>;
  rounds?: Scenario['rounds'];
  model?: ScenarioModel;
  scoring?: Scenario['scoring'];
  policies?: Scenario['policies'];
}

/** Keeps the items and blocks of `value` that pass their own schema. */
export function ruleInput(value: PlainObject): RuleInput {
  return {
    markets: validItems(value.markets, marketSchema),
    categories: validItems(value.categories, categorySchema),
    products: validItems(value.products, productSchema),
    keywords: validItems(value.keywords, keywordSchema),
    competitors: validItems(value.competitors, competitorSchema),
    logistics: validItems(value.logistics, logisticsServiceSchema),
    ids: knownIds(value),
    rounds: validBlock(value.rounds, scenarioSchema.shape.rounds),
    model: validBlock(value.model, modelSchema),
    scoring: validBlock(value.scoring, scoringSchema),
    policies: validBlock(value.policies, policiesSchema),
  };
}

function knownIds(value: PlainObject): Record<CollectionName, Set<string>> {
  const ids = {} as Record<CollectionName, Set<string>>;
  for (const name of COLLECTION_NAMES) {
    const raw = value[name];
    const key = COLLECTIONS[name];
    ids[name] = new Set(
      (Array.isArray(raw) ? raw : [])
        .filter(isPlainObject)
        .map((item) => item[key])
        .filter((id): id is string => typeof id === 'string'),
    );
  }
  return ids;
}

function validItems<T>(raw: unknown, schema: z.ZodType<T>): Indexed<T>[] {
  if (!Array.isArray(raw)) return [];
  const out: Indexed<T>[] = [];
  raw.forEach((item: unknown, index) => {
    const parsed = isPlainObject(item) ? schema.safeParse(item) : undefined;
    if (parsed?.success) out.push({ index, item: parsed.data });
  });
  return out;
}

function validBlock<T>(raw: unknown, schema: z.ZodType<T>): T | undefined {
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
