import { Args, Field, ID, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { AppError, AppErrorCode } from '../common/app-error';
import { AuditService } from '../common/audit.service';
import { Clock } from '../common/clock';
import { futureIso } from '../common/future-date';
import { DatabaseService } from '../database/database.service';
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

@ObjectType({ description: 'A new grader token for a game, shown once.' })
export class GraderCredential {
  @Field(() => ID) gameId!: string;
  @Field() token!: string;
}

/** Instructors rotate and revoke tokens; every change is audited. */
@Resolver()
export class TokenResolver {
  constructor(
    private readonly db: DatabaseService,
    private readonly tokens: TokenService,
    private readonly games: GameService,
    private readonly audit: AuditService,
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
    if (team.botStrategy)
      throw new AppError(
        AppErrorCode.BAD_INPUT,
        `team ${team.code} is played by the ${team.botStrategy} bot and has no token`,
        { field: 'teamId' },
      );
    const token = await this.db.write(async (em) => {
      const t = await this.tokens.rotateTeamToken(
        em,
        team.gameId,
        team.id,
        `team ${team.code} ${team.name} (rotated)`,
        expiry,
      );
      await this.audit.record(em, viewer, 'TOKEN_ROTATED', team.gameId, { team: team.code, expiresAt: expiry });
      return t;
    });
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
    const revoked = await this.db.write(async (em) => {
      const n = await this.tokens.revokeTeamTokens(em, team.id);
      await this.audit.record(em, viewer, 'TOKEN_REVOKED', team.gameId, { team: team.code, revoked: n });
      return n;
    });
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
    const token = await this.db.write(async (em) => {
      const { token: t } = await this.tokens.issue(
        em,
        'GRADER',
        (label ?? `grader of ${game.name}`).slice(0, 120),
        { gameId: game.id },
        { expiresAt: expiry },
      );
      await this.audit.record(em, viewer, 'GRADER_TOKEN_CREATED', game.id, { label: label ?? null, expiresAt: expiry });
      return t;
    });
    return { gameId: game.id, token };
  }
}
