import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { teamView } from '../engine';
import { Roles } from '../auth/roles.decorator';
import type { Viewer } from '../auth/viewer';
import { RoundModel } from './game.model';
import { toRoundModel } from '../round/round.mapper';
import { RoundService } from '../round/round.service';
import { toScenarioModel } from '../scenario/scenario.mapper';
import { ScenarioModel } from '../scenario/scenario.model';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { toGameModel, toTeamModel } from './game.mapper';
import {
  BotStrategyEnum,
  CreateGameInput,
  CreatedGame,
  GameModel,
  Me,
  StockLine,
  TeamModel,
  TeamStatus,
} from './game.model';
import { GameService } from './game.service';

@Resolver(() => GameModel)
export class GameResolver {
  constructor(
    private readonly gameService: GameService,
    private readonly roundService: RoundService,
    private readonly scenarios: ScenarioStoreService,
  ) {}

  @Query(() => Me, { description: 'Who the token belongs to.' })
  @Roles('INSTRUCTOR', 'GRADER', 'TEAM')
  async me(@CurrentViewer() viewer: Viewer): Promise<Me> {
    const team = viewer.teamId ? toTeamModel(await this.gameService.team(viewer.teamId)) : null;
    return { role: viewer.role, gameId: viewer.gameId, team };
  }

  @Query(() => [GameModel], { description: 'Instructors: every game. Teams and graders: their game.' })
  @Roles('INSTRUCTOR', 'GRADER', 'TEAM')
  async games(@CurrentViewer() viewer: Viewer): Promise<GameModel[]> {
    return (await this.gameService.list(viewer)).map((g) => toGameModel(g, viewer));
  }

  @Query(() => GameModel)
  @Roles('INSTRUCTOR', 'GRADER', 'TEAM')
  async game(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<GameModel> {
    return toGameModel(await this.gameService.get(viewer, id), viewer);
  }

  @Query(() => TeamModel, { description: 'The calling team (team tokens only).' })
  @Roles('TEAM')
  async myTeam(@CurrentViewer() viewer: Viewer): Promise<TeamModel> {
    return toTeamModel(await this.gameService.team(viewer.teamId as string));
  }

  @Query(() => TeamStatus, {
    description: 'Cash, stock and pipeline of the calling team at the start of the open round.',
  })
  @Roles('TEAM')
  async myStatus(@CurrentViewer() viewer: Viewer): Promise<TeamStatus> {
    const game = await this.gameService.get(viewer, viewer.gameId as string);
    const team = await this.gameService.team(viewer.teamId as string);
    const t = teamView(await this.gameService.state(game), team.code);
    if (!t) return { cashCents: 0, serviceScore: 0, badges: [], stock: [], pipeline: [] };
    const stock: StockLine[] = Object.entries(t.stock).flatMap(([location, byProduct]) =>
      Object.entries(byProduct)
        .filter(([, units]) => units > 0)
        .map(([product, units]) => ({ location, product, units })),
    );
    return {
      cashCents: t.cashCents,
      serviceScore: t.serviceScore,
      badges: t.badges,
      stock,
      pipeline: t.pipeline.map((p) => ({
        location: p.location,
        product: p.product,
        units: p.units,
        arrivesRound: p.arrivesRound,
      })),
    };
  }

  @Mutation(() => CreatedGame, {
    description: 'Create a game from a stored scenario. Team and grader tokens are shown only in this answer.',
  })
  @Roles('INSTRUCTOR')
  async createGame(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateGameInput): Promise<CreatedGame> {
    const r = await this.gameService.create(viewer, {
      ...input,
      scenarioVersion: input.scenarioVersion ?? undefined,
      seed: input.seed ?? undefined,
    });
    return {
      game: toGameModel(r.game, viewer),
      teams: r.teams.map(({ team, token }) => ({ team: toTeamModel(team), token })),
      graderToken: r.graderToken,
    };
  }

  @Mutation(() => TeamModel, {
    description: 'Seat a bot team (before round 1 opens). The server generates its decisions at every close.',
  })
  @Roles('INSTRUCTOR')
  async addBotTeam(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
    @Args('strategy', { type: () => BotStrategyEnum }) strategy: BotStrategyEnum,
    @Args('name', { type: () => String, nullable: true }) name?: string | null,
  ): Promise<TeamModel> {
    return toTeamModel(await this.gameService.addBot(viewer, gameId, strategy, name));
  }

  @ResolveField(() => [TeamModel])
  async teams(@CurrentViewer() viewer: Viewer, @Parent() game: GameModel): Promise<TeamModel[]> {
    this.gameService.assertGameAccess(viewer, game.id);
    return (await this.gameService.teams(game.id)).map(toTeamModel);
  }

  @ResolveField(() => [RoundModel])
  async rounds(@CurrentViewer() viewer: Viewer, @Parent() game: GameModel): Promise<RoundModel[]> {
    this.gameService.assertGameAccess(viewer, game.id);
    return (await this.roundService.list(game.id)).map(toRoundModel);
  }

  @ResolveField(() => ScenarioModel)
  async scenario(@Parent() game: GameModel): Promise<ScenarioModel> {
    const e = await this.scenarios.byKey(game.scenarioKey);
    return toScenarioModel(e, this.scenarios.content(e));
  }
}
