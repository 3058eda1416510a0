import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, loadSeedData, packageRoot, ScenarioDataError } from '../../src/scenario/scenario-loader';
import { parseSeedSources } from '../../src/scenario/seed-sources';

const seedsDir = join(packageRoot(), 'seeds');

function loadOrExplain(): ReturnType<typeof loadSeedData> {
  try {
    return loadSeedData(seedsDir);
  } catch (error) {
    if (error instanceof ScenarioDataError) throw new Error(error.issues.map(formatIssue).join('\n'));
    throw error;
  }
}

describe('seed data', () => {
  const seeds = loadOrExplain();

  it('validates every seed file', () => {
    expect(seeds.products.length).toBeGreaterThanOrEqual(60);
    expect(seeds.categories.length).toBeGreaterThanOrEqual(8);
  });

  it('has profiles, keyword banks and logistics for the six programme markets', () => {
    for (const code of ['RU', 'ES', 'PL', 'FR', 'MY', 'TH']) {
      expect(seeds.markets.map((m) => m.code)).toContain(code);
      expect(seeds.keywords.filter((k) => k.market === code).length).toBeGreaterThanOrEqual(15);
      const competitors = seeds.competitors.filter((c) => c.market === code).length;
      expect(competitors).toBeGreaterThanOrEqual(2);
      expect(competitors).toBeLessThanOrEqual(4);
      const tiers = seeds.logistics.filter((l) => l.market === code).map((l) => l.tier);
      expect(tiers).toEqual(expect.arrayContaining(['ECONOMY', 'STANDARD', 'PREMIUM']));
    }
    for (const code of ['MY', 'TH', 'ES', 'PL']) {
      expect(seeds.logistics.some((l) => l.market === code && l.tier === 'WAREHOUSE')).toBe(true);
    }
  });

  it('keeps the docs/market-facts.md figures', () => {
    const plStandard = seeds.logistics.find((l) => l.market === 'PL' && l.tier === 'STANDARD');
    expect(plStandard?.ratePerKgCents).toBe(210);
    expect(plStandard?.firstOrdersFree).toBeGreaterThan(0);
    expect(seeds.markets.find((m) => m.code === 'RU')?.buyerProtectionDays).toBe(90);
    expect(seeds.markets.find((m) => m.code === 'RU')?.compliance).toBeDefined();
    for (const k of seeds.keywords) {
      expect(k.floorCpcCents).toBeGreaterThanOrEqual(5);
      expect(k.floorCpcCents).toBeLessThanOrEqual(40);
    }
    for (const c of seeds.categories) {
      expect(c.commissionBps).toBeGreaterThanOrEqual(500);
      expect(c.commissionBps).toBeLessThanOrEqual(800);
    }
  });

  it('reports a broken seed file with its position', () => {
    const source = (file: string): string => readFileSync(join(seedsDir, file), 'utf8');
    const files = [
      'categories.yaml',
      'catalog.yaml',
      'markets.yaml',
      'logistics.yaml',
      'competitors.yaml',
      'model.yaml',
      'defaults.yaml',
    ];
    const sources = files.map((file) => ({ file, source: source(file) }));
    sources.push({
      file: 'keywords/xx.yaml',
      source:
        'market: ES\nkeywords:\n  - { id: xx-a, text: a, gloss: a, category: hosiery, searchVolume: 1, floorCpcCents: 5, relevance: { no-such: 1 } }\n',
    });
    const result = parseSeedSources(sources);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(
      expect.objectContaining({
        file: 'keywords/xx.yaml',
        line: 3,
        path: 'keywords[0].relevance.no-such',
        message: 'relevance to unknown product "no-such"',
      }),
    );
  });
});
