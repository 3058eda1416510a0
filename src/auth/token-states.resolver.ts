import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from './current-viewer.decorator';
import { Roles } from './roles.decorator';
import { TokenStatesService } from './token-states.service';
import type { Viewer } from './viewer';

@ObjectType({ description: 'A team or grader token of a game, without its secret.' })
export class TokenStateModel {
  @Field({ description: 'TEAM or GRADER.' }) role!: string;
  @Field(() => ID, { nullable: true }) teamId!: string | null;
  @Field(() => String, { nullable: true }) teamCode!: string | null;
  @Field() label!: string;
  @Field({ description: 'ISO 8601.' }) createdAt!: string;
  @Field(() => String, { nullable: true, description: 'ISO 8601; none: it does not expire.' }) expiresAt!:
    string | null;
  @Field(() => String, { nullable: true, description: 'ISO 8601, when it was rotated or revoked.' }) revokedAt!:
    string | null;
  @Field({ description: 'LIVE, REVOKED or EXPIRED.' }) state!: string;
}

@Resolver()
export class TokenStatesResolver {
  constructor(private readonly states: TokenStatesService) {}

  @Query(() => [TokenStateModel], {
    description:
      'Instructors: every team and grader token of a game, newest first — whose, since when, until when, and whether it is live, revoked or expired (never the secret).',
  })
  @Roles('INSTRUCTOR')
  gameTokens(@CurrentViewer() viewer: Viewer, @Args('gameId', { type: () => ID }) gameId: string) {
    return this.states.forGame(viewer, gameId);
  }
}
