/**
 * The working data of one round: the scenario's lookup tables, the round's
 * schedule entry, and one context per team in canonical (team id) order.
 * Every step of `resolveRound` reads and fills these objects; nothing here
 * outlives the call.
 */
import type { RoundSpec, Scenario } from '../../scenario/scenario.schema';
import type { DecisionError, GameState, ModuleName, TeamState } from '../types';
import type { EffectiveDecisions } from '../decisions/effective-decisions';
import { effectiveDecisions } from '../decisions/effective-decisions';
import type { ScenarioIndex } from '../market/scenario-index';
import { indexScenario, roundSpec } from '../market/scenario-index';
import type { SellerListing } from '../market/listing-context';
import type { AdBidEntry } from '../market/keyword-market';
import { pageLayout, type PageLayout } from '../market/search';
import { LedgerBuilder } from '../operations/ledger';
import { compareText } from '../compare-text';
import { createStream, type Rng } from '../random';

/** Where a team's own stock sits before it is moved to an overseas warehouse. */
export const HOME = 'HOME';

/** Why a keyword bid took no part in the auction, or how it fared. */
export type BidStatus =
  'RAN' | 'OUTBID' | 'BUDGET' | 'BELOW_FLOOR' | 'LOW_QUALITY' | 'NO_LISTING' | 'NOT_RELEVANT' | 'PRICE_ANOMALY';

export interface BidReport {
  keyword: string;
  market: string;
  product: string;
  bidCents: number;
  quality: number;
  floorCpcCents: number;
  /** The bidder's auction entry when the bid could take part. */
  entry?: AdBidEntry;
  /** Set when the bid could not take part (the auction step sets the rest). */
  refusal?: BidStatus;
}

export interface TeamCtx {
  index: number;
  state: TeamState;
  decisions: EffectiveDecisions;
  absent: ModuleName[];
  ledger: LedgerBuilder;
  listings: SellerListing[];
  listingByKey: Map<string, SellerListing>;
  bids: AdBidEntry[];
  /** Bids in canonical order with their auction entry, if any. */
  bidReports: BidReport[];
  /** Decisions the engine had to cut (cash, stock), each with its reason. */
  adjustments: DecisionError[];
  /** Expected units on hand after arrivals and purchases (the base of sell-through). */
  availableUnits: number;
  /** The round's ad budget after any cut for cash. */
  adBudgetCents: number;
}

export interface RoundContext {
  scenario: Scenario;
  ix: ScenarioIndex;
  seed: number;
  round: number;
  spec: RoundSpec;
  layout: PageLayout;
  /** Teams in the class when play began (sizes the market). */
  classSize: number;
  teams: TeamCtx[];
  /** The listings' own streams, made on first use (see listingStream). */
  streams: Map<string, Rng>;
}

function cloneTeam(t: TeamState): TeamState {
  const copy = (from: TeamState['stock']) => {
    const out: TeamState['stock'] = {};
    for (const loc of Object.keys(from).sort()) out[loc] = { ...from[loc] };
    return out;
  };
  const stock = copy(t.stock);
  const expectedStock = copy(t.expectedStock ?? t.stock);
  const listings: TeamState['listings'] = {};
  for (const k of Object.keys(t.listings).sort()) listings[k] = { ...t.listings[k] };
  return {
    ...t,
    stock,
    expectedStock,
    pipeline: t.pipeline.map((p) => ({ ...p })),
    listings,
    parcelsByService: { ...t.parcelsByService },
    badges: [...t.badges],
  };
}

/** Step 1: teams in canonical order, each with the decisions in force this round (absent policy, disabled modules). */
export function openRound(input: {
  scenario: Scenario;
  seed: number;
  state: GameState;
  decisions: Record<string, import('../types').ModuleDecisions>;
}): RoundContext {
  const { scenario, seed } = input;
  const round = input.state.round + 1;
  const sorted = [...input.state.teams].sort((a, b) => compareText(a.teamId, b.teamId));
  const teams = sorted.map((t, index): TeamCtx => {
    const { decisions, absent } = effectiveDecisions(scenario, round, input.decisions[t.teamId], t.lastDecisions);
    return {
      index,
      state: cloneTeam(t),
      decisions,
      absent,
      ledger: new LedgerBuilder(),
      listings: [],
      listingByKey: new Map(),
      bids: [],
      bidReports: [],
      adjustments: [],
      availableUnits: 0,
      adBudgetCents: 0,
    };
  });
  return {
    scenario,
    ix: indexScenario(scenario),
    seed,
    round,
    spec: roundSpec(scenario, round),
    layout: pageLayout(scenario.model.search),
    classSize: Math.max(1, input.state.classSize ?? input.state.teams.length),
    teams,
    streams: new Map(),
  };
}

/** Units of a product at a location. */
export const stockOf = (t: TeamState, loc: string, product: string): number => t.stock[loc]?.[product] ?? 0;

/** Expected units of a product at a location (see TeamState.expectedStock). */
export const expectedStockOf = (t: TeamState, loc: string, product: string): number =>
  (t.expectedStock ?? t.stock)[loc]?.[product] ?? 0;

function addTo(stock: TeamState['stock'], loc: string, product: string, units: number): void {
  const at = (stock[loc] ??= {});
  at[product] = Math.max(0, (at[product] ?? 0) + units);
  if (at[product] < 1e-9) delete at[product];
  if (Object.keys(at).length === 0) delete stock[loc];
}

/**
 * Adds (or, negative, removes) units at a location, in the stock and in
 * the expected stock alike (arrivals, purchases, transfers); empty entries
 * are dropped.
 */
export function addStock(t: TeamState, loc: string, product: string, units: number): void {
  addTo(t.stock, loc, product, units);
  addTo((t.expectedStock ??= {}), loc, product, units);
}

/** Removes units sold: the realised units from the stock, the expected ones from the expected stock. */
export function sellStock(t: TeamState, loc: string, product: string, realised: number, expected: number): void {
  addTo(t.stock, loc, product, -realised);
  addTo((t.expectedStock ??= {}), loc, product, -expected);
}

/** The two kinds of a listing's own luck. */
export type ListingLuck = 'traffic' | 'parcels';

/**
 * A stream of one team's own luck for one listing: keyed by round, market,
 * purpose and `team/product`, so its draws never move when a rival sells
 * more or less. `traffic` draws its clicks and orders keyword by keyword
 * (canonical keyword order), then its affiliate orders; `parcels` draws the
 * fate of its parcels and its reviews. One stream per listing and purpose
 * for the whole round (made on first use).
 */
export function listingStream(
  ctx: RoundContext,
  market: string,
  purpose: ListingLuck,
  teamId: string,
  product: string,
): Rng {
  const key = `${market}|${purpose}|${teamId}/${product}`;
  let rng = ctx.streams.get(key);
  if (!rng) {
    rng = createStream(ctx.seed, ctx.round, market, purpose, `${teamId}/${product}`);
    ctx.streams.set(key, rng);
  }
  return rng;
}

export const bpsOf = (bps: number): number => bps / 10000;
