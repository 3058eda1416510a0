import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../config/app-config';
import { formatIssue, loadScenarioFile } from '../scenario/scenario-loader';
import type { Scenario } from '../scenario/scenario.schema';
import { parseBotMix } from '../simulation/bot-mix';
import { checkScenarioBalance, formatBalanceReport } from '../simulation/scenario-balance';

/** A bundled scenario by id (scenarios/<id>.yaml), or a scenario file by path. */
export function scenarioByIdOrFile(idOrFile: string, seedsDir: string): Scenario {
  const bundled = join(packageRoot(), 'scenarios', `${idOrFile}.yaml`);
  const r = loadScenarioFile(existsSync(bundled) ? bundled : idOrFile, seedsDir);
  if (!r.ok) throw new Error(r.errors.map(formatIssue).join('\n'));
  return r.scenario;
}

export function scenarioCommands(): Command {
  const cmd = new Command('scenario').description('Work with scenario files.');
  cmd
    .command('validate')
    .description(
      'Check scenario files (YAML or JSON); every error with file:line:column, path and message. Exits 1 on any error.',
    )
    .argument('<files...>', 'scenario files')
    .option('--seeds <dir>', 'seed data directory', join(packageRoot(), 'seeds'))
    .action((files: string[], opts: { seeds: string }) => {
      let bad = 0;
      for (const file of files) {
        const r = loadScenarioFile(file, opts.seeds);
        if (r.ok) {
          console.log(
            `ok   ${file}  ${r.scenario.id}@${r.scenario.version}  ${r.scenario.rounds.count} rounds, ${r.scenario.markets.length} market(s), ${r.scenario.products.length} products  sha256 ${r.contentHash.slice(0, 16)}…`,
          );
        } else {
          bad += 1;
          console.log(`FAIL ${file}  ${r.errors.length} error(s)`);
          for (const e of r.errors)
            console.log(`  ${e.file}:${e.line}:${e.column}  ${e.path || '(document)'}: ${e.message}`);
        }
      }
      if (bad > 0) process.exitCode = 1;
    });
  cmd
    .command('check')
    .description(
      'Balance check: play bot mixes over K seeds (engine only, in memory) and report dominant strategies, bankruptcies, module weight sensitivity and luck spread.',
    )
    .argument('<id>', 'bundled scenario id (tutorial, eu-launch, …) or a scenario file')
    .option('--seeds <k>', 'number of seeds (the scenario seed, +1, +2, …)', '5')
    .option('--bots <mix>', 'bot mix (default ADAPTIVE:2,COST_PLUS:2,RANDOM:2)', 'ADAPTIVE:2,COST_PLUS:2,RANDOM:2')
    .option('--json', 'print the report as JSON')
    .option('--seeds-dir <dir>', 'seed data directory', join(packageRoot(), 'seeds'))
    .action((id: string, opts: { seeds: string; bots: string; json?: boolean; seedsDir: string }) => {
      const k = Number(opts.seeds);
      if (!Number.isInteger(k) || k < 1) throw new Error(`--seeds must be a positive integer, got "${opts.seeds}"`);
      const scenario = scenarioByIdOrFile(id, opts.seedsDir);
      const seeds = Array.from({ length: k }, (_, i) => scenario.seed + i);
      const report = checkScenarioBalance(scenario, seeds, parseBotMix(opts.bots, undefined));
      console.log(opts.json ? JSON.stringify(report, null, 2) : formatBalanceReport(report));
    });
  return cmd;
}
