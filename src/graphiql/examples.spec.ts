import { buildSchema, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_TABS } from './examples';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));

describe('GraphiQL example tabs', () => {
  it.each(EXAMPLE_TABS.map((t) => [t.title, t.query]))('%s: every operation is valid against the schema', (_t, q) => {
    expect(validate(schema, parse(q)).map((e) => e.message)).toEqual([]);
  });

  it('submit one module per mutation, so a student runs only the modules the round plays', () => {
    const team = EXAMPLE_TABS.find((t) => t.query.includes('submitDecisions'));
    const doc = parse(team?.query ?? '');
    const submits = doc.definitions.filter((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation');
    expect(submits.map((d) => (d.kind === 'OperationDefinition' ? d.name?.value : ''))).toEqual([
      'SubmitSelection',
      'SubmitOperations',
      'SubmitAds',
      'SubmitFulfillment',
    ]);
    for (const d of submits) {
      if (d.kind === 'OperationDefinition') expect(d.variableDefinitions).toHaveLength(1);
    }
    expect(Object.keys(JSON.parse(team?.variables ?? '{}'))).toEqual(['selection', 'operations', 'ads', 'fulfillment']);
  });
});
