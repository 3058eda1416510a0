import { Client, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';
import { currentToken } from './session';

/**
 * One GraphQL client per signed-in token: queries and mutations over HTTP POST to /graphql on the same origin,
 * subscriptions over graphql-ws on the same path. The bearer token goes in the Authorization header
 * (connection parameters for the WebSocket), never in a URL.
 */
export function createGraphqlClient(token: string | null = currentToken()): Client {
  const authorization = token ? `Bearer ${token}` : null;
  const wsUrl = `${window.location.origin.replace(/^http/, 'ws')}/graphql`;
  const ws = createWsClient({
    url: wsUrl,
    lazy: true,
    retryAttempts: 20,
    connectionParams: authorization ? { Authorization: authorization } : {},
  });
  return new Client({
    url: '/graphql',
    requestPolicy: 'cache-and-network',
    // always POST: the server refuses GET queries without a preflight header (CSRF protection)
    preferGetMethod: false,
    fetchOptions: (): RequestInit => ({ headers: authorization ? { Authorization: authorization } : {} }),
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const dispose = ws.subscribe(input, sink);
              return { unsubscribe: dispose };
            },
          };
        },
      }),
    ],
  });
}
