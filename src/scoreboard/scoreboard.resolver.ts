import { Args, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Viewer } from '../auth/viewer';
import { toGameModel, toTeamModel } from '../game/game.mapper';
import { GameModel } from '../game/game.model';
import { Scoreboard } from '../report/report.model';
import { ModuleEnum } from '../scenario/scenario.model';
import { MODULES } from '../scenario/scenario.schema';
import type { ScoreAdjustmentEntity } from './score-adjustment.entity';
import { ScoreboardService } from './scoreboard.service';
import { RankByEnum } from './rank-by.enum';

@InputType()
export class AdjustScoreInput {
  @Field(() => ID) gameId!: string;
  @Field(() => ID) teamId!: string;
  @Field(() => Int) round!: number;
  @Field(() => Float, { description: 'Bonus (> 0) or penalty (< 0) in total points.' }) points!: number;
  @Field({ description: 'Shown to the team and in exports.' }) reason!: string;
}

@ObjectType()
export class ScoreAdjustment {
  @Field(() => ID) id!: string;
  @Field(() => ID) teamId!: string;
  @Field(() => Int) round!: number;
  @Field(() => Float) points!: number;
  @Field() reason!: string;
  @Field() createdBy!: string;
  @Field() createdAt!: string;
}

const toAdjustment = (a: ScoreAdjustmentEntity): ScoreAdjustment => ({
  id: a.id,
  teamId: a.teamId,
  round: a.roundNumber,
  points: a.points,
  reason: a.reason,
  createdBy: a.createdBy,
  createdAt: a.createdAt,
});

@Resolver()
export class ScoreboardResolver {
  constructor(private readonly boards: ScoreboardService) {}

  @Query(() => Scoreboard, {
    description: 'Standings of one round, or cumulative over closed rounds when round is omitted.',
  })
  @Roles('INSTRUCTOR', 'GRADER', 'TEAM')
  async scoreboard(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
    @Args('round', { type: () => Int, nullable: true }) round?: number | null,
  ): Promise<Scoreboard> {
    const view = await this.boards.scoreboard(viewer, gameId, round);
    return {
      ...view,
      rankBy: RankByEnum[view.rankBy],
      rows: view.rows.map((r) => ({
        rank: r.rank,
        team: toTeamModel(r.team),
        total: r.total,
        scored: r.scored,
        adjustment: r.adjustment,
        absentRounds: r.absentRounds,
        autopilotRounds: r.autopilotRounds,
        modules: MODULES.map((m) => ({ module: ModuleEnum[m], score: r.modules[m] })),
        grade: r.grade,
        luckGrade: r.luckGrade,
        luckTotal: r.luckTotal,
        luckModules: r.luckModules
          ? MODULES.map((m) => ({ module: ModuleEnum[m], score: (r.luckModules as Record<string, number>)[m] }))
          : null,
      })),
    };
  }

  @Query(() => [ScoreAdjustment], { description: 'Bonuses and penalties of a game (teams: their own).' })
  @Roles('INSTRUCTOR', 'GRADER', 'TEAM')
  async adjustments(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
  ): Promise<ScoreAdjustment[]> {
    return (await this.boards.adjustments(viewer, gameId)).map(toAdjustment);
  }

  @Mutation(() => ScoreAdjustment, {
    description: 'Add a bonus or penalty with a reason (audited, shown in the scoreboard and exports).',
  })
  @Roles('INSTRUCTOR')
  async adjustScore(@CurrentViewer() viewer: Viewer, @Args('input') input: AdjustScoreInput): Promise<ScoreAdjustment> {
    return toAdjustment(await this.boards.adjust(viewer, input));
  }

  @Mutation(() => GameModel, {
    description: 'Teams see the scoreboard as it stood after `afterRound` until it is revealed.',
  })
  @Roles('INSTRUCTOR')
  async freezeScoreboard(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
    @Args('afterRound', { type: () => Int }) afterRound: number,
  ): Promise<GameModel> {
    return toGameModel(await this.boards.setFreeze(viewer, gameId, afterRound), viewer);
  }

  @Mutation(() => GameModel, { description: 'Lift a freeze: teams see the whole scoreboard again.' })
  @Roles('INSTRUCTOR')
  async revealScoreboard(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
  ): Promise<GameModel> {
    return toGameModel(await this.boards.setFreeze(viewer, gameId, null), viewer);
  }
}
