import type { TokenService } from './token.service';
import type { RequestContext } from './viewer';

/** `Bearer <token>` (case-insensitive scheme) -> token, or undefined when no header was sent. */
export function bearerToken(header: unknown): string | undefined | null {
  if (header === undefined || header === null || header === '') return undefined;
  if (typeof header !== 'string') return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1] : null;
}

/** Builds the context of one request or subscription from its Authorization value. */
export async function buildRequestContext(tokens: TokenService, authorization: unknown): Promise<RequestContext> {
  const token = bearerToken(authorization);
  if (token === undefined) return { viewer: null, badToken: false };
  if (token === null) return { viewer: null, badToken: true };
  const viewer = await tokens.resolve(token);
  return viewer ? { viewer, badToken: false } : { viewer: null, badToken: true };
}
