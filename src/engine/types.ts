/**
 * The engine's data contract: decisions in, state and outcome out.
 * Pure data (JSON-serialisable, no class instances, no Dates); money in
 * integer cents, rates in basis points unless named otherwise.
 */
import type { ModuleName, Scenario } from '../scenario/scenario.schema';
import type {
  AdsDecision,
  FulfillmentDecision,
  OperationsDecision,
  SelectionDecision,
} from './decisions/decision-schemas';

export type { ModuleName, Scenario };

// ---------------------------------------------------------------- decisions

// derived from the zod schemas, the one statement of the decision contract

export type {
  AdsDecision,
  AffiliateDecision,
  BidDecision,
  FulfillmentDecision,
  ListingDecision,
  OperationsDecision,
  PriceDecision,
  PurchaseDecision,
  SelectionDecision,
  ServiceChoice,
  TransferDecision,
} from './decisions/decision-schemas';

export interface ModuleDecisions {
  OPERATIONS?: OperationsDecision;
  SELECTION?: SelectionDecision;
  ADS?: AdsDecision;
  FULFILLMENT?: FulfillmentDecision;
}

export interface DecisionError {
  /** Constant machine-readable code, e.g. UNKNOWN_PRODUCT, OUT_OF_RANGE. */
  code: string;
  /** Field path inside the module's payload, e.g. `prices[2].priceCents`. */
  path: string;
  message: string;
}

export type DecisionCheck<T> = { ok: true; value: T } | { ok: false; errors: DecisionError[] };

// ---------------------------------------------------------------- state

/** Where stock sits: 'HOME' (the seller's warehouse in China) or a market code (overseas warehouse). */
export type Location = string;

export interface PipelineEntry {
  product: string;
  units: number;
  location: Location;
  arrivesRound: number;
}

export interface ListingHistory {
  /** Star ratings received (sum and count) for the Bayesian rating. */
  starSum: number;
  starCount: number;
  orders: number;
  clicks: number;
}

export interface TeamState {
  teamId: string;
  cashCents: number;
  /** location -> product -> units on hand. */
  stock: Record<Location, Record<string, number>>;
  /**
   * The stock as it would stand had every round sold its expected units
   * (fractional): purchases, transfers and arrivals as in `stock`, sales by
   * expectation. Scores use it, so that teams deciding alike are judged
   * alike whatever their luck. Absent in states of engines before 2.1
   * (then taken equal to `stock`).
   */
  expectedStock?: Record<Location, Record<string, number>>;
  pipeline: PipelineEntry[];
  /** key `${product}@${market}` -> history. */
  listings: Record<string, ListingHistory>;
  /** Store service score 0..100 after the last round. */
  serviceScore: number;
  /** Parcels shipped so far per logistics service id (for first-orders-free). */
  parcelsByService: Record<string, number>;
  /** The decisions in force last round, per module (absent-team policy). */
  lastDecisions: ModuleDecisions;
  badges: string[];
  /** Cumulative weighted total, for badges. */
  cumulativeTotal: number;
}

export interface GameState {
  /** Number of the last resolved round (0 before the first). */
  round: number;
  /**
   * Teams in the class when play began: sizes the market (shoppers per
   * category = a per-team base × classSize). Fixed for the game, whoever
   * lists where. States stored before engine 2 lack it (teams.length then).
   */
  classSize?: number;
  /** Teams by id, in canonical (sorted) order. */
  teams: TeamState[];
}

// ---------------------------------------------------------------- outcome

export interface ScorePoint {
  kpi: string;
  value: number;
  zeroAt: number;
  fullAt: number;
  maxPoints: number;
  points: number;
  /** False when the KPI did not apply this round (no ad spend, no parcels…): the band is left out of the score. */
  counted: boolean;
}

export interface ModuleScore {
  module: ModuleName;
  /** 0..100 */
  score: number;
  /** False when the module was not enabled this round. */
  enabled: boolean;
  points: ScorePoint[];
}

export interface LedgerEntry {
  /** e.g. REVENUE, COMMISSION, AFFILIATE, ADS, LOGISTICS, PURCHASES, REFUNDS, HOLDING, STORAGE, TRANSFERS, SERVICE, STOREFRONT, PACKAGING */
  kind: string;
  /** Positive = credit, negative = debit. */
  amountCents: number;
}

export interface ListingReport {
  product: string;
  market: string;
  priceCents: number;
  impressions: number;
  clicks: number;
  orders: number;
  /** Orders expected from the listing's traffic before the draws (search, ads, affiliates). */
  expectedOrders: number;
  affiliateOrders: number;
  lostToStockout: number;
  revenueCents: number;
  commissionCents: number;
  affiliateCents: number;
  adSpendCents: number;
  logisticsCents: number;
  refundsCents: number;
  quality: number;
  rating: number;
  /** Mean days from order to door on the listing's lane (handling + carrier). */
  deliveryDays: number;
  flags: string[];
  /** Organic placement per keyword: average position (0 = not shown), impressions, clicks. */
  keywords: { keyword: string; position: number; impressions: number; clicks: number }[];
  /** The price-anomaly check: centre and MAD of the product's price distribution, z-score, threshold, exposure. */
  priceCheck?: {
    medianCents: number;
    madCents: number;
    z: number;
    threshold: number;
    flagged: boolean;
    exposure: number;
  };
}

export interface AuctionReport {
  keyword: string;
  market: string;
  product: string;
  bidCents: number;
  /** The keyword's minimum bid. */
  floorCpcCents: number;
  qualityScore: number;
  adRank: number;
  /**
   * RAN (won ad slots), OUTBID (never ranked high enough), BUDGET (the
   * budget kept it out of every tick), or why it could not take part:
   * BELOW_FLOOR, LOW_QUALITY, NO_LISTING, NOT_RELEVANT, PRICE_ANOMALY.
   */
  status: string;
  /** Average ad position won (0 when none). */
  averagePosition: number;
  impressions: number;
  clicks: number;
  /** Average price paid per click. */
  cpcCents: number;
  spendCents: number;
  /** Share of ticks the budget kept this bid out (0..1). */
  lostToBudget: number;
  /** Ad impressions it would have had in the ticks its budget kept it out (at the top slot's reach). */
  impressionsLostToBudget: number;
}

export interface LaneReport {
  market: string;
  service: string;
  tier: string;
  parcels: number;
  averageDeliveryDays: number;
  late: number;
  lost: number;
  damaged: number;
  disputes: number;
  costCents: number;
}

export interface TeamRoundResult {
  teamId: string;
  /** Modules for which the team submitted nothing this round (policy applied). */
  absentModules: ModuleName[];
  kpis: Record<ModuleName, Record<string, number>>;
  scores: ModuleScore[];
  /** Weighted total 0..100, after the loss factor. */
  total: number;
  /**
   * Multiplier applied to the weighted total for an expected loss
   * (1 − lossAversion × loss ÷ starting cash, 0..1; 1 without a loss).
   */
  lossFactor: number;
  cashStartCents: number;
  cashEndCents: number;
  ledger: LedgerEntry[];
  listings: ListingReport[];
  auctions: AuctionReport[];
  lanes: LaneReport[];
  badges: string[];
  /**
   * Decisions the engine had to cut, each with its reason: a purchase
   * larger than the cash allowed (PURCHASE_CUT), a transfer larger than the
   * home stock (TRANSFER_CUT) or its freight (TRANSFER_CASH_CUT), an ad
   * budget above the cash left (ADS_BUDGET_CUT), and a negative cash
   * balance at the end of the round, which bears interest (OVERDRAFT).
   * Absent when nothing was cut.
   */
  adjustments?: DecisionError[];
}

export interface MarketRoundReport {
  market: string;
  shoppers: number;
  searches: number;
  orders: number;
  gmvCents: number;
  averagePriceCents: number;
  averageCpcCents: number;
  averageDeliveryDays: number;
  /** Per keyword: searches and the winning ad rank (no team identity). */
  keywords: { keyword: string; searches: number; adClicks: number; averageCpcCents: number }[];
}

export interface RoundOutcome {
  round: number;
  engineVersion: string;
  teams: TeamRoundResult[];
  markets: MarketRoundReport[];
}

export interface ResolveInput {
  scenario: Scenario;
  seed: number;
  state: GameState;
  /** Decisions submitted this round, by team id; a missing module means absent. */
  decisions: Record<string, ModuleDecisions>;
}

export interface ResolveOutput {
  state: GameState;
  outcome: RoundOutcome;
}
