import { keepKnownOrComplete } from './unknown-overrides';
import { clone, deepMerge, isPlainObject, type PlainObject } from './deep-merge';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './scenario-file.schema';
import type { PathIssue, ValuePath } from './scenario-issue';
import { MODULES } from './scenario.schema';
import type { SeedData } from './seed-data';
import { applyFileItems, buildSeedTables, pruneSeedEntries, type Tables } from './seed-tables';

/** Where a resolved collection item or scheduled round came from. */
export type ItemOrigin =
  { kind: 'file'; index: number } | { kind: 'seed'; includePath: ValuePath; note: string } | { kind: 'filled' };

export interface ResolvedFile {
  /** The resolved scenario, not yet validated. */
  value: PlainObject;
  items: Record<CollectionName, ItemOrigin[]>;
  schedule: ItemOrigin[];
  /** Problems found while resolving, with paths in the file. */
  issues: PathIssue[];
}

const MAX_ROUNDS = 52;

/** Applies `include`, overrides, removals and defaults of a scenario file to the seed data. */
export function resolveScenarioFile(file: PlainObject, seeds: SeedData): ResolvedFile {
  const issues: PathIssue[] = [];
  const tables: Tables = buildSeedTables(file.include, seeds, issues);
  const overrides = keepKnownOrComplete(applyFileItems(file, tables, issues), tables, seeds, issues);
  pruneSeedEntries(tables, overrides);
  for (const override of overrides) mergeOverride(tables, override.collection, override.index, override.item);
  const rounds = resolveRounds(file.rounds, issues);
  const value: PlainObject = {
    id: file.id,
    version: file.version,
    title: file.title,
    description: file.description,
    seed: file.seed,
    rounds: rounds.value,
    model: deepMerge(seeds.model, file.model),
    scoring: deepMerge(seeds.scoring, file.scoring),
    policies: deepMerge(seeds.policies, file.policies),
  };
  const items = {} as Record<CollectionName, ItemOrigin[]>;
  for (const name of COLLECTION_NAMES) {
    const entries = [...tables[name].values()];
    value[name] = entries.map((entry) => entry.item);
    items[name] = entries.map((entry) => entry.origin);
  }
  return { value, items, schedule: rounds.origins, issues };
}

function mergeOverride(tables: Tables, collection: CollectionName, index: number, item: PlainObject): void {
  const key = COLLECTIONS[collection];
  const id = item[key] as string;
  const existing = tables[collection].get(id);
  const merged = existing ? (deepMerge(existing.item, item) as PlainObject) : clone(item);
  tables[collection].set(id, { item: merged, origin: { kind: 'file', index }, overridden: true });
}

interface ResolvedRounds {
  value: unknown;
  origins: ItemOrigin[];
}

function defaultRound(number: number): PlainObject {
  return { number, season: 1, event: 1, modules: [...MODULES] };
}

/** Fills the rounds a file's schedule leaves out; drops duplicated and out-of-range ones. */
function resolveRounds(raw: unknown, issues: PathIssue[]): ResolvedRounds {
  if (!isPlainObject(raw)) return { value: raw, origins: [] };
  const entries = Array.isArray(raw.schedule) ? raw.schedule : [];
  const count = raw.count;
  const base = { count: raw.count, days: raw.days };
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_ROUNDS) {
    const listed = entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => isPlainObject(entry));
    return {
      value: { ...base, schedule: listed.map(({ entry }) => deepMerge(defaultRound(1), entry)) },
      origins: listed.map(({ index }) => ({ kind: 'file', index })),
    };
  }
  const byNumber = scheduledRounds(entries, count, issues);
  const schedule: unknown[] = [];
  const origins: ItemOrigin[] = [];
  for (let number = 1; number <= count; number++) {
    const listed = byNumber.get(number);
    schedule.push(listed ? deepMerge(defaultRound(number), listed.entry) : defaultRound(number));
    origins.push(listed ? { kind: 'file', index: listed.index } : { kind: 'filled' });
  }
  return { value: { ...base, schedule }, origins };
}

function scheduledRounds(
  entries: unknown[],
  count: number,
  issues: PathIssue[],
): Map<number, { entry: PlainObject; index: number }> {
  const byNumber = new Map<number, { entry: PlainObject; index: number }>();
  entries.forEach((entry, index) => {
    if (!isPlainObject(entry) || typeof entry.number !== 'number' || !Number.isInteger(entry.number)) return;
    const path = ['rounds', 'schedule', index, 'number'];
    const first = byNumber.get(entry.number);
    if (entry.number > count) {
      issues.push({ path, message: `round ${entry.number} is beyond rounds.count (${count})` });
    } else if (first) {
      issues.push({
        path,
        message: `round ${entry.number} is scheduled twice (first at rounds.schedule[${first.index}])`,
      });
    } else {
      byNumber.set(entry.number, { entry, index });
    }
  });
  return byNumber;
}
