import { Command } from 'commander';
import { GameService } from '../game/game.service';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { parseBotMix } from '../simulation/bot-mix';
import { readTeamNames, TokenSheetFile, type SheetLine } from './class-files';
import { printResult } from './cli-output';
import { consoleBaseUrl, databaseOptions, nonNegativeInt, type DatabaseOptions } from './cli-options';
import { SYSTEM_INSTRUCTOR } from './demo';
import { withHeadless } from './headless';

interface CreateOptions extends DatabaseOptions {
  scenario: string;
  version?: number;
  teams: string;
  bots?: string;
  seed?: number;
  roundMinutes?: number;
  name?: string;
  tokens: string;
  url?: string;
}

/** What `game create` reports: the game, every seat, and the tokens (also in the sheet). */
export interface CreatedClass {
  gameId: string;
  name: string;
  scenario: string;
  seed: number;
  rounds: number;
  teams: { teamId: string; code: string; name: string; bot: string | null; token: string | null }[];
  graderToken: string;
  tokenSheet: string;
}

/**
 * Creates a game for a class through GameService (the API's own checks and
 * transaction) and writes its token sheet. The sheet's file is claimed first,
 * so a game is never created whose tokens could not be written down.
 */
export async function createClass(opts: CreateOptions): Promise<CreatedClass> {
  const names = readTeamNames(opts.teams);
  const bots = opts.bots ? parseBotMix(opts.bots, undefined) : [];
  const sheet = TokenSheetFile.claim(opts.tokens);
  try {
    const created = await withHeadless(
      async (app) => {
        const row = await app.get(ScenarioStoreService).find(opts.scenario, opts.version);
        const games = app.get(GameService);
        const made = await games.create(SYSTEM_INSTRUCTOR, {
          scenarioId: row.scenarioId,
          scenarioVersion: row.version,
          name: opts.name ?? `${row.key} class`,
          seed: opts.seed,
          roundMinutes: opts.roundMinutes,
          teams: names,
          bots: bots.map((strategy) => ({ strategy })),
        });
        return { ...made, seats: await games.teams(made.game.id) };
      },
      { databaseUrl: opts.database },
    );
    const tokenOf = new Map(created.teams.map((t) => [t.team.id, t.token]));
    const lines: SheetLine[] = created.teams.map(({ team, token }) => ({
      role: 'TEAM',
      code: team.code,
      name: team.name,
      token,
    }));
    lines.push({ role: 'GRADER', code: '', name: 'grader', token: created.graderToken });
    sheet.write(lines, consoleBaseUrl(opts.url));
    const game = created.game;
    return {
      gameId: game.id,
      name: game.name,
      scenario: game.scenarioKey,
      seed: game.seed,
      rounds: game.roundCount,
      teams: created.seats.map((t) => ({
        teamId: t.id,
        code: t.code,
        name: t.name,
        bot: t.botStrategy,
        token: tokenOf.get(t.id) ?? null,
      })),
      graderToken: created.graderToken,
      tokenSheet: sheet.path,
    };
  } catch (e) {
    sheet.abandon();
    throw e;
  }
}

function formatCreated(c: CreatedClass): string {
  const humans = c.teams.filter((t) => t.token !== null).length;
  return [
    `game ${c.gameId}  "${c.name}"  scenario ${c.scenario}  seed ${c.seed}  ${c.rounds} rounds`,
    ...c.teams.map((t) => `  ${t.code}  ${t.name}${t.bot ? `  (${t.bot} bot)` : ''}`),
    `token sheet: ${c.tokenSheet} (${humans} team token(s) and a grader token, with join links; shown once, keep it safe)`,
    `next: sandbox round open --game ${c.gameId}`,
  ].join('\n');
}

function createCommand(): Command {
  return databaseOptions(
    new Command('create')
      .description('Create a game for a class and write its token sheet (CSV: role, code, name, token, join link).')
      .requiredOption('--scenario <id>', 'stored scenario id (bundled, or imported with `sandbox scenario import`)')
      .option('--version <n>', 'scenario version (default: the newest)', nonNegativeInt('--version'))
      .requiredOption('--teams <file>', 'text file with one team name per line (# starts a comment)')
      .option('--bots <mix>', 'bot teams seated after the named ones, e.g. ADAPTIVE,COST_PLUS or ADAPTIVE:2')
      .option('--seed <n>', "game seed (default: the scenario's)", nonNegativeInt('--seed'))
      .option(
        '--round-minutes <n>',
        'deadline policy: a round opened without --deadline closes this many minutes later (default: when closed)',
        nonNegativeInt('--round-minutes'),
      )
      .option('--name <name>', 'game name (default: "<scenario> class")')
      .requiredOption('--tokens <file>', 'token sheet to write (a new file; it holds every token)')
      .option('--url <url>', 'web console address for the join links (default: http://localhost:PORT/)'),
  ).action(async (opts: CreateOptions) => {
    const created = await createClass(opts);
    printResult(opts.json, created, () => formatCreated(created));
  });
}

function listCommand(): Command {
  return databaseOptions(new Command('list').description('List the games, newest first.')).action(
    async (opts: DatabaseOptions) => {
      const games = await withHeadless((app) => app.get(GameService).list(SYSTEM_INSTRUCTOR), {
        databaseUrl: opts.database,
      });
      const rows = games.map((g) => ({
        gameId: g.id,
        name: g.name,
        scenario: g.scenarioKey,
        seed: g.seed,
        status: g.status,
        currentRound: g.currentRound,
        rounds: g.roundCount,
        createdAt: g.createdAt,
      }));
      printResult(opts.json, rows, () =>
        rows.length === 0
          ? 'no game yet (create one with `sandbox game create`)'
          : rows
              .map(
                (g) =>
                  `${g.gameId}  ${g.status.padEnd(8)} round ${g.currentRound}/${g.rounds}  ${g.scenario}  "${g.name}"  ${g.createdAt}`,
              )
              .join('\n'),
      );
    },
  );
}

export function gameCommands(): Command {
  const cmd = new Command('game').description('Create and list games (against the configured database).');
  cmd.addCommand(createCommand());
  cmd.addCommand(listCommand());
  return cmd;
}
