import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { GqlResponse } from './test-server';

/** A graphql-ws client (protocol graphql-transport-ws) on the server's /graphql, as an outside client would open it. */
export function wsClient(httpUrl: string, token?: string): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { Authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
}

/** One query or mutation over the WebSocket: its single result, or the errors it was refused with. */
export function wsGql<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Omit<GqlResponse<T>, 'status'>> {
  return new Promise((resolve) => {
    let result: Omit<GqlResponse<T>, 'status'> = {};
    client.subscribe<T>(
      { query, variables },
      {
        next: (r) => {
          result = { data: (r.data ?? undefined) as T | undefined, errors: r.errors as GqlResponse<T>['errors'] };
        },
        error: (e) =>
          resolve({
            errors: Array.isArray(e)
              ? (e as GqlResponse<T>['errors'])
              : [{ message: `connection closed: ${(e as { code?: number }).code}`, extensions: { code: 'CLOSED' } }],
          }),
        complete: () => resolve(result),
      },
    );
  });
}
