import type { Scenario, ScenarioModel } from './scenario.schema';

/** Reference data scenario files draw on (`seeds/`), already validated. */
export interface SeedData {
  markets: Scenario['markets'];
  categories: Scenario['categories'];
  products: Scenario['products'];
  keywords: Scenario['keywords'];
  competitors: Scenario['competitors'];
  logistics: Scenario['logistics'];
  /** Every model coefficient (seeds/model.yaml). */
  model: ScenarioModel;
  /** Scoring and policies a file's partial blocks are merged over (seeds/defaults.yaml). */
  scoring: Scenario['scoring'];
  policies: Scenario['policies'];
}
