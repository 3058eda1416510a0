import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNullableType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  type GraphQLInputType,
} from 'graphql';
import { z } from 'zod';
import { DECISION_SCHEMAS } from '../engine/decisions/decision-schemas';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));

/** Where the GraphQL input type and the zod schema disagree: one line per difference, with the field path. */
function differences(gql: GraphQLInputType, zod: z.ZodType, path: string): string[] {
  if (!(gql instanceof GraphQLNonNull)) return [`${path}: optional in GraphQL, required by the contract`];
  const inner = getNullableType(gql);
  if (inner instanceof GraphQLList) {
    if (!(zod instanceof z.ZodArray)) return [`${path}: a list in GraphQL only`];
    return differences(inner.ofType, zod.element as z.ZodType, `${path}[]`);
  }
  if (inner instanceof GraphQLInputObjectType) {
    if (!(zod instanceof z.ZodObject)) return [`${path}: an object in GraphQL only`];
    return objectDifferences(inner, zod, path);
  }
  if (inner instanceof GraphQLEnumType) {
    if (!(zod instanceof z.ZodEnum)) return [`${path}: an enum in GraphQL only`];
    const graphqlValues = inner.getValues().map((v) => v.value as string);
    return same(graphqlValues, zod.options as string[]) ? [] : [`${path}: enum values differ`];
  }
  const scalar = (inner as GraphQLScalarType).name;
  const expected = zod instanceof z.ZodNumber ? 'Int' : zod instanceof z.ZodString ? 'String' : 'none';
  return scalar === expected ? [] : [`${path}: GraphQL ${scalar}, contract ${expected}`];
}

function objectDifferences(gql: GraphQLInputObjectType, zod: z.ZodObject, path: string): string[] {
  const fields = gql.getFields();
  const shape = zod.shape as Record<string, z.ZodType>;
  const out = Object.keys(shape)
    .filter((k) => !(k in fields))
    .map((k) => `${path}.${k}: missing in GraphQL ${gql.name}`);
  for (const [name, field] of Object.entries(fields)) {
    if (!(name in shape)) out.push(`${path}.${name}: in GraphQL ${gql.name} only`);
    else out.push(...differences(field.type, shape[name], `${path}.${name}`));
  }
  return out;
}

const same = (a: string[], b: string[]): boolean => [...a].sort().join() === [...b].sort().join();

describe('the GraphQL decision inputs', () => {
  const submit = schema.getType('SubmitDecisionsInput') as GraphQLInputObjectType;

  it.each(Object.entries(DECISION_SCHEMAS))(
    '%s has exactly the fields and types of the zod contract',
    (module, zod) => {
      const field = submit.getFields()[module.toLowerCase()];
      expect(field).toBeDefined();
      expect(differences(new GraphQLNonNull(field.type), zod, module.toLowerCase())).toEqual([]);
    },
  );

  it('reports a field the contract does not have, and a wrong scalar', () => {
    const extra = buildSchema('input X { a: Int!, b: String! } type Query { x(i: X): Int }');
    const x = extra.getType('X') as GraphQLInputObjectType;
    const found = objectDifferences(x, z.strictObject({ a: z.string() }), '$');
    expect(found).toEqual(['$.a: GraphQL Int, contract String', '$.b: in GraphQL X only']);
  });
});
