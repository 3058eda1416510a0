import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { CliError, describeFailure, printFailure } from './cli-output';
import { configFromEnv } from '../config/app-config';
import { exportCommand, verifyCommand } from './export.command';
import { gameCommands } from './game.command';
import { instructorTokenCommand } from './instructor-token.command';
import { roundCommands } from './round.command';
import { tokenCommands } from './token.command';
import { scenarioCommands } from './scenario.command';
import { schemaCommand } from './schema.command';
import { serveCommand } from './serve.command';
import { simulateCommand } from './simulate.command';

/** The `sandbox` command line. */
export function buildProgram(): Command {
  const program = new Command('sandbox')
    .description('Cross-border store sandbox: a seeded, deterministic AliExpress-style export-store game over GraphQL.')
    .showHelpAfterError()
    .exitOverride();
  program.addCommand(serveCommand(configFromEnv));
  program.addCommand(scenarioCommands());
  program.addCommand(schemaCommand());
  program.addCommand(exportCommand());
  program.addCommand(verifyCommand());
  program.addCommand(simulateCommand());
  program.addCommand(gameCommands());
  program.addCommand(roundCommands());
  program.addCommand(tokenCommands());
  program.addCommand(instructorTokenCommand());
  return program;
}

/**
 * Runs the command line. A failure is printed once (as `{ "error": … }` on
 * stdout under `--json`, else on stderr) and sets the exit code; usage errors
 * are printed by commander.
 */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode;
      return;
    }
    printFailure(argv.includes('--json'), describeFailure(e));
    process.exitCode = e instanceof CliError ? e.exitCode : 1;
  }
}

if (require.main === module) void main(process.argv);
