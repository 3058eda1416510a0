/**
 * Scenario balance check: plays bot mixes over K seeds through the engine
 * alone (no database) and reports dominant strategies, bankruptcies, how
 * much each module's weight moves the ranking, and the luck spread. Pure.
 */
import { type BotStrategy, MODULE_ORDER } from '../engine';
import { playBotSeason } from '../engine/bots';
import { totalScore } from '../engine/scoring/band-points';
import type { ModuleName, RoundOutcome, Scenario } from '../engine/types';
import { seatCodes } from './bot-mix';
import { kendallTau, mean, orderBy, stdev } from './kendall-tau';

/** A strategy ranking first in at least this share of seeds dominates. */
export const DOMINANCE_SHARE = 0.8;
export const WEIGHT_FACTORS = [0, 2] as const;

export interface StrategyBalance {
  strategy: BotStrategy;
  /** Seats per seed. */
  teams: number;
  /** Seeds in which a team of this strategy ranked first. */
  wins: number;
  firstShare: number;
  averageRank: number;
  averageTotal: number;
  /** Luck spread: the ranks of this strategy's teams over every seed. */
  rankMin: number;
  rankMax: number;
  rankStdev: number;
  bankruptTeams: number;
}

export interface WeightSensitivity {
  module: ModuleName;
  /** The module's weight multiplied by this (0 = removed, 2 = doubled). */
  factor: number;
  /** Mean Kendall tau between the re-weighted and the actual final ranking (1 = unchanged). */
  kendallTau: number;
  /** Mean |rank change| of a team. */
  meanRankChange: number;
  /** Seeds whose winner changed. */
  winnerChanged: number;
}

export interface BalanceReport {
  scenario: string;
  version: number;
  seeds: number[];
  rounds: number;
  mix: BotStrategy[];
  strategies: StrategyBalance[];
  /** The strategy ranking first in ≥ 80 % of seeds, if any. */
  dominant: BotStrategy | null;
  bankruptcies: { teamSeasons: number; cashNegative: number; purchaseCut: number };
  weightSensitivity: WeightSensitivity[];
}

interface SeedRun {
  seed: number;
  /** Final ranking (team codes, best first). */
  order: string[];
  totals: Map<string, number>;
  outcomes: RoundOutcome[];
  bankrupt: Map<string, { cashNegative: boolean; purchaseCut: boolean }>;
}

/** Season totals per team with the given weights (each round's total recomputed from its module scores). */
export function seasonTotals(
  outcomes: readonly RoundOutcome[],
  weights: Record<ModuleName, number>,
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const o of outcomes)
    for (const t of o.teams) totals.set(t.teamId, (totals.get(t.teamId) ?? 0) + totalScore(t.scores, weights));
  return totals;
}

function runSeed(scenario: Scenario, seed: number, mix: readonly BotStrategy[], rounds: number): SeedRun {
  const codes = seatCodes(mix.length);
  const { outcomes } = playBotSeason(
    scenario,
    seed,
    codes.map((teamId, i) => ({ teamId, strategy: mix[i] })),
    rounds,
  );
  const totals = seasonTotals(outcomes, scenario.scoring.weights);
  const bankrupt = new Map<string, { cashNegative: boolean; purchaseCut: boolean }>();
  for (const o of outcomes) {
    for (const t of o.teams) {
      const b = bankrupt.get(t.teamId) ?? { cashNegative: false, purchaseCut: false };
      if (t.cashEndCents < 0) b.cashNegative = true;
      if ((t.adjustments ?? []).some((a) => a.code === 'PURCHASE_CUT')) b.purchaseCut = true;
      bankrupt.set(t.teamId, b);
    }
  }
  return { seed, order: orderBy(totals), totals, outcomes, bankrupt };
}

function sensitivity(
  scenario: Scenario,
  runs: readonly SeedRun[],
  module: ModuleName,
  factor: number,
): WeightSensitivity {
  const weights = { ...scenario.scoring.weights, [module]: scenario.scoring.weights[module] * factor };
  const taus: number[] = [];
  const changes: number[] = [];
  let winnerChanged = 0;
  for (const run of runs) {
    const order = orderBy(seasonTotals(run.outcomes, weights));
    taus.push(kendallTau(run.order, order));
    const rank = new Map(order.map((id, i) => [id, i]));
    run.order.forEach((id, i) => changes.push(Math.abs((rank.get(id) as number) - i)));
    if (order[0] !== run.order[0]) winnerChanged += 1;
  }
  return { module, factor, kendallTau: round3(mean(taus)), meanRankChange: round3(mean(changes)), winnerChanged };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The balance report of `mix` over the seeds (default rounds: the scenario's count). */
export function checkScenarioBalance(
  scenario: Scenario,
  seeds: readonly number[],
  mix: readonly BotStrategy[],
  rounds = scenario.rounds.count,
): BalanceReport {
  const codes = seatCodes(mix.length);
  const strategyOf = new Map(codes.map((c, i) => [c, mix[i]]));
  const runs = seeds.map((seed) => runSeed(scenario, seed, mix, rounds));
  const strategies = [...new Set(mix)].map((strategy): StrategyBalance => {
    const ranks: number[] = [];
    const totals: number[] = [];
    let wins = 0;
    let bankruptTeams = 0;
    for (const run of runs) {
      if (strategyOf.get(run.order[0]) === strategy) wins += 1;
      run.order.forEach((code, i) => {
        if (strategyOf.get(code) !== strategy) return;
        ranks.push(i + 1);
        totals.push(run.totals.get(code) ?? 0);
        const b = run.bankrupt.get(code);
        if (b && (b.cashNegative || b.purchaseCut)) bankruptTeams += 1;
      });
    }
    return {
      strategy,
      teams: mix.filter((m) => m === strategy).length,
      wins,
      firstShare: round3(runs.length > 0 ? wins / runs.length : 0),
      averageRank: round3(mean(ranks)),
      averageTotal: round3(mean(totals)),
      rankMin: Math.min(...ranks),
      rankMax: Math.max(...ranks),
      rankStdev: round3(stdev(ranks)),
      bankruptTeams,
    };
  });
  const dominant = strategies.find((s) => runs.length > 0 && s.wins / runs.length >= DOMINANCE_SHARE)?.strategy ?? null;
  let cashNegative = 0;
  let purchaseCut = 0;
  let teamSeasons = 0;
  for (const run of runs) {
    for (const b of run.bankrupt.values()) {
      if (b.cashNegative) cashNegative += 1;
      if (b.purchaseCut) purchaseCut += 1;
      if (b.cashNegative || b.purchaseCut) teamSeasons += 1;
    }
  }
  const weightSensitivity = MODULE_ORDER.flatMap((m) => WEIGHT_FACTORS.map((f) => sensitivity(scenario, runs, m, f)));
  return {
    scenario: scenario.id,
    version: scenario.version,
    seeds: [...seeds],
    rounds,
    mix: [...mix],
    strategies,
    dominant,
    bankruptcies: { teamSeasons, cashNegative, purchaseCut },
    weightSensitivity,
  };
}

/** A human-readable table of the report. */
export function formatBalanceReport(r: BalanceReport): string {
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  const lines = [
    `scenario ${r.scenario}@${r.version}: ${r.seeds.length} seed(s) [${r.seeds.join(', ')}], ${r.rounds} round(s), ${r.mix.length} bot teams`,
    '',
    `${pad('strategy', 11)}${pad('teams', 7)}${pad('wins', 6)}${pad('1st %', 7)}${pad('avg rank', 10)}${pad('avg total', 11)}${pad('rank min..max', 15)}${pad('rank sd', 9)}bankrupt`,
    ...r.strategies.map(
      (s) =>
        `${pad(s.strategy, 11)}${pad(s.teams, 7)}${pad(s.wins, 6)}${pad(Math.round(s.firstShare * 100), 7)}${pad(s.averageRank.toFixed(2), 10)}${pad(s.averageTotal.toFixed(1), 11)}${pad(`${s.rankMin}..${s.rankMax}`, 15)}${pad(s.rankStdev.toFixed(2), 9)}${s.bankruptTeams}`,
    ),
    '',
    r.dominant
      ? `DOMINANT: ${r.dominant} ranks first in ≥ ${DOMINANCE_SHARE * 100} % of seeds`
      : `no dominant strategy (none ranks first in ≥ ${DOMINANCE_SHARE * 100} % of seeds)`,
    `bankruptcies: ${r.bankruptcies.teamSeasons} team-season(s) (cash < 0: ${r.bankruptcies.cashNegative}, purchase cut for lack of cash: ${r.bankruptcies.purchaseCut})`,
    '',
    'module weight sensitivity (vs the actual final ranking, mean over seeds):',
    `  ${pad('module', 13)}${pad('weight', 8)}${pad('kendall tau', 13)}${pad('mean |Δrank|', 14)}winner changed`,
    ...r.weightSensitivity.map(
      (w) =>
        `  ${pad(w.module, 13)}${pad(`×${w.factor}`, 8)}${pad(w.kendallTau.toFixed(3), 13)}${pad(w.meanRankChange.toFixed(2), 14)}${w.winnerChanged}/${r.seeds.length}`,
    ),
  ];
  return lines.join('\n');
}
