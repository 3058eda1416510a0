/**
 * Unexpected errors — a bug, a lost database — are logged once, as one
 * line at level error: where, the request id, the error's class and
 * message (bounded) and the first frame of its stack; the client is told
 * only "Internal server error" and the request id. Expected client errors
 * (AppError, HTTP errors, GraphQL validation) are answered, not logged.
 */
import { randomUUID } from 'node:crypto';
import type { LoggerService } from '@nestjs/common';
import { boundedMessage } from './bounded-text';
import { currentRequestId } from './request-id';

export interface UnexpectedErrorLine {
  requestId: string;
  where: string;
  error: string;
  message: string;
  /** The first stack frame, e.g. `at AuditLogService.page (/app/dist/audit/audit-log.service.js:41:22)`. */
  at: string | null;
}

/** The fields of the log line of an unexpected error. */
export function unexpectedErrorLine(error: unknown, where: string, requestId: string): UnexpectedErrorLine {
  const e = error instanceof Error ? error : new Error(String(error));
  const frame = (e.stack ?? '').split('\n').find((l) => l.trim().startsWith('at '));
  return {
    requestId,
    where,
    error: e.name,
    message: boundedMessage(e.message.split('\n')[0] ?? ''),
    at: frame ? frame.trim() : null,
  };
}

/** Logs an unexpected error as one line (an object where the logger writes JSON); returns its request id. */
export function logUnexpectedError(log: LoggerService, json: boolean, error: unknown, where: string): string {
  const requestId = currentRequestId() ?? `no-request-${randomUUID()}`;
  const line = unexpectedErrorLine(error, where, requestId);
  if (json) log.error(line);
  else
    log.error(
      `request ${line.requestId} (${line.where}): ${line.error}: ${line.message}${line.at ? ` ${line.at}` : ''}`,
    );
  return requestId;
}
