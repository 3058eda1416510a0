/** The engine's public API (pure: no framework, no I/O, no clock). */
export { resolveRound } from './resolve-round';
export { alternativeSeed, luckAdjustedScores, type LuckAdjustedScore } from './luck-adjusted';
export { ENGINE_VERSION, replaysOnThisEngine } from './engine-version';
export { createInitialState } from './initial-state';
export { checkDecision } from './decisions/check-decision';
export { emptyDecision, carryForward, type AnyModuleDecision } from './decisions/empty-decision';
export { effectiveDecisions, type EffectiveDecisions } from './decisions/effective-decisions';
export { DecisionErrorCode } from './decisions/decision-codes';
export { DECISION_LIMITS } from './decisions/decision-limits';
export { canonicalJson } from './canonical';
export { teamView } from './team-view';
export { roundSpec, moduleEnabled } from './market/scenario-index';
export { MODULE_ORDER } from './market/modules';
export { LEDGER_KINDS } from './operations/ledger';
export * from './types';
export { botDecisions, BOT_STRATEGIES, isBotStrategy, type BotStrategy } from './bots';
