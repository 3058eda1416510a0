import { AppError } from '../common/app-error';

/**
 * A command's refusal: a constant code (as the API's `errorCode`), a message
 * naming what and where, and the process exit code.
 */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** What a failed command reports: under `--json` as `{ "error": … }` on stdout, else as a line on stderr. */
export interface CliFailure {
  code: string;
  message: string;
  field?: string;
}

/** The code and message of any error a command may throw (API errors keep their code and field). */
export function describeFailure(e: unknown): CliFailure {
  if (e instanceof CliError) return { code: e.code, message: e.message };
  if (e instanceof AppError) {
    const field = typeof e.details.field === 'string' ? e.details.field : undefined;
    return { code: e.code, message: e.message, ...(field ? { field } : {}) };
  }
  return { code: 'FAILED', message: e instanceof Error ? e.message : String(e) };
}

/**
 * Prints a command's result: with `json`, the value as one JSON document on
 * stdout (nothing else is written there; logs go to stderr); else the text.
 */
export function printResult(json: boolean | undefined, value: unknown, text: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
}

/** Prints a failure: the JSON error document under `--json`, else `sandbox: message` on stderr. */
export function printFailure(json: boolean, failure: CliFailure): void {
  if (json) process.stdout.write(`${JSON.stringify({ error: failure }, null, 2)}\n`);
  else process.stderr.write(`sandbox: ${failure.message}${failure.field ? ` (${failure.field})` : ''}\n`);
}
