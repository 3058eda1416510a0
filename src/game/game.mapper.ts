import type { Viewer } from '../auth/viewer';
import type { GameEntity } from './game.entity';
import { BotStrategyEnum, GameStatusEnum, type GameModel, type TeamModel } from './game.model';
import type { TeamEntity } from './team.entity';

export function toGameModel(g: GameEntity, viewer: Viewer): GameModel {
  return {
    id: g.id,
    name: g.name,
    scenarioKey: g.scenarioKey,
    seed: viewer.role === 'TEAM' ? null : g.seed,
    status: GameStatusEnum[g.status],
    currentRound: g.currentRound,
    roundCount: g.roundCount,
    engineVersion: g.engineVersion,
    createdAt: g.createdAt,
    freezeAfterRound: g.freezeAfterRound,
    roundMinutes: g.roundMinutes,
  };
}

export function toTeamModel(t: TeamEntity): TeamModel {
  const bot =
    t.botStrategy && t.botStrategy in BotStrategyEnum
      ? BotStrategyEnum[t.botStrategy as keyof typeof BotStrategyEnum]
      : null;
  return { id: t.id, code: t.code, name: t.name, gameId: t.gameId, botStrategy: bot };
}
