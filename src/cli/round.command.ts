import { Command } from 'commander';
import { GameService } from '../game/game.service';
import { RoundQueueService } from '../round/round-queue.service';
import type { RoundActionResult } from '../round/round.service';
import { RoundService } from '../round/round.service';
import { CliError, printResult } from './cli-output';
import { databaseOptions, type DatabaseOptions } from './cli-options';
import { SYSTEM_INSTRUCTOR } from './demo';
import { withHeadless } from './headless';

interface RoundOptions extends DatabaseOptions {
  game: string;
  deadline?: string;
}

/** What `round open|close` reports (the fields of the API's RoundModel). */
export interface RoundReport {
  gameId: string;
  number: number;
  status: string;
  openedAt: string;
  deadline: string | null;
  closedAt: string | null;
  outcomeHash: string | null;
  gameStatus: string;
}

/** A round action's answer, or its refusal (ROUND_ALREADY_OPEN, NO_OPEN_ROUND, GAME_FINISHED…) as an error. */
function reportOf(r: RoundActionResult): RoundReport {
  if (!r.ok) throw new CliError(r.errorCode, r.message);
  const { round, game } = r;
  return {
    gameId: round.gameId,
    number: round.number,
    status: round.status,
    openedAt: round.openedAt,
    deadline: round.deadline,
    closedAt: round.closedAt,
    outcomeHash: round.outcomeHash,
    gameStatus: game.status,
  };
}

function formatRound(r: RoundReport): string {
  if (r.status === 'OPEN')
    return `game ${r.gameId}: round ${r.number} is open${r.deadline ? ` until ${r.deadline}` : ' (no deadline)'}`;
  return `game ${r.gameId}: round ${r.number} closed, outcome ${r.outcomeHash}${r.gameStatus === 'FINISHED' ? ' (the game is finished)' : ''}`;
}

/**
 * Opens the next round of a game, as the instructor's openRound does
 * (RoundService: under the game's lock, audited).
 */
export function openRound(opts: RoundOptions): Promise<RoundReport> {
  return withHeadless(
    async (app) => {
      await app.get(GameService).get(SYSTEM_INSTRUCTOR, opts.game);
      return reportOf(await app.get(RoundService).open(SYSTEM_INSTRUCTOR, opts.game, opts.deadline));
    },
    { databaseUrl: opts.database },
  );
}

/**
 * Closes the open round as closeRound does: through the round queue (one
 * close per round even across instances with Redis), the market resolved for
 * every team and stored in one transaction.
 */
export function closeRound(opts: RoundOptions): Promise<RoundReport> {
  return withHeadless(async (app) => reportOf(await app.get(RoundQueueService).close(SYSTEM_INSTRUCTOR, opts.game)), {
    databaseUrl: opts.database,
  });
}

export function roundCommands(): Command {
  const cmd = new Command('round').description("Open and close a game's rounds (against the configured database).");
  cmd.addCommand(
    databaseOptions(
      new Command('open')
        .description('Open the next round.')
        .requiredOption('--game <id>', 'game id')
        .option('--deadline <iso>', 'ISO 8601 date-time at which the running server closes the round by itself'),
    ).action(async (opts: RoundOptions) => {
      const r = await openRound(opts);
      printResult(opts.json, r, () => formatRound(r));
    }),
  );
  cmd.addCommand(
    databaseOptions(
      new Command('close')
        .description('Close the open round: resolve the market for every team and store the results.')
        .requiredOption('--game <id>', 'game id'),
    ).action(async (opts: RoundOptions) => {
      const r = await closeRound(opts);
      printResult(opts.json, r, () => formatRound(r));
    }),
  );
  return cmd;
}
