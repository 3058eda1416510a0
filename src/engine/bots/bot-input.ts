/** What a bot decides from, and its seeded streams. Pure. */
import type { Scenario } from '../../scenario/scenario.schema';
import type {
  AdsDecision,
  FulfillmentDecision,
  ModuleDecisions,
  OperationsDecision,
  SelectionDecision,
  TeamRoundResult,
  TeamState,
} from '../types';
import { createStream, type Rng } from '../random';

export const BOT_STRATEGIES = [
  'RANDOM',
  'COST_PLUS',
  'ADAPTIVE',
  'VOLUME',
  'PREMIUM_NICHE',
  'ADS_HEAVY',
  'WAREHOUSE',
] as const;
export type BotStrategy = (typeof BOT_STRATEGIES)[number];

export function isBotStrategy(value: string): value is BotStrategy {
  return (BOT_STRATEGIES as readonly string[]).includes(value);
}

export interface BotInput {
  scenario: Scenario;
  /** The team's state before the round being decided (undefined: the scenario's starting position). */
  team: TeamState | undefined;
  teamId: string;
  /** The round being decided (1-based). */
  round: number;
  /** The team's own result of the previous round, if any. */
  lastResult: TeamRoundResult | undefined;
  /** Decisions in force last round (from the state). */
  last: ModuleDecisions;
  /** Draws for this round: stream `${seed}|${round}|${teamId}|bot`. */
  rng: Rng;
  /** Draws that stay the same all game (a bot's "character"): stream `${seed}|0|${teamId}|bot`. */
  traits: Rng;
}

export interface FullDecisions {
  OPERATIONS: OperationsDecision;
  SELECTION: SelectionDecision;
  ADS: AdsDecision;
  FULFILLMENT: FulfillmentDecision;
}

export function botStreams(seed: number, round: number, teamId: string): { rng: Rng; traits: Rng } {
  return { rng: createStream(seed, round, teamId, 'bot'), traits: createStream(seed, 0, teamId, 'bot') };
}

/** Integer in [lo, hi]. */
export function randInt(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng.next() * (hi - lo + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng.next() * items.length)];
}

/** `k` distinct items in a seeded order (partial Fisher-Yates on a copy). */
export function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const copy = [...items];
  const n = Math.min(k, copy.length);
  for (let i = 0; i < n; i += 1) {
    const j = i + Math.floor(rng.next() * (copy.length - i));
    const t = copy[i];
    copy[i] = copy[j];
    copy[j] = t;
  }
  return copy.slice(0, n);
}
