/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query StudentHome($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      name\n      status\n      currentRound\n      roundCount\n      rounds {\n        number\n        status\n        deadline\n        openedAt\n        closedAt\n      }\n      scenario {\n        title {\n          en\n          zh\n        }\n        rounds {\n          number\n          label\n          modules\n        }\n        products {\n          id\n          name {\n            en\n            zh\n          }\n        }\n      }\n    }\n    myStatus {\n      cashCents\n      serviceScore\n      badges\n      stock {\n        product\n        location\n        units\n      }\n      pipeline {\n        product\n        location\n        units\n        arrivesRound\n      }\n    }\n    myDecisions {\n      module\n      version\n      round\n    }\n  }\n": typeof types.StudentHomeDocument,
    "\n  query StudentPreviousRound($gameId: ID!, $round: Int!) {\n    teamReport(gameId: $gameId, round: $round) {\n      round\n      total\n      cashStartCents\n      cashEndCents\n      scores {\n        module\n        score\n        enabled\n      }\n    }\n  }\n": typeof types.StudentPreviousRoundDocument,
    "\n  subscription StudentRoundChanged($gameId: ID!) {\n    roundChanged(gameId: $gameId) {\n      gameId\n      round\n      status\n      gameStatus\n    }\n  }\n": typeof types.StudentRoundChangedDocument,
    "\n  query Me {\n    me {\n      role\n      gameId\n      team {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  query StudentHome($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      name\n      status\n      currentRound\n      roundCount\n      rounds {\n        number\n        status\n        deadline\n        openedAt\n        closedAt\n      }\n      scenario {\n        title {\n          en\n          zh\n        }\n        rounds {\n          number\n          label\n          modules\n        }\n        products {\n          id\n          name {\n            en\n            zh\n          }\n        }\n      }\n    }\n    myStatus {\n      cashCents\n      serviceScore\n      badges\n      stock {\n        product\n        location\n        units\n      }\n      pipeline {\n        product\n        location\n        units\n        arrivesRound\n      }\n    }\n    myDecisions {\n      module\n      version\n      round\n    }\n  }\n": types.StudentHomeDocument,
    "\n  query StudentPreviousRound($gameId: ID!, $round: Int!) {\n    teamReport(gameId: $gameId, round: $round) {\n      round\n      total\n      cashStartCents\n      cashEndCents\n      scores {\n        module\n        score\n        enabled\n      }\n    }\n  }\n": types.StudentPreviousRoundDocument,
    "\n  subscription StudentRoundChanged($gameId: ID!) {\n    roundChanged(gameId: $gameId) {\n      gameId\n      round\n      status\n      gameStatus\n    }\n  }\n": types.StudentRoundChangedDocument,
    "\n  query Me {\n    me {\n      role\n      gameId\n      team {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentHome($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      name\n      status\n      currentRound\n      roundCount\n      rounds {\n        number\n        status\n        deadline\n        openedAt\n        closedAt\n      }\n      scenario {\n        title {\n          en\n          zh\n        }\n        rounds {\n          number\n          label\n          modules\n        }\n        products {\n          id\n          name {\n            en\n            zh\n          }\n        }\n      }\n    }\n    myStatus {\n      cashCents\n      serviceScore\n      badges\n      stock {\n        product\n        location\n        units\n      }\n      pipeline {\n        product\n        location\n        units\n        arrivesRound\n      }\n    }\n    myDecisions {\n      module\n      version\n      round\n    }\n  }\n"): (typeof documents)["\n  query StudentHome($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      name\n      status\n      currentRound\n      roundCount\n      rounds {\n        number\n        status\n        deadline\n        openedAt\n        closedAt\n      }\n      scenario {\n        title {\n          en\n          zh\n        }\n        rounds {\n          number\n          label\n          modules\n        }\n        products {\n          id\n          name {\n            en\n            zh\n          }\n        }\n      }\n    }\n    myStatus {\n      cashCents\n      serviceScore\n      badges\n      stock {\n        product\n        location\n        units\n      }\n      pipeline {\n        product\n        location\n        units\n        arrivesRound\n      }\n    }\n    myDecisions {\n      module\n      version\n      round\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentPreviousRound($gameId: ID!, $round: Int!) {\n    teamReport(gameId: $gameId, round: $round) {\n      round\n      total\n      cashStartCents\n      cashEndCents\n      scores {\n        module\n        score\n        enabled\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentPreviousRound($gameId: ID!, $round: Int!) {\n    teamReport(gameId: $gameId, round: $round) {\n      round\n      total\n      cashStartCents\n      cashEndCents\n      scores {\n        module\n        score\n        enabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StudentRoundChanged($gameId: ID!) {\n    roundChanged(gameId: $gameId) {\n      gameId\n      round\n      status\n      gameStatus\n    }\n  }\n"): (typeof documents)["\n  subscription StudentRoundChanged($gameId: ID!) {\n    roundChanged(gameId: $gameId) {\n      gameId\n      round\n      status\n      gameStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      role\n      gameId\n      team {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      role\n      gameId\n      team {\n        id\n        code\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;