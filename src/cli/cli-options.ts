import type { Command } from 'commander';

/** The options every command on the configured database takes. */
export interface DatabaseOptions {
  json?: boolean;
  database?: string;
}

/** Adds `--json` (one JSON document on stdout, logs on stderr) and `--database` to a command. */
export function databaseOptions(cmd: Command): Command {
  return cmd
    .option('--json', 'print the result as one JSON document on stdout (logs go to stderr)')
    .option('--database <url>', 'database URL (default: DATABASE_URL or the sqlite file under data/)');
}

/** The web console's address for join links: --url, else http://localhost:PORT/. */
export function consoleBaseUrl(url: string | undefined): string {
  return url ?? `http://localhost:${process.env.PORT || 3000}/`;
}

/** A non-negative integer argument, or an error naming the option. */
export const nonNegativeInt =
  (name: string) =>
  (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n))
      throw new Error(`${name} must be a non-negative integer, got "${v}"`);
    return n;
  };
