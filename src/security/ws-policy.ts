import type { ExecutionArgs, ExecutionResult, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../auth/viewer';
import { formatGraphQLError } from '../common/app-error';
import { type ExecutionPolicy, hideSuggestion } from './execution-policy';
import { connectionKey, rateKey } from './rate-key';

/** What graphql-ws tells the hooks of a connection. */
export interface WsConnection {
  connectionParams?: Readonly<Record<string, unknown>>;
}

interface WsPayload {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** The Authorization value of a graphql-ws connection (either spelling). */
export const wsAuthorization = (params?: Readonly<Record<string, unknown>>): unknown =>
  params?.Authorization ?? params?.authorization;

const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
  errors.map((e) => formatGraphQLError(e.toJSON(), e));

/**
 * The graphql-ws hooks that hold queries, mutations and subscriptions sent
 * over a WebSocket to the same execution policy as HTTP: a connection needs
 * a valid token; each operation is parsed and validated with the policy's
 * limits and rules before it runs, counts against its token's rate limit,
 * and its errors get the same codes and opacity as HTTP answers.
 */
export function wsPolicyHooks(
  policy: ExecutionPolicy,
  schemaOf: () => GraphQLSchema | undefined,
  contextOf: (authorization: unknown) => Promise<RequestContext>,
) {
  const operationContext = async (ctx: WsConnection): Promise<RequestContext> => {
    const authorization = wsAuthorization(ctx.connectionParams);
    const context = await contextOf(authorization);
    return { ...context, rateKey: rateKey(authorization, connectionKey(ctx)) };
  };
  return {
    onConnect: async (ctx: WsConnection): Promise<boolean> => (await operationContext(ctx)).viewer !== null,
    onSubscribe: async (
      ctx: WsConnection,
      _id: string,
      payload: WsPayload,
    ): Promise<ExecutionArgs | GraphQLError[]> => {
      const schema = schemaOf();
      if (!schema)
        return [
          new GraphQLError('the server is still starting; retry', { extensions: { code: 'SERVICE_UNAVAILABLE' } }),
        ];
      const contextValue = await operationContext(ctx);
      const admitted = policy.admit(schema, payload.query, payload.variables);
      if (Array.isArray(admitted)) {
        const authenticated = contextValue.viewer !== null;
        return admitted.map(
          (e) =>
            new GraphQLError(hideSuggestion(e.message, authenticated), { nodes: e.nodes, extensions: e.extensions }),
        );
      }
      return {
        schema,
        document: admitted,
        operationName: typeof payload.operationName === 'string' ? payload.operationName : undefined,
        variableValues: isRecord(payload.variables) ? payload.variables : undefined,
        contextValue,
      };
    },
    onError: (_ctx: WsConnection, _id: string, _payload: unknown, errors: readonly GraphQLError[]) => format(errors),
    onNext: (_ctx: WsConnection, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
      result.errors ? { ...result, errors: format(result.errors) } : undefined,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
