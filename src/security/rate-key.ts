import { createHash } from 'node:crypto';

/**
 * Whose rate-limit bucket a request counts against: the bearer token it
 * carries (hashed), else `fallback` — the client address over HTTP, the
 * connection over a WebSocket — so one caller never fills another's bucket.
 */
export function rateKey(authorization: unknown, fallback: string): string {
  if (typeof authorization === 'string' && authorization.length > 0)
    return `token:${createHash('sha256').update(authorization).digest('hex')}`;
  return fallback;
}

const connections = new WeakMap<object, string>();
let connectionCount = 0;

/** A key of its own for each WebSocket connection (the connection's state object), stable while it lives. */
export function connectionKey(connection: object): string {
  let key = connections.get(connection);
  if (!key) {
    connectionCount += 1;
    key = `connection:${connectionCount}`;
    connections.set(connection, key);
  }
  return key;
}
