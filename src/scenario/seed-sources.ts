import { z } from 'zod';
import { consistencyIssues } from './consistency-rules';
import { isPlainObject, type PlainObject } from './deep-merge';
import { placeInDocument, placeIssue, type Origin, type OriginResolver } from './origins';
import { referenceIssues } from './reference-rules';
import { ruleInput } from './rule-input';
import { COLLECTION_NAMES, type CollectionName } from './scenario-file.schema';
import { sortIssues, type PathIssue, type ScenarioIssue } from './scenario-issue';
import {
  categorySchema,
  competitorSchema,
  idSchema,
  keywordSchema,
  logisticsServiceSchema,
  marketSchema,
  modelSchema,
  policiesSchema,
  scenarioSchema,
  scoringSchema,
  productSchema,
} from './scenario.schema';
import type { SeedData } from './seed-data';
import { parseSource, type SourceDocument } from './source-document';
import { fromZodIssues } from './zod-issues';
import { strictDeep } from './zod-shapes';

/** One file of seeds/, by its path relative to the seeds directory. */
export interface SeedSource {
  file: string;
  source: string;
}

export type SeedParseResult = { ok: true; seeds: SeedData } | { ok: false; errors: ScenarioIssue[] };

const list = (key: string, item: z.ZodType): z.ZodType => z.strictObject({ [key]: z.array(strictDeep(item)) });

/** The seed files every installation has, with the schema of each. */
export const SEED_FILES: Readonly<Record<string, z.ZodType>> = {
  'categories.yaml': list('categories', categorySchema),
  'catalog.yaml': list('products', productSchema),
  'markets.yaml': list('markets', marketSchema),
  'logistics.yaml': list('logistics', logisticsServiceSchema),
  'competitors.yaml': list('competitors', competitorSchema),
  'model.yaml': strictDeep(modelSchema),
  'defaults.yaml': z.strictObject({ scoring: strictDeep(scoringSchema), policies: strictDeep(policiesSchema) }),
};
const keywordFileSchema = z.strictObject({
  market: idSchema,
  keywords: z.array(strictDeep(keywordSchema.omit({ market: true }))),
});
const KEYWORD_FILE = /^keywords\/[^/]+\.ya?ml$/;

const COLLECTION_FILES: Record<Exclude<CollectionName, 'keywords'>, string> = {
  markets: 'markets.yaml',
  categories: 'categories.yaml',
  products: 'catalog.yaml',
  competitors: 'competitors.yaml',
  logistics: 'logistics.yaml',
};
const COLLECTION_KEYS: Record<Exclude<CollectionName, 'keywords'>, string> = {
  markets: 'markets',
  categories: 'categories',
  products: 'products',
  competitors: 'competitors',
  logistics: 'logistics',
};

interface Assembly {
  value: PlainObject;
  origins: Record<CollectionName, Origin[]>;
  docs: Map<string, SourceDocument>;
}

/** Parses and cross-checks the seed files; every problem is reported with its position. */
export function parseSeedSources(sources: readonly SeedSource[]): SeedParseResult {
  const issues: ScenarioIssue[] = [];
  const docs = new Map<string, SourceDocument>();
  for (const { file, source } of sources) {
    const schema = KEYWORD_FILE.test(file) ? keywordFileSchema : SEED_FILES[file];
    if (!schema) continue;
    const parsed = parseSource(source, file.endsWith('.json') ? 'json' : 'yaml', file);
    if (!parsed.ok) {
      issues.push(...parsed.errors);
      continue;
    }
    docs.set(file, parsed.document);
    const problems = fromZodIssues(schema.safeParse(parsed.document.value).error?.issues ?? []);
    issues.push(...problems.map((issue) => placeInDocument(issue, parsed.document)));
  }
  for (const file of Object.keys(SEED_FILES)) {
    if (!sources.some((s) => s.file === file))
      issues.push({ file, line: 1, column: 1, path: '', message: `missing seed file ${file}` });
  }
  const assembly = assemble(docs);
  const crossIssues: PathIssue[] = [
    ...referenceIssues(ruleInput(assembly.value)),
    ...consistencyIssues(ruleInput(assembly.value)),
  ];
  issues.push(...crossIssues.map((issue) => placeIssue(issue, seedOrigins(assembly))));
  const errors = sortIssues(issues);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, seeds: toSeedData(assembly.value) };
}

function assemble(docs: Map<string, SourceDocument>): Assembly {
  const value: PlainObject = {};
  const origins = {} as Record<CollectionName, Origin[]>;
  for (const name of COLLECTION_NAMES) {
    value[name] = [];
    origins[name] = [];
  }
  for (const [name, file] of Object.entries(COLLECTION_FILES) as [Exclude<CollectionName, 'keywords'>, string][]) {
    const doc = docs.get(file);
    const items = doc && isPlainObject(doc.value) ? doc.value[COLLECTION_KEYS[name]] : undefined;
    if (Array.isArray(items))
      pushItems(value, origins, name, items, (index) => ({
        doc: doc as SourceDocument,
        path: [COLLECTION_KEYS[name], index],
        deep: true,
      }));
  }
  for (const [file, doc] of [...docs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!KEYWORD_FILE.test(file) || !isPlainObject(doc.value) || !Array.isArray(doc.value.keywords)) continue;
    const market = doc.value.market;
    const items = doc.value.keywords.map((k: unknown) => (isPlainObject(k) ? { ...k, market } : k));
    pushItems(value, origins, 'keywords', items, (index) => ({ doc, path: ['keywords', index], deep: true }));
  }
  value.model = docs.get('model.yaml')?.value;
  const defaults = docs.get('defaults.yaml')?.value;
  value.scoring = isPlainObject(defaults) ? defaults.scoring : undefined;
  value.policies = isPlainObject(defaults) ? defaults.policies : undefined;
  return { value, origins, docs };
}

function pushItems(
  value: PlainObject,
  origins: Record<CollectionName, Origin[]>,
  name: CollectionName,
  items: unknown[],
  origin: (index: number) => Origin,
): void {
  items.forEach((item, index) => {
    (value[name] as unknown[]).push(item);
    origins[name].push(origin(index));
  });
}

function seedOrigins(assembly: Assembly): OriginResolver {
  const fallback = assembly.docs.values().next().value as SourceDocument;
  return (path) => {
    const [head, second] = path;
    if (typeof head === 'string' && typeof second === 'number' && head in assembly.origins) {
      const origin = assembly.origins[head as CollectionName][second];
      if (origin) return { origin, consumed: 2 };
    }
    const model = assembly.docs.get('model.yaml');
    if (head === 'model' && model) return { origin: { doc: model, path: [], deep: true }, consumed: 1 };
    const defaults = assembly.docs.get('defaults.yaml') ?? fallback;
    return { origin: { doc: defaults, path: [], deep: true }, consumed: 0 };
  };
}

const seedDataSchema = scenarioSchema.pick({
  markets: true,
  categories: true,
  products: true,
  keywords: true,
  competitors: true,
  logistics: true,
  model: true,
  scoring: true,
  policies: true,
});

function toSeedData(value: PlainObject): SeedData {
  return seedDataSchema.parse(value);
}
