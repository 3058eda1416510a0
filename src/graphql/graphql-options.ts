import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLSchema } from 'graphql';
import { buildRequestContext } from '../auth/request-context';
import type { TokenService } from '../auth/token.service';
import { formatGraphQLError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { hideSuggestionsFromAnonymous, noStore, schemaListener } from '../security/apollo-plugins';
import { ExecutionPolicy } from '../security/execution-policy';
import { wsPolicyHooks } from '../security/ws-policy';

interface ContextArg {
  req?: { headers?: Record<string, unknown> };
}

/**
 * Apollo through Nest: code-first schema, one execution policy for HTTP and
 * graphql-ws (limits, introspection switch, suggestion hiding, rate-limit
 * keys), CSRF prevention, no batching, opaque errors, the viewer in the
 * context of every operation.
 */
export function graphqlOptions(config: AppConfig, tokens: TokenService): Omit<ApolloDriverConfig, 'driver'> {
  const policy = new ExecutionPolicy(config.introspection);
  let schema: GraphQLSchema | undefined;
  const ws = wsPolicyHooks(
    policy,
    () => schema,
    (authorization) => buildRequestContext(tokens, authorization),
  );
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    // the policy's own rule refuses __schema and __type when introspection is off, on both transports
    introspection: true,
    parseOptions: policy.parseOptions,
    validationRules: policy.validationRules,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphQLError,
    // no cache hints are declared: Apollo's cache-control plugin would wrap every field's resolver to compute none; noStore sends what it sent
    plugins: [
      schemaListener((s) => (schema = s)),
      hideSuggestionsFromAnonymous(),
      noStore(),
      ApolloServerPluginCacheControlDisabled(),
    ],
    context: (arg: ContextArg) => buildRequestContext(tokens, arg.req?.headers?.authorization),
    subscriptions: { 'graphql-ws': { path: '/graphql', ...ws } },
  };
}
