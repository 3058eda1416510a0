/** Example operations shown as GraphiQL tabs: one whole round, instructor and team side. */
export const EXAMPLE_TABS: { title: string; query: string; variables?: string; headers?: string }[] = [
  {
    title: 'instructor: create a game',
    headers: '{ "Authorization": "Bearer <instructor token printed at start>" }',
    query: `# 1. As the instructor: pick a scenario and create a game with three teams.
#    The answer holds each team's token (shown once) and a grader token.
query Scenarios { scenarios { id version title { en zh } roundCount markets { code } } }

mutation CreateGame {
  createGame(input: { scenarioId: "tutorial", name: "Class A", teams: ["Red", "Green", "Blue"] }) {
    game { id name status roundCount }
    teams { team { id code name } token }
    graderToken
  }
}

mutation OpenRound($gameId: ID!) {
  openRound(gameId: $gameId) { ... on RoundModel { number status } ... on RoundActionError { errorCode message } }
}`,
    variables: '{ "gameId": "<game id>" }',
  },
  {
    title: 'team: look and decide',
    headers: '{ "Authorization": "Bearer <team token>" }',
    query: `# 2. As a team: read the catalog, keywords and logistics services and which modules this round plays
#    (scenario.rounds[…].modules for games.currentRound), then submit ONLY those modules: one mutation per module
#    below (the demo game's round 1 plays SELECTION alone; a module not played this round is refused).
query Plan {
  me { role team { code name } gameId }
  myStatus { cashCents stock { location product units } }
  games { id currentRound scenario { rounds { number modules }
    products { id category unitCostCents referencePriceCents }
    keywords { id market text gloss floorCpcCents } logistics { id market tier minDays maxDays } } }
}

fragment Outcome on SubmitDecisionsResult {
  ... on DecisionsAccepted { round modules { module version } }
  ... on DecisionsRejected { errorCode errors { module code path message } }
  ... on RoundNotOpen { errorCode message }
}

mutation SubmitSelection($selection: SelectionDecisionInput!) {
  submitDecisions(input: { selection: $selection }) { ...Outcome }
}

mutation SubmitOperations($operations: OperationsDecisionInput!) {
  submitDecisions(input: { operations: $operations }) { ...Outcome }
}

mutation SubmitAds($ads: AdsDecisionInput!) {
  submitDecisions(input: { ads: $ads }) { ...Outcome }
}

mutation SubmitFulfillment($fulfillment: FulfillmentDecisionInput!) {
  submitDecisions(input: { fulfillment: $fulfillment }) { ...Outcome }
}`,
    variables: `{
  "selection": { "storefront": "BASIC", "listings": [
    { "product": "<product id>", "market": "<market code>", "titleKeywords": ["<keyword id>"], "language": "<market language>", "images": 7, "attributesFilled": 8 } ] },
  "operations": { "serviceLevel": "STANDARD", "prices": [ { "product": "<product id>", "market": "<market code>", "priceCents": 1299, "discountBps": 500 } ],
    "purchases": [ { "product": "<product id>", "units": 300 } ] },
  "ads": { "dailyBudgetCents": 1000, "pacing": "EVEN", "bids": [ { "keyword": "<keyword id>", "product": "<product id>", "bidCents": 25 } ], "affiliate": [] },
  "fulfillment": { "handlingDays": 2, "packaging": "STANDARD", "services": [ { "market": "<market code>", "service": "<service id>" } ], "transfers": [] }
}`,
  },
  {
    title: 'instructor: close, then read',
    headers: '{ "Authorization": "Bearer <instructor token>" }',
    query: `# 3. Close the round: the market is resolved for every team at once.
mutation Close($gameId: ID!) {
  closeRound(gameId: $gameId) { ... on RoundModel { number status outcomeHash } ... on RoundActionError { errorCode message } }
}

query Board($gameId: ID!) {
  scoreboard(gameId: $gameId) {
    closedRounds rankBy
    rows { rank team { code name } grade luckGrade total luckTotal modules { module score } }
  }
}

subscription Watch($gameId: ID!) { roundChanged(gameId: $gameId) { round status outcomeHash } }`,
    variables: '{ "gameId": "<game id>" }',
  },
  {
    title: 'team: my report',
    headers: '{ "Authorization": "Bearer <team token>" }',
    query: `# 4. Each team reads its own report: KPIs, points per module and why.
query Report($gameId: ID!) {
  teamReport(gameId: $gameId, round: 1) {
    total cashStartCents cashEndCents absentModules
    scores { module score points { kpi value zeroAt fullAt maxPoints points } }
    ledger { kind amountCents }
    listings { product market impressions clicks orders revenueCents flags }
    auctions { keyword product averagePosition clicks cpcCents spendCents lostToBudget }
    lanes { market service parcels averageDeliveryDays late lost }
    luck { total replays modules { module score } }
  }
}`,
    variables: '{ "gameId": "<game id>" }',
  },
  {
    title: 'team: what if?',
    headers: '{ "Authorization": "Bearer <team token>" }',
    query: `# 5. After a round closed: what would my report have been with other decisions?
#    Give only the modules to change (here operations: another price); every rival's decisions,
#    the start of the round and the seed stay as they were. Nothing is stored; 20 a minute.
query WhatIf($gameId: ID!, $decisions: WhatIfDecisionsInput!) {
  whatIf(gameId: $gameId, round: 1, decisions: $decisions) {
    ... on WhatIfReport {
      changedModules totalDelta cashEndDeltaCents
      real { total cashEndCents scores { module score } }
      whatIf { total cashEndCents scores { module score } listings { product market priceCents orders revenueCents } }
    }
    ... on DecisionsRejected { errorCode errors { module code path message } }
    ... on WhatIfUnavailable { errorCode message }
  }
}`,
    variables: `{
  "gameId": "<game id>",
  "decisions": { "operations": { "serviceLevel": "STANDARD",
    "prices": [ { "product": "<product id>", "market": "<market code>", "priceCents": 1499, "discountBps": 0 } ],
    "purchases": [ { "product": "<product id>", "units": 300 } ] } }
}`,
  },
];
