/**
 * Twin teams: the fairness probe of duplicate bridge. A group of teams
 * submits byte-identical decisions every round (those a bot would take for
 * the first of them), among rival bots; since they decide alike, any gap
 * between their season totals is luck. Engine only, pure.
 */
import type { Scenario } from '../scenario/scenario.schema';
import {
  botDecisions,
  createInitialState,
  resolveRound,
  type BotStrategy,
  type ModuleDecisions,
  type RoundOutcome,
} from '../engine';

export interface TwinSeasonOptions {
  seed: number;
  /** Strategy whose decisions every twin submits. */
  strategy: BotStrategy;
  twins: number;
  /** Strategies of the other seats, one team each. */
  rivals: readonly BotStrategy[];
  /** Rounds to play (default: the scenario's count). */
  rounds?: number;
}

export interface TwinSeason {
  /** Season totals of the twins, in seat order. */
  twinTotals: number[];
  /** Season totals of the rivals, in `rivals` order. */
  rivalTotals: number[];
  outcomes: RoundOutcome[];
}

const twinId = (i: number) => `twin-${String(i + 1).padStart(2, '0')}`;
const rivalId = (i: number) => `rival-${String(i + 1).padStart(2, '0')}`;

/** Plays a season in which `twins` teams decide exactly alike. */
export function playTwinSeason(scenario: Scenario, o: TwinSeasonOptions): TwinSeason {
  const twins = Array.from({ length: o.twins }, (_, i) => twinId(i));
  const rivals = o.rivals.map((_, i) => rivalId(i));
  let state = createInitialState(scenario, [...twins, ...rivals]);
  const outcomes: RoundOutcome[] = [];
  const rounds = o.rounds ?? scenario.rounds.count;
  for (let r = 1; r <= rounds; r += 1) {
    const last = new Map((outcomes[outcomes.length - 1]?.teams ?? []).map((t) => [t.teamId, t]));
    const shared = botDecisions(o.strategy, scenario, state, twins[0], r, last.get(twins[0]), o.seed);
    const decisions: Record<string, ModuleDecisions> = {};
    for (const t of twins) decisions[t] = shared;
    o.rivals.forEach((strategy, i) => {
      decisions[rivals[i]] = botDecisions(strategy, scenario, state, rivals[i], r, last.get(rivals[i]), o.seed);
    });
    const next = resolveRound({ scenario, seed: o.seed, state, decisions });
    state = next.state;
    outcomes.push(next.outcome);
  }
  const totalOf = (id: string) =>
    outcomes.reduce((s, out) => s + (out.teams.find((t) => t.teamId === id)?.total ?? 0), 0);
  return { twinTotals: twins.map(totalOf), rivalTotals: rivals.map(totalOf), outcomes };
}

/** Largest distance of a total from the mean, as a share of the mean (0 when the mean is 0). */
export function spreadOf(totals: readonly number[]): number {
  if (totals.length === 0) return 0;
  const mean = totals.reduce((a, b) => a + b, 0) / totals.length;
  if (mean <= 0) return 0;
  return Math.max(...totals.map((t) => Math.abs(t - mean))) / mean;
}
