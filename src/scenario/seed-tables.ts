import { clone, isPlainObject, type PlainObject } from './deep-merge';
import type { ItemOrigin } from './resolve-scenario-file';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './scenario-file.schema';
import type { PathIssue, ValuePath } from './scenario-issue';
import type { SeedData } from './seed-data';
import { nearestId } from './unknown-overrides';

export interface TableEntry {
  item: PlainObject;
  origin: ItemOrigin;
  /** Named by the scenario file: kept even when pruning would drop it. */
  overridden: boolean;
}
/** Items of each collection by id (`code` for markets), in resolved order. */
export type Tables = Record<CollectionName, Map<string, TableEntry>>;

export interface FileOverride {
  collection: CollectionName;
  index: number;
  item: PlainObject;
}

type IncludeList = Map<string, ValuePath>;

/** The seed items a file's `include` block brings in. */
export function buildSeedTables(include: unknown, seeds: SeedData, issues: PathIssue[]): Tables {
  const inc = isPlainObject(include) ? include : {};
  const markets = includeList(inc.markets, 'markets', new Set(seeds.markets.map((m) => m.code)), issues);
  const categories = includeList(inc.categories, 'categories', new Set(seeds.categories.map((c) => c.id)), issues);
  const products = includeList(inc.products, 'products', new Set(seeds.products.map((p) => p.id)), issues);
  for (const product of seeds.products) {
    const viaCategory = categories.get(product.category);
    if (viaCategory && !products.has(product.id)) products.set(product.id, viaCategory);
  }
  for (const product of seeds.products) {
    const via = products.get(product.id);
    if (via && !categories.has(product.category)) categories.set(product.category, via);
  }
  const byMarket = (market: string): ValuePath | undefined => markets.get(market);
  return {
    markets: table(seeds.markets, 'code', 'market', (m) => markets.get(m.code)),
    categories: table(seeds.categories, 'id', 'category', (c) => categories.get(c.id)),
    products: table(seeds.products, 'id', 'product', (p) => products.get(p.id)),
    keywords: table(seeds.keywords, 'id', 'keyword', (k) => byMarket(k.market)),
    competitors: table(seeds.competitors, 'id', 'competitor', (c) => byMarket(c.market)),
    logistics: table(seeds.logistics, 'id', 'logistics service', (l) => byMarket(l.market)),
  };
}

function includeList(raw: unknown, name: string, known: Set<string>, issues: PathIssue[]): IncludeList {
  const list: IncludeList = new Map();
  if (!Array.isArray(raw)) return list;
  raw.forEach((id: unknown, index) => {
    if (typeof id !== 'string') return;
    const path = ['include', name, index];
    if (!known.has(id)) {
      const near = nearestId(id, known);
      issues.push({
        path,
        message:
          `unknown ${name.replace(/s$/, '').replace(/ie$/, 'y')} "${id}": not in the seed data` +
          (near ? ` (did you mean "${near}"?)` : '') +
          `; include names seed items only: a new one goes under ${name}: with all its fields`,
      });
    } else if (!list.has(id)) list.set(id, path);
  });
  return list;
}

function table<T extends object>(
  items: readonly T[],
  key: 'id' | 'code',
  kind: string,
  includedVia: (item: T) => ValuePath | undefined,
): Map<string, TableEntry> {
  const out = new Map<string, TableEntry>();
  for (const item of items) {
    const includePath = includedVia(item);
    if (!includePath) continue;
    const plain = clone(item) as unknown as PlainObject;
    const id = String(plain[key]);
    const note = `in seed ${kind} "${id}" (included here)`;
    out.set(id, { item: plain, origin: { kind: 'seed', includePath, note }, overridden: false });
  }
  return out;
}

/** Reads the file's collection items: removals are applied, the rest returned as overrides. */
export function applyFileItems(file: PlainObject, tables: Tables, issues: PathIssue[]): FileOverride[] {
  const overrides: FileOverride[] = [];
  for (const collection of COLLECTION_NAMES) {
    const raw = file[collection];
    if (!Array.isArray(raw)) continue;
    const key = COLLECTIONS[collection];
    const seen = new Map<string, number>();
    raw.forEach((item: unknown, index) => {
      if (!isPlainObject(item) || typeof item[key] !== 'string') return;
      const id = item[key] as string;
      const first = seen.get(id);
      if (first !== undefined) {
        issues.push({
          path: [collection, index, key],
          message: `duplicate ${key} "${id}" (first at ${collection}[${first}])`,
        });
        return;
      }
      seen.set(id, index);
      if (item.remove === true) removeItem(tables, collection, id, index, issues);
      else overrides.push(markOverride(tables, { collection, index, item: withoutRemove(item) }));
    });
  }
  return overrides;
}

function markOverride(tables: Tables, override: FileOverride): FileOverride {
  const entry = tables[override.collection].get(String(override.item[COLLECTIONS[override.collection]]));
  if (entry) entry.overridden = true;
  return override;
}

function removeItem(tables: Tables, collection: CollectionName, id: string, index: number, issues: PathIssue[]): void {
  if (tables[collection].delete(id)) return;
  const key = COLLECTIONS[collection];
  issues.push({
    path: [collection, index, key],
    message: `nothing to remove: no ${collection} item with ${key} "${id}" is included`,
  });
}

function withoutRemove(item: PlainObject): PlainObject {
  const copy = { ...item };
  delete copy.remove;
  return copy;
}

/**
 * Drops from seed items what refers to something no longer in the scenario:
 * demand of absent categories, products of absent categories, keywords of
 * absent markets or without a relevant product, services and competitors of
 * absent markets, listings of absent products and bids on absent keywords.
 * Items the file names itself are kept (their broken references are errors).
 */
export function pruneSeedEntries(tables: Tables, overrides: readonly FileOverride[]): void {
  const ids = (collection: CollectionName): Set<string> =>
    new Set([
      ...tables[collection].keys(),
      ...overrides.filter((o) => o.collection === collection).map((o) => String(o.item[COLLECTIONS[collection]])),
    ]);
  const markets = ids('markets');
  const categories = ids('categories');
  dropWhere(tables.products, (p) => !categories.has(String(p.category)));
  const products = ids('products');
  for (const entry of tables.markets.values()) entry.item.demand = pickKeys(entry.item.demand, categories);
  for (const entry of tables.keywords.values()) entry.item.relevance = pickKeys(entry.item.relevance, products);
  dropWhere(
    tables.keywords,
    (k) => !markets.has(String(k.market)) || !categories.has(String(k.category)) || !hasRelevant(k),
  );
  const keywords = ids('keywords');
  dropWhere(tables.logistics, (l) => !markets.has(String(l.market)));
  for (const entry of tables.competitors.values())
    entry.item.listings = pruneListings(entry.item.listings, products, keywords);
  dropWhere(
    tables.competitors,
    (c) => !markets.has(String(c.market)) || !Array.isArray(c.listings) || c.listings.length === 0,
  );
}

function dropWhere(items: Map<string, TableEntry>, drop: (item: PlainObject) => boolean): void {
  for (const [id, entry] of [...items]) if (!entry.overridden && drop(entry.item)) items.delete(id);
}

function pickKeys(record: unknown, keep: Set<string>): unknown {
  if (!isPlainObject(record)) return record;
  return Object.fromEntries(Object.entries(record).filter(([key]) => keep.has(key)));
}

function hasRelevant(keyword: PlainObject): boolean {
  return (
    isPlainObject(keyword.relevance) && Object.values(keyword.relevance).some((r) => typeof r === 'number' && r > 0)
  );
}

function pruneListings(listings: unknown, products: Set<string>, keywords: Set<string>): unknown {
  if (!Array.isArray(listings)) return listings;
  return listings
    .filter((listing) => isPlainObject(listing) && products.has(String(listing.product)))
    .map((listing: PlainObject) => ({ ...listing, bids: pickKeys(listing.bids, keywords) }));
}
