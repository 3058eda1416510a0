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
  '\n  query StudentDecide($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      currentRound\n      rounds {\n        number\n        status\n      }\n      scenario {\n        ...ScenarioFacts\n      }\n    }\n    myStatus {\n      cashCents\n      stock {\n        product\n        location\n        units\n      }\n    }\n    myDecisions {\n      module\n      version\n      round\n      payload\n    }\n  }\n': typeof types.StudentDecideDocument;
  '\n  query StudentPreviousDecisions($round: Int!) {\n    myDecisions(round: $round) {\n      module\n      round\n      payload\n    }\n  }\n': typeof types.StudentPreviousDecisionsDocument;
  '\n  mutation StudentValidate($input: SubmitDecisionsInput!) {\n    validateDecisions(input: $input) {\n      __typename\n      ... on DecisionsRejected {\n        errorCode\n        message\n        errors {\n          module\n          code\n          path\n          message\n        }\n      }\n      ... on RoundNotOpen {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.StudentValidateDocument;
  '\n  mutation StudentSubmit($input: SubmitDecisionsInput!) {\n    submitDecisions(input: $input) {\n      __typename\n      ... on DecisionsAccepted {\n        round\n        modules {\n          module\n          version\n        }\n      }\n      ... on DecisionsRejected {\n        errorCode\n        message\n        errors {\n          module\n          code\n          path\n          message\n        }\n      }\n      ... on RoundNotOpen {\n        errorCode\n        message\n      }\n    }\n  }\n': typeof types.StudentSubmitDocument;
  '\n  query StudentHome($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      name\n      status\n      currentRound\n      roundCount\n      rounds {\n        number\n        status\n        deadline\n        openedAt\n        closedAt\n      }\n      scenario {\n        title {\n          en\n          zh\n        }\n        rounds {\n          number\n          label\n          modules\n        }\n        products {\n          id\n          name {\n            en\n            zh\n          }\n        }\n      }\n    }\n    myStatus {\n      cashCents\n      serviceScore\n      badges\n      stock {\n        product\n        location\n        units\n      }\n      pipeline {\n        product\n        location\n        units\n        arrivesRound\n      }\n    }\n    myDecisions {\n      module\n      version\n      round\n    }\n  }\n': typeof types.StudentHomeDocument;
  '\n  query StudentPreviousRound($gameId: ID!, $round: Int!) {\n    teamReport(gameId: $gameId, round: $round) {\n      round\n      total\n      cashStartCents\n      cashEndCents\n      scores {\n        module\n        score\n        enabled\n      }\n    }\n  }\n': typeof types.StudentPreviousRoundDocument;
  '\n  subscription StudentRoundChanged($gameId: ID!) {\n    roundChanged(gameId: $gameId) {\n      gameId\n      round\n      status\n      gameStatus\n    }\n  }\n': typeof types.StudentRoundChangedDocument;
  '\n  query StudentMarket($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      rounds {\n        number\n        status\n      }\n      scenario {\n        ...ScenarioFacts\n      }\n    }\n  }\n': typeof types.StudentMarketDocument;
  '\n  query StudentRivals($gameId: ID!, $round: Int!) {\n    rivalListings(gameId: $gameId, round: $round) {\n      kind\n      seller\n      market\n      product\n      priceCents\n      rating\n    }\n  }\n': typeof types.StudentRivalsDocument;
  '\n  query StudentResultsGame($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      rounds {\n        number\n        status\n      }\n      scenario {\n        ...ScenarioFacts\n      }\n    }\n    scoreboard(gameId: $gameId) {\n      complete\n      closedRounds\n      frozenAfterRound\n      rows {\n        rank\n        total\n        team {\n          id\n          code\n          name\n        }\n        modules {\n          module\n          score\n        }\n      }\n    }\n  }\n': typeof types.StudentResultsGameDocument;
  '\n  query StudentRoundReport($gameId: ID!, $round: Int!) {\n    teamReport(gameId: $gameId, round: $round) {\n      round\n      total\n      absentModules\n      cashStartCents\n      cashEndCents\n      scores {\n        module\n        enabled\n        score\n        points {\n          kpi\n          value\n          zeroAt\n          fullAt\n          maxPoints\n          points\n        }\n      }\n      ledger {\n        kind\n        amountCents\n      }\n      listings {\n        product\n        market\n        impressions\n        clicks\n        orders\n        revenueCents\n        priceCents\n        flags\n      }\n      auctions {\n        keyword\n        product\n        market\n        bidCents\n        averagePosition\n        impressions\n        clicks\n        cpcCents\n        spendCents\n        lostToBudget\n        qualityScore\n      }\n      lanes {\n        market\n        service\n        tier\n        parcels\n        averageDeliveryDays\n        late\n        lost\n        damaged\n        costCents\n      }\n    }\n  }\n': typeof types.StudentRoundReportDocument;
  '\n  fragment ScenarioFacts on ScenarioModel {\n    id\n    title {\n      en\n      zh\n    }\n    maxListings\n    roundDays\n    roundCount\n    startingCashCents\n    markets {\n      code\n      name {\n        en\n        zh\n      }\n      language\n      currency\n      maxDiscountBps\n      buyerProtectionDays\n    }\n    categories {\n      id\n      name {\n        en\n        zh\n      }\n      commissionBps\n      affiliateMinBps\n      affiliateMaxBps\n    }\n    products {\n      id\n      category\n      name {\n        en\n        zh\n      }\n      unitCostCents\n      referencePriceCents\n      weightGrams\n      minOrderUnits\n      attributes\n      leadTimeRounds\n    }\n    keywords {\n      id\n      market\n      category\n      text\n      gloss\n      floorCpcCents\n      searchVolume\n    }\n    logistics {\n      id\n      market\n      tier\n      name\n      minDays\n      maxDays\n      perParcelCents\n      ratePerKgCents\n      firstOrdersFree\n    }\n    rounds {\n      number\n      label\n      modules\n    }\n  }\n': typeof types.ScenarioFactsFragmentDoc;
  '\n  query Me {\n    me {\n      role\n      gameId\n      team {\n        id\n        code\n        name\n      }\n    }\n  }\n': typeof types.MeDocument;
};
const documents: Documents = {
  '\n  query StudentDecide($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      currentRound\n      rounds {\n        number\n        status\n      }\n      scenario {\n        ...ScenarioFacts\n      }\n    }\n    myStatus {\n      cashCents\n      stock {\n        product\n        location\n        units\n      }\n    }\n    myDecisions {\n      module\n      version\n      round\n      payload\n    }\n  }\n':
    types.StudentDecideDocument,
  '\n  query StudentPreviousDecisions($round: Int!) {\n    myDecisions(round: $round) {\n      module\n      round\n      payload\n    }\n  }\n':
    types.StudentPreviousDecisionsDocument,
  '\n  mutation StudentValidate($input: SubmitDecisionsInput!) {\n    validateDecisions(input: $input) {\n      __typename\n      ... on DecisionsRejected {\n        errorCode\n        message\n        errors {\n          module\n          code\n          path\n          message\n        }\n      }\n      ... on RoundNotOpen {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.StudentValidateDocument,
  '\n  mutation StudentSubmit($input: SubmitDecisionsInput!) {\n    submitDecisions(input: $input) {\n      __typename\n      ... on DecisionsAccepted {\n        round\n        modules {\n          module\n          version\n        }\n      }\n      ... on DecisionsRejected {\n        errorCode\n        message\n        errors {\n          module\n          code\n          path\n          message\n        }\n      }\n      ... on RoundNotOpen {\n        errorCode\n        message\n      }\n    }\n  }\n':
    types.StudentSubmitDocument,
  '\n  query StudentHome($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      name\n      status\n      currentRound\n      roundCount\n      rounds {\n        number\n        status\n        deadline\n        openedAt\n        closedAt\n      }\n      scenario {\n        title {\n          en\n          zh\n        }\n        rounds {\n          number\n          label\n          modules\n        }\n        products {\n          id\n          name {\n            en\n            zh\n          }\n        }\n      }\n    }\n    myStatus {\n      cashCents\n      serviceScore\n      badges\n      stock {\n        product\n        location\n        units\n      }\n      pipeline {\n        product\n        location\n        units\n        arrivesRound\n      }\n    }\n    myDecisions {\n      module\n      version\n      round\n    }\n  }\n':
    types.StudentHomeDocument,
  '\n  query StudentPreviousRound($gameId: ID!, $round: Int!) {\n    teamReport(gameId: $gameId, round: $round) {\n      round\n      total\n      cashStartCents\n      cashEndCents\n      scores {\n        module\n        score\n        enabled\n      }\n    }\n  }\n':
    types.StudentPreviousRoundDocument,
  '\n  subscription StudentRoundChanged($gameId: ID!) {\n    roundChanged(gameId: $gameId) {\n      gameId\n      round\n      status\n      gameStatus\n    }\n  }\n':
    types.StudentRoundChangedDocument,
  '\n  query StudentMarket($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      rounds {\n        number\n        status\n      }\n      scenario {\n        ...ScenarioFacts\n      }\n    }\n  }\n':
    types.StudentMarketDocument,
  '\n  query StudentRivals($gameId: ID!, $round: Int!) {\n    rivalListings(gameId: $gameId, round: $round) {\n      kind\n      seller\n      market\n      product\n      priceCents\n      rating\n    }\n  }\n':
    types.StudentRivalsDocument,
  '\n  query StudentResultsGame($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      rounds {\n        number\n        status\n      }\n      scenario {\n        ...ScenarioFacts\n      }\n    }\n    scoreboard(gameId: $gameId) {\n      complete\n      closedRounds\n      frozenAfterRound\n      rows {\n        rank\n        total\n        team {\n          id\n          code\n          name\n        }\n        modules {\n          module\n          score\n        }\n      }\n    }\n  }\n':
    types.StudentResultsGameDocument,
  '\n  query StudentRoundReport($gameId: ID!, $round: Int!) {\n    teamReport(gameId: $gameId, round: $round) {\n      round\n      total\n      absentModules\n      cashStartCents\n      cashEndCents\n      scores {\n        module\n        enabled\n        score\n        points {\n          kpi\n          value\n          zeroAt\n          fullAt\n          maxPoints\n          points\n        }\n      }\n      ledger {\n        kind\n        amountCents\n      }\n      listings {\n        product\n        market\n        impressions\n        clicks\n        orders\n        revenueCents\n        priceCents\n        flags\n      }\n      auctions {\n        keyword\n        product\n        market\n        bidCents\n        averagePosition\n        impressions\n        clicks\n        cpcCents\n        spendCents\n        lostToBudget\n        qualityScore\n      }\n      lanes {\n        market\n        service\n        tier\n        parcels\n        averageDeliveryDays\n        late\n        lost\n        damaged\n        costCents\n      }\n    }\n  }\n':
    types.StudentRoundReportDocument,
  '\n  fragment ScenarioFacts on ScenarioModel {\n    id\n    title {\n      en\n      zh\n    }\n    maxListings\n    roundDays\n    roundCount\n    startingCashCents\n    markets {\n      code\n      name {\n        en\n        zh\n      }\n      language\n      currency\n      maxDiscountBps\n      buyerProtectionDays\n    }\n    categories {\n      id\n      name {\n        en\n        zh\n      }\n      commissionBps\n      affiliateMinBps\n      affiliateMaxBps\n    }\n    products {\n      id\n      category\n      name {\n        en\n        zh\n      }\n      unitCostCents\n      referencePriceCents\n      weightGrams\n      minOrderUnits\n      attributes\n      leadTimeRounds\n    }\n    keywords {\n      id\n      market\n      category\n      text\n      gloss\n      floorCpcCents\n      searchVolume\n    }\n    logistics {\n      id\n      market\n      tier\n      name\n      minDays\n      maxDays\n      perParcelCents\n      ratePerKgCents\n      firstOrdersFree\n    }\n    rounds {\n      number\n      label\n      modules\n    }\n  }\n':
    types.ScenarioFactsFragmentDoc,
  '\n  query Me {\n    me {\n      role\n      gameId\n      team {\n        id\n        code\n        name\n      }\n    }\n  }\n':
    types.MeDocument,
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
export function graphql(
  source: '\n  query StudentDecide($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      currentRound\n      rounds {\n        number\n        status\n      }\n      scenario {\n        ...ScenarioFacts\n      }\n    }\n    myStatus {\n      cashCents\n      stock {\n        product\n        location\n        units\n      }\n    }\n    myDecisions {\n      module\n      version\n      round\n      payload\n    }\n  }\n',
): (typeof documents)['\n  query StudentDecide($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      currentRound\n      rounds {\n        number\n        status\n      }\n      scenario {\n        ...ScenarioFacts\n      }\n    }\n    myStatus {\n      cashCents\n      stock {\n        product\n        location\n        units\n      }\n    }\n    myDecisions {\n      module\n      version\n      round\n      payload\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudentPreviousDecisions($round: Int!) {\n    myDecisions(round: $round) {\n      module\n      round\n      payload\n    }\n  }\n',
): (typeof documents)['\n  query StudentPreviousDecisions($round: Int!) {\n    myDecisions(round: $round) {\n      module\n      round\n      payload\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StudentValidate($input: SubmitDecisionsInput!) {\n    validateDecisions(input: $input) {\n      __typename\n      ... on DecisionsRejected {\n        errorCode\n        message\n        errors {\n          module\n          code\n          path\n          message\n        }\n      }\n      ... on RoundNotOpen {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation StudentValidate($input: SubmitDecisionsInput!) {\n    validateDecisions(input: $input) {\n      __typename\n      ... on DecisionsRejected {\n        errorCode\n        message\n        errors {\n          module\n          code\n          path\n          message\n        }\n      }\n      ... on RoundNotOpen {\n        errorCode\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StudentSubmit($input: SubmitDecisionsInput!) {\n    submitDecisions(input: $input) {\n      __typename\n      ... on DecisionsAccepted {\n        round\n        modules {\n          module\n          version\n        }\n      }\n      ... on DecisionsRejected {\n        errorCode\n        message\n        errors {\n          module\n          code\n          path\n          message\n        }\n      }\n      ... on RoundNotOpen {\n        errorCode\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation StudentSubmit($input: SubmitDecisionsInput!) {\n    submitDecisions(input: $input) {\n      __typename\n      ... on DecisionsAccepted {\n        round\n        modules {\n          module\n          version\n        }\n      }\n      ... on DecisionsRejected {\n        errorCode\n        message\n        errors {\n          module\n          code\n          path\n          message\n        }\n      }\n      ... on RoundNotOpen {\n        errorCode\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudentHome($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      name\n      status\n      currentRound\n      roundCount\n      rounds {\n        number\n        status\n        deadline\n        openedAt\n        closedAt\n      }\n      scenario {\n        title {\n          en\n          zh\n        }\n        rounds {\n          number\n          label\n          modules\n        }\n        products {\n          id\n          name {\n            en\n            zh\n          }\n        }\n      }\n    }\n    myStatus {\n      cashCents\n      serviceScore\n      badges\n      stock {\n        product\n        location\n        units\n      }\n      pipeline {\n        product\n        location\n        units\n        arrivesRound\n      }\n    }\n    myDecisions {\n      module\n      version\n      round\n    }\n  }\n',
): (typeof documents)['\n  query StudentHome($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      name\n      status\n      currentRound\n      roundCount\n      rounds {\n        number\n        status\n        deadline\n        openedAt\n        closedAt\n      }\n      scenario {\n        title {\n          en\n          zh\n        }\n        rounds {\n          number\n          label\n          modules\n        }\n        products {\n          id\n          name {\n            en\n            zh\n          }\n        }\n      }\n    }\n    myStatus {\n      cashCents\n      serviceScore\n      badges\n      stock {\n        product\n        location\n        units\n      }\n      pipeline {\n        product\n        location\n        units\n        arrivesRound\n      }\n    }\n    myDecisions {\n      module\n      version\n      round\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudentPreviousRound($gameId: ID!, $round: Int!) {\n    teamReport(gameId: $gameId, round: $round) {\n      round\n      total\n      cashStartCents\n      cashEndCents\n      scores {\n        module\n        score\n        enabled\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StudentPreviousRound($gameId: ID!, $round: Int!) {\n    teamReport(gameId: $gameId, round: $round) {\n      round\n      total\n      cashStartCents\n      cashEndCents\n      scores {\n        module\n        score\n        enabled\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription StudentRoundChanged($gameId: ID!) {\n    roundChanged(gameId: $gameId) {\n      gameId\n      round\n      status\n      gameStatus\n    }\n  }\n',
): (typeof documents)['\n  subscription StudentRoundChanged($gameId: ID!) {\n    roundChanged(gameId: $gameId) {\n      gameId\n      round\n      status\n      gameStatus\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudentMarket($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      rounds {\n        number\n        status\n      }\n      scenario {\n        ...ScenarioFacts\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StudentMarket($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      rounds {\n        number\n        status\n      }\n      scenario {\n        ...ScenarioFacts\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudentRivals($gameId: ID!, $round: Int!) {\n    rivalListings(gameId: $gameId, round: $round) {\n      kind\n      seller\n      market\n      product\n      priceCents\n      rating\n    }\n  }\n',
): (typeof documents)['\n  query StudentRivals($gameId: ID!, $round: Int!) {\n    rivalListings(gameId: $gameId, round: $round) {\n      kind\n      seller\n      market\n      product\n      priceCents\n      rating\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudentResultsGame($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      rounds {\n        number\n        status\n      }\n      scenario {\n        ...ScenarioFacts\n      }\n    }\n    scoreboard(gameId: $gameId) {\n      complete\n      closedRounds\n      frozenAfterRound\n      rows {\n        rank\n        total\n        team {\n          id\n          code\n          name\n        }\n        modules {\n          module\n          score\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StudentResultsGame($gameId: ID!) {\n    game(id: $gameId) {\n      id\n      rounds {\n        number\n        status\n      }\n      scenario {\n        ...ScenarioFacts\n      }\n    }\n    scoreboard(gameId: $gameId) {\n      complete\n      closedRounds\n      frozenAfterRound\n      rows {\n        rank\n        total\n        team {\n          id\n          code\n          name\n        }\n        modules {\n          module\n          score\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudentRoundReport($gameId: ID!, $round: Int!) {\n    teamReport(gameId: $gameId, round: $round) {\n      round\n      total\n      absentModules\n      cashStartCents\n      cashEndCents\n      scores {\n        module\n        enabled\n        score\n        points {\n          kpi\n          value\n          zeroAt\n          fullAt\n          maxPoints\n          points\n        }\n      }\n      ledger {\n        kind\n        amountCents\n      }\n      listings {\n        product\n        market\n        impressions\n        clicks\n        orders\n        revenueCents\n        priceCents\n        flags\n      }\n      auctions {\n        keyword\n        product\n        market\n        bidCents\n        averagePosition\n        impressions\n        clicks\n        cpcCents\n        spendCents\n        lostToBudget\n        qualityScore\n      }\n      lanes {\n        market\n        service\n        tier\n        parcels\n        averageDeliveryDays\n        late\n        lost\n        damaged\n        costCents\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StudentRoundReport($gameId: ID!, $round: Int!) {\n    teamReport(gameId: $gameId, round: $round) {\n      round\n      total\n      absentModules\n      cashStartCents\n      cashEndCents\n      scores {\n        module\n        enabled\n        score\n        points {\n          kpi\n          value\n          zeroAt\n          fullAt\n          maxPoints\n          points\n        }\n      }\n      ledger {\n        kind\n        amountCents\n      }\n      listings {\n        product\n        market\n        impressions\n        clicks\n        orders\n        revenueCents\n        priceCents\n        flags\n      }\n      auctions {\n        keyword\n        product\n        market\n        bidCents\n        averagePosition\n        impressions\n        clicks\n        cpcCents\n        spendCents\n        lostToBudget\n        qualityScore\n      }\n      lanes {\n        market\n        service\n        tier\n        parcels\n        averageDeliveryDays\n        late\n        lost\n        damaged\n        costCents\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ScenarioFacts on ScenarioModel {\n    id\n    title {\n      en\n      zh\n    }\n    maxListings\n    roundDays\n    roundCount\n    startingCashCents\n    markets {\n      code\n      name {\n        en\n        zh\n      }\n      language\n      currency\n      maxDiscountBps\n      buyerProtectionDays\n    }\n    categories {\n      id\n      name {\n        en\n        zh\n      }\n      commissionBps\n      affiliateMinBps\n      affiliateMaxBps\n    }\n    products {\n      id\n      category\n      name {\n        en\n        zh\n      }\n      unitCostCents\n      referencePriceCents\n      weightGrams\n      minOrderUnits\n      attributes\n      leadTimeRounds\n    }\n    keywords {\n      id\n      market\n      category\n      text\n      gloss\n      floorCpcCents\n      searchVolume\n    }\n    logistics {\n      id\n      market\n      tier\n      name\n      minDays\n      maxDays\n      perParcelCents\n      ratePerKgCents\n      firstOrdersFree\n    }\n    rounds {\n      number\n      label\n      modules\n    }\n  }\n',
): (typeof documents)['\n  fragment ScenarioFacts on ScenarioModel {\n    id\n    title {\n      en\n      zh\n    }\n    maxListings\n    roundDays\n    roundCount\n    startingCashCents\n    markets {\n      code\n      name {\n        en\n        zh\n      }\n      language\n      currency\n      maxDiscountBps\n      buyerProtectionDays\n    }\n    categories {\n      id\n      name {\n        en\n        zh\n      }\n      commissionBps\n      affiliateMinBps\n      affiliateMaxBps\n    }\n    products {\n      id\n      category\n      name {\n        en\n        zh\n      }\n      unitCostCents\n      referencePriceCents\n      weightGrams\n      minOrderUnits\n      attributes\n      leadTimeRounds\n    }\n    keywords {\n      id\n      market\n      category\n      text\n      gloss\n      floorCpcCents\n      searchVolume\n    }\n    logistics {\n      id\n      market\n      tier\n      name\n      minDays\n      maxDays\n      perParcelCents\n      ratePerKgCents\n      firstOrdersFree\n    }\n    rounds {\n      number\n      label\n      modules\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      role\n      gameId\n      team {\n        id\n        code\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      role\n      gameId\n      team {\n        id\n        code\n        name\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
