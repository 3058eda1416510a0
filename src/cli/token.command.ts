import type { INestApplicationContext } from '@nestjs/common';
import { Command } from 'commander';
import { TokenService } from '../auth/token.service';
import { Clock } from '../common/clock';
import { futureIso } from '../common/future-date';
import { GameService } from '../game/game.service';
import type { TeamEntity } from '../game/team.entity';
import { joinLink } from './class-files';
import { CliError, printResult } from './cli-output';
import { consoleBaseUrl, databaseOptions, type DatabaseOptions } from './cli-options';
import { SYSTEM_INSTRUCTOR } from './demo';
import { withHeadless } from './headless';

interface TokenOptions extends DatabaseOptions {
  game: string;
  team?: string;
  grader?: boolean;
  expires?: string;
  url?: string;
}

/** What `token rotate|revoke` reports; `token` and `joinLink` only for a rotation (shown once). */
export interface TokenChange {
  gameId: string;
  holder: string;
  revoked?: number;
  token?: string;
  joinLink?: string;
  expiresAt?: string | null;
}

/** Exactly one holder: `--team` or `--grader`. */
function holderOf(opts: TokenOptions): 'team' | 'grader' {
  if (Boolean(opts.team) === Boolean(opts.grader))
    throw new CliError('BAD_USER_INPUT', 'name whose tokens: --team CODE|ID|NAME or --grader (one of them)', 2);
  return opts.team ? 'team' : 'grader';
}

/** A team of the game by its code (T01), id or exact name; else an error listing the codes. */
async function findTeam(app: INestApplicationContext, gameId: string, which: string): Promise<TeamEntity> {
  await app.get(GameService).get(SYSTEM_INSTRUCTOR, gameId);
  const teams = await app.get(GameService).teams(gameId);
  const team =
    teams.find((t) => t.code.toUpperCase() === which.toUpperCase()) ??
    teams.find((t) => t.id === which) ??
    teams.find((t) => t.name === which);
  if (!team)
    throw new CliError(
      'NOT_FOUND',
      `--team ${which}: no such team in game ${gameId} (codes: ${teams.map((t) => t.code).join(', ')})`,
    );
  return team;
}

/** Revokes the holder's live tokens and issues one new token, as rotateTeamToken and rotateGraderToken do (audited). */
export function rotateToken(opts: TokenOptions): Promise<TokenChange> {
  const holder = holderOf(opts);
  return withHeadless(
    async (app) => {
      const tokens = app.get(TokenService);
      const expiresAt = futureIso(opts.expires, '--expires', app.get(Clock).now());
      if (holder === 'team') {
        const team = await findTeam(app, opts.game, opts.team as string);
        const token = await tokens.rotateTeamToken(SYSTEM_INSTRUCTOR, team, expiresAt);
        const link = joinLink(consoleBaseUrl(opts.url), token);
        return { gameId: opts.game, holder: `team ${team.code} ${team.name}`, token, joinLink: link, expiresAt };
      }
      const game = await app.get(GameService).get(SYSTEM_INSTRUCTOR, opts.game);
      const token = await tokens.rotateGraderTokens(SYSTEM_INSTRUCTOR, game, undefined, expiresAt);
      const link = joinLink(consoleBaseUrl(opts.url), token);
      return { gameId: game.id, holder: 'graders', token, joinLink: link, expiresAt };
    },
    { databaseUrl: opts.database },
  );
}

/** Revokes the holder's live tokens, as revokeTeamToken and revokeGraderTokens do (audited). */
export function revokeToken(opts: TokenOptions): Promise<TokenChange> {
  const holder = holderOf(opts);
  return withHeadless(
    async (app) => {
      const tokens = app.get(TokenService);
      if (holder === 'team') {
        const team = await findTeam(app, opts.game, opts.team as string);
        const revoked = await tokens.revokeTeamTokens(SYSTEM_INSTRUCTOR, team);
        return { gameId: opts.game, holder: `team ${team.code} ${team.name}`, revoked };
      }
      const game = await app.get(GameService).get(SYSTEM_INSTRUCTOR, opts.game);
      return { gameId: game.id, holder: 'graders', revoked: await tokens.revokeGraderTokens(SYSTEM_INSTRUCTOR, game) };
    },
    { databaseUrl: opts.database },
  );
}

function formatChange(c: TokenChange): string {
  if (c.token)
    return [
      `game ${c.gameId}: new token for ${c.holder} (shown once; the old ones are revoked):`,
      `  ${c.token}`,
      `  join link: ${c.joinLink}`,
    ].join('\n');
  return `game ${c.gameId}: revoked ${c.revoked} token(s) of ${c.holder}`;
}

function holderOptions(cmd: Command): Command {
  return databaseOptions(
    cmd
      .requiredOption('--game <id>', 'game id')
      .option('--team <team>', 'the team: its code (T01), id or name')
      .option('--grader', "the game's grader tokens"),
  );
}

export function tokenCommands(): Command {
  const cmd = new Command('token').description("Rotate or revoke a team's or the graders' tokens of a game.");
  cmd.addCommand(
    holderOptions(new Command('rotate').description('Revoke the live tokens and print one new token (shown once).'))
      .option('--expires <iso>', 'ISO 8601 date-time after which the new token is refused')
      .option('--url <url>', 'web console address for the join link (default: http://localhost:PORT/)')
      .action(async (opts: TokenOptions) => {
        const c = await rotateToken(opts);
        printResult(opts.json, c, () => formatChange(c));
      }),
  );
  cmd.addCommand(
    holderOptions(new Command('revoke').description('Revoke the live tokens (until a rotation).')).action(
      async (opts: TokenOptions) => {
        const c = await revokeToken(opts);
        printResult(opts.json, c, () => formatChange(c));
      },
    ),
  );
  return cmd;
}
