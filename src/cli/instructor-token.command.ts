import { Command } from 'commander';
import { TokenService } from '../auth/token.service';
import { configFromEnv } from '../config/app-config';
import { CliError, printResult } from './cli-output';
import { databaseOptions, type DatabaseOptions } from './cli-options';
import { SYSTEM_INSTRUCTOR } from './demo';
import { withHeadless } from './headless';

interface InstructorTokenOptions extends DatabaseOptions {
  rotate?: boolean;
}

/** What `instructor-token` reports: the live tokens (never their value), and the new token after `--rotate`. */
export interface InstructorTokenReport {
  live: { label: string; createdAt: string; expiresAt: string | null }[];
  howTo: string[];
  rotated?: { token: string; revoked: number };
}

/** How to get a new instructor token safely: why a lost one cannot be shown, and the two ways to replace it. */
const HOW_TO = [
  'Instructor tokens are stored only as sha256 hashes: a lost token cannot be shown again, only replaced.',
  'Replace it: `sandbox instructor-token --rotate` revokes every instructor token and prints one new token, once. ' +
    "Run it on the server's machine with the server's DATABASE_URL (it changes the database the server uses; " +
    'the running server refuses the old token within 2 s).',
  'Or choose one: restart the server with SANDBOX_INSTRUCTOR_TOKEN=<16 or more characters>; ' +
    'that token is added and works beside the others.',
];

/**
 * The instructor-token command: without `--rotate`, only reads (which
 * instructor tokens are live, and how to replace one); with it, rotates.
 * A token chosen by SANDBOX_INSTRUCTOR_TOKEN is not rotated from here: the
 * variable would still name the revoked token at the next start.
 */
export function instructorToken(opts: InstructorTokenOptions): Promise<InstructorTokenReport> {
  if (opts.rotate && configFromEnv().instructorToken)
    throw new CliError(
      'INSTRUCTOR_TOKEN_CONFIGURED',
      'SANDBOX_INSTRUCTOR_TOKEN is set: the instructor token is the one in that variable. ' +
        'Change the variable and restart the server instead, or unset it to rotate here.',
    );
  return withHeadless(
    async (app) => {
      const tokens = app.get(TokenService);
      const rotated = opts.rotate ? await tokens.rotateInstructorTokens(SYSTEM_INSTRUCTOR) : undefined;
      const live = (await tokens.liveInstructorTokens()).map((t) => ({
        label: t.label,
        createdAt: t.createdAt,
        expiresAt: t.expiresAt,
      }));
      return { live, howTo: HOW_TO, ...(rotated ? { rotated } : {}) };
    },
    { databaseUrl: opts.database },
  );
}

function formatReport(r: InstructorTokenReport): string {
  if (r.rotated)
    return [
      `revoked ${r.rotated.revoked} instructor token(s); the new instructor token (shown once, keep it):`,
      `  ${r.rotated.token}`,
    ].join('\n');
  return [
    `live instructor tokens: ${r.live.length}`,
    ...r.live.map((t) => `  ${t.label}, created ${t.createdAt}${t.expiresAt ? `, expires ${t.expiresAt}` : ''}`),
    '',
    ...r.howTo,
  ].join('\n');
}

export function instructorTokenCommand(): Command {
  return databaseOptions(
    new Command('instructor-token')
      .description(
        'How to get a new instructor token safely; with --rotate, replace every instructor token by one new token.',
      )
      .option('--rotate', 'revoke every instructor token and print one new token (shown once)'),
  ).action(async (opts: InstructorTokenOptions) => {
    const r = await instructorToken(opts);
    printResult(opts.json, r, () => formatReport(r));
  });
}
