import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { parseBotMix } from '../simulation/bot-mix';
import { simulateSeason, type SimulationResult } from '../simulation/simulate-season';
import { printResult } from './cli-output';
import { nonNegativeInt } from './cli-options';
import { withHeadless } from './headless';
import { storedScenario } from './scenario-argument';

export interface SimulateArgs {
  scenario: string;
  seed?: number;
  teams?: number;
  bots?: string;
  rounds?: number;
  databaseUrl?: string;
  progress?: boolean;
}

/** Runs a bot season on the configured (or given) database; what the CLI command and tests call. */
export async function runSimulation(args: SimulateArgs): Promise<SimulationResult> {
  const strategies = parseBotMix(args.bots, args.teams);
  const bar = args.progress
    ? new SingleBar({ format: 'simulate [{bar}] {value}/{total} rounds', hideCursor: true }, Presets.shades_classic)
    : null;
  try {
    return await withHeadless(
      async (app) => {
        const row = await storedScenario(app, args.scenario);
        return simulateSeason(app, {
          scenario: row.scenarioId,
          scenarioVersion: row.version,
          seed: args.seed,
          strategies,
          rounds: args.rounds,
          onRound: (done, total) => {
            if (!bar) return;
            if (done === 1) bar.start(total, 0);
            bar.update(done);
          },
        });
      },
      { databaseUrl: args.databaseUrl },
    );
  } finally {
    bar?.stop();
  }
}

export function formatSimulation(r: SimulationResult): string {
  const lines = [
    `game ${r.gameId}  scenario ${r.scenario}  seed ${r.seed}  ${r.rounds} round(s)`,
    '',
    'rank  team  strategy    total   grade   luck grade   name',
    ...r.scoreboard.map(
      (s) =>
        `${String(s.rank).padEnd(6)}${s.team.padEnd(6)}${s.strategy.padEnd(12)}${s.total.toFixed(2).padStart(7)}` +
        `${s.grade.toFixed(2).padStart(8)}${(s.luckGrade === null ? '—' : s.luckGrade.toFixed(2)).padStart(13)}   ${s.name}`,
    ),
    '',
    ...r.roundHashes.map((h, i) => `round ${i + 1} outcome ${h}`),
    `final hash ${r.finalHash}  (sha256 over the round outcome hashes, one per line)`,
  ];
  return lines.join('\n');
}

export function simulateCommand(): Command {
  return new Command('simulate')
    .description(
      "Play a whole season with bot teams, headless, through the server's services; stored in the database (prints the game id).",
    )
    .requiredOption('--scenario <id|file>', 'a stored scenario id (e.g. eu-launch) or a scenario file (imported first)')
    .option('--seed <n>', "game seed (default: the scenario's)", nonNegativeInt('--seed'))
    .option(
      '--teams <n>',
      'number of bot teams cycling RANDOM, COST_PLUS, ADAPTIVE (default 3)',
      nonNegativeInt('--teams'),
    )
    .option('--bots <mix>', 'bot mix, e.g. ADAPTIVE:2,COST_PLUS:3,RANDOM:1')
    .option('--rounds <n>', 'rounds to play (default: all)', nonNegativeInt('--rounds'))
    .option('--json', 'print { gameId, scenario, seed, rounds, scoreboard, roundHashes, finalHash } as JSON')
    .option('--database <url>', 'database URL (default: DATABASE_URL or the sqlite file under data/)')
    .action(
      async (opts: {
        scenario: string;
        seed?: number;
        teams?: number;
        bots?: string;
        rounds?: number;
        json?: boolean;
        database?: string;
      }) => {
        const result = await runSimulation({
          scenario: opts.scenario,
          seed: opts.seed,
          teams: opts.teams,
          bots: opts.bots,
          rounds: opts.rounds,
          databaseUrl: opts.database,
          progress: Boolean(process.stdout.isTTY && process.stderr.isTTY),
        });
        printResult(opts.json, result, () => formatSimulation(result));
      },
    );
}
