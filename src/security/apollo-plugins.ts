import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../auth/viewer';
import { hideSuggestion } from './execution-policy';

/** Strips "Did you mean …?" from errors answered to callers without a valid token, so the schema cannot be guessed. */
export function hideSuggestionsFromAnonymous(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          const authenticated = Boolean(contextValue?.viewer);
          response.body.singleResult.errors = errors.map((e) => ({
            ...e,
            message: hideSuggestion(e.message, authenticated),
          }));
        },
      };
    },
  };
}

/** `Cache-Control: no-store` on every GraphQL answer: answers hold a caller's private data and are never cached by browsers or proxies. */
export function noStore(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
