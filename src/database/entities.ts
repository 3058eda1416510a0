import { AccessTokenEntity } from '../auth/access-token.entity';
import { AuditLogEntity } from '../common/audit-log.entity';
import { DecisionSetEntity } from '../decision/decision-set.entity';
import { GameEntity } from '../game/game.entity';
import { TeamEntity } from '../game/team.entity';
import { TeamRoundResultEntity } from '../report/team-round-result.entity';
import { RoundEntity } from '../round/round.entity';
import { ScenarioEntity } from '../scenario/scenario.entity';
import { ScoreAdjustmentEntity } from '../scoreboard/score-adjustment.entity';

export const ENTITIES = [
  ScenarioEntity,
  GameEntity,
  TeamEntity,
  RoundEntity,
  DecisionSetEntity,
  TeamRoundResultEntity,
  AccessTokenEntity,
  AuditLogEntity,
  ScoreAdjustmentEntity,
];
