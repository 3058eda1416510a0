import { IntrinsicException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { boundedMessage } from './bounded-text';
import { currentRequestId } from './request-id';

/**
 * Errors that are thrown (auth, not-found, bugs). Expected failures of a
 * decision or a round are values in result unions instead.
 * An AppError is a client's mistake, answered with its code: Nest does not
 * log it as a server error (IntrinsicException).
 */
export enum AppErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
}

export class AppError extends IntrinsicException {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function httpStatusOf(code: AppErrorCode): number {
  switch (code) {
    case AppErrorCode.UNAUTHENTICATED:
      return 401;
    case AppErrorCode.FORBIDDEN:
      return 403;
    case AppErrorCode.NOT_FOUND:
      return 404;
    case AppErrorCode.BAD_INPUT:
      return 400;
    case AppErrorCode.CONFLICT:
      return 409;
  }
}

export const notFound = (what: string): AppError => new AppError(AppErrorCode.NOT_FOUND, `${what} not found`);
export const forbidden = (why = 'not allowed for this token'): AppError => new AppError(AppErrorCode.FORBIDDEN, why);

/**
 * Apollo `formatError` (and graphql-ws): known errors keep their code;
 * anything else is an opaque internal error (no stack, no SQL) with the
 * request id of the server's log line. No message
 * echoes more than a short prefix of its input (boundedMessage).
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const answer = codedError(formatted, error);
  return { ...answer, message: boundedMessage(answer.message) };
}

function codedError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { ...original.details, code: original.code },
    };
  }
  const code = formatted.extensions?.code;
  if (
    original === undefined ||
    original === null ||
    code === 'GRAPHQL_VALIDATION_FAILED' ||
    code === 'BAD_USER_INPUT' ||
    code === 'GRAPHQL_PARSE_FAILED'
  ) {
    // errors of the query itself (syntax, validation, variables): safe to show
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: code ?? 'BAD_REQUEST' },
    };
  }
  const status = (original as { status?: number }).status;
  if (status === 401 || status === 403 || status === 404 || status === 429 || status === 400) {
    const nestCode = {
      401: 'UNAUTHENTICATED',
      403: 'FORBIDDEN',
      404: 'NOT_FOUND',
      429: 'RATE_LIMITED',
      400: 'BAD_USER_INPUT',
    }[status];
    return { message: formatted.message, path: formatted.path, extensions: { code: nestCode } };
  }
  // the request id is on the server's one log line of this error (unexpected-error.filter.ts)
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: currentRequestId() },
  };
}
