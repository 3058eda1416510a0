import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One action recorded in a game: who did what and when.' })
export class AuditEntry {
  @Field(() => ID) id!: string;
  @Field({ description: 'When, as an ISO 8601 UTC timestamp.' }) at!: string;
  @Field({
    description:
      'What: GAME_CREATED, ROUND_OPENED, DEADLINE_SET, DECISIONS_SUBMITTED, ROUND_CLOSED, SCORE_ADJUSTED, SCOREBOARD_FROZEN, SCOREBOARD_REVEALED, BOT_TEAM_ADDED, TOKEN_ROTATED, TOKEN_REVOKED, GRADER_TOKEN_CREATED.',
  })
  action!: string;
  @Field({ description: 'Who: INSTRUCTOR, GRADER, TEAM or SYSTEM (a deadline, the command line).' })
  actorRole!: string;
  @Field(() => String, { nullable: true, description: "The acting team's code, when a team acted." })
  actorTeam!: string | null;
  @Field({ description: 'The action’s details as a JSON object (round, modules, team, points, reason…).' })
  detail!: string;
}

@ObjectType({ description: 'A page of a game’s audit log, newest first.' })
export class AuditLogPage {
  @Field(() => [AuditEntry]) entries!: AuditEntry[];
  @Field(() => Int, { description: 'Entries in the whole log (with the same action filter).' }) total!: number;
}
