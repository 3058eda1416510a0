import type { TokenService } from './token.service';
import type { RequestContext, Viewer } from './viewer';

/** `Bearer <token>` (case-insensitive scheme) -> token, or undefined when no header was sent. */
export function bearerToken(header: unknown): string | undefined | null {
  if (header === undefined || header === null || header === '') return undefined;
  if (typeof header !== 'string') return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1] : null;
}

/** Per token service: the resolutions in flight, by token (concurrent requests with one token share one look-up). */
const inFlight = new WeakMap<TokenService, Map<string, Promise<Viewer | null>>>();

function resolveShared(tokens: TokenService, token: string): Promise<Viewer | null> {
  let pending = inFlight.get(tokens);
  if (!pending) {
    pending = new Map();
    inFlight.set(tokens, pending);
  }
  const running = pending.get(token);
  if (running) return running;
  const map = pending;
  const started = tokens.resolve(token).finally(() => map.delete(token));
  map.set(token, started);
  return started;
}

/** Builds the context of one request or subscription from its Authorization value. */
export async function buildRequestContext(tokens: TokenService, authorization: unknown): Promise<RequestContext> {
  const token = bearerToken(authorization);
  if (token === undefined) return { viewer: null, badToken: false };
  if (token === null) return { viewer: null, badToken: true };
  const viewer = await resolveShared(tokens, token);
  return viewer ? { viewer, badToken: false } : { viewer: null, badToken: true };
}
