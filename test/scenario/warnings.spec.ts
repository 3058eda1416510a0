/** Settings that validate but cannot make sense are warnings, at their line and column; the file still loads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSeedData, packageRoot, parseScenarioSource } from '../../src/scenario/scenario-loader';

const seeds = loadSeedData(join(packageRoot(), 'seeds'));
const SOURCE = `id: odd
version: 1
title: { en: Odd, zh: 奇怪 }
seed: 1
rounds: { count: 2, days: 7, schedule: [ { number: 1, season: 1, event: 1, modules: [SELECTION] } ] }
include: { markets: [ES], categories: [hosiery] }
products:
  - { id: hos-cotton-crew-5, unitCostCents: 5000 }
`;

describe('scenario warnings', () => {
  it('loads the file and names a product without margin at its line', () => {
    const r = parseScenarioSource(SOURCE, 'yaml', 'odd.yaml', seeds);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.warnings).toEqual([
      expect.objectContaining({
        file: 'odd.yaml',
        line: 8,
        path: 'products[0].unitCostCents',
        message: expect.stringMatching(/costs 5000 cents, at or above its reference price/) as string,
      }),
    ]);
  });

  it('gives no warning for the bundled scenarios', () => {
    for (const id of ['eu-launch', 'rcep-sea', 'russia-peak', 'tutorial']) {
      const r = parseScenarioSource(
        readFileSync(join(packageRoot(), 'scenarios', `${id}.yaml`), 'utf8'),
        'yaml',
        id,
        seeds,
      );
      expect(r.ok && r.warnings).toEqual([]);
    }
  });
});
