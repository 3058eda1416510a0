import fc from 'fast-check';
import type { ZodType } from 'zod';
import { botDecisions } from '../bots';
import { createInitialState } from '../initial-state';
import { fixtureScenario } from '../testing/fixture-scenario';
import { adsSchema, fulfillmentSchema, operationsSchema, selectionSchema } from './decision-schemas';
import { fastAds, fastFulfillment, fastOperations, fastSelection } from './fast-shape';

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

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside a JSON document. */
function paths(v: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(v)) return here.concat(...v.map((x, i) => paths(x, [...at, i])));
  if (v && typeof v === 'object') return here.concat(...Object.entries(v).map(([k, x]) => paths(x, [...at, k])));
  return here;
}

/** A copy of `doc` with the value at `path` replaced, deleted or given an extra key. */
function mutate(doc: Json, path: (string | number)[], kind: 'replace' | 'delete' | 'extra', value: Json): Json {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  if (path.length === 0) return kind === 'replace' ? value : copy;
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string, Json>)[key as string];
  const last = path[path.length - 1];
  const target = parent as Record<string | number, Json>;
  if (kind === 'replace') target[last] = value;
  else if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete target[last];
  } else if (target[last] && typeof target[last] === 'object' && !Array.isArray(target[last])) (target[last] as Record<string, Json>).extra = value;
  return copy;
}

const odd: fc.Arbitrary<Json> = fc.oneof(
  fc.integer({ min: -5, max: 2_000_000_000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2, '', 'BASIC', 'EVEN', 'STANDARD', '12', null, true, [], {}),
  fc.string({ maxLength: 6 }),
) as fc.Arbitrary<Json>;

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
      fc.property(fc.nat({ max: all.length - 1 }), fc.constantFrom('replace' as const, 'delete' as const, 'extra' as const), odd, (i, kind, value) => {
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
      }),
      { numRuns: 2000, seed: 20261125 },
    );
    // both sides of the property were exercised
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });
});
