import type { Role } from './access-token.entity';

export type { Role };

/** Who is calling, resolved from the bearer token. */
export interface Viewer {
  tokenId: string;
  role: Role;
  /** The game of a TEAM or GRADER token. */
  gameId: string | null;
  /** The team of a TEAM token. */
  teamId: string | null;
}

/** The request context every resolver sees. */
export interface RequestContext {
  viewer: Viewer | null;
  /** A token was sent but is unknown, revoked or malformed. */
  badToken: boolean;
  /** The rate-limit bucket of a graphql-ws operation (its token, else its connection); HTTP requests derive theirs from the request. */
  rateKey?: string;
}
