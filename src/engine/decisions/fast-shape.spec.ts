import fc from 'fast-check';
import type { ZodType } from 'zod';
import { botDecisions } from '../bots';
import { createInitialState } from '../initial-state';
import { fixtureScenario } from '../testing/fixture-scenario';
import { adsSchema, fulfillmentSchema, operationsSchema, selectionSchema } from './decision-schemas';
import { fastAds, fastFulfillment, fastOperations, fastSelection } from './fast-shape';
import { type Json, mutate, odd, paths } from '../../../test/support/json-mutations';

/**
 * The fast shape check may refuse more than the zod schemas (zod then gives
 * the precise error), but must never accept what zod refuses, and must give
 * the same value when it accepts.
 */
const scenario = fixtureScenario();
const state = createInitialState(scenario, ['T01']);
const valid = botDecisions('ADAPTIVE', scenario, state, 'T01', 1, undefined, 7);

const PAIRS: [string, (v: unknown) => unknown, ZodType, unknown][] = [
  ['OPERATIONS', fastOperations, operationsSchema, valid.OPERATIONS],
  ['SELECTION', fastSelection, selectionSchema, valid.SELECTION],
  ['ADS', fastAds, adsSchema, valid.ADS],
  ['FULFILLMENT', fastFulfillment, fulfillmentSchema, valid.FULFILLMENT],
];

describe.each(PAIRS)('fast shape check of %s', (_name, fast, schema, base) => {
  it('accepts the valid decision like zod does, with its keys in the same order', () => {
    expect(fast(base)).toEqual(schema.parse(base));
    expect(JSON.stringify(fast(base))).toBe(JSON.stringify(schema.parse(base)));
  });

  it('never accepts what zod refuses, and agrees on the value when it accepts', () => {
    const all = paths(base as Json);
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: all.length - 1 }),
        fc.constantFrom('replace' as const, 'delete' as const, 'extra' as const),
        odd,
        (i, kind, value) => {
          const doc = mutate(base as Json, all[i], kind, value);
          const quick = fast(doc);
          if (quick === null) {
            refused += 1;
            return;
          }
          accepted += 1;
          const slow = schema.safeParse(doc);
          expect(slow.success).toBe(true);
          if (slow.success) expect(JSON.stringify(quick)).toBe(JSON.stringify(slow.data));
        },
      ),
      { numRuns: 2000, seed: 20261125 },
    );
    // both sides of the property were exercised
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });
});
