import 'reflect-metadata';
import { Command } from 'commander';
import { configFromEnv } from '../config/app-config';
import { exportCommand, verifyCommand } from './export.command';
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
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    const code = (e as { exitCode?: number }).exitCode;
    if (typeof code === 'number') process.exit(code);
    throw e;
  }
}

if (require.main === module) {
  main(process.argv).catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
