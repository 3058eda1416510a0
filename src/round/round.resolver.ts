import {
  Args,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
  createUnionType,
} from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Viewer } from '../auth/viewer';
import { forbidden } from '../common/app-error';
import { DecisionQueriesService } from '../decision/decision-queries.service';
import { RoundModel, SubmissionStatus } from '../game/game.model';
import { toTeamModel } from '../game/game.mapper';
import { GameService } from '../game/game.service';
import { toRoundModel } from './round.mapper';
import { ROUND_CHANGED, RoundEvents } from './round-events';
import { RoundQueueService } from './round-queue.service';
import { RoundService } from './round.service';

@ObjectType({ description: 'Opening or closing was refused; nothing changed.' })
export class RoundActionError {
  @Field({ description: 'NO_OPEN_ROUND, ROUND_ALREADY_OPEN or GAME_FINISHED' }) errorCode!: string;
  @Field() message!: string;
}

export const RoundActionResult = createUnionType({
  name: 'RoundActionResult',
  types: () => [RoundModel, RoundActionError] as const,
  resolveType: (v: object) => ('errorCode' in v ? RoundActionError : RoundModel),
});

@ObjectType({ description: 'A round opened or closed.' })
export class RoundChanged {
  @Field(() => ID) gameId!: string;
  @Field(() => Int) round!: number;
  @Field() status!: string;
  @Field(() => String, { nullable: true }) outcomeHash!: string | null;
  @Field() gameStatus!: string;
}

@Resolver(() => RoundModel)
export class RoundResolver {
  constructor(
    private readonly rounds: RoundService,
    private readonly games: GameService,
    private readonly decisions: DecisionQueriesService,
    private readonly events: RoundEvents,
    private readonly queue: RoundQueueService,
  ) {}

  @Query(() => RoundModel)
  @Roles('INSTRUCTOR', 'GRADER', 'TEAM')
  async round(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
    @Args('number', { type: () => Int }) number: number,
  ): Promise<RoundModel> {
    this.games.assertGameAccess(viewer, gameId);
    return toRoundModel(await this.rounds.get(gameId, number));
  }

  @Mutation(() => RoundActionResult, {
    description: 'Open the next round (optionally with a deadline, ISO 8601, at which it closes by itself).',
  })
  @Roles('INSTRUCTOR')
  async openRound(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
    @Args('deadline', { type: () => String, nullable: true }) deadline?: string | null,
  ): Promise<typeof RoundActionResult> {
    const r = await this.rounds.open(viewer, gameId, deadline);
    return r.ok ? toRoundModel(r.round) : { errorCode: r.errorCode, message: r.message };
  }

  @Mutation(() => RoundActionResult, {
    description:
      "Set, move or remove (null) the open round's deadline (ISO 8601, in the future); NO_OPEN_ROUND when no round is open.",
  })
  @Roles('INSTRUCTOR')
  async setDeadline(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
    @Args('deadline', { type: () => String, nullable: true }) deadline?: string | null,
  ): Promise<typeof RoundActionResult> {
    const r = await this.rounds.setDeadline(viewer, gameId, deadline ?? null);
    return r.ok ? toRoundModel(r.round) : { errorCode: r.errorCode, message: r.message };
  }

  @Mutation(() => RoundActionResult, {
    description: 'Close the open round: resolve the market for every team and publish results.',
  })
  @Roles('INSTRUCTOR')
  async closeRound(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
  ): Promise<typeof RoundActionResult> {
    const r = await this.queue.close(viewer, gameId);
    return r.ok ? toRoundModel(r.round) : { errorCode: r.errorCode, message: r.message };
  }

  @ResolveField(() => [SubmissionStatus], {
    description: 'Instructors only: latest submission version per team and module.',
  })
  async submissions(@CurrentViewer() viewer: Viewer, @Parent() round: RoundModel): Promise<SubmissionStatus[]> {
    if (viewer.role !== 'INSTRUCTOR') throw forbidden('only instructors see submission progress');
    const [teams, progress] = await Promise.all([
      this.games.teams(round.gameId),
      this.decisions.progress(round.gameId, round.number),
    ]);
    return teams.map((t) => {
      const p = progress.get(t.id) ?? { OPERATIONS: 0, SELECTION: 0, ADS: 0, FULFILLMENT: 0 };
      return {
        team: toTeamModel(t),
        operations: p.OPERATIONS,
        selection: p.SELECTION,
        ads: p.ADS,
        fulfillment: p.FULFILLMENT,
      };
    });
  }

  @Subscription(() => RoundChanged, {
    name: ROUND_CHANGED,
    description: 'Rounds of a game opening and closing (graphql-ws).',
  })
  @Roles('INSTRUCTOR', 'GRADER', 'TEAM')
  roundChanged(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
  ): AsyncIterableIterator<unknown> {
    this.games.assertGameAccess(viewer, gameId);
    return this.events.iterator(gameId);
  }
}
