import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { ExecutionResult } from 'graphql';
import { buildRequestContext } from '../auth/request-context';
import type { TokenService } from '../auth/token.service';
import { formatGraphQLError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { armor, hideSuggestionsFromAnonymous, noStore } from '../security/graphql-limits';

interface ContextArg {
  req?: { headers?: Record<string, unknown> };
  connectionParams?: Record<string, unknown>;
}

/** The Authorization value of a graphql-ws connection (either spelling). */
const wsAuthorization = (params?: Record<string, unknown>): unknown => params?.Authorization ?? params?.authorization;

/**
 * Apollo through Nest: code-first schema, the hardening of every request
 * (limits, CSRF prevention, no batching, opaque errors), the viewer in the
 * context of HTTP requests and graphql-ws subscriptions alike.
 */
export function graphqlOptions(config: AppConfig, tokens: TokenService): Omit<ApolloDriverConfig, 'driver'> {
  const limits = armor();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphQLError,
    validationRules: limits.validationRules,
    // no cache hints are declared: Apollo's cache-control plugin would wrap every field's resolver to compute none; noStore sends what it sent
    plugins: [...limits.plugins, hideSuggestionsFromAnonymous(), noStore(), ApolloServerPluginCacheControlDisabled()],
    context: (arg: ContextArg) =>
      buildRequestContext(tokens, arg.req?.headers?.authorization ?? wsAuthorization(arg.connectionParams)),
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: async (ctx: { connectionParams?: Record<string, unknown> }) =>
          (await buildRequestContext(tokens, wsAuthorization(ctx.connectionParams))).viewer !== null,
        // errors of subscriptions get the same codes and the same opacity as HTTP answers
        onNext: (_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
          result.errors
            ? { ...result, errors: result.errors.map((e) => formatGraphQLError(e.toJSON(), e)) }
            : undefined,
      },
    },
  };
}
