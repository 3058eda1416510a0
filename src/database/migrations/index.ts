import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { AdjustmentsAndFreeze1764100000000 } from './1764100000000-adjustments-and-freeze';
import { BotTeams1764200000000 } from './1764200000000-bot-teams';
import { TokenExpiry1764300000000 } from './1764300000000-token-expiry';
import { LuckAndRoundStart1764400000000 } from './1764400000000-luck-and-round-start';
import { RoundMinutes1764500000000 } from './1764500000000-round-minutes';

/** Every migration, oldest first. */
export const MIGRATIONS = [
  InitialSchema1764000000000,
  AdjustmentsAndFreeze1764100000000,
  BotTeams1764200000000,
  TokenExpiry1764300000000,
  LuckAndRoundStart1764400000000,
  RoundMinutes1764500000000,
];
