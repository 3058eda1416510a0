/**
 * An item of a scenario file whose id the seed data does not include is a
 * new item, and needs every required field. When it lacks most of them, the
 * author most likely meant to override an existing item and mistyped its id: say
 * so once — "unknown product X (did you mean Y?)" with the fields a new one
 * needs — instead of one "missing field" error per field, and leave the
 * item out of the resolved scenario.
 */
import type { z } from 'zod';
import {
  categorySchema,
  competitorSchema,
  keywordSchema,
  logisticsServiceSchema,
  marketSchema,
  productSchema,
} from './scenario.schema';
import { COLLECTIONS, requiredFieldsOf, type CollectionName } from './scenario-file.schema';
import type { PathIssue } from './scenario-issue';
import type { SeedData } from './seed-data';
import type { FileOverride, Tables } from './seed-tables';

const SCHEMAS: Record<CollectionName, z.ZodObject> = {
  markets: marketSchema,
  categories: categorySchema,
  products: productSchema,
  keywords: keywordSchema,
  competitors: competitorSchema,
  logistics: logisticsServiceSchema,
};

const SINGULAR: Record<CollectionName, string> = {
  markets: 'market',
  categories: 'category',
  products: 'product',
  keywords: 'keyword',
  competitors: 'competitor',
  logistics: 'logistics service',
};

/** Fields an item of the collection must have (the optional ones left out). */
export function requiredFields(collection: CollectionName): string[] {
  return requiredFieldsOf(SCHEMAS[collection]);
}

/** Edit distance of two short ids (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** The known id nearest to `id`, if it is near enough to be a typo (at most a third of its length apart). */
export function nearestId(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(id.toLowerCase(), k.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && k < best)) {
      best = k;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(id.length / 3)) ? best : undefined;
}

function seedIds(seeds: SeedData, collection: CollectionName): string[] {
  const key = COLLECTIONS[collection];
  return (seeds[collection] as readonly object[]).map((x) => String((x as Record<string, unknown>)[key]));
}

/**
 * Keeps the overrides of included items and complete new items; reports
 * each incomplete new item once (with a suggestion) and drops it.
 */
export function keepKnownOrComplete(
  overrides: readonly FileOverride[],
  tables: Tables,
  seeds: SeedData,
  issues: PathIssue[],
): FileOverride[] {
  return overrides.filter((o) => {
    const key = COLLECTIONS[o.collection];
    const id = String(o.item[key]);
    if (tables[o.collection].has(id)) return true;
    const required = requiredFields(o.collection);
    const missing = required.filter((f) => !(f in o.item));
    // most fields given: a new item with a gap, which the schema names field by field
    if (missing.length * 2 <= required.length) return true;
    const known = [...new Set([...tables[o.collection].keys(), ...seedIds(seeds, o.collection)])];
    const near = nearestId(id, known);
    const inSeedsOnly = seedIds(seeds, o.collection).includes(id);
    const kind = SINGULAR[o.collection];
    const hint = inSeedsOnly
      ? `it is in the seed data but not included: add it to include.${o.collection === 'logistics' ? 'markets (with its market)' : o.collection}`
      : near
        ? `did you mean "${near}"?`
        : `no ${kind} of the seed data is close`;
    issues.push({
      path: [o.collection, o.index, key],
      message: `unknown ${kind} "${id}" (${hint}); a new ${kind} needs: ${missing.join(', ')}`,
    });
    return false;
  });
}
