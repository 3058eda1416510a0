import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  formatIssue,
  loadSeedData,
  packageRoot,
  parseScenarioSource,
  type ScenarioParseResult,
} from '../../src/scenario/scenario-loader';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { playBotSeason } from '../../src/engine/bots';

const seeds = loadSeedData();
const euLaunch = readFileSync(join(packageRoot(), 'scenarios', 'eu-launch.yaml'), 'utf8');

function parsed(source: string, format: 'yaml' | 'json' = 'yaml'): ScenarioParseResult {
  return parseScenarioSource(source, format, 'edit.yaml', seeds);
}

function valid(source: string, format: 'yaml' | 'json' = 'yaml'): { scenario: Scenario; contentHash: string } {
  const result = parsed(source, format);
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return result;
}

/** An edited scenario must also play: a whole season of three bots, with sales. */
function expectPlays(scenario: Scenario): void {
  const season = playBotSeason(scenario, scenario.seed, [
    { teamId: 'T01', strategy: 'ADAPTIVE' },
    { teamId: 'T02', strategy: 'COST_PLUS' },
    { teamId: 'T03', strategy: 'RANDOM' },
  ]);
  expect(season.outcomes).toHaveLength(scenario.rounds.count);
  const orders = season.outcomes.flatMap((o) => o.teams.flatMap((t) => t.listings.map((l) => l.orders)));
  expect(orders.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
}

describe('valid edits of a bundled scenario', () => {
  it('loads and plays with another seed', () => {
    const edited = valid(euLaunch.replace('seed: 71123', 'seed: 5'));
    expect(edited.scenario.seed).toBe(5);
    expectPlays(edited.scenario);
  });

  it('loads and plays with fewer rounds once the schedule and badge fit', () => {
    const source = euLaunch
      .replace('count: 8', 'count: 5')
      .replace(/ {4}- \{ number: [678],.*\n/g, '')
      .replace('afterRound: 8', 'afterRound: 5');
    const { scenario } = valid(source);
    expect(scenario.rounds.schedule.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    expect(scenario.rounds.schedule[1]).toEqual({
      number: 2,
      season: 1,
      event: 1,
      modules: ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'],
    });
    expectPlays(scenario);
  });

  it('loads and plays with a market left out of include, dropping what belongs to it', () => {
    const { scenario } = valid(euLaunch.replace('markets: [ES, PL, FR]', 'markets: [ES, FR]'));
    expect(scenario.markets.map((m) => m.code)).toEqual(['ES', 'FR']);
    for (const list of [scenario.keywords, scenario.logistics, scenario.competitors]) {
      expect(list.every((item) => item.market !== 'PL')).toBe(true);
    }
    expectPlays(scenario);
  });

  it('loads with a market removed by `remove: true`, cascading to its keywords, services and competitors', () => {
    const { scenario } = valid(`${euLaunch}markets:\n  - { code: PL, remove: true }\n`);
    expect(scenario.markets.map((m) => m.code)).toEqual(['ES', 'FR']);
    expect(scenario.logistics.some((l) => l.market === 'PL')).toBe(false);
    expectPlays(scenario);
  });

  it('drops keywords, listings and bids of products that were not included', () => {
    const { scenario } = valid(euLaunch.replace(/categories: \[hosiery, .*\]/, 'categories: [hosiery]'));
    const products = new Set(scenario.products.map((p) => p.id));
    expect(scenario.categories.map((c) => c.id)).toEqual(['hosiery']);
    for (const keyword of scenario.keywords) {
      expect(Object.keys(keyword.relevance).every((id) => products.has(id))).toBe(true);
    }
    for (const competitor of scenario.competitors) {
      expect(competitor.listings.every((l) => products.has(l.product))).toBe(true);
    }
    expect(scenario.markets[0].demand).toEqual({ hosiery: 2400 });
  });

  it('deep-merges overrides and partial model blocks', () => {
    const { scenario } = valid(
      `${euLaunch}products:\n  - { id: hos-cotton-crew-5, unitCostCents: 250 }\nmodel:\n  choice: { betaPrice: 2.5 }\n`,
    );
    const socks = scenario.products.find((p) => p.id === 'hos-cotton-crew-5');
    expect(socks).toEqual(expect.objectContaining({ unitCostCents: 250, weightGrams: 230 }));
    expect(scenario.model.choice).toEqual(expect.objectContaining({ betaPrice: 2.5, alpha: -4.4 }));
  });

  it('accepts the same scenario as JSON', () => {
    const yaml = valid(euLaunch);
    const json = valid(
      JSON.stringify({ $schema: './scenario.schema.json', ...(parseYaml(euLaunch) as object) }, null, '\t'),
      'json',
    );
    expect(json.contentHash).toBe(yaml.contentHash);
  });
});

describe('content hash', () => {
  it('is a sha256 that does not change between loads or with comments and layout', () => {
    const first = valid(euLaunch);
    expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(valid(euLaunch).contentHash).toBe(first.contentHash);
    expect(valid(`# a comment\n${euLaunch}\n\n`).contentHash).toBe(first.contentHash);
  });

  it('changes when content changes', () => {
    expect(valid(euLaunch.replace('seed: 71123', 'seed: 71124')).contentHash).not.toBe(valid(euLaunch).contentHash);
  });
});

describe('parseScenarioSource on arbitrary input', () => {
  it('never throws and returns positioned errors', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom<'yaml' | 'json'>('yaml', 'json'), (text, format) => {
        const result = parsed(text, format);
        if (!result.ok) {
          for (const e of result.errors) {
            expect(e.message).not.toMatch(/^internal error/);
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.column).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutations of a real scenario', () => {
    fc.assert(
      fc.property(fc.nat(euLaunch.length - 1), fc.string({ maxLength: 8 }), fc.nat(20), (at, insert, cut) => {
        const text = euLaunch.slice(0, at) + insert + euLaunch.slice(at + cut);
        const result = parsed(text);
        if (!result.ok) expect(result.errors.every((e) => !e.message.startsWith('internal error'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
