/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type AdjustScoreInput = {
  gameId: Scalars['ID']['input'];
  /** Bonus (> 0) or penalty (< 0) in total points. */
  points: Scalars['Float']['input'];
  /** Shown to the team and in exports. */
  reason: Scalars['String']['input'];
  round: Scalars['Int']['input'];
  teamId: Scalars['ID']['input'];
};

/** 广告投放 — keyword bids, budget and pacing, affiliate commission. */
export type AdsDecisionInput = {
  affiliate?: Array<AffiliateInput>;
  bids?: Array<BidInput>;
  /** Daily budget in cents; the round budget is this × the round's days. */
  dailyBudgetCents?: Scalars['Int']['input'];
  pacing?: Pacing;
};

export type AffiliateInput = {
  category: Scalars['String']['input'];
  /** Commission on completed affiliate orders, bps, within the category band. */
  commissionBps: Scalars['Int']['input'];
};

export type AuctionReportModel = {
  __typename?: 'AuctionReportModel';
  adRank: Scalars['Float']['output'];
  averagePosition: Scalars['Float']['output'];
  bidCents: Scalars['Float']['output'];
  clicks: Scalars['Float']['output'];
  cpcCents: Scalars['Float']['output'];
  /** The keyword's minimum bid. */
  floorCpcCents: Scalars['Float']['output'];
  impressions: Scalars['Float']['output'];
  /** Ad impressions the budget cost this bid. */
  impressionsLostToBudget: Scalars['Float']['output'];
  keyword: Scalars['String']['output'];
  /** Share of the round the budget kept this bid out. */
  lostToBudget: Scalars['Float']['output'];
  market: Scalars['String']['output'];
  product: Scalars['String']['output'];
  qualityScore: Scalars['Float']['output'];
  spendCents: Scalars['Float']['output'];
  /** RAN, OUTBID, BUDGET (kept out by the budget all round), or why the bid could not run: BELOW_FLOOR, LOW_QUALITY, NO_LISTING, NOT_RELEVANT, PRICE_ANOMALY. */
  status: Scalars['String']['output'];
};

/** One action recorded in a game: who did what and when. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What: GAME_CREATED, ROUND_OPENED, DEADLINE_SET, DECISIONS_SUBMITTED, ROUND_CLOSED, SCORE_ADJUSTED, SCOREBOARD_FROZEN, SCOREBOARD_REVEALED, BOT_TEAM_ADDED, TOKEN_ROTATED, TOKEN_REVOKED, GRADER_TOKEN_CREATED. */
  action: Scalars['String']['output'];
  /** Who: INSTRUCTOR, GRADER, TEAM or SYSTEM (a deadline, the command line). */
  actorRole: Scalars['String']['output'];
  /** The acting team's code, when a team acted. */
  actorTeam?: Maybe<Scalars['String']['output']>;
  /** When, as an ISO 8601 UTC timestamp. */
  at: Scalars['String']['output'];
  /** The action’s details as a JSON object (round, modules, team, points, reason…). */
  detail: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** A page of a game’s audit log, newest first. */
export type AuditLogPage = {
  __typename?: 'AuditLogPage';
  entries: Array<AuditEntry>;
  /** Entries in the whole log (with the same action filter). */
  total: Scalars['Int']['output'];
};

export type BidInput = {
  bidCents: Scalars['Int']['input'];
  keyword: Scalars['String']['input'];
  product: Scalars['String']['input'];
};

export type BotSeatInput = {
  /** Defaults to "<STRATEGY> bot <n>". */
  name?: InputMaybe<Scalars['String']['input']>;
  strategy: BotStrategy;
};

/** Built-in deterministic strategies of bot teams: RANDOM (naive), COST_PLUS (naive, fixed markup), ADAPTIVE (reads its results), and ADAPTIVE with a style: VOLUME, PREMIUM_NICHE, ADS_HEAVY, WAREHOUSE. */
export type BotStrategy =
  | 'ADAPTIVE'
  | 'ADS_HEAVY'
  | 'COST_PLUS'
  | 'PREMIUM_NICHE'
  | 'RANDOM'
  | 'VOLUME'
  | 'WAREHOUSE';

export type CreateGameInput = {
  /** Bot teams, seated after the named teams (no tokens). */
  bots?: InputMaybe<Array<BotSeatInput>>;
  name: Scalars['String']['input'];
  /** Deadline policy: a round opened without a deadline closes this many minutes later (1..40320). Absent: rounds stay open until closed. */
  roundMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Scenario id, e.g. "eu-launch". */
  scenarioId: Scalars['String']['input'];
  /** Defaults to the newest stored version. */
  scenarioVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Defaults to the scenario's seed. */
  seed?: InputMaybe<Scalars['Int']['input']>;
  /** Team names, 1..1000 (with bots). */
  teams: Array<Scalars['String']['input']>;
};

export type CreatedGame = {
  __typename?: 'CreatedGame';
  game: GameModel;
  /** A read-only GRADER token for this game, shown once. */
  graderToken: Scalars['String']['output'];
  /** Shown once: hand each team its token. */
  teams: Array<TeamCredential>;
};

/** One problem in a decision: the module, a constant code and the field path. */
export type DecisionIssue = {
  __typename?: 'DecisionIssue';
  /** e.g. OUT_OF_RANGE, UNKNOWN_PRODUCT, MODULE_DISABLED */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  module: Module;
  /** Path inside the module input, e.g. prices[2].priceCents */
  path: Scalars['String']['output'];
};

/** The decisions were stored; they count unless resubmitted before the round closes. */
export type DecisionsAccepted = {
  __typename?: 'DecisionsAccepted';
  gameId: Scalars['String']['output'];
  modules: Array<ModuleVersion>;
  round: Scalars['Int']['output'];
};

/** Nothing was stored: the problems are listed (the first 50; moreErrors counts the rest). */
export type DecisionsRejected = {
  __typename?: 'DecisionsRejected';
  /** INVALID_DECISIONS or NO_MODULES */
  errorCode: Scalars['String']['output'];
  errors: Array<DecisionIssue>;
  message: Scalars['String']['output'];
  /** How many more problems were found than are listed in errors. */
  moreErrors: Scalars['Int']['output'];
};

/** validateDecisions: the decisions would be accepted (nothing was stored). */
export type DecisionsValid = {
  __typename?: 'DecisionsValid';
  gameId: Scalars['String']['output'];
  modules: Array<Module>;
  round: Scalars['Int']['output'];
};

/** A decision the engine had to cut, or an overdraft, with its reason. */
export type EngineCutModel = {
  __typename?: 'EngineCutModel';
  /** PURCHASE_CUT, TRANSFER_CUT, TRANSFER_CASH_CUT, ADS_BUDGET_CUT or OVERDRAFT. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  path: Scalars['String']['output'];
};

/** 履约优化 — carrier per market, handling time, warehouse transfers, packaging. */
export type FulfillmentDecisionInput = {
  /** Days from order to hand-over to the carrier. */
  handlingDays: Scalars['Int']['input'];
  packaging?: Packaging;
  services?: Array<ServiceChoiceInput>;
  transfers?: Array<TransferInput>;
};

export type GameModel = {
  __typename?: 'GameModel';
  createdAt: Scalars['String']['output'];
  currentRound: Scalars['Int']['output'];
  engineVersion: Scalars['String']['output'];
  /** Scoreboard frozen for teams after this round. */
  freezeAfterRound?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  roundCount: Scalars['Int']['output'];
  /** Deadline policy: minutes a round opened without a deadline stays open (null: until closed). */
  roundMinutes?: Maybe<Scalars['Int']['output']>;
  rounds: Array<RoundModel>;
  scenario: ScenarioModel;
  scenarioKey: Scalars['String']['output'];
  /** Hidden from teams. */
  seed?: Maybe<Scalars['Int']['output']>;
  status: GameStatus;
  teams: Array<TeamModel>;
};

export type GameStatus =
  | 'CREATED'
  | 'FINISHED'
  | 'RUNNING';

/** A new grader token for a game, shown once. */
export type GraderCredential = {
  __typename?: 'GraderCredential';
  gameId: Scalars['ID']['output'];
  token: Scalars['String']['output'];
};

export type GraderTokensRevoked = {
  __typename?: 'GraderTokensRevoked';
  gameId: Scalars['ID']['output'];
  revoked: Scalars['Int']['output'];
};

export type ImportScenarioResult = ScenarioImported | ScenarioInvalid;

export type KeywordAggregate = {
  __typename?: 'KeywordAggregate';
  adClicks: Scalars['Float']['output'];
  averageCpcCents: Scalars['Float']['output'];
  keyword: Scalars['String']['output'];
  searches: Scalars['Float']['output'];
};

/** A listing's organic placement on one keyword, averaged over the shoppers' result pages. */
export type KeywordPlacementModel = {
  __typename?: 'KeywordPlacementModel';
  clicks: Scalars['Float']['output'];
  impressions: Scalars['Float']['output'];
  keyword: Scalars['String']['output'];
  /** Average organic position (1 = top); 0 when not shown. */
  position: Scalars['Float']['output'];
};

/** What a KPI is: its label and one-line definition in English and Chinese, and its unit. */
export type KpiInfo = {
  __typename?: 'KpiInfo';
  definition: LocalizedText;
  /** The KPI id used in score bands and exports (e.g. acos). */
  id: Scalars['String']['output'];
  label: LocalizedText;
  module: Module;
  /** Whether score bands may use it (the others are shown for information). */
  scored: Scalars['Boolean']['output'];
  unit: KpiUnit;
};

export type KpiModel = {
  __typename?: 'KpiModel';
  /** The KPI's label, unit and definition. */
  info: KpiInfo;
  module: Module;
  name: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

/** How a KPI value reads: FRACTION (0.25 = 25 %), CENTS (US cents), STARS (1..5), POINTS (0..100), COUNT, DAYS, RATIO (revenue per dollar spent). */
export type KpiUnit =
  | 'CENTS'
  | 'COUNT'
  | 'DAYS'
  | 'FRACTION'
  | 'POINTS'
  | 'RATIO'
  | 'STARS';

export type LaneReportModel = {
  __typename?: 'LaneReportModel';
  averageDeliveryDays: Scalars['Float']['output'];
  costCents: Scalars['Float']['output'];
  damaged: Scalars['Float']['output'];
  disputes: Scalars['Float']['output'];
  late: Scalars['Float']['output'];
  lost: Scalars['Float']['output'];
  market: Scalars['String']['output'];
  parcels: Scalars['Float']['output'];
  service: Scalars['String']['output'];
  tier: Scalars['String']['output'];
};

export type LedgerEntryModel = {
  __typename?: 'LedgerEntryModel';
  /** Credit > 0, debit < 0, in cents. */
  amountCents: Scalars['Float']['output'];
  kind: Scalars['String']['output'];
};

export type ListingInput = {
  /** Attributes filled in, out of the product's attributes. */
  attributesFilled: Scalars['Int']['input'];
  /** Number of main images (6–8 is the norm). */
  images: Scalars['Int']['input'];
  /** Listing language, e.g. "es"; localised when it is the market language. */
  language: Scalars['String']['input'];
  market: Scalars['String']['input'];
  product: Scalars['String']['input'];
  /** Keyword ids of this market used in the title. */
  titleKeywords?: Array<Scalars['String']['input']>;
};

export type ListingReportModel = {
  __typename?: 'ListingReportModel';
  adSpendCents: Scalars['Float']['output'];
  affiliateCents: Scalars['Float']['output'];
  affiliateOrders: Scalars['Float']['output'];
  clicks: Scalars['Float']['output'];
  commissionCents: Scalars['Float']['output'];
  /** Mean days from order to door on its lane (handling + carrier). */
  deliveryDays: Scalars['Float']['output'];
  /** Orders expected from the listing's traffic, before the draws. */
  expectedOrders: Scalars['Float']['output'];
  flags: Array<Scalars['String']['output']>;
  impressions: Scalars['Float']['output'];
  /** Organic position, impressions and clicks per keyword. */
  keywords: Array<KeywordPlacementModel>;
  logisticsCents: Scalars['Float']['output'];
  lostToStockout: Scalars['Float']['output'];
  market: Scalars['String']['output'];
  orders: Scalars['Float']['output'];
  priceCents: Scalars['Float']['output'];
  priceCheck?: Maybe<PriceCheckModel>;
  product: Scalars['String']['output'];
  quality: Scalars['Float']['output'];
  rating: Scalars['Float']['output'];
  refundsCents: Scalars['Float']['output'];
  revenueCents: Scalars['Float']['output'];
};

export type LocalizedText = {
  __typename?: 'LocalizedText';
  en: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

/** A team's luck-adjusted score of a round: the means of its total and module scores over the round replayed on alternative seeds with every team's decisions fixed. */
export type LuckScoreModel = {
  __typename?: 'LuckScoreModel';
  /** Mean score 0..100 per module over the replays. */
  modules: Array<ModuleScoreCell>;
  /** Replays the means are taken over (the scenario's scoring.luck.replays). */
  replays: Scalars['Int']['output'];
  /** Mean weighted total 0..100 over the replays. */
  total: Scalars['Float']['output'];
};

/** Market aggregates of a closed round (no team identities). */
export type MarketReportModel = {
  __typename?: 'MarketReportModel';
  averageCpcCents: Scalars['Float']['output'];
  averageDeliveryDays: Scalars['Float']['output'];
  averagePriceCents: Scalars['Float']['output'];
  gmvCents: Scalars['Float']['output'];
  keywords: Array<KeywordAggregate>;
  market: Scalars['String']['output'];
  orders: Scalars['Float']['output'];
  searches: Scalars['Float']['output'];
  shoppers: Scalars['Float']['output'];
};

export type Me = {
  __typename?: 'Me';
  gameId?: Maybe<Scalars['ID']['output']>;
  role: Scalars['String']['output'];
  team?: Maybe<TeamModel>;
};

/** The four scored modules: OPERATIONS, SELECTION, ADS, FULFILLMENT */
export type Module =
  | 'ADS'
  | 'FULFILLMENT'
  | 'OPERATIONS'
  | 'SELECTION';

export type ModuleScoreCell = {
  __typename?: 'ModuleScoreCell';
  module: Module;
  score: Scalars['Float']['output'];
};

export type ModuleScoreModel = {
  __typename?: 'ModuleScoreModel';
  /** The (up to) two changes that would have gained the most points, from the team's own figures. */
  bestGains: Array<PointGainModel>;
  /** False when the module was not played this round. */
  enabled: Scalars['Boolean']['output'];
  module: Module;
  points: Array<ScorePointModel>;
  /** 0..100 */
  score: Scalars['Float']['output'];
};

export type ModuleVersion = {
  __typename?: 'ModuleVersion';
  module: Module;
  /** Submission number of this module in this round; the highest counts. */
  version: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Seat a bot team (before round 1 opens). The server generates its decisions at every close. */
  addBotTeam: TeamModel;
  /** Add a bonus or penalty with a reason (audited, shown in the scoreboard and exports). */
  adjustScore: ScoreAdjustment;
  /** Close the open round: resolve the market for every team and publish results. */
  closeRound: RoundActionResult;
  /** Create a game from a stored scenario. Team and grader tokens are shown only in this answer. */
  createGame: CreatedGame;
  /** Issue another read-only grader token for a game (shown once). */
  createGraderToken: GraderCredential;
  /** Teams see the scoreboard as it stood after `afterRound` until it is revealed. */
  freezeScoreboard: GameModel;
  /** Validate and store a scenario file; every error has file, line, column and path. */
  importScenario: ImportScenarioResult;
  /** Open the next round (optionally with a deadline, ISO 8601, at which it closes by itself). */
  openRound: RoundActionResult;
  /** Lift a freeze: teams see the whole scoreboard again. */
  revealScoreboard: GameModel;
  /** Revoke every grader token of a game (graders can no longer read it until rotated). */
  revokeGraderTokens: GraderTokensRevoked;
  /** Revoke every token of a team (it can no longer call the API until rotated). */
  revokeTeamToken: TokensRevoked;
  /** Revoke every grader token of a game and issue a new one (shown once); like rotateTeamToken. */
  rotateGraderToken: GraderCredential;
  /** Revoke a team's tokens and issue a new one (shown once). */
  rotateTeamToken: TeamCredential;
  /** Set, move or remove (null) the open round's deadline (ISO 8601, in the future); NO_OPEN_ROUND when no round is open. */
  setDeadline: RoundActionResult;
  /** Store decisions for the open round (team tokens). Each module given becomes a new version; all or nothing. */
  submitDecisions: SubmitDecisionsResult;
  /** Dry run of submitDecisions with the same checks; stores nothing. */
  validateDecisions: ValidateDecisionsResult;
};


export type MutationAddBotTeamArgs = {
  gameId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  strategy: BotStrategy;
};


export type MutationAdjustScoreArgs = {
  input: AdjustScoreInput;
};


export type MutationCloseRoundArgs = {
  gameId: Scalars['ID']['input'];
};


export type MutationCreateGameArgs = {
  input: CreateGameInput;
};


export type MutationCreateGraderTokenArgs = {
  expiresAt?: InputMaybe<Scalars['String']['input']>;
  gameId: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
};


export type MutationFreezeScoreboardArgs = {
  afterRound: Scalars['Int']['input'];
  gameId: Scalars['ID']['input'];
};


export type MutationImportScenarioArgs = {
  format?: ScenarioFormat;
  source: Scalars['String']['input'];
};


export type MutationOpenRoundArgs = {
  deadline?: InputMaybe<Scalars['String']['input']>;
  gameId: Scalars['ID']['input'];
};


export type MutationRevealScoreboardArgs = {
  gameId: Scalars['ID']['input'];
};


export type MutationRevokeGraderTokensArgs = {
  gameId: Scalars['ID']['input'];
};


export type MutationRevokeTeamTokenArgs = {
  teamId: Scalars['ID']['input'];
};


export type MutationRotateGraderTokenArgs = {
  expiresAt?: InputMaybe<Scalars['String']['input']>;
  gameId: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRotateTeamTokenArgs = {
  expiresAt?: InputMaybe<Scalars['String']['input']>;
  teamId: Scalars['ID']['input'];
};


export type MutationSetDeadlineArgs = {
  deadline?: InputMaybe<Scalars['String']['input']>;
  gameId: Scalars['ID']['input'];
};


export type MutationSubmitDecisionsArgs = {
  input: SubmitDecisionsInput;
};


export type MutationValidateDecisionsArgs = {
  input: SubmitDecisionsInput;
};

/** 基础运营 — prices, promotions, stock purchases, customer service. */
export type OperationsDecisionInput = {
  prices?: Array<PriceInput>;
  purchases?: Array<PurchaseInput>;
  serviceLevel?: ServiceLevel;
};

/** Ad budget pacing over the ticks of a round. */
export type Pacing =
  | 'ASAP'
  | 'EVEN';

/** Packaging: weight, volume and damage trade-offs. */
export type Packaging =
  | 'COMPACT'
  | 'PROTECTIVE'
  | 'STANDARD';

/** A change of one KPI that would have gained module points this round. */
export type PointGainModel = {
  __typename?: 'PointGainModel';
  /** The KPI's value this round. */
  from: Scalars['Float']['output'];
  /** Module points (0..100) gained had the KPI reached `to`. */
  gain: Scalars['Float']['output'];
  info: KpiInfo;
  kpi: Scalars['String']['output'];
  /** The value that gives the full points of its band. */
  to: Scalars['Float']['output'];
};

/** The price-anomaly check of a listing against its product's price distribution. */
export type PriceCheckModel = {
  __typename?: 'PriceCheckModel';
  /** Share of shoppers the listing was shown to (1 when not flagged). */
  exposure: Scalars['Float']['output'];
  flagged: Scalars['Boolean']['output'];
  /** Median absolute deviation (after the scenario floor), in cents. */
  madCents: Scalars['Float']['output'];
  /** Centre (median, at most the reference price) of the product's prices, in cents. */
  medianCents: Scalars['Float']['output'];
  /** Flagged below −threshold. */
  threshold: Scalars['Float']['output'];
  /** Modified z-score of the listing's price. */
  z: Scalars['Float']['output'];
};

export type PriceInput = {
  /** Promotion discount in basis points (1000 = 10 %). */
  discountBps?: Scalars['Int']['input'];
  market: Scalars['String']['input'];
  /** List price in US cents. */
  priceCents: Scalars['Int']['input'];
  product: Scalars['String']['input'];
};

export type PurchaseInput = {
  product: Scalars['String']['input'];
  units: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Bonuses and penalties of a game (teams: their own). */
  adjustments: Array<ScoreAdjustment>;
  /** Instructors: the game's audit log, newest first — who did what and when. */
  auditLog: AuditLogPage;
  game: GameModel;
  /** Instructors: every team and grader token of a game, newest first — whose, since when, until when, and whether it is live, revoked or expired (never the secret). */
  gameTokens: Array<TokenStateModel>;
  /** Instructors: every game. Teams and graders: their game. */
  games: Array<GameModel>;
  /** Every KPI the engine reports, with its label and definition in English and Chinese and its unit. */
  kpiCatalog: Array<KpiInfo>;
  /** Market aggregates of a closed round, as far as the scenario lets teams see them. */
  marketReport: Array<MarketReportModel>;
  /** Who the token belongs to. */
  me: Me;
  /** The counting (latest) decisions of the calling team in a round (default: the current round). */
  myDecisions: Array<StoredDecision>;
  /** Cash, stock and pipeline of the calling team at the start of the open round. */
  myStatus: TeamStatus;
  /** The calling team (team tokens only). */
  myTeam: TeamModel;
  /** Other sellers' listings (teams and competitor sellers) in a closed round: prices and ratings, as far as the scenario lets teams see them. */
  rivalListings: Array<RivalListing>;
  round: RoundModel;
  /** A scenario by id (newest version unless one is given). */
  scenario: ScenarioModel;
  /** Every stored scenario version, newest version first per id. */
  scenarios: Array<ScenarioModel>;
  /** Standings of one round, or cumulative over closed rounds when round is omitted. */
  scoreboard: Scoreboard;
  /** A team's results of a closed round. Teams: their own (teamId optional). Instructors and graders: any team of the game. */
  teamReport: TeamReport;
  /** Check a scenario file as importScenario would (errors and warnings at line and column), storing nothing. */
  validateScenario: ScenarioValidation;
  /** Replays a closed round with some of a team's decisions changed — every rival's decisions, the start state and the seed unchanged — and answers the report it would have got beside the real one. Nothing is stored. Teams: their own (teamId optional); instructors: any team. At most 20 per minute per token. */
  whatIf: WhatIfResult;
};


export type QueryAdjustmentsArgs = {
  gameId: Scalars['ID']['input'];
};


export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  gameId: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryGameArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGameTokensArgs = {
  gameId: Scalars['ID']['input'];
};


export type QueryMarketReportArgs = {
  gameId: Scalars['ID']['input'];
  round: Scalars['Int']['input'];
};


export type QueryMyDecisionsArgs = {
  round?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRivalListingsArgs = {
  gameId: Scalars['ID']['input'];
  round: Scalars['Int']['input'];
};


export type QueryRoundArgs = {
  gameId: Scalars['ID']['input'];
  number: Scalars['Int']['input'];
};


export type QueryScenarioArgs = {
  id: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryScoreboardArgs = {
  gameId: Scalars['ID']['input'];
  round?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTeamReportArgs = {
  gameId: Scalars['ID']['input'];
  round: Scalars['Int']['input'];
  teamId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryValidateScenarioArgs = {
  format?: ScenarioFormat;
  source: Scalars['String']['input'];
};


export type QueryWhatIfArgs = {
  decisions: WhatIfDecisionsInput;
  gameId: Scalars['ID']['input'];
  round: Scalars['Int']['input'];
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** What ranks the scoreboard (the scenario's scoring.rankBy): REALISED, the round as it happened, or LUCK_ADJUSTED, the mean over the luck replays. */
export type RankBy =
  | 'LUCK_ADJUSTED'
  | 'REALISED';

/** A listing another seller showed in a market in a closed round: what any shopper could see on the marketplace. */
export type RivalListing = {
  __typename?: 'RivalListing';
  /** TEAM or COMPETITOR */
  kind: Scalars['String']['output'];
  market: Scalars['String']['output'];
  priceCents: Scalars['Float']['output'];
  product: Scalars['String']['output'];
  /** Store rating shoppers saw (1..5). */
  rating: Scalars['Float']['output'];
  /** A team of the game (its name) or a competitor seller of the scenario. */
  seller: Scalars['String']['output'];
};

/** Opening or closing was refused; nothing changed. */
export type RoundActionError = {
  __typename?: 'RoundActionError';
  /** NO_OPEN_ROUND, ROUND_ALREADY_OPEN or GAME_FINISHED */
  errorCode: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type RoundActionResult = RoundActionError | RoundModel;

/** A round opened or closed. */
export type RoundChanged = {
  __typename?: 'RoundChanged';
  gameId: Scalars['ID']['output'];
  gameStatus: Scalars['String']['output'];
  outcomeHash?: Maybe<Scalars['String']['output']>;
  round: Scalars['Int']['output'];
  status: Scalars['String']['output'];
};

export type RoundModel = {
  __typename?: 'RoundModel';
  closedAt?: Maybe<Scalars['String']['output']>;
  deadline?: Maybe<Scalars['String']['output']>;
  gameId: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  openedAt: Scalars['String']['output'];
  /** sha256 of the canonical round outcome (after close). */
  outcomeHash?: Maybe<Scalars['String']['output']>;
  status: RoundStatus;
  /** Instructors only: latest submission version per team and module. */
  submissions: Array<SubmissionStatus>;
};

/** No round is open for decisions (closed, not yet opened, or the game is over). */
export type RoundNotOpen = {
  __typename?: 'RoundNotOpen';
  /** ROUND_CLOSED, NO_OPEN_ROUND or GAME_FINISHED */
  errorCode: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type RoundStatus =
  | 'CLOSED'
  | 'OPEN';

/** One score band: points earned linearly between zeroAt and fullAt of a KPI. */
export type RubricBand = {
  __typename?: 'RubricBand';
  /** KPI value giving full points in one round (scaled to the round length). */
  fullAt: Scalars['Float']['output'];
  kpi: KpiInfo;
  /** Days the scenario states the thresholds for (30 = monthly); null when they apply to any round. */
  perDays?: Maybe<Scalars['Int']['output']>;
  /** Points of this band at fullAt (before renormalising over bands that apply). */
  points: Scalars['Float']['output'];
  /** KPI value giving 0 points in one round (scaled to the round length). */
  zeroAt: Scalars['Float']['output'];
};

/** A module's weight in the round total and its score bands. */
export type RubricModule = {
  __typename?: 'RubricModule';
  bands: Array<RubricBand>;
  module: Module;
  /** Weight in the total (renormalised over the modules played in a round). */
  weight: Scalars['Float']['output'];
};

export type ScenarioCategory = {
  __typename?: 'ScenarioCategory';
  affiliateMaxBps: Scalars['Int']['output'];
  affiliateMinBps: Scalars['Int']['output'];
  commissionBps: Scalars['Int']['output'];
  id: Scalars['String']['output'];
  name: LocalizedText;
};

export type ScenarioFormat =
  | 'JSON'
  | 'YAML';

export type ScenarioImported = {
  __typename?: 'ScenarioImported';
  /** False when this exact version was already stored. */
  created: Scalars['Boolean']['output'];
  scenario: ScenarioModel;
  /** Settings that validate but cannot make sense (a keyword nobody searches, twin lanes, no margin, absurd competitor prices), at their line and column. */
  warnings: Array<ScenarioIssue>;
};

export type ScenarioInvalid = {
  __typename?: 'ScenarioInvalid';
  errorCode: Scalars['String']['output'];
  errors: Array<ScenarioIssue>;
  message: Scalars['String']['output'];
};

export type ScenarioIssue = {
  __typename?: 'ScenarioIssue';
  column: Scalars['Int']['output'];
  file: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
  path: Scalars['String']['output'];
};

export type ScenarioKeyword = {
  __typename?: 'ScenarioKeyword';
  category: Scalars['String']['output'];
  floorCpcCents: Scalars['Int']['output'];
  gloss: Scalars['String']['output'];
  id: Scalars['String']['output'];
  market: Scalars['String']['output'];
  searchVolume: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type ScenarioLogisticsService = {
  __typename?: 'ScenarioLogisticsService';
  firstOrdersFree: Scalars['Int']['output'];
  id: Scalars['String']['output'];
  market: Scalars['String']['output'];
  maxDays: Scalars['Int']['output'];
  minDays: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  perParcelCents: Scalars['Int']['output'];
  ratePerKgCents: Scalars['Int']['output'];
  tier: Scalars['String']['output'];
};

export type ScenarioMarket = {
  __typename?: 'ScenarioMarket';
  buyerProtectionDays: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  currency: Scalars['String']['output'];
  language: Scalars['String']['output'];
  /** Compliant pricing: largest promotion discount allowed, bps. */
  maxDiscountBps?: Maybe<Scalars['Int']['output']>;
  name: LocalizedText;
};

/** A stored version of a scenario. */
export type ScenarioModel = {
  __typename?: 'ScenarioModel';
  categories: Array<ScenarioCategory>;
  /** sha256 of the canonical resolved content. */
  contentHash: Scalars['String']['output'];
  /** Seed of games created without one. Hidden from teams (null), like a game's seed. */
  defaultSeed?: Maybe<Scalars['Int']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Scenario id (several versions may share it). */
  id: Scalars['String']['output'];
  /** `id@version` */
  key: Scalars['String']['output'];
  keywords: Array<ScenarioKeyword>;
  logistics: Array<ScenarioLogisticsService>;
  markets: Array<ScenarioMarket>;
  maxListings: Scalars['Int']['output'];
  /** BUNDLED or IMPORTED. */
  origin: Scalars['String']['output'];
  products: Array<ScenarioProduct>;
  roundCount: Scalars['Int']['output'];
  roundDays: Scalars['Int']['output'];
  rounds: Array<ScenarioRound>;
  /** How rounds are scored (weights, bands, loss factor), readable before play. */
  scoring: ScoringRubric;
  startingCashCents: Scalars['Int']['output'];
  title: LocalizedText;
  version: Scalars['Int']['output'];
};

export type ScenarioProduct = {
  __typename?: 'ScenarioProduct';
  attributes: Scalars['Int']['output'];
  category: Scalars['String']['output'];
  id: Scalars['String']['output'];
  leadTimeRounds: Scalars['Int']['output'];
  minOrderUnits: Scalars['Int']['output'];
  name: LocalizedText;
  referencePriceCents: Scalars['Int']['output'];
  unitCostCents: Scalars['Int']['output'];
  weightGrams: Scalars['Int']['output'];
};

/** A round of the scenario: season and event multipliers and the modules played. */
export type ScenarioRound = {
  __typename?: 'ScenarioRound';
  event: Scalars['Float']['output'];
  label?: Maybe<Scalars['String']['output']>;
  modules: Array<Module>;
  number: Scalars['Int']['output'];
  season: Scalars['Float']['output'];
  /** Weight of the round in the season grade (1 unless the scenario says otherwise). */
  weight: Scalars['Float']['output'];
};

/** A scenario source checked without storing it. */
export type ScenarioValidation = {
  __typename?: 'ScenarioValidation';
  errors: Array<ScenarioIssue>;
  /** `id@version` it would be stored as (when ok). */
  key?: Maybe<Scalars['String']['output']>;
  /** True when the source would import. */
  ok: Scalars['Boolean']['output'];
  warnings: Array<ScenarioIssue>;
};

export type ScoreAdjustment = {
  __typename?: 'ScoreAdjustment';
  createdAt: Scalars['String']['output'];
  createdBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  points: Scalars['Float']['output'];
  reason: Scalars['String']['output'];
  round: Scalars['Int']['output'];
  teamId: Scalars['ID']['output'];
};

/** One KPI turned into points through its band: the explanation of those points. */
export type ScorePointModel = {
  __typename?: 'ScorePointModel';
  /** False when the KPI did not apply this round (no ad spend, no parcels…): the band is left out of the score. */
  counted: Scalars['Boolean']['output'];
  fullAt: Scalars['Float']['output'];
  /** The KPI's label, unit and definition. */
  info: KpiInfo;
  kpi: Scalars['String']['output'];
  maxPoints: Scalars['Float']['output'];
  points: Scalars['Float']['output'];
  value: Scalars['Float']['output'];
  zeroAt: Scalars['Float']['output'];
};

export type Scoreboard = {
  __typename?: 'Scoreboard';
  closedRounds: Scalars['Int']['output'];
  /** False when a team sees only its own row (the scenario hides the others for now). */
  complete: Scalars['Boolean']['output'];
  /** Teams see the board as it stood after this round until the instructor reveals it. */
  frozenAfterRound?: Maybe<Scalars['Int']['output']>;
  gameId: Scalars['ID']['output'];
  /** What the ranks follow: the season grade (REALISED) or the luck-adjusted grade (LUCK_ADJUSTED). */
  rankBy: RankBy;
  /** The round, or null for the cumulative board (sums over closed rounds). */
  round?: Maybe<Scalars['Int']['output']>;
  rows: Array<ScoreboardRow>;
};

export type ScoreboardRow = {
  __typename?: 'ScoreboardRow';
  /** Rounds in which the team submitted nothing for at least one module. */
  absentRounds: Scalars['Int']['output'];
  /** Instructor bonuses and penalties. */
  adjustment: Scalars['Float']['output'];
  /** Rounds the ADAPTIVE bot played for the team (absent-team policy AUTOPILOT). */
  autopilotRounds: Scalars['Int']['output'];
  /** Season grade 0..100: the weighted mean of the round totals (adjustments included), weights from the scenario's rounds.schedule[].weight (default 1). On a round's board: that round's total. */
  grade: Scalars['Float']['output'];
  /** The season grade on luck-adjusted round totals; null when a round in scope has no luck figures. */
  luckGrade?: Maybe<Scalars['Float']['output']>;
  /** Luck-adjusted module scores summed (beside modules); null like luckGrade. */
  luckModules?: Maybe<Array<ModuleScoreCell>>;
  /** Luck-adjusted round totals summed, plus adjustments (beside total); null like luckGrade. */
  luckTotal?: Maybe<Scalars['Float']['output']>;
  modules: Array<ModuleScoreCell>;
  /** Ties share a rank; 0 when the scoreboard is hidden from the team (only its own row is shown). */
  rank: Scalars['Int']['output'];
  /** Weighted module scores before adjustments. */
  scored: Scalars['Float']['output'];
  team: TeamModel;
  /** Weighted module scores plus adjustments. */
  total: Scalars['Float']['output'];
};

/** How rounds are scored: module weights, bands per KPI and the loss factor. A module score is the points earned ÷ the points of the bands that apply × 100. */
export type ScoringRubric = {
  __typename?: 'ScoringRubric';
  /** An expected loss multiplies the round total by 1 − lossAversion × loss ÷ starting cash (never below 0); 0 = no loss factor. */
  lossAversion: Scalars['Float']['output'];
  /** Alternative seeds each closed round is replayed on, every decision fixed; the means are the luck-adjusted scores. */
  luckReplays: Scalars['Int']['output'];
  modules: Array<RubricModule>;
  /** What ranks the scoreboard: the season grade (REALISED) or the luck-adjusted grade (LUCK_ADJUSTED). Round weights: rounds { weight }. */
  rankBy: RankBy;
  /** Days one round stands for; band thresholds are already scaled to it. */
  roundDays: Scalars['Int']['output'];
};

/** 选品建站 — which products to list where, and the listing content. */
export type SelectionDecisionInput = {
  listings?: Array<ListingInput>;
  storefront?: Storefront;
};

export type ServiceChoiceInput = {
  market: Scalars['String']['input'];
  /** Logistics service id of that market. */
  service: Scalars['String']['input'];
};

/** Customer-service level (cost per round, fewer disputes, better stars). */
export type ServiceLevel =
  | 'BASIC'
  | 'PREMIUM'
  | 'STANDARD';

export type StockLine = {
  __typename?: 'StockLine';
  arrivesRound?: Maybe<Scalars['Int']['output']>;
  /** HOME or a market code (overseas warehouse). */
  location: Scalars['String']['output'];
  product: Scalars['String']['output'];
  units: Scalars['Int']['output'];
};

/** A stored decision of the calling team. */
export type StoredDecision = {
  __typename?: 'StoredDecision';
  module: Module;
  /** The decision as stored (canonical JSON). */
  payload: Scalars['String']['output'];
  round: Scalars['Int']['output'];
  submittedAt: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** Store decoration (cost per round, listing-quality bonus). */
export type Storefront =
  | 'BASIC'
  | 'DECORATED'
  | 'FLAGSHIP';

export type SubmissionStatus = {
  __typename?: 'SubmissionStatus';
  ads: Scalars['Int']['output'];
  fulfillment: Scalars['Int']['output'];
  operations: Scalars['Int']['output'];
  selection: Scalars['Int']['output'];
  team: TeamModel;
};

/** Decisions of one or more modules for the open round. Each module given becomes a new version. */
export type SubmitDecisionsInput = {
  ads?: InputMaybe<AdsDecisionInput>;
  fulfillment?: InputMaybe<FulfillmentDecisionInput>;
  /** Defaults to the game of the team token. */
  gameId?: InputMaybe<Scalars['ID']['input']>;
  operations?: InputMaybe<OperationsDecisionInput>;
  selection?: InputMaybe<SelectionDecisionInput>;
};

export type SubmitDecisionsResult = DecisionsAccepted | DecisionsRejected | RoundNotOpen;

export type Subscription = {
  __typename?: 'Subscription';
  /** Rounds of a game opening and closing (graphql-ws). */
  roundChanged: RoundChanged;
};


export type SubscriptionRoundChangedArgs = {
  gameId: Scalars['ID']['input'];
};

/** A team token, shown only once. */
export type TeamCredential = {
  __typename?: 'TeamCredential';
  team: TeamModel;
  token: Scalars['String']['output'];
};

export type TeamModel = {
  __typename?: 'TeamModel';
  /** Set for a bot team: the strategy the server plays it with. */
  botStrategy?: Maybe<BotStrategy>;
  /** Seat in the game (T01…), the id the engine and exports use. */
  code: Scalars['String']['output'];
  gameId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** One team's results of one closed round, with the explanation of every point. */
export type TeamReport = {
  __typename?: 'TeamReport';
  absentModules: Array<Module>;
  auctions: Array<AuctionReportModel>;
  badges: Array<Scalars['String']['output']>;
  cashEndCents: Scalars['Float']['output'];
  cashStartCents: Scalars['Float']['output'];
  /** Decisions cut for lack of cash or stock, and overdrafts, each with its reason. */
  cuts: Array<EngineCutModel>;
  gameId: Scalars['ID']['output'];
  kpis: Array<KpiModel>;
  lanes: Array<LaneReportModel>;
  ledger: Array<LedgerEntryModel>;
  listings: Array<ListingReportModel>;
  /** Multiplier of the weighted total for an expected loss: 1 − lossAversion × loss ÷ starting cash (0..1; 1 without a loss). */
  lossFactor: Scalars['Float']['output'];
  /** The luck-adjusted score beside the realised one: the round replayed on alternative seeds, every decision fixed. Null for rounds closed before it was computed, and in a what-if. */
  luck?: Maybe<LuckScoreModel>;
  round: Scalars['Int']['output'];
  scores: Array<ModuleScoreModel>;
  team: TeamModel;
  /** Weighted total 0..100, after the loss factor. */
  total: Scalars['Float']['output'];
};

/** What the team holds at the start of the open round. */
export type TeamStatus = {
  __typename?: 'TeamStatus';
  badges: Array<Scalars['String']['output']>;
  cashCents: Scalars['Float']['output'];
  /** Purchases and transfers on their way (location, arrival round). */
  pipeline: Array<StockLine>;
  serviceScore: Scalars['Float']['output'];
  stock: Array<StockLine>;
};

/** A team or grader token of a game, without its secret. */
export type TokenStateModel = {
  __typename?: 'TokenStateModel';
  /** ISO 8601. */
  createdAt: Scalars['String']['output'];
  /** ISO 8601; none: it does not expire. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  /** ISO 8601, when it was rotated or revoked. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** TEAM or GRADER. */
  role: Scalars['String']['output'];
  /** LIVE, REVOKED or EXPIRED. */
  state: Scalars['String']['output'];
  teamCode?: Maybe<Scalars['String']['output']>;
  teamId?: Maybe<Scalars['ID']['output']>;
};

export type TokensRevoked = {
  __typename?: 'TokensRevoked';
  revoked: Scalars['Int']['output'];
  teamId: Scalars['ID']['output'];
};

export type TransferInput = {
  market: Scalars['String']['input'];
  product: Scalars['String']['input'];
  units: Scalars['Int']['input'];
};

export type ValidateDecisionsResult = DecisionsRejected | DecisionsValid | RoundNotOpen;

/** The decisions of a what-if: each module given replaces the decision that counted in the round; a module not given stays as it was. */
export type WhatIfDecisionsInput = {
  ads?: InputMaybe<AdsDecisionInput>;
  fulfillment?: InputMaybe<FulfillmentDecisionInput>;
  operations?: InputMaybe<OperationsDecisionInput>;
  selection?: InputMaybe<SelectionDecisionInput>;
};

/** A closed round replayed with some of one team's decisions changed (rivals, start state and seed unchanged), beside the real result. Nothing is stored. */
export type WhatIfReport = {
  __typename?: 'WhatIfReport';
  /** whatIf.cashEndCents − real.cashEndCents. */
  cashEndDeltaCents: Scalars['Float']['output'];
  /** The modules whose decisions were replaced. */
  changedModules: Array<Module>;
  gameId: Scalars['ID']['output'];
  /** The report the team got. */
  real: TeamReport;
  round: Scalars['Int']['output'];
  team: TeamModel;
  /** whatIf.total − real.total (points of the weighted total, 0..100 scale). */
  totalDelta: Scalars['Float']['output'];
  /** The report it would have got with the changed decisions. */
  whatIf: TeamReport;
};

export type WhatIfResult = DecisionsRejected | WhatIfReport | WhatIfUnavailable;

/** The round cannot be replayed: ROUND_NOT_CLOSED or ENGINE_CHANGED. */
export type WhatIfUnavailable = {
  __typename?: 'WhatIfUnavailable';
  /** ROUND_NOT_CLOSED or ENGINE_CHANGED */
  errorCode: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type GraderGameQueryVariables = Exact<{
  gameId: Scalars['ID']['input'];
}>;


export type GraderGameQuery = { __typename?: 'Query', game: { __typename?: 'GameModel', id: string, name: string, status: GameStatus, rounds: Array<{ __typename?: 'RoundModel', number: number, status: RoundStatus }> } };

export type GraderBoardQueryVariables = Exact<{
  gameId: Scalars['ID']['input'];
  round?: InputMaybe<Scalars['Int']['input']>;
}>;


export type GraderBoardQuery = { __typename?: 'Query', scoreboard: { __typename?: 'Scoreboard', round?: number | null, closedRounds: number, frozenAfterRound?: number | null, rankBy: RankBy, rows: Array<{ __typename?: 'ScoreboardRow', rank: number, grade: number, luckGrade?: number | null, total: number, luckTotal?: number | null, scored: number, adjustment: number, absentRounds: number, autopilotRounds: number, team: { __typename?: 'TeamModel', id: string, code: string, name: string }, modules: Array<{ __typename?: 'ModuleScoreCell', module: Module, score: number }> }> } };

export type GraderPointsQueryVariables = Exact<{
  gameId: Scalars['ID']['input'];
  round: Scalars['Int']['input'];
  teamId: Scalars['ID']['input'];
}>;


export type GraderPointsQuery = { __typename?: 'Query', teamReport: { __typename?: 'TeamReport', round: number, total: number, lossFactor: number, absentModules: Array<Module>, scores: Array<{ __typename?: 'ModuleScoreModel', module: Module, score: number, enabled: boolean, points: Array<{ __typename?: 'ScorePointModel', kpi: string, value: number, zeroAt: number, fullAt: number, points: number, maxPoints: number, counted: boolean, info: { __typename?: 'KpiInfo', id: string, unit: KpiUnit, label: { __typename?: 'LocalizedText', en: string, zh: string }, definition: { __typename?: 'LocalizedText', en: string, zh: string } } }> }> } };

export type PresenterRoundSummaryQueryVariables = Exact<{
  gameId: Scalars['ID']['input'];
  round: Scalars['Int']['input'];
}>;


export type PresenterRoundSummaryQuery = { __typename?: 'Query', marketReport: Array<{ __typename?: 'MarketReportModel', market: string, shoppers: number, orders: number, gmvCents: number, averagePriceCents: number, averageCpcCents: number, averageDeliveryDays: number }>, scoreboard: { __typename?: 'Scoreboard', rows: Array<{ __typename?: 'ScoreboardRow', total: number, modules: Array<{ __typename?: 'ModuleScoreCell', module: Module, score: number }> }> } };

export type InstructorScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type InstructorScenariosQuery = { __typename?: 'Query', scenarios: Array<{ __typename?: 'ScenarioModel', id: string, version: number, key: string, origin: string, roundCount: number, title: { __typename?: 'LocalizedText', en: string, zh: string }, markets: Array<{ __typename?: 'ScenarioMarket', code: string }>, rounds: Array<{ __typename?: 'ScenarioRound', number: number, modules: Array<Module> }> }> };

export type InstructorImportMutationVariables = Exact<{
  source: Scalars['String']['input'];
  format: ScenarioFormat;
}>;


export type InstructorImportMutation = { __typename?: 'Mutation', importScenario:
    | { __typename: 'ScenarioImported', created: boolean, scenario: { __typename?: 'ScenarioModel', key: string }, warnings: Array<{ __typename?: 'ScenarioIssue', line: number, column: number, path: string, message: string }> }
    | { __typename: 'ScenarioInvalid', errorCode: string, message: string, errors: Array<{ __typename?: 'ScenarioIssue', line: number, column: number, path: string, message: string }> }
   };

export type InstructorGamesQueryVariables = Exact<{ [key: string]: never; }>;


export type InstructorGamesQuery = { __typename?: 'Query', games: Array<{ __typename?: 'GameModel', id: string, name: string, status: GameStatus, scenarioKey: string, currentRound: number, roundCount: number, createdAt: string }> };

export type InstructorCreateGameMutationVariables = Exact<{
  input: CreateGameInput;
}>;


export type InstructorCreateGameMutation = { __typename?: 'Mutation', createGame: { __typename?: 'CreatedGame', graderToken: string, game: { __typename?: 'GameModel', id: string, name: string }, teams: Array<{ __typename?: 'TeamCredential', token: string, team: { __typename?: 'TeamModel', code: string, name: string, botStrategy?: BotStrategy | null } }> } };

export type InstructorCockpitQueryVariables = Exact<{
  gameId: Scalars['ID']['input'];
}>;


export type InstructorCockpitQuery = { __typename?: 'Query', game: { __typename?: 'GameModel', id: string, name: string, status: GameStatus, currentRound: number, roundCount: number, freezeAfterRound?: number | null, roundMinutes?: number | null, scenario: { __typename?: 'ScenarioModel', key: string, rounds: Array<{ __typename?: 'ScenarioRound', number: number, modules: Array<Module> }> }, teams: Array<{ __typename?: 'TeamModel', id: string, code: string, name: string, botStrategy?: BotStrategy | null }>, rounds: Array<{ __typename?: 'RoundModel', number: number, status: RoundStatus, deadline?: string | null, openedAt: string, closedAt?: string | null, outcomeHash?: string | null, submissions: Array<{ __typename?: 'SubmissionStatus', operations: number, selection: number, ads: number, fulfillment: number, team: { __typename?: 'TeamModel', id: string } }> }> }, adjustments: Array<{ __typename?: 'ScoreAdjustment', id: string, round: number, points: number, reason: string, createdBy: string, createdAt: string, teamId: string }>, gameTokens: Array<{ __typename?: 'TokenStateModel', role: string, teamId?: string | null, state: string, createdAt: string, expiresAt?: string | null }> };

export type InstructorRoundChangedSubscriptionVariables = Exact<{
  gameId: Scalars['ID']['input'];
}>;


export type InstructorRoundChangedSubscription = { __typename?: 'Subscription', roundChanged: { __typename?: 'RoundChanged', gameId: string, round: number, status: string } };

export type InstructorOpenRoundMutationVariables = Exact<{
  gameId: Scalars['ID']['input'];
  deadline?: InputMaybe<Scalars['String']['input']>;
}>;


export type InstructorOpenRoundMutation = { __typename?: 'Mutation', openRound:
    | { __typename: 'RoundActionError', errorCode: string, message: string }
    | { __typename: 'RoundModel' }
   };

export type InstructorCloseRoundMutationVariables = Exact<{
  gameId: Scalars['ID']['input'];
}>;


export type InstructorCloseRoundMutation = { __typename?: 'Mutation', closeRound:
    | { __typename: 'RoundActionError', errorCode: string, message: string }
    | { __typename: 'RoundModel', number: number, outcomeHash?: string | null }
   };

export type InstructorFreezeMutationVariables = Exact<{
  gameId: Scalars['ID']['input'];
  afterRound: Scalars['Int']['input'];
}>;


export type InstructorFreezeMutation = { __typename?: 'Mutation', freezeScoreboard: { __typename?: 'GameModel', id: string, freezeAfterRound?: number | null } };

export type InstructorRevealMutationVariables = Exact<{
  gameId: Scalars['ID']['input'];
}>;


export type InstructorRevealMutation = { __typename?: 'Mutation', revealScoreboard: { __typename?: 'GameModel', id: string, freezeAfterRound?: number | null } };

export type InstructorRotateMutationVariables = Exact<{
  teamId: Scalars['ID']['input'];
}>;


export type InstructorRotateMutation = { __typename?: 'Mutation', rotateTeamToken: { __typename?: 'TeamCredential', token: string, team: { __typename?: 'TeamModel', code: string, name: string } } };

export type InstructorRevokeMutationVariables = Exact<{
  teamId: Scalars['ID']['input'];
}>;


export type InstructorRevokeMutation = { __typename?: 'Mutation', revokeTeamToken: { __typename?: 'TokensRevoked', revoked: number } };

export type InstructorAdjustMutationVariables = Exact<{
  input: AdjustScoreInput;
}>;


export type InstructorAdjustMutation = { __typename?: 'Mutation', adjustScore: { __typename?: 'ScoreAdjustment', id: string } };

export type InstructorClassViewQueryVariables = Exact<{
  gameId: Scalars['ID']['input'];
  round: Scalars['Int']['input'];
}>;


export type InstructorClassViewQuery = { __typename?: 'Query', scoreboard: { __typename?: 'Scoreboard', rows: Array<{ __typename?: 'ScoreboardRow', total: number, team: { __typename?: 'TeamModel', code: string, name: string }, modules: Array<{ __typename?: 'ModuleScoreCell', module: Module, score: number }> }> }, marketReport: Array<{ __typename?: 'MarketReportModel', market: string, shoppers: number, searches: number, orders: number, gmvCents: number, averagePriceCents: number, averageCpcCents: number, averageDeliveryDays: number }> };

export type InstructorSetDeadlineMutationVariables = Exact<{
  gameId: Scalars['ID']['input'];
  deadline?: InputMaybe<Scalars['String']['input']>;
}>;


export type InstructorSetDeadlineMutation = { __typename?: 'Mutation', setDeadline:
    | { __typename: 'RoundActionError', errorCode: string, message: string }
    | { __typename: 'RoundModel' }
   };

export type InstructorAddBotMutationVariables = Exact<{
  gameId: Scalars['ID']['input'];
  strategy: BotStrategy;
  name?: InputMaybe<Scalars['String']['input']>;
}>;


export type InstructorAddBotMutation = { __typename?: 'Mutation', addBotTeam: { __typename?: 'TeamModel', id: string, code: string } };

export type InstructorValidateQueryVariables = Exact<{
  source: Scalars['String']['input'];
  format: ScenarioFormat;
}>;


export type InstructorValidateQuery = { __typename?: 'Query', validateScenario: { __typename?: 'ScenarioValidation', ok: boolean, key?: string | null, errors: Array<{ __typename?: 'ScenarioIssue', line: number, column: number, path: string, message: string }>, warnings: Array<{ __typename?: 'ScenarioIssue', line: number, column: number, path: string, message: string }> } };

export type InstructorRotateGraderMutationVariables = Exact<{
  gameId: Scalars['ID']['input'];
}>;


export type InstructorRotateGraderMutation = { __typename?: 'Mutation', rotateGraderToken: { __typename?: 'GraderCredential', token: string } };

export type InstructorAuditLogQueryVariables = Exact<{
  gameId: Scalars['ID']['input'];
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
  action?: InputMaybe<Scalars['String']['input']>;
}>;


export type InstructorAuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditLogPage', total: number, entries: Array<{ __typename?: 'AuditEntry', id: string, at: string, action: string, actorRole: string, actorTeam?: string | null, detail: string }> } };

export type StudentDecideQueryVariables = Exact<{
  gameId: Scalars['ID']['input'];
}>;


export type StudentDecideQuery = { __typename?: 'Query', game: { __typename?: 'GameModel', id: string, currentRound: number, rounds: Array<{ __typename?: 'RoundModel', number: number, status: RoundStatus }>, scenario: { __typename?: 'ScenarioModel', id: string, maxListings: number, roundDays: number, roundCount: number, startingCashCents: number, title: { __typename?: 'LocalizedText', en: string, zh: string }, markets: Array<{ __typename?: 'ScenarioMarket', code: string, language: string, currency: string, maxDiscountBps?: number | null, buyerProtectionDays: number, name: { __typename?: 'LocalizedText', en: string, zh: string } }>, categories: Array<{ __typename?: 'ScenarioCategory', id: string, commissionBps: number, affiliateMinBps: number, affiliateMaxBps: number, name: { __typename?: 'LocalizedText', en: string, zh: string } }>, products: Array<{ __typename?: 'ScenarioProduct', id: string, category: string, unitCostCents: number, referencePriceCents: number, weightGrams: number, minOrderUnits: number, attributes: number, leadTimeRounds: number, name: { __typename?: 'LocalizedText', en: string, zh: string } }>, keywords: Array<{ __typename?: 'ScenarioKeyword', id: string, market: string, category: string, text: string, gloss: string, floorCpcCents: number, searchVolume: number }>, logistics: Array<{ __typename?: 'ScenarioLogisticsService', id: string, market: string, tier: string, name: string, minDays: number, maxDays: number, perParcelCents: number, ratePerKgCents: number, firstOrdersFree: number }>, rounds: Array<{ __typename?: 'ScenarioRound', number: number, label?: string | null, modules: Array<Module> }> } }, myStatus: { __typename?: 'TeamStatus', cashCents: number, stock: Array<{ __typename?: 'StockLine', product: string, location: string, units: number }> }, myDecisions: Array<{ __typename?: 'StoredDecision', module: Module, version: number, round: number, payload: string }> };

export type StudentPreviousDecisionsQueryVariables = Exact<{
  round: Scalars['Int']['input'];
}>;


export type StudentPreviousDecisionsQuery = { __typename?: 'Query', myDecisions: Array<{ __typename?: 'StoredDecision', module: Module, round: number, payload: string }> };

type DecisionRefusal_DecisionsRejected_Fragment = { __typename?: 'DecisionsRejected', errorCode: string, message: string, errors: Array<{ __typename?: 'DecisionIssue', module: Module, code: string, path: string, message: string }> };

type DecisionRefusal_DecisionsValid_Fragment = { __typename?: 'DecisionsValid' };

type DecisionRefusal_RoundNotOpen_Fragment = { __typename?: 'RoundNotOpen', errorCode: string, message: string };

export type DecisionRefusalFragment =
  | DecisionRefusal_DecisionsRejected_Fragment
  | DecisionRefusal_DecisionsValid_Fragment
  | DecisionRefusal_RoundNotOpen_Fragment
;

export type StudentValidateMutationVariables = Exact<{
  input: SubmitDecisionsInput;
}>;


export type StudentValidateMutation = { __typename?: 'Mutation', validateDecisions:
    | { __typename: 'DecisionsRejected', errorCode: string, message: string, errors: Array<{ __typename?: 'DecisionIssue', module: Module, code: string, path: string, message: string }> }
    | { __typename: 'DecisionsValid' }
    | { __typename: 'RoundNotOpen', errorCode: string, message: string }
   };

export type StudentSubmitMutationVariables = Exact<{
  input: SubmitDecisionsInput;
}>;


export type StudentSubmitMutation = { __typename?: 'Mutation', submitDecisions:
    | { __typename: 'DecisionsAccepted', round: number, modules: Array<{ __typename?: 'ModuleVersion', module: Module, version: number }> }
    | { __typename: 'DecisionsRejected', errorCode: string, message: string, errors: Array<{ __typename?: 'DecisionIssue', module: Module, code: string, path: string, message: string }> }
    | { __typename: 'RoundNotOpen', errorCode: string, message: string }
   };

export type StudentHomeQueryVariables = Exact<{
  gameId: Scalars['ID']['input'];
}>;


export type StudentHomeQuery = { __typename?: 'Query', game: { __typename?: 'GameModel', id: string, name: string, status: GameStatus, currentRound: number, roundCount: number, rounds: Array<{ __typename?: 'RoundModel', number: number, status: RoundStatus, deadline?: string | null, openedAt: string, closedAt?: string | null }>, scenario: { __typename?: 'ScenarioModel', title: { __typename?: 'LocalizedText', en: string, zh: string }, rounds: Array<{ __typename?: 'ScenarioRound', number: number, label?: string | null, modules: Array<Module> }>, products: Array<{ __typename?: 'ScenarioProduct', id: string, name: { __typename?: 'LocalizedText', en: string, zh: string } }> } }, myStatus: { __typename?: 'TeamStatus', cashCents: number, serviceScore: number, badges: Array<string>, stock: Array<{ __typename?: 'StockLine', product: string, location: string, units: number }>, pipeline: Array<{ __typename?: 'StockLine', product: string, location: string, units: number, arrivesRound?: number | null }> }, myDecisions: Array<{ __typename?: 'StoredDecision', module: Module, version: number, round: number }> };

export type StudentPreviousRoundQueryVariables = Exact<{
  gameId: Scalars['ID']['input'];
  round: Scalars['Int']['input'];
}>;


export type StudentPreviousRoundQuery = { __typename?: 'Query', teamReport: { __typename?: 'TeamReport', round: number, total: number, cashStartCents: number, cashEndCents: number, scores: Array<{ __typename?: 'ModuleScoreModel', module: Module, score: number, enabled: boolean }> } };

export type StudentRoundChangedSubscriptionVariables = Exact<{
  gameId: Scalars['ID']['input'];
}>;


export type StudentRoundChangedSubscription = { __typename?: 'Subscription', roundChanged: { __typename?: 'RoundChanged', gameId: string, round: number, status: string, gameStatus: string } };

export type StudentRivalsQueryVariables = Exact<{
  gameId: Scalars['ID']['input'];
  round: Scalars['Int']['input'];
}>;


export type StudentRivalsQuery = { __typename?: 'Query', rivalListings: Array<{ __typename?: 'RivalListing', kind: string, seller: string, market: string, product: string, priceCents: number, rating: number }> };

export type StudentRubricQueryVariables = Exact<{
  gameId: Scalars['ID']['input'];
}>;


export type StudentRubricQuery = { __typename?: 'Query', game: { __typename?: 'GameModel', id: string, scenario: { __typename?: 'ScenarioModel', id: string, scoring: { __typename?: 'ScoringRubric', roundDays: number, lossAversion: number, modules: Array<{ __typename?: 'RubricModule', module: Module, weight: number, bands: Array<{ __typename?: 'RubricBand', points: number, zeroAt: number, fullAt: number, perDays?: number | null, kpi: { __typename?: 'KpiInfo', id: string, unit: KpiUnit, label: { __typename?: 'LocalizedText', en: string, zh: string }, definition: { __typename?: 'LocalizedText', en: string, zh: string } } }> }> } } } };

export type StudentScoreboardQueryVariables = Exact<{
  gameId: Scalars['ID']['input'];
}>;


export type StudentScoreboardQuery = { __typename?: 'Query', scoreboard: { __typename?: 'Scoreboard', complete: boolean, closedRounds: number, frozenAfterRound?: number | null, rows: Array<{ __typename?: 'ScoreboardRow', rank: number, total: number, grade: number, luckGrade?: number | null, team: { __typename?: 'TeamModel', id: string, code: string, name: string }, modules: Array<{ __typename?: 'ModuleScoreCell', module: Module, score: number }> }> } };

export type StudentRoundReportQueryVariables = Exact<{
  gameId: Scalars['ID']['input'];
  round: Scalars['Int']['input'];
}>;


export type StudentRoundReportQuery = { __typename?: 'Query', teamReport: { __typename?: 'TeamReport', round: number, total: number, lossFactor: number, absentModules: Array<Module>, cashStartCents: number, cashEndCents: number, luck?: { __typename?: 'LuckScoreModel', total: number, replays: number } | null, scores: Array<{ __typename?: 'ModuleScoreModel', module: Module, enabled: boolean, score: number, points: Array<{ __typename?: 'ScorePointModel', kpi: string, value: number, zeroAt: number, fullAt: number, maxPoints: number, points: number, counted: boolean, info: { __typename?: 'KpiInfo', id: string, unit: KpiUnit, label: { __typename?: 'LocalizedText', en: string, zh: string }, definition: { __typename?: 'LocalizedText', en: string, zh: string } } }>, bestGains: Array<{ __typename?: 'PointGainModel', kpi: string, from: number, to: number, gain: number, info: { __typename?: 'KpiInfo', id: string, unit: KpiUnit, label: { __typename?: 'LocalizedText', en: string, zh: string }, definition: { __typename?: 'LocalizedText', en: string, zh: string } } }> }>, ledger: Array<{ __typename?: 'LedgerEntryModel', kind: string, amountCents: number }>, listings: Array<{ __typename?: 'ListingReportModel', product: string, market: string, impressions: number, clicks: number, orders: number, revenueCents: number, priceCents: number, flags: Array<string> }>, auctions: Array<{ __typename?: 'AuctionReportModel', keyword: string, product: string, market: string, bidCents: number, averagePosition: number, impressions: number, clicks: number, cpcCents: number, spendCents: number, lostToBudget: number, qualityScore: number }>, lanes: Array<{ __typename?: 'LaneReportModel', market: string, service: string, tier: string, parcels: number, averageDeliveryDays: number, late: number, lost: number, damaged: number, costCents: number }> } };

export type StudentRoundDecisionsQueryVariables = Exact<{
  round?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StudentRoundDecisionsQuery = { __typename?: 'Query', myDecisions: Array<{ __typename?: 'StoredDecision', module: Module, payload: string }> };

export type StudentWhatIfQueryVariables = Exact<{
  gameId: Scalars['ID']['input'];
  round: Scalars['Int']['input'];
  decisions: WhatIfDecisionsInput;
}>;


export type StudentWhatIfQuery = { __typename?: 'Query', whatIf:
    | { __typename: 'DecisionsRejected', errors: Array<{ __typename?: 'DecisionIssue', path: string, message: string }> }
    | { __typename: 'WhatIfReport', totalDelta: number, cashEndDeltaCents: number, real: { __typename?: 'TeamReport', total: number, cashEndCents: number }, whatIf: { __typename?: 'TeamReport', total: number, cashEndCents: number } }
    | { __typename: 'WhatIfUnavailable', message: string }
   };

export type ScenarioFactsFragment = { __typename?: 'ScenarioModel', id: string, maxListings: number, roundDays: number, roundCount: number, startingCashCents: number, title: { __typename?: 'LocalizedText', en: string, zh: string }, markets: Array<{ __typename?: 'ScenarioMarket', code: string, language: string, currency: string, maxDiscountBps?: number | null, buyerProtectionDays: number, name: { __typename?: 'LocalizedText', en: string, zh: string } }>, categories: Array<{ __typename?: 'ScenarioCategory', id: string, commissionBps: number, affiliateMinBps: number, affiliateMaxBps: number, name: { __typename?: 'LocalizedText', en: string, zh: string } }>, products: Array<{ __typename?: 'ScenarioProduct', id: string, category: string, unitCostCents: number, referencePriceCents: number, weightGrams: number, minOrderUnits: number, attributes: number, leadTimeRounds: number, name: { __typename?: 'LocalizedText', en: string, zh: string } }>, keywords: Array<{ __typename?: 'ScenarioKeyword', id: string, market: string, category: string, text: string, gloss: string, floorCpcCents: number, searchVolume: number }>, logistics: Array<{ __typename?: 'ScenarioLogisticsService', id: string, market: string, tier: string, name: string, minDays: number, maxDays: number, perParcelCents: number, ratePerKgCents: number, firstOrdersFree: number }>, rounds: Array<{ __typename?: 'ScenarioRound', number: number, label?: string | null, modules: Array<Module> }> };

export type StudentGameFactsQueryVariables = Exact<{
  gameId: Scalars['ID']['input'];
}>;


export type StudentGameFactsQuery = { __typename?: 'Query', game: { __typename?: 'GameModel', id: string, rounds: Array<{ __typename?: 'RoundModel', number: number, status: RoundStatus }>, scenario: { __typename?: 'ScenarioModel', id: string, maxListings: number, roundDays: number, roundCount: number, startingCashCents: number, title: { __typename?: 'LocalizedText', en: string, zh: string }, markets: Array<{ __typename?: 'ScenarioMarket', code: string, language: string, currency: string, maxDiscountBps?: number | null, buyerProtectionDays: number, name: { __typename?: 'LocalizedText', en: string, zh: string } }>, categories: Array<{ __typename?: 'ScenarioCategory', id: string, commissionBps: number, affiliateMinBps: number, affiliateMaxBps: number, name: { __typename?: 'LocalizedText', en: string, zh: string } }>, products: Array<{ __typename?: 'ScenarioProduct', id: string, category: string, unitCostCents: number, referencePriceCents: number, weightGrams: number, minOrderUnits: number, attributes: number, leadTimeRounds: number, name: { __typename?: 'LocalizedText', en: string, zh: string } }>, keywords: Array<{ __typename?: 'ScenarioKeyword', id: string, market: string, category: string, text: string, gloss: string, floorCpcCents: number, searchVolume: number }>, logistics: Array<{ __typename?: 'ScenarioLogisticsService', id: string, market: string, tier: string, name: string, minDays: number, maxDays: number, perParcelCents: number, ratePerKgCents: number, firstOrdersFree: number }>, rounds: Array<{ __typename?: 'ScenarioRound', number: number, label?: string | null, modules: Array<Module> }> } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', role: string, gameId?: string | null, team?: { __typename?: 'TeamModel', id: string, code: string, name: string } | null } };

export const DecisionRefusalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidateDecisionsResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionsRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundNotOpen"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DecisionRefusalFragment, unknown>;
export const ScenarioFactsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxListings"}},{"kind":"Field","name":{"kind":"Name","value":"roundDays"}},{"kind":"Field","name":{"kind":"Name","value":"roundCount"}},{"kind":"Field","name":{"kind":"Name","value":"startingCashCents"}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxDiscountBps"}},{"kind":"Field","name":{"kind":"Name","value":"buyerProtectionDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissionBps"}},{"kind":"Field","name":{"kind":"Name","value":"affiliateMinBps"}},{"kind":"Field","name":{"kind":"Name","value":"affiliateMaxBps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"referencePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"weightGrams"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderUnits"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"leadTimeRounds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"gloss"}},{"kind":"Field","name":{"kind":"Name","value":"floorCpcCents"}},{"kind":"Field","name":{"kind":"Name","value":"searchVolume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"minDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxDays"}},{"kind":"Field","name":{"kind":"Name","value":"perParcelCents"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerKgCents"}},{"kind":"Field","name":{"kind":"Name","value":"firstOrdersFree"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"modules"}}]}}]}}]} as unknown as DocumentNode<ScenarioFactsFragment, unknown>;
export const GraderGameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraderGame"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"game"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<GraderGameQuery, GraderGameQueryVariables>;
export const GraderBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraderBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"round"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}},{"kind":"Argument","name":{"kind":"Name","value":"round"},"value":{"kind":"Variable","name":{"kind":"Name","value":"round"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"closedRounds"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAfterRound"}},{"kind":"Field","name":{"kind":"Name","value":"rankBy"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"luckGrade"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"luckTotal"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"}},{"kind":"Field","name":{"kind":"Name","value":"absentRounds"}},{"kind":"Field","name":{"kind":"Name","value":"autopilotRounds"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraderBoardQuery, GraderBoardQueryVariables>;
export const GraderPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraderPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"round"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}},{"kind":"Argument","name":{"kind":"Name","value":"round"},"value":{"kind":"Variable","name":{"kind":"Name","value":"round"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lossFactor"}},{"kind":"Field","name":{"kind":"Name","value":"absentModules"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"zeroAt"}},{"kind":"Field","name":{"kind":"Name","value":"fullAt"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"info"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraderPointsQuery, GraderPointsQueryVariables>;
export const PresenterRoundSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PresenterRoundSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"round"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}},{"kind":"Argument","name":{"kind":"Name","value":"round"},"value":{"kind":"Variable","name":{"kind":"Name","value":"round"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"shoppers"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"gmvCents"}},{"kind":"Field","name":{"kind":"Name","value":"averagePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"averageCpcCents"}},{"kind":"Field","name":{"kind":"Name","value":"averageDeliveryDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}},{"kind":"Argument","name":{"kind":"Name","value":"round"},"value":{"kind":"Variable","name":{"kind":"Name","value":"round"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PresenterRoundSummaryQuery, PresenterRoundSummaryQueryVariables>;
export const InstructorScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstructorScenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roundCount"}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"modules"}}]}}]}}]}}]} as unknown as DocumentNode<InstructorScenariosQuery, InstructorScenariosQueryVariables>;
export const InstructorImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstructorImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioImported"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioInvalid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstructorImportMutation, InstructorImportMutationVariables>;
export const InstructorGamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstructorGames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"games"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioKey"}},{"kind":"Field","name":{"kind":"Name","value":"currentRound"}},{"kind":"Field","name":{"kind":"Name","value":"roundCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<InstructorGamesQuery, InstructorGamesQueryVariables>;
export const InstructorCreateGameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstructorCreateGame"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGameInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGame"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"game"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"botStrategy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"graderToken"}}]}}]}}]} as unknown as DocumentNode<InstructorCreateGameMutation, InstructorCreateGameMutationVariables>;
export const InstructorCockpitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstructorCockpit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"game"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentRound"}},{"kind":"Field","name":{"kind":"Name","value":"roundCount"}},{"kind":"Field","name":{"kind":"Name","value":"freezeAfterRound"}},{"kind":"Field","name":{"kind":"Name","value":"roundMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"modules"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"botStrategy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeHash"}},{"kind":"Field","name":{"kind":"Name","value":"submissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"}},{"kind":"Field","name":{"kind":"Name","value":"selection"}},{"kind":"Field","name":{"kind":"Name","value":"ads"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillment"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gameTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InstructorCockpitQuery, InstructorCockpitQueryVariables>;
export const InstructorRoundChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InstructorRoundChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gameId"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InstructorRoundChangedSubscription, InstructorRoundChangedSubscriptionVariables>;
export const InstructorOpenRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstructorOpenRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundActionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InstructorOpenRoundMutation, InstructorOpenRoundMutationVariables>;
export const InstructorCloseRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstructorCloseRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeHash"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundActionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InstructorCloseRoundMutation, InstructorCloseRoundMutationVariables>;
export const InstructorFreezeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstructorFreeze"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterRound"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freezeScoreboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterRound"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterRound"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freezeAfterRound"}}]}}]}}]} as unknown as DocumentNode<InstructorFreezeMutation, InstructorFreezeMutationVariables>;
export const InstructorRevealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstructorReveal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealScoreboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freezeAfterRound"}}]}}]}}]} as unknown as DocumentNode<InstructorRevealMutation, InstructorRevealMutationVariables>;
export const InstructorRotateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstructorRotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateTeamToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InstructorRotateMutation, InstructorRotateMutationVariables>;
export const InstructorRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstructorRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeTeamToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<InstructorRevokeMutation, InstructorRevokeMutationVariables>;
export const InstructorAdjustDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstructorAdjust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InstructorAdjustMutation, InstructorAdjustMutationVariables>;
export const InstructorClassViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstructorClassView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"round"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}},{"kind":"Argument","name":{"kind":"Name","value":"round"},"value":{"kind":"Variable","name":{"kind":"Name","value":"round"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"marketReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}},{"kind":"Argument","name":{"kind":"Name","value":"round"},"value":{"kind":"Variable","name":{"kind":"Name","value":"round"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"shoppers"}},{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"gmvCents"}},{"kind":"Field","name":{"kind":"Name","value":"averagePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"averageCpcCents"}},{"kind":"Field","name":{"kind":"Name","value":"averageDeliveryDays"}}]}}]}}]} as unknown as DocumentNode<InstructorClassViewQuery, InstructorClassViewQueryVariables>;
export const InstructorSetDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstructorSetDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundActionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InstructorSetDeadlineMutation, InstructorSetDeadlineMutationVariables>;
export const InstructorAddBotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstructorAddBot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BotStrategy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBotTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}},{"kind":"Argument","name":{"kind":"Name","value":"strategy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategy"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<InstructorAddBotMutation, InstructorAddBotMutationVariables>;
export const InstructorValidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstructorValidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InstructorValidateQuery, InstructorValidateQueryVariables>;
export const InstructorRotateGraderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstructorRotateGrader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateGraderToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<InstructorRotateGraderMutation, InstructorRotateGraderMutationVariables>;
export const InstructorAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstructorAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorTeam"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]} as unknown as DocumentNode<InstructorAuditLogQuery, InstructorAuditLogQueryVariables>;
export const StudentDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"game"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentRound"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioFacts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cashCents"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxListings"}},{"kind":"Field","name":{"kind":"Name","value":"roundDays"}},{"kind":"Field","name":{"kind":"Name","value":"roundCount"}},{"kind":"Field","name":{"kind":"Name","value":"startingCashCents"}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxDiscountBps"}},{"kind":"Field","name":{"kind":"Name","value":"buyerProtectionDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissionBps"}},{"kind":"Field","name":{"kind":"Name","value":"affiliateMinBps"}},{"kind":"Field","name":{"kind":"Name","value":"affiliateMaxBps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"referencePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"weightGrams"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderUnits"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"leadTimeRounds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"gloss"}},{"kind":"Field","name":{"kind":"Name","value":"floorCpcCents"}},{"kind":"Field","name":{"kind":"Name","value":"searchVolume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"minDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxDays"}},{"kind":"Field","name":{"kind":"Name","value":"perParcelCents"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerKgCents"}},{"kind":"Field","name":{"kind":"Name","value":"firstOrdersFree"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"modules"}}]}}]}}]} as unknown as DocumentNode<StudentDecideQuery, StudentDecideQueryVariables>;
export const StudentPreviousDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentPreviousDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"round"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"round"},"value":{"kind":"Variable","name":{"kind":"Name","value":"round"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]} as unknown as DocumentNode<StudentPreviousDecisionsQuery, StudentPreviousDecisionsQueryVariables>;
export const StudentValidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StudentValidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitDecisionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidateDecisionsResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionsRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundNotOpen"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<StudentValidateMutation, StudentValidateMutationVariables>;
export const StudentSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StudentSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitDecisionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionsAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidateDecisionsResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionsRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundNotOpen"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<StudentSubmitMutation, StudentSubmitMutationVariables>;
export const StudentHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"game"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentRound"}},{"kind":"Field","name":{"kind":"Name","value":"roundCount"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"modules"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cashCents"}},{"kind":"Field","name":{"kind":"Name","value":"serviceScore"}},{"kind":"Field","name":{"kind":"Name","value":"badges"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"arrivesRound"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"round"}}]}}]}}]} as unknown as DocumentNode<StudentHomeQuery, StudentHomeQueryVariables>;
export const StudentPreviousRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentPreviousRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"round"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}},{"kind":"Argument","name":{"kind":"Name","value":"round"},"value":{"kind":"Variable","name":{"kind":"Name","value":"round"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cashStartCents"}},{"kind":"Field","name":{"kind":"Name","value":"cashEndCents"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]}}]} as unknown as DocumentNode<StudentPreviousRoundQuery, StudentPreviousRoundQueryVariables>;
export const StudentRoundChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StudentRoundChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gameId"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gameStatus"}}]}}]}}]} as unknown as DocumentNode<StudentRoundChangedSubscription, StudentRoundChangedSubscriptionVariables>;
export const StudentRivalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentRivals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"round"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rivalListings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}},{"kind":"Argument","name":{"kind":"Name","value":"round"},"value":{"kind":"Variable","name":{"kind":"Name","value":"round"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"seller"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]} as unknown as DocumentNode<StudentRivalsQuery, StudentRivalsQueryVariables>;
export const StudentRubricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentRubric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"game"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundDays"}},{"kind":"Field","name":{"kind":"Name","value":"lossAversion"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"zeroAt"}},{"kind":"Field","name":{"kind":"Name","value":"fullAt"}},{"kind":"Field","name":{"kind":"Name","value":"perDays"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StudentRubricQuery, StudentRubricQueryVariables>;
export const StudentScoreboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentScoreboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"closedRounds"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAfterRound"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"luckGrade"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StudentScoreboardQuery, StudentScoreboardQueryVariables>;
export const StudentRoundReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentRoundReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"round"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}},{"kind":"Argument","name":{"kind":"Name","value":"round"},"value":{"kind":"Variable","name":{"kind":"Name","value":"round"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"luck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"replays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lossFactor"}},{"kind":"Field","name":{"kind":"Name","value":"absentModules"}},{"kind":"Field","name":{"kind":"Name","value":"cashStartCents"}},{"kind":"Field","name":{"kind":"Name","value":"cashEndCents"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"zeroAt"}},{"kind":"Field","name":{"kind":"Name","value":"fullAt"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"info"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestGains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"gain"}},{"kind":"Field","name":{"kind":"Name","value":"info"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"clicks"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCents"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyword"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"bidCents"}},{"kind":"Field","name":{"kind":"Name","value":"averagePosition"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"clicks"}},{"kind":"Field","name":{"kind":"Name","value":"cpcCents"}},{"kind":"Field","name":{"kind":"Name","value":"spendCents"}},{"kind":"Field","name":{"kind":"Name","value":"lostToBudget"}},{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lanes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"parcels"}},{"kind":"Field","name":{"kind":"Name","value":"averageDeliveryDays"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"damaged"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}}]}}]}}]}}]} as unknown as DocumentNode<StudentRoundReportQuery, StudentRoundReportQueryVariables>;
export const StudentRoundDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentRoundDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"round"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"round"},"value":{"kind":"Variable","name":{"kind":"Name","value":"round"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]} as unknown as DocumentNode<StudentRoundDecisionsQuery, StudentRoundDecisionsQueryVariables>;
export const StudentWhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentWhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"round"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisions"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WhatIfDecisionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whatIf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gameId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}},{"kind":"Argument","name":{"kind":"Name","value":"round"},"value":{"kind":"Variable","name":{"kind":"Name","value":"round"}}},{"kind":"Argument","name":{"kind":"Name","value":"decisions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhatIfReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalDelta"}},{"kind":"Field","name":{"kind":"Name","value":"cashEndDeltaCents"}},{"kind":"Field","name":{"kind":"Name","value":"real"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cashEndCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"whatIf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cashEndCents"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionsRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhatIfUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StudentWhatIfQuery, StudentWhatIfQueryVariables>;
export const StudentGameFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentGameFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"game"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gameId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioFacts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxListings"}},{"kind":"Field","name":{"kind":"Name","value":"roundDays"}},{"kind":"Field","name":{"kind":"Name","value":"roundCount"}},{"kind":"Field","name":{"kind":"Name","value":"startingCashCents"}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxDiscountBps"}},{"kind":"Field","name":{"kind":"Name","value":"buyerProtectionDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissionBps"}},{"kind":"Field","name":{"kind":"Name","value":"affiliateMinBps"}},{"kind":"Field","name":{"kind":"Name","value":"affiliateMaxBps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"referencePriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"weightGrams"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderUnits"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"leadTimeRounds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"gloss"}},{"kind":"Field","name":{"kind":"Name","value":"floorCpcCents"}},{"kind":"Field","name":{"kind":"Name","value":"searchVolume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"minDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxDays"}},{"kind":"Field","name":{"kind":"Name","value":"perParcelCents"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerKgCents"}},{"kind":"Field","name":{"kind":"Name","value":"firstOrdersFree"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"modules"}}]}}]}}]} as unknown as DocumentNode<StudentGameFactsQuery, StudentGameFactsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"gameId"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;