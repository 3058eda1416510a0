import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { buildRequestContext } from '../auth/request-context';
import type { TokenService } from '../auth/token.service';
import { formatGraphQLError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { hideSuggestionsFromAnonymous, noStore } from '../security/apollo-plugins';
import { ExecutionPolicy } from '../security/execution-policy';

interface ContextArg {
  req?: { headers?: Record<string, unknown> };
}

/**
 * Apollo through Nest: code-first schema, one execution policy for HTTP and
 * graphql-ws (limits, introspection switch, suggestion hiding, rate-limit
 * keys; the WebSocket side is WsTransport), CSRF prevention, no batching,
 * opaque errors, the viewer in the context of every operation.
 */
export function graphqlOptions(config: AppConfig, tokens: TokenService): Omit<ApolloDriverConfig, 'driver'> {
  const policy = new ExecutionPolicy(config.introspection);
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
    plugins: [hideSuggestionsFromAnonymous(), noStore(), ApolloServerPluginCacheControlDisabled()],
    context: (arg: ContextArg) => buildRequestContext(tokens, arg.req?.headers?.authorization),
    // graphql-ws is served by WsTransport (src/security/ws-transport.ts), with a bounded message size
  };
}
