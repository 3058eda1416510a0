import { registerEnumType } from '@nestjs/graphql';

export enum RankByEnum {
  REALISED = 'REALISED',
  LUCK_ADJUSTED = 'LUCK_ADJUSTED',
}
registerEnumType(RankByEnum, {
  name: 'RankBy',
  description:
    "What ranks the scoreboard (the scenario's scoring.rankBy): REALISED, the round as it happened, or LUCK_ADJUSTED, the mean over the luck replays.",
});
