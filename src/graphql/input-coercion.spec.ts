import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getVariableValues, type GraphQLInputType, parse, type OperationDefinitionNode } from 'graphql';
import * as coercionModule from 'graphql/utilities/coerceInputValue';
import { botDecisions, createInitialState } from '../engine';
import { fixtureScenario } from '../engine/testing/fixture-scenario';
import { type Json, mutate, odd, paths } from '../../test/support/json-mutations';
import { coerceInputValue, graphqlCoercion, installInputCoercion } from './input-coercion';

/**
 * The fast path must coerce exactly as graphql-js does: the same value (keys
 * in the same order, defaults filled in) for what graphql-js accepts, and
 * graphql-js's own errors for anything else.
 */
const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
const inputType = schema.getType('SubmitDecisionsInput') as GraphQLInputType;
const scenario = fixtureScenario();
const decisions = botDecisions('ADAPTIVE', scenario, createInitialState(scenario, ['T01']), 'T01', 1, undefined, 7);
const valid = {
  operations: decisions.OPERATIONS,
  selection: decisions.SELECTION,
  ads: decisions.ADS,
  fulfillment: decisions.FULFILLMENT,
} as unknown as Json;

interface Run {
  value: string;
  errors: string[];
}

function run(coerce: typeof coerceInputValue, input: unknown, hideSuggestions = false): Run {
  const errors: string[] = [];
  const value = coerce(
    input,
    inputType,
    (path, invalid, error) =>
      errors.push(`${path.join('.')}|${JSON.stringify(invalid) ?? 'undefined'}|${error.message}`),
    hideSuggestions,
  );
  return { value: JSON.stringify(value) ?? 'undefined', errors };
}

describe('GraphQL input coercion fast path', () => {
  it('gives graphql-js’s value, key order and defaults for a valid submission', () => {
    const partial = { operations: { prices: [] }, ads: { bids: [] } };
    for (const input of [valid, partial]) expect(run(coerceInputValue, input)).toEqual(run(graphqlCoercion, input));
    expect(JSON.parse(run(coerceInputValue, partial).value)).toEqual({
      operations: { prices: [], purchases: [], serviceLevel: 'BASIC' },
      ads: { bids: [], dailyBudgetCents: 0, pacing: 'EVEN', affiliate: [] },
    });
  });

  it('agrees with graphql-js on values and errors for mutated submissions', () => {
    const all = paths(valid);
    let failed = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: all.length - 1 }),
        fc.constantFrom('replace' as const, 'delete' as const, 'extra' as const),
        odd,
        fc.boolean(),
        (i, kind, value, hide) => {
          const doc = mutate(valid, all[i], kind, value);
          const theirs = run(graphqlCoercion, doc, hide);
          if (theirs.errors.length > 0) failed += 1;
          expect(run(coerceInputValue, doc, hide)).toEqual(theirs);
        },
      ),
      { numRuns: 3000, seed: 20261202 },
    );
    // both accepted and refused documents were compared
    expect(failed).toBeGreaterThan(300);
    expect(failed).toBeLessThan(2900);
  });

  it('is what graphql-js executes once installed', () => {
    expect(installInputCoercion()).toBe(true);
    expect((coercionModule as { coerceInputValue: unknown }).coerceInputValue).toBe(coerceInputValue);
    const op = parse('mutation S($input: SubmitDecisionsInput!) { submitDecisions(input: $input) { __typename } }')
      .definitions[0] as OperationDefinitionNode;
    const ok = getVariableValues(schema, op.variableDefinitions ?? [], { input: valid });
    expect(ok.errors).toBeUndefined();
    const bad = getVariableValues(schema, op.variableDefinitions ?? [], {
      input: { ads: { bids: [{ keyword: 'k', product: 'p', bidCents: 'x' }] } },
    });
    expect(bad.errors?.map((e) => e.message)).toEqual([
      'Variable "$input" got invalid value "x" at "input.ads.bids[0].bidCents"; Int cannot represent non-integer value: "x"',
    ]);
  });
});
