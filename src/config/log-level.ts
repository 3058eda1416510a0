import type { LogLevel } from '@nestjs/common';

/** The levels LOG_LEVEL may name, quietest first; each shows itself and every louder level. */
const ORDER: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const ALIASES: Record<string, LogLevel> = { info: 'log', trace: 'verbose', warning: 'warn' };

/**
 * The server's log levels from LOG_LEVEL (fatal, error, warn, log or info,
 * debug, verbose; default log): that level and every more serious one.
 * An unknown value is an error naming the accepted ones.
 */
export function logLevels(value: string | undefined): LogLevel[] {
  const wanted = (value ?? '').trim().toLowerCase();
  if (wanted === '') return ORDER.slice(0, ORDER.indexOf('log') + 1);
  const level = ALIASES[wanted] ?? (ORDER as string[]).find((l) => l === wanted);
  if (!level) throw new Error(`LOG_LEVEL "${value}" is not one of: ${ORDER.join(', ')} (or info)`);
  return ORDER.slice(0, ORDER.indexOf(level as LogLevel) + 1);
}
