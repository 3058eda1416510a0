import { main } from '../../src/cli/main';

export interface CliRun {
  stdout: string;
  exitCode: number;
}

/**
 * Runs `sandbox <args>` in this process (the same code the binary runs) and
 * returns what it wrote to stdout and its exit code.
 */
export async function runCli(args: string[]): Promise<CliRun> {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  const before = process.exitCode;
  process.exitCode = 0;
  try {
    await main(['node', 'sandbox', ...args]);
    return { stdout: chunks.join(''), exitCode: Number(process.exitCode ?? 0) };
  } finally {
    process.stdout.write = write;
    process.exitCode = before;
  }
}

/** Runs a `--json` command and parses its whole stdout as one JSON document. */
export async function runCliJson<T>(args: string[]): Promise<{ value: T; exitCode: number }> {
  const run = await runCli([...args, '--json']);
  return { value: JSON.parse(run.stdout) as T, exitCode: run.exitCode };
}
