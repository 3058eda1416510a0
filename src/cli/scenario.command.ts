import { Command } from 'commander';
import { join } from 'node:path';
import { packageRoot } from '../config/app-config';
import { loadScenarioFile } from '../scenario/scenario-loader';

export function scenarioCommands(): Command {
  const cmd = new Command('scenario').description('Work with scenario files.');
  cmd
    .command('validate')
    .description('Check scenario files (YAML or JSON); every error with file:line:column, path and message. Exits 1 on any error.')
    .argument('<files...>', 'scenario files')
    .option('--seeds <dir>', 'seed data directory', join(packageRoot(), 'seeds'))
    .action((files: string[], opts: { seeds: string }) => {
      let bad = 0;
      for (const file of files) {
        const r = loadScenarioFile(file, opts.seeds);
        if (r.ok) {
          console.log(`ok   ${file}  ${r.scenario.id}@${r.scenario.version}  ${r.scenario.rounds.count} rounds, ${r.scenario.markets.length} market(s), ${r.scenario.products.length} products  sha256 ${r.contentHash.slice(0, 16)}…`);
        } else {
          bad += 1;
          console.log(`FAIL ${file}  ${r.errors.length} error(s)`);
          for (const e of r.errors) console.log(`  ${e.file}:${e.line}:${e.column}  ${e.path || '(document)'}: ${e.message}`);
        }
      }
      if (bad > 0) process.exitCode = 1;
    });
  return cmd;
}
