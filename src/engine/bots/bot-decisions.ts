/** Deterministic bot teams: one entry point for every strategy. Pure (seeded streams only). */
import type { Scenario } from '../../scenario/scenario.schema';
import type { GameState, ModuleDecisions, TeamRoundResult } from '../types';
import { MODULE_ORDER } from '../market/modules';
import { moduleEnabled } from '../market/scenario-index';
import { adaptiveBot } from './adaptive-bot';
import { botStreams, type BotInput, type BotStrategy, type FullDecisions } from './bot-input';
import { costPlusBot } from './cost-plus-bot';
import { randomBot } from './random-bot';
import { adsHeavyBot, premiumNicheBot, volumeBot, warehouseBot } from './style-bots';

const STRATEGY: Record<BotStrategy, (input: BotInput) => FullDecisions> = {
  RANDOM: randomBot,
  COST_PLUS: costPlusBot,
  ADAPTIVE: adaptiveBot,
  VOLUME: volumeBot,
  PREMIUM_NICHE: premiumNicheBot,
  ADS_HEAVY: adsHeavyBot,
  WAREHOUSE: warehouseBot,
};

/**
 * The decisions of bot `teamId` for `round` (the round being decided;
 * `state` is the state before it, `lastResult` the team's result of the
 * round before). Only the modules enabled in that round are returned.
 */
export function botDecisions(
  strategy: BotStrategy,
  scenario: Scenario,
  state: GameState,
  teamId: string,
  round: number,
  lastResult: TeamRoundResult | undefined,
  seed: number,
): ModuleDecisions {
  const team = state.teams.find((t) => t.teamId === teamId);
  const full = STRATEGY[strategy]({
    scenario,
    team,
    teamId,
    round,
    lastResult,
    last: team?.lastDecisions ?? {},
    ...botStreams(seed, round, teamId),
  });
  const out: ModuleDecisions = {};
  for (const m of MODULE_ORDER) {
    if (!moduleEnabled(scenario, round, m)) continue;
    if (m === 'OPERATIONS') out.OPERATIONS = full.OPERATIONS;
    if (m === 'SELECTION') out.SELECTION = full.SELECTION;
    if (m === 'ADS') out.ADS = full.ADS;
    if (m === 'FULFILLMENT') out.FULFILLMENT = full.FULFILLMENT;
  }
  return out;
}
