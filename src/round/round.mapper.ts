import { RoundStatusEnum, type RoundModel } from '../game/game.model';
import type { RoundEntity } from './round.entity';

export function toRoundModel(r: RoundEntity): RoundModel {
  return {
    gameId: r.gameId,
    number: r.number,
    status: RoundStatusEnum[r.status],
    openedAt: r.openedAt,
    deadline: r.deadline,
    closedAt: r.closedAt,
    outcomeHash: r.outcomeHash,
  };
}
