/**
 * Stores for the market's economics tests: one team's decisions for a few
 * products in one market, every figure set explicitly, and helpers that
 * play a round or a season and read a team's figures.
 */
import { join } from 'node:path';
import { createInitialState, resolveRound } from '../../src/engine';
import type { ModuleDecisions, ResolveOutput, TeamRoundResult } from '../../src/engine/types';
import type { Scenario, ServiceTier } from '../../src/scenario/scenario.schema';
import { loadScenarioFile } from '../../src/scenario/scenario-loader';

export function bundled(id: string): Scenario {
  const loaded = loadScenarioFile(join(__dirname, '..', '..', 'scenarios', `${id}.yaml`));
  if (!loaded.ok) throw new Error(`${id}: ${JSON.stringify(loaded.errors)}`);
  return loaded.scenario;
}

export interface StoreOptions {
  market: string;
  products: string[];
  /** Price as a multiple of the reference price (1). */
  priceMult?: number;
  tier?: ServiceTier;
  handlingDays?: number;
  /** Bid as a multiple of each keyword's floor; 0 = no ads (default). */
  bidMult?: number;
  dailyBudgetCents?: number;
  units?: number;
  transfers?: number;
}

export function store(s: Scenario, o: StoreOptions): ModuleDecisions {
  const market = s.markets.find((m) => m.code === o.market);
  if (!market) throw new Error(`no market ${o.market}`);
  const products = o.products.map((id) => {
    const p = s.products.find((x) => x.id === id);
    if (!p) throw new Error(`no product ${id}`);
    return p;
  });
  const keywordsOf = (product: string) =>
    s.keywords.filter((k) => k.market === o.market && (k.relevance[product] ?? 0) > 0);
  const lane = s.logistics.find((l) => l.market === o.market && l.tier === (o.tier ?? 'STANDARD'));
  if (!lane) throw new Error(`no ${o.tier} lane in ${o.market}`);
  const bidMult = o.bidMult ?? 0;
  return {
    SELECTION: {
      storefront: 'DECORATED',
      listings: products.map((p) => ({
        product: p.id,
        market: o.market,
        titleKeywords: keywordsOf(p.id)
          .map((k) => k.id)
          .slice(0, s.policies.maxTitleKeywords),
        language: market.language,
        images: s.model.quality.imagesIdeal,
        attributesFilled: p.attributes,
      })),
    },
    OPERATIONS: {
      serviceLevel: 'STANDARD',
      prices: products.map((p) => ({
        product: p.id,
        market: o.market,
        priceCents: Math.round(p.referencePriceCents * (o.priceMult ?? 1)),
        discountBps: 0,
      })),
      purchases: products.map((p) => ({ product: p.id, units: Math.max(p.minOrderUnits, o.units ?? 400) })),
    },
    ADS: {
      dailyBudgetCents: o.dailyBudgetCents ?? (bidMult > 0 ? 5000 : 0),
      pacing: 'EVEN',
      affiliate: [],
      bids:
        bidMult > 0
          ? products.flatMap((p) =>
              keywordsOf(p.id).map((k) => ({
                keyword: k.id,
                product: p.id,
                bidCents: Math.round(k.floorCpcCents * bidMult),
              })),
            )
          : [],
    },
    FULFILLMENT: {
      services: [{ market: o.market, service: lane.id }],
      handlingDays: o.handlingDays ?? 2,
      packaging: 'STANDARD',
      transfers: o.transfers ? products.map((p) => ({ product: p.id, market: o.market, units: o.transfers ?? 0 })) : [],
    },
  };
}

/** Plays `rounds` rounds with the same decisions; every id in `decisions` is in the class. */
export function play(
  s: Scenario,
  decisions: Record<string, ModuleDecisions>,
  seed: number,
  rounds = 1,
): ResolveOutput[] {
  let state = createInitialState(s, Object.keys(decisions));
  const out: ResolveOutput[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const o = resolveRound({ scenario: s, seed, state, decisions });
    out.push(o);
    state = o.state;
  }
  return out;
}

export function teamOf(out: ResolveOutput, id: string): TeamRoundResult {
  const t = out.outcome.teams.find((x) => x.teamId === id);
  if (!t) throw new Error(`no team ${id}`);
  return t;
}

export const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
export const mean = (xs: number[]): number => sum(xs) / Math.max(1, xs.length);
export const SEEDS = Array.from({ length: 12 }, (_, i) => 101 + i * 7);

/** A listing's contribution in cents: revenue − refunds − commission − affiliate − logistics − ads − cost of goods. */
export function listingProfit(s: Scenario, t: TeamRoundResult, product: string): number {
  const cost = s.products.find((p) => p.id === product)?.unitCostCents ?? 0;
  return sum(
    t.listings
      .filter((l) => l.product === product)
      .map(
        (l) =>
          l.revenueCents -
          l.refundsCents -
          l.commissionCents -
          l.affiliateCents -
          l.logisticsCents -
          l.adSpendCents -
          l.orders * cost,
      ),
  );
}
