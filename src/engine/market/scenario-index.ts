/** Lookup tables over a scenario, built once per scenario object. */
import type {
  Category,
  Competitor,
  Keyword,
  LogisticsService,
  Market,
  Product,
  RoundSpec,
  Scenario,
} from '../../scenario/scenario.schema';
import type { ModuleName } from '../types';
import { MODULE_ORDER } from './modules';

export interface ScenarioIndex {
  markets: Map<string, Market>;
  categories: Map<string, Category>;
  products: Map<string, Product>;
  keywords: Map<string, Keyword>;
  services: Map<string, LogisticsService>;
  /** market -> keywords sorted by id */
  keywordsByMarket: Map<string, Keyword[]>;
  /** market -> services sorted by id */
  servicesByMarket: Map<string, LogisticsService[]>;
  /** market -> competitors sorted by id */
  competitorsByMarket: Map<string, Competitor[]>;
  marketCodes: string[];
}

const cache = new WeakMap<Scenario, ScenarioIndex>();

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function indexScenario(scenario: Scenario): ScenarioIndex {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const group = <T extends { id: string; market: string }>(items: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const it of items) {
      const list = m.get(it.market) ?? [];
      list.push(it);
      m.set(it.market, list);
    }
    for (const list of m.values()) list.sort(byId);
    return m;
  };
  const index: ScenarioIndex = {
    markets: new Map(scenario.markets.map((m) => [m.code, m])),
    categories: new Map(scenario.categories.map((c) => [c.id, c])),
    products: new Map(scenario.products.map((p) => [p.id, p])),
    keywords: new Map(scenario.keywords.map((k) => [k.id, k])),
    services: new Map(scenario.logistics.map((s) => [s.id, s])),
    keywordsByMarket: group(scenario.keywords),
    servicesByMarket: group(scenario.logistics),
    competitorsByMarket: group(scenario.competitors),
    marketCodes: scenario.markets.map((m) => m.code).sort(),
  };
  cache.set(scenario, index);
  return index;
}

/** The schedule entry of a round; without one, every module is enabled and season/event are neutral. */
export function roundSpec(scenario: Scenario, round: number): RoundSpec {
  const found = scenario.rounds.schedule.find((r) => r.number === round);
  return found ?? { number: round, season: 1, event: 1, modules: [...MODULE_ORDER] };
}

export function moduleEnabled(scenario: Scenario, round: number, module: ModuleName): boolean {
  return roundSpec(scenario, round).modules.includes(module);
}

/** The market's warehouse service (first WAREHOUSE tier by id), if any. */
export function warehouseService(index: ScenarioIndex, market: string): LogisticsService | undefined {
  return (index.servicesByMarket.get(market) ?? []).find((s) => s.tier === 'WAREHOUSE');
}

/**
 * The service used when a team chose none for a market: the first STANDARD
 * tier by id, else the first non-warehouse service, else any.
 */
export function defaultService(index: ScenarioIndex, market: string): LogisticsService | undefined {
  const list = index.servicesByMarket.get(market) ?? [];
  return list.find((s) => s.tier === 'STANDARD') ?? list.find((s) => s.tier !== 'WAREHOUSE') ?? list[0];
}
