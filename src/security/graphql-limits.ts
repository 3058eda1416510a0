import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { RequestContext } from '../auth/viewer';

/** Query limits: deep, costly, aliased or oversized documents are refused before they run. */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxTokens: 4000,
  maxDirectives: 20,
} as const;

export function armor(): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const protection = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // suggestions are hidden from anonymous callers only, by the plugin below
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    plugins: protection.plugins as ApolloServerPlugin[],
    validationRules: protection.validationRules as ValidationRule[],
  };
}

const SUGGESTION = /\s*Did you mean .*\?$/;

/** Strips "Did you mean …?" from errors answered to callers without a valid token, so the schema cannot be guessed. */
export function hideSuggestionsFromAnonymous(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (contextValue?.viewer) return;
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((e) => ({ ...e, message: e.message.replace(SUGGESTION, '') }));
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
