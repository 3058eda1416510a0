import { buildSchema, GraphQLError } from 'graphql';
import { EXECUTION_LIMITS, ExecutionPolicy, hideSuggestion, operationBytes } from './execution-policy';

const schema = buildSchema(`
  type Team { code: String, rival: Team }
  type Query { team: Team, teams: [Team] }
`);

const codes = (r: unknown): unknown[] =>
  Array.isArray(r) ? r.map((e: GraphQLError) => e.extensions.code) : ['ADMITTED'];

describe('ExecutionPolicy.admit', () => {
  const closed = new ExecutionPolicy(false);
  const open = new ExecutionPolicy(true);

  it.each([
    ['a sensible query', '{ team { code rival { code } } }', 'ADMITTED'],
    ['too deep', `{ team { ${'rival { '.repeat(12)}code${' }'.repeat(12)} } }`, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'too many aliases',
      `{ ${Array.from({ length: 16 }, (_, i) => `t${i}: team { code }`).join(' ')} }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['too many tokens', `{ ${'__typename '.repeat(EXECUTION_LIMITS.maxTokens)}}`, 'GRAPHQL_PARSE_FAILED'],
    ['a syntax error', '{ team { code }', 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', '{ teamz { code } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['no document', undefined, 'GRAPHQL_PARSE_FAILED'],
  ])('%s', (_name, query, code) => {
    expect(codes(closed.admit(schema, query, {}))[0]).toBe(code);
  });

  it('refuses introspection only when it is switched off; __typename stays allowed', () => {
    expect(codes(closed.admit(schema, '{ __schema { types { name } } }', {}))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(codes(closed.admit(schema, '{ __type(name: "Team") { name } }', {}))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(codes(open.admit(schema, '{ __schema { types { name } } }', {}))).toEqual(['ADMITTED']);
    expect(codes(closed.admit(schema, '{ __typename }', {}))).toEqual(['ADMITTED']);
  });

  it('counts the variables in the size of a request', () => {
    const big = { blob: 'x'.repeat(EXECUTION_LIMITS.maxRequestBytes) };
    expect(codes(open.admit(schema, '{ __typename }', big))).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(operationBytes('{ a }', { b: 1 })).toBe(5 + 7);
    expect(operationBytes('é', null)).toBe(2);
  });
});

describe('hideSuggestion', () => {
  it('drops the "Did you mean" hint for anonymous callers only', () => {
    const m = 'Cannot query field "teamz" on type "Query". Did you mean "team" or "teams"?';
    expect(hideSuggestion(m, false)).toBe('Cannot query field "teamz" on type "Query".');
    expect(hideSuggestion(m, true)).toBe(m);
  });
});
