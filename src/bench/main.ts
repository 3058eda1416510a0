/**
 * `npm run bench [-- options]`: the benchmark, a maintainer's tool (not a
 * command of the product). Prints one JSON object; progress goes to stderr.
 */
import 'reflect-metadata';
import { Command } from 'commander';
import { WARM_UP_SECONDS } from './http-bench';
import { runBench } from './run-bench';

function wholeNumber(option: string, value: string, min: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min)
    throw new Error(`${option} must be a whole number of at least ${min}, got "${value}"`);
  return n;
}

interface Options {
  json?: boolean;
  scenario: string;
  teams: string;
  rate: string;
  burstSeconds: string;
  connections: string;
  seconds: string;
  warmUp: string;
  rounds: string;
  http: boolean;
}

const program = new Command('bench')
  .description(
    'Benchmark of this machine: deadline burst, team queries during closes and exports, engine and export timings.',
  )
  .option('--json', 'print JSON only (progress lines are left out)')
  .option('--scenario <id>', 'bundled scenario', 'eu-launch')
  .option('--teams <n>', 'teams of the game under load', '1000')
  .option('--rate <n>', 'submissions per second of the deadline burst', '300')
  .option('--burst-seconds <n>', 'seconds of the deadline burst', '10')
  .option('--connections <n>', 'connections of the closed-loop submit load', '100')
  .option('--seconds <n>', 'measured seconds of the closed-loop submit load', '5')
  .option('--warm-up <n>', 'unmeasured seconds before the closed-loop load', String(WARM_UP_SECONDS))
  .option('--rounds <n>', 'rounds closed (and then exported) while team queries are timed', '8')
  .option('--no-http', 'engine and export timings only')
  .action(async (opts: Options) => {
    const result = await runBench({
      scenario: opts.scenario,
      teams: wholeNumber('--teams', opts.teams, 1),
      burstRate: wholeNumber('--rate', opts.rate, 1),
      burstSeconds: wholeNumber('--burst-seconds', opts.burstSeconds, 1),
      connections: wholeNumber('--connections', opts.connections, 1),
      seconds: wholeNumber('--seconds', opts.seconds, 1),
      warmUpSeconds: wholeNumber('--warm-up', opts.warmUp, 0),
      rounds: wholeNumber('--rounds', opts.rounds, 1),
      skipHttp: !opts.http,
      log: opts.json ? () => undefined : (line) => process.stderr.write(`bench: ${line}\n`),
    });
    console.log(JSON.stringify(result, null, 2));
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
