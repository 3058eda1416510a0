import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type ASTVisitor,
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * The limits every GraphQL operation is held to, over HTTP and over
 * graphql-ws alike: a document deeper, costlier, more aliased, longer or
 * larger than this is refused before anything runs.
 */
export const EXECUTION_LIMITS = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxTokens: 4000,
  maxDirectives: 20,
  /** Bytes of one request: an HTTP body, or a WebSocket operation's document plus variables. */
  maxRequestBytes: 1024 * 1024,
} as const;

/** The one message of a request over the size limit, on both transports. */
export const TOO_LARGE_MESSAGE = `request larger than the limit of ${EXECUTION_LIMITS.maxRequestBytes} bytes`;

/** The codes a refusal of a document's shape is answered with (HTTP status 400 or 413; an `error` message on graphql-ws). */
export const SHAPE_REFUSAL = {
  parse: 'GRAPHQL_PARSE_FAILED',
  validation: 'GRAPHQL_VALIDATION_FAILED',
  tooLarge: 'PAYLOAD_TOO_LARGE',
} as const;

/** With introspection switched off, `__schema` and `__type` are refused (`__typename` stays allowed). */
function noIntrospection(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      const name = node.name.value;
      if (name !== '__schema' && name !== '__type') return;
      context.reportError(
        new GraphQLError(`Introspection (${name}) is switched off on this server (SANDBOX_INTROSPECTION=false)`, {
          nodes: [node],
        }),
      );
    },
  };
}

/** The validation rules of the policy beyond GraphQL's own: depth, cost, aliases, directives, the introspection switch. */
function policyRules(introspection: boolean): ValidationRule[] {
  const armor = new ApolloArmor({
    maxDepth: { n: EXECUTION_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: EXECUTION_LIMITS.maxCost, ignoreIntrospection: true },
    maxAliases: { n: EXECUTION_LIMITS.maxAliases },
    maxDirectives: { n: EXECUTION_LIMITS.maxDirectives },
    // tokens are counted by GraphQL's own parser (parseOptions), so an overlong document is a parse error (400)
    maxTokens: { enabled: false },
    // suggestions are hidden from anonymous callers only, by hideSuggestions
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return [...(armor.validationRules as ValidationRule[]), ...(introspection ? [] : [noIntrospection])];
}

const SUGGESTION = /\s*Did you mean .*\?$/;

/** A message without GraphQL's "Did you mean …?" hint, for callers without a valid token (the schema cannot be guessed). */
export function hideSuggestion(message: string, authenticated: boolean): string {
  return authenticated ? message : message.replace(SUGGESTION, '');
}

/** The byte size of an operation as it arrived over a WebSocket: its document plus its variables. */
export function operationBytes(query: unknown, variables: unknown): number {
  const doc = typeof query === 'string' ? Buffer.byteLength(query) : 0;
  return doc + (variables === undefined || variables === null ? 0 : Buffer.byteLength(JSON.stringify(variables)));
}

/**
 * The one execution policy of GraphQL operations. HTTP applies it through
 * Apollo's options (parseOptions, validationRules, body limit); graphql-ws
 * through `admit`, which runs the same parse and the same rules.
 */
export class ExecutionPolicy {
  readonly limits = EXECUTION_LIMITS;
  readonly parseOptions = { maxTokens: EXECUTION_LIMITS.maxTokens };
  readonly validationRules: ValidationRule[];

  constructor(readonly introspection: boolean) {
    this.validationRules = policyRules(introspection);
  }

  /** An operation's document when it passes every limit; otherwise the errors that refuse it, with their codes. */
  admit(schema: GraphQLSchema, query: unknown, variables: unknown): DocumentNode | GraphQLError[] {
    const bytes = operationBytes(query, variables);
    if (bytes > this.limits.maxRequestBytes) return [refusal(TOO_LARGE_MESSAGE, SHAPE_REFUSAL.tooLarge)];
    if (typeof query !== 'string') return [refusal('the operation has no query document', SHAPE_REFUSAL.parse)];
    let document: DocumentNode;
    try {
      document = parse(query, this.parseOptions);
    } catch (e) {
      if (e instanceof GraphQLError) return [refusal(e.message, SHAPE_REFUSAL.parse, e)];
      throw e;
    }
    const errors = validate(schema, document, [...specifiedRules, ...this.validationRules]);
    if (errors.length > 0) return errors.map((e) => refusal(e.message, SHAPE_REFUSAL.validation, e));
    return document;
  }
}

function refusal(message: string, code: string, from?: GraphQLError): GraphQLError {
  return new GraphQLError(message, {
    nodes: from?.nodes,
    source: from?.source,
    positions: from?.positions,
    extensions: { code },
  });
}
