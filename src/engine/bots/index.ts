/** Bot teams (pure, deterministic): RANDOM, COST_PLUS, ADAPTIVE. */
export { botDecisions } from './bot-decisions';
export { BOT_STRATEGIES, isBotStrategy, type BotStrategy } from './bot-input';
export { playBotSeason, seatDecisions, type BotSeat, type BotSeason } from './play-season';
