import { Args, Field, ID, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { Clock } from '../common/clock';
import { futureIso } from '../common/future-date';
import { toTeamModel } from '../game/game.mapper';
import { TeamCredential } from '../game/game.model';
import { GameService } from '../game/game.service';
import { CurrentViewer } from './current-viewer.decorator';
import { Roles } from './roles.decorator';
import { TokenService } from './token.service';
import type { Viewer } from './viewer';

@ObjectType()
export class TokensRevoked {
  @Field(() => ID) teamId!: string;
  @Field(() => Int) revoked!: number;
}

@ObjectType()
export class GraderTokensRevoked {
  @Field(() => ID) gameId!: string;
  @Field(() => Int) revoked!: number;
}

@ObjectType({ description: 'A new grader token for a game, shown once.' })
export class GraderCredential {
  @Field(() => ID) gameId!: string;
  @Field() token!: string;
}

/** Instructors rotate and revoke tokens (TokenService audits every change). */
@Resolver()
export class TokenResolver {
  constructor(
    private readonly tokens: TokenService,
    private readonly games: GameService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => TeamCredential, { description: "Revoke a team's tokens and issue a new one (shown once)." })
  @Roles('INSTRUCTOR')
  async rotateTeamToken(
    @CurrentViewer() viewer: Viewer,
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('expiresAt', {
      type: () => String,
      nullable: true,
      description: 'ISO 8601 date-time after which the new token is refused.',
    })
    expiresAt?: string | null,
  ): Promise<TeamCredential> {
    const expiry = futureIso(expiresAt, 'expiresAt', this.clock.now());
    const team = await this.games.team(teamId);
    const token = await this.tokens.rotateTeamToken(viewer, team, expiry);
    return { team: toTeamModel(team), token };
  }

  @Mutation(() => TokensRevoked, {
    description: 'Revoke every token of a team (it can no longer call the API until rotated).',
  })
  @Roles('INSTRUCTOR')
  async revokeTeamToken(
    @CurrentViewer() viewer: Viewer,
    @Args('teamId', { type: () => ID }) teamId: string,
  ): Promise<TokensRevoked> {
    const team = await this.games.team(teamId);
    const revoked = await this.tokens.revokeTeamTokens(viewer, team);
    return { teamId: team.id, revoked };
  }

  @Mutation(() => GraderCredential, { description: 'Issue another read-only grader token for a game (shown once).' })
  @Roles('INSTRUCTOR')
  async createGraderToken(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
    @Args('label', { nullable: true }) label?: string,
    @Args('expiresAt', {
      type: () => String,
      nullable: true,
      description: 'ISO 8601 date-time after which the token is refused (e.g. the end of marking).',
    })
    expiresAt?: string | null,
  ): Promise<GraderCredential> {
    const expiry = futureIso(expiresAt, 'expiresAt', this.clock.now());
    const game = await this.games.get(viewer, gameId);
    const token = await this.tokens.createGraderToken(viewer, game, label, expiry);
    return { gameId: game.id, token };
  }

  @Mutation(() => GraderCredential, {
    description: 'Revoke every grader token of a game and issue a new one (shown once); like rotateTeamToken.',
  })
  @Roles('INSTRUCTOR')
  async rotateGraderToken(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
    @Args('label', { nullable: true }) label?: string,
    @Args('expiresAt', {
      type: () => String,
      nullable: true,
      description: 'ISO 8601 date-time after which the new token is refused.',
    })
    expiresAt?: string | null,
  ): Promise<GraderCredential> {
    const expiry = futureIso(expiresAt, 'expiresAt', this.clock.now());
    const game = await this.games.get(viewer, gameId);
    const token = await this.tokens.rotateGraderTokens(viewer, game, label, expiry);
    return { gameId: game.id, token };
  }

  @Mutation(() => GraderTokensRevoked, {
    description: 'Revoke every grader token of a game (graders can no longer read it until rotated).',
  })
  @Roles('INSTRUCTOR')
  async revokeGraderTokens(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
  ): Promise<GraderTokensRevoked> {
    const game = await this.games.get(viewer, gameId);
    return { gameId: game.id, revoked: await this.tokens.revokeGraderTokens(viewer, game) };
  }
}
