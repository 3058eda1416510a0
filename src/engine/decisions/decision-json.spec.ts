import fc from 'fast-check';
import { botDecisions, BOT_STRATEGIES } from '../bots';
import { canonicalJson } from '../canonical';
import { createInitialState } from '../initial-state';
import { fixtureScenario } from '../testing/fixture-scenario';
import type { ModuleName } from '../types';
import { checkDecision } from './check-decision';
import { z } from 'zod';
import { decisionJson, unsortedShape } from './decision-json';
import { adsSchema, fulfillmentSchema, operationsSchema, selectionSchema } from './decision-schemas';

const scenario = fixtureScenario();
const state = createInitialState(scenario, ['T01', 'T02']);
const MODULES: ModuleName[] = ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'];

describe('decisionJson', () => {
  it('relies on schemas whose object fields are all listed sorted, and finds one that is not', () => {
    for (const schema of [operationsSchema, selectionSchema, adsSchema, fulfillmentSchema])
      expect(unsortedShape(schema)).toBeNull();
    const bad = z.strictObject({
      a: z.array(z.strictObject({ b: z.string(), c: z.string() })),
      d: z.strictObject({ f: z.number(), e: z.number() }),
    });
    expect(unsortedShape(bad)).toBe('$.d');
  });

  it('writes exactly what canonicalJson writes for checked decisions of every bot over many seeds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BOT_STRATEGIES),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom('T01', 'T02'),
        (strategy, seed, team) => {
          const decisions = botDecisions(strategy, scenario, state, team, 1, undefined, seed);
          for (const m of MODULES) {
            const check = checkDecision(scenario, m, decisions[m], 1);
            if (!check.ok) continue;
            expect(decisionJson(check.value)).toBe(canonicalJson(check.value));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees with canonicalJson on decisions that took zod’s path (fields in another order, -0)', () => {
    const product = scenario.products[0].id;
    const payload = { serviceLevel: 'BASIC', purchases: [{ units: -0, product }], prices: [] };
    const check = checkDecision(scenario, 'OPERATIONS', payload);
    if (!check.ok) throw new Error(JSON.stringify(check.errors));
    expect(decisionJson(check.value)).toBe(canonicalJson(check.value));
    expect(decisionJson(check.value)).toBe(
      `{"prices":[],"purchases":[{"product":${JSON.stringify(product)},"units":0}],"serviceLevel":"BASIC"}`,
    );
  });
});
