import { Command } from 'commander';
import { WARM_UP_SECONDS } from '../bench/http-bench';
import { runBench } from '../bench/run-bench';

function wholeNumber(option: string, value: string, min: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min)
    throw new Error(`${option} must be a whole number of at least ${min}, got "${value}"`);
  return n;
}
const positiveInt = (option: string, value: string): number => wholeNumber(option, value, 1);

export function benchCommand(): Command {
  return new Command('bench')
    .description(
      'Benchmark: resolveRound with 100 and 1,000 teams, peak RSS, XLSX export of 1,000 teams × 8 rounds, and HTTP throughput ({ __typename } vs submitDecisions) on a `sandbox serve` child process. Prints JSON.',
    )
    .option('--json', 'print JSON only (the default output is JSON too; progress goes to stderr)')
    .option('--scenario <id>', 'bundled scenario', 'eu-launch')
    .option('--seconds <n>', 'seconds per HTTP load', '5')
    .option('--warm-up <n>', 'seconds of the same load, unmeasured, before each HTTP load', String(WARM_UP_SECONDS))
    .option('--connections <n>', 'HTTP connections', '100')
    .option('--teams <n>', 'team tokens used by the submit load', '100')
    .option('--no-http', 'skip the HTTP part')
    .action(
      async (opts: {
        json?: boolean;
        scenario: string;
        seconds: string;
        warmUp: string;
        connections: string;
        teams: string;
        http: boolean;
      }) => {
        const result = await runBench({
          scenario: opts.scenario,
          seconds: positiveInt('--seconds', opts.seconds),
          warmUpSeconds: wholeNumber('--warm-up', opts.warmUp, 0),
          connections: positiveInt('--connections', opts.connections),
          httpTeams: positiveInt('--teams', opts.teams),
          skipHttp: !opts.http,
          log: opts.json ? undefined : (line) => process.stderr.write(`bench: ${line}\n`),
        });
        console.log(JSON.stringify(result, null, 2));
      },
    );
}
