import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../config/app-config';
import { formatIssue, loadScenarioFile, type ScenarioIssue } from '../scenario/scenario-loader';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import type { Scenario } from '../scenario/scenario.schema';
import { parseBotMix } from '../simulation/bot-mix';
import { checkScenarioBalance, formatBalanceReport } from '../simulation/scenario-balance';
import { calibrateScenario, formatCalibration } from '../simulation/calibration';
import { formatSkillShare, skillShare } from '../simulation/skill-share';
import { CliError, printResult } from './cli-output';
import { databaseOptions, type DatabaseOptions } from './cli-options';
import { withHeadless } from './headless';
import { importScenarioFile, isScenarioFile, storedScenario } from './scenario-argument';

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
      'Check scenario files (YAML or JSON); every error with file:line:column, path and message, then warnings for settings that cannot make sense. Exits 1 on any error (or warning with --strict).',
    )
    .argument('<files...>', 'scenario files')
    .option('--seeds <dir>', 'seed data directory', join(packageRoot(), 'seeds'))
    .option('--strict', 'treat warnings as errors')
    .action((files: string[], opts: { seeds: string; strict?: boolean }) => {
      let bad = 0;
      for (const file of files) {
        const r = loadScenarioFile(file, opts.seeds);
        if (r.ok) {
          const failed = opts.strict === true && r.warnings.length > 0;
          if (failed) bad += 1;
          console.log(
            `${failed ? 'FAIL' : 'ok  '} ${file}  ${r.scenario.id}@${r.scenario.version}  ${r.scenario.rounds.count} rounds, ${r.scenario.markets.length} market(s), ${r.scenario.products.length} products  sha256 ${r.contentHash.slice(0, 16)}…${r.warnings.length > 0 ? `  ${r.warnings.length} warning(s)` : ''}`,
          );
          for (const w of r.warnings)
            console.log(`  warning ${w.file}:${w.line}:${w.column}  ${w.path || '(document)'}: ${w.message}`);
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
      'Balance check: play bot mixes over K seeds (engine only, in memory) and report dominant strategies, bankruptcies, module weight sensitivity, luck spread, the skill share (twin spread against strategy gap, exploit probes) and the calibration of the market (conversion, CTR, CPC, delivery days, on-time, rating, logistics share; out-of-range figures are printed, not failed). Exits 1 when the skill-share target fails.',
    )
    .argument('<id|file>', 'a scenario file, or the id of a stored scenario (bundled or imported)')
    .option('--seeds <k>', 'number of seeds (the scenario seed, +1, +2, …)', '5')
    .option('--bots <mix>', 'bot mix (default ADAPTIVE:2,COST_PLUS:2,RANDOM:2)', 'ADAPTIVE:2,COST_PLUS:2,RANDOM:2')
    .option('--rounds <n>', "rounds to play (default: the scenario's count)")
    .option('--json', 'print the report as JSON')
    .option('--seeds-dir <dir>', 'seed data directory', join(packageRoot(), 'seeds'))
    .option('--database <url>', 'where stored ids are looked up (default: DATABASE_URL or the sqlite file under data/)')
    .action(
      async (
        id: string,
        opts: { seeds: string; bots: string; rounds?: string; json?: boolean; seedsDir: string; database?: string },
      ) => {
        const k = Number(opts.seeds);
        if (!Number.isInteger(k) || k < 1) throw new Error(`--seeds must be a positive integer, got "${opts.seeds}"`);
        const mix = parseBotMix(opts.bots, undefined);
        const scenario = await scenarioToCheck(id, opts.seedsDir, opts.database);
        const rounds = opts.rounds === undefined ? scenario.rounds.count : Number(opts.rounds);
        if (!Number.isInteger(rounds) || rounds < 1 || rounds > scenario.rounds.count)
          throw new Error(`--rounds must be an integer from 1 to ${scenario.rounds.count}, got "${opts.rounds}"`);
        const seeds = Array.from({ length: k }, (_, i) => scenario.seed + i);
        const balance = checkScenarioBalance(scenario, seeds, mix, rounds);
        const skill = skillShare(scenario, seeds, rounds);
        const calibration = calibrateScenario(scenario);
        printResult(opts.json, { ...balance, skillShare: skill, calibration }, () =>
          [formatBalanceReport(balance), '', formatSkillShare(skill), '', formatCalibration(calibration)].join('\n'),
        );
        if (!skill.passed) process.exitCode = 1;
      },
    );
  cmd.addCommand(importCommand());
  return cmd;
}

/** A file is checked as it stands (nothing stored); an id is the newest stored version of that scenario. */
async function scenarioToCheck(arg: string, seedsDir: string, database: string | undefined): Promise<Scenario> {
  if (isScenarioFile(arg)) {
    const r = loadScenarioFile(arg, seedsDir);
    if (!r.ok) throw new CliError('SCENARIO_INVALID', r.errors.map(formatIssue).join('\n'));
    return r.scenario;
  }
  return withHeadless(async (app) => app.get(ScenarioStoreService).content(await storedScenario(app, arg)), {
    databaseUrl: database,
  });
}

/** What `scenario import` reports per file. */
type ImportLine =
  | { file: string; ok: true; scenario: string; created: boolean; contentHash: string }
  | { file: string; ok: false; errorCode: string; message: string; errors: ScenarioIssue[] };

function formatImport(lines: ImportLine[]): string {
  return lines
    .map((l) =>
      l.ok
        ? `ok   ${l.file}  ${l.scenario}  ${l.created ? 'stored' : 'already stored (same content)'}  sha256 ${l.contentHash.slice(0, 16)}…`
        : [`FAIL ${l.file}  ${l.errorCode}: ${l.message}`, ...l.errors.map((e) => `  ${formatIssue(e)}`)].join('\n'),
    )
    .join('\n');
}

/**
 * `scenario import FILE…`: each file through the API's import (validation,
 * size limit, versions: a new version is stored beside the old one, the same
 * id and version with other content is a VERSION_CONFLICT). Exits 1 when a
 * file is refused; the others are still imported.
 */
function importCommand(): Command {
  return databaseOptions(
    new Command('import')
      .description(
        'Import scenario files (YAML or JSON) into the configured database, with the checks of importScenario.',
      )
      .argument('<files...>', 'scenario files'),
  ).action(async (files: string[], opts: DatabaseOptions) => {
    const lines = await withHeadless(
      async (app) => {
        const out: ImportLine[] = [];
        for (const file of files) {
          const r = await importScenarioFile(app, file);
          out.push(
            r.ok
              ? { file, ok: true, scenario: r.entity.key, created: r.created, contentHash: r.entity.contentHash }
              : { file, ok: false, errorCode: r.errorCode, message: r.message, errors: r.errors },
          );
        }
        return out;
      },
      { databaseUrl: opts.database },
    );
    printResult(opts.json, lines, () => formatImport(lines));
    if (lines.some((l) => !l.ok)) process.exitCode = 1;
  });
}
