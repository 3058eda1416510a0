/**
 * The skill share of a scenario: does the scoreboard measure decisions or
 * luck? Engine only, pure. Published target (issue 16):
 *
 * - twins — teams submitting byte-identical decisions every round — end a
 *   season within TWIN_TARGET (5 %) of their mean total, for every sensible
 *   strategy and seed;
 * - the gap between the best sensible strategy and the naive one (RANDOM)
 *   is at least GAP_FACTOR (3) times the largest twin spread, in points;
 * - known exploits do not pay: dumping (prices at 40 % of the reference,
 *   still above cost) and premium shipping of every parcel gain no more
 *   than EXPLOIT_MARGIN (2 %) over the same seat playing honestly, and
 *   crowding (more teams listing in a market) never brings it more shoppers.
 *
 * Besides, the rank correlation of the strategies across seeds (mean
 * Kendall tau of their order by mean total, seed against seed) says how
 * stable the ranking of styles is.
 */
import { BOT_STRATEGIES, botDecisions, createInitialState, resolveRound, type BotStrategy } from '../engine';
import type { ModuleDecisions, RoundOutcome, Scenario } from '../engine/types';
import { kendallTau, mean, orderBy } from './kendall-tau';
import { playTwinSeason, spreadOf } from './twin-teams';

export const TWIN_TARGET = 0.05;
export const GAP_FACTOR = 3;
export const NAIVE: BotStrategy = 'RANDOM';
/** The sensible strategies: every built-in one but the naive ones. */
export const SENSIBLE: readonly BotStrategy[] = BOT_STRATEGIES.filter((s) => s !== 'RANDOM' && s !== 'COST_PLUS');
const DUMPING_SHARE_OF_REFERENCE = 0.4;
/** An exploit pays when it beats its honest control by more than this share (less is a business choice). */
export const EXPLOIT_MARGIN = 0.02;

export interface ExploitProbe {
  name: 'DUMPING' | 'PREMIUM_SHIPPING' | 'CROWDING';
  /** Mean season total of the probing team and of its honest control (CROWDING: shoppers with more and fewer sellers). */
  probe: number;
  control: number;
  pays: boolean;
}

export interface SkillShare {
  seeds: number[];
  /** Largest twin spread per strategy over the seeds (share of the twins' mean total). */
  twinSpread: { strategy: BotStrategy; spread: number }[];
  maxTwinSpread: number;
  /** Mean season total per strategy (one team of each, over the seeds), best first. */
  strategyMeans: { strategy: BotStrategy; mean: number }[];
  /** Best sensible mean − naive mean, in points, and as a multiple of the largest twin spread in points (null: no spread). */
  gap: number;
  gapOverSpread: number | null;
  /** Mean Kendall tau of the strategies' order, seed against seed (1: the same order every seed). */
  rankCorrelation: number;
  exploits: ExploitProbe[];
  passed: boolean;
  reasons: string[];
}

const seasonTotals = (outcomes: readonly RoundOutcome[]) => {
  const totals = new Map<string, number>();
  for (const o of outcomes) for (const t of o.teams) totals.set(t.teamId, (totals.get(t.teamId) ?? 0) + t.total);
  return totals;
};

type Transform = (d: ModuleDecisions, scenario: Scenario) => ModuleDecisions;

/**
 * A season with one seat of each strategy, plus a PROBE seat playing ADAPTIVE
 * whose decisions `probe` transforms (the identity gives its honest control:
 * the same seat, products and rivals). Returns season totals by team id.
 */
function playMixed(scenario: Scenario, seed: number, probe: Transform | undefined, rounds: number) {
  const seats: { teamId: string; strategy: BotStrategy }[] = BOT_STRATEGIES.map((s) => ({ teamId: s, strategy: s }));
  if (probe) seats.push({ teamId: 'PROBE', strategy: 'ADAPTIVE' });
  let state = createInitialState(
    scenario,
    seats.map((s) => s.teamId),
  );
  const outcomes: RoundOutcome[] = [];
  for (let r = 1; r <= rounds; r += 1) {
    const last = new Map((outcomes[outcomes.length - 1]?.teams ?? []).map((t) => [t.teamId, t]));
    const decisions: Record<string, ModuleDecisions> = {};
    for (const s of seats) {
      const d = botDecisions(s.strategy, scenario, state, s.teamId, r, last.get(s.teamId), seed);
      decisions[s.teamId] = s.teamId === 'PROBE' && probe ? probe(d, scenario) : d;
    }
    const next = resolveRound({ scenario, seed, state, decisions });
    state = next.state;
    outcomes.push(next.outcome);
  }
  return { totals: seasonTotals(outcomes), outcomes };
}

/** Prices at 40 % of the reference price, where that is still above the unit cost. */
const dumping: Transform = (d, scenario) => {
  if (!d.OPERATIONS) return d;
  const byId = new Map(scenario.products.map((p) => [p.id, p]));
  const prices = d.OPERATIONS.prices.map((p) => {
    const product = byId.get(p.product);
    if (!product) return p;
    const low = Math.round(product.referencePriceCents * DUMPING_SHARE_OF_REFERENCE);
    return low > product.unitCostCents ? { ...p, priceCents: low, discountBps: 0 } : p;
  });
  return { ...d, OPERATIONS: { ...d.OPERATIONS, prices } };
};

/** Every parcel by each market's premium lane. */
const premiumShipping: Transform = (d, scenario) => {
  if (!d.FULFILLMENT) return d;
  const premium = (market: string) => scenario.logistics.find((l) => l.market === market && l.tier === 'PREMIUM')?.id;
  const services = d.FULFILLMENT.services.map((s) => ({ ...s, service: premium(s.market) ?? s.service }));
  return { ...d, FULFILLMENT: { ...d.FULFILLMENT, services } };
};

function exploitProbe(
  scenario: Scenario,
  seeds: readonly number[],
  name: 'DUMPING' | 'PREMIUM_SHIPPING',
  t: Transform,
  rounds: number,
): ExploitProbe {
  const probe: number[] = [];
  const control: number[] = [];
  for (const seed of seeds) {
    probe.push(playMixed(scenario, seed, t, rounds).totals.get('PROBE') ?? 0);
    control.push(playMixed(scenario, seed, (d) => d, rounds).totals.get('PROBE') ?? 0);
  }
  return {
    name,
    probe: round1(mean(probe)),
    control: round1(mean(control)),
    pays: mean(probe) > mean(control) * (1 + EXPLOIT_MARGIN),
  };
}

/** Shoppers of round 1 when every seat lists (ADAPTIVE) against when only one does: equal in a fixed pie. */
function crowdingProbe(scenario: Scenario, seeds: readonly number[]): ExploitProbe {
  const shoppers = (listing: number, seed: number) => {
    const ids = ['C1', 'C2', 'C3', 'C4'];
    const state = createInitialState(scenario, ids);
    const decisions: Record<string, ModuleDecisions> = {};
    ids
      .slice(0, listing)
      .forEach((id) => (decisions[id] = botDecisions('ADAPTIVE', scenario, state, id, 1, undefined, seed)));
    const out = resolveRound({ scenario, seed, state, decisions }).outcome;
    return out.markets.reduce((s, m) => s + m.shoppers, 0);
  };
  const crowded = mean(seeds.map((s) => shoppers(4, s)));
  const quiet = mean(seeds.map((s) => shoppers(1, s)));
  return { name: 'CROWDING', probe: round1(crowded), control: round1(quiet), pays: crowded > quiet + 1e-6 };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round4 = (x: number) => Math.round(x * 10000) / 10000;

/** The skill share of `scenario` over `seeds` (rounds: the scenario's count unless given). */
export function skillShare(scenario: Scenario, seeds: readonly number[], rounds = scenario.rounds.count): SkillShare {
  const twinSpread = [...SENSIBLE, 'COST_PLUS' as const].map((strategy) => ({
    strategy,
    spread: round4(
      Math.max(
        ...seeds.map((seed) =>
          spreadOf(
            playTwinSeason(scenario, { seed, strategy, twins: 4, rivals: ['ADAPTIVE', 'RANDOM'], rounds }).twinTotals,
          ),
        ),
      ),
    ),
  }));
  const maxTwinSpread = Math.max(...twinSpread.map((t) => t.spread));
  const perSeed = seeds.map((seed) => playMixed(scenario, seed, undefined, rounds).totals);
  const strategyMeans = BOT_STRATEGIES.map((strategy) => ({
    strategy,
    mean: round1(mean(perSeed.map((t) => t.get(strategy) ?? 0))),
  })).sort((a, b) => b.mean - a.mean);
  const best = strategyMeans.find((s) => SENSIBLE.includes(s.strategy))?.mean ?? 0;
  const naive = strategyMeans.find((s) => s.strategy === NAIVE)?.mean ?? 0;
  const gap = round1(best - naive);
  const spreadPoints = maxTwinSpread * best;
  const gapOverSpread = spreadPoints > 0 ? round1(gap / spreadPoints) : null;
  const orders = perSeed.map((t) => orderBy(t));
  const taus: number[] = [];
  for (let i = 0; i < orders.length; i += 1)
    for (let j = i + 1; j < orders.length; j += 1) taus.push(kendallTau(orders[i], orders[j]));
  const exploits = [
    exploitProbe(scenario, seeds, 'DUMPING', dumping, rounds),
    exploitProbe(scenario, seeds, 'PREMIUM_SHIPPING', premiumShipping, rounds),
    crowdingProbe(scenario, seeds),
  ];
  const reasons: string[] = [];
  for (const t of twinSpread)
    if (t.spread > TWIN_TARGET)
      reasons.push(
        `${t.strategy} twins end ${(t.spread * 100).toFixed(1)} % from their mean (target ≤ ${TWIN_TARGET * 100} %)`,
      );
  if (gap <= 0) reasons.push(`${NAIVE} does as well as the best sensible strategy (gap ${gap} points)`);
  else if (gap < GAP_FACTOR * spreadPoints)
    reasons.push(
      `the best strategy leads ${NAIVE} by ${gap} points, less than ${GAP_FACTOR} × the twin spread (${round1(spreadPoints)} points)`,
    );
  for (const e of exploits)
    if (e.pays) reasons.push(`${e.name} pays: ${e.probe} against ${e.control} for the honest control`);
  return {
    seeds: [...seeds],
    twinSpread,
    maxTwinSpread,
    strategyMeans,
    gap,
    gapOverSpread,
    rankCorrelation: round4(taus.length > 0 ? mean(taus) : 1),
    exploits,
    passed: reasons.length === 0,
    reasons,
  };
}

/** The skill share as lines of text, ending with PASS or FAIL and the reasons. */
export function formatSkillShare(r: SkillShare): string {
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  return [
    `skill share (target: twins within ${TWIN_TARGET * 100} % of their mean; best strategy ahead of ${NAIVE} by ≥ ${GAP_FACTOR} × that spread; no exploit pays):`,
    `  twin spread (4 identical teams, largest over seeds): ${r.twinSpread.map((t) => `${t.strategy} ${pct(t.spread)}`).join(', ')}`,
    `  strategy means: ${r.strategyMeans.map((s) => `${s.strategy} ${s.mean}`).join(', ')}`,
    `  gap best − ${NAIVE}: ${r.gap} points${r.gapOverSpread === null ? ' (the twins did not spread at all)' : ` = ${r.gapOverSpread} × the largest twin spread`}`,
    `  rank correlation of the strategies across seeds (mean Kendall tau): ${r.rankCorrelation}`,
    `  exploits (pay: > ${EXPLOIT_MARGIN * 100} % over the honest control): ${r.exploits.map((e) => `${e.name} ${e.pays ? 'PAYS' : 'does not pay'} (${e.probe} vs ${e.control})`).join('; ')}`,
    r.passed ? 'PASS' : `FAIL: ${r.reasons.join('; ')}`,
  ].join('\n');
}
