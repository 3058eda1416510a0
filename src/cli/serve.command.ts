import { Command } from 'commander';
import type { AppConfig } from '../config/app-config';
import { missingServerFlags } from '../config/server-runtime';
import { startServer } from '../main';
import { ensureDemoGame } from './demo';

export function serveCommand(config: () => AppConfig): Command {
  return new Command('serve')
    .description('Start the GraphQL server (PORT, DATABASE_URL, SANDBOX_INSTRUCTOR_TOKEN from the environment).')
    .option('--demo', 'create a demo game with three teams and round 1 open when the database has no game yet')
    .option('--port <port>', 'port (overrides PORT)')
    .action(async (opts: { demo?: boolean; port?: string }) => {
      const cfg = config();
      if (opts.port !== undefined) {
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new Error(`--port must be 0..65535, got "${opts.port}"`);
        cfg.port = port;
      }
      const { app, url, newInstructorToken } = await startServer(cfg);
      const out: string[] = [
        '',
        `  Cross-border store sandbox is running`,
        `  Web console:        ${url.replace(/\/graphql$/, '/')}`,
        `  GraphQL + GraphiQL: ${url}`,
        `  Database:           ${cfg.databaseUrl}`,
      ];
      if (cfg.instructorToken) out.push('  Instructor token: the one given in SANDBOX_INSTRUCTOR_TOKEN');
      else if (newInstructorToken) out.push(`  Instructor token (shown once, keep it): ${newInstructorToken}`);
      else out.push('  Instructor token: created at first start (set SANDBOX_INSTRUCTOR_TOKEN to choose one)');
      if (opts.demo) {
        const demo = await ensureDemoGame(app);
        if (demo) {
          out.push(`  Demo game ${demo.gameId} (${demo.scenarioKey}), round 1 open; tokens shown once:`);
          for (const t of demo.teams) out.push(`    team ${t.code} ${t.name.padEnd(6)} ${t.token}`);
          out.push(`    grader        ${demo.graderToken}`);
        } else {
          out.push('  Demo game: a game exists already (tokens were printed when it was created)');
        }
      }
      const missing = missingServerFlags();
      if (missing.length > 0)
        out.push(
          `  Tip: start node with ${missing.join(' ')} (as \`npm start\` does) for about a quarter less CPU per request`,
        );
      console.log(`${out.join('\n')}\n`);
    });
}
