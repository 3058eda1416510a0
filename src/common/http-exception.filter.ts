import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppError, httpStatusOf } from './app-error';
import { boundedMessage } from './bounded-text';
import { currentRequestId } from './request-id';
import { logUnexpectedError } from './unexpected-error';

/**
 * HTTP routes (exports): AppError -> its status and a JSON body with the
 * code; anything unexpected -> 500 with no detail but the request id, and
 * one log line (unexpected-error.ts). GraphQL errors are formatted by
 * formatGraphQLError instead.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly log = new Logger('HTTP');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  catch(error: unknown, host: ArgumentsHost): unknown {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    if (error instanceof AppError) {
      return res.status(httpStatusOf(error.code)).json({ error: error.code, message: boundedMessage(error.message) });
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      return res.status(status).json({
        error: status === 404 ? 'NOT_FOUND' : 'HTTP_ERROR',
        message: status >= 500 ? 'Internal server error' : boundedMessage(error.message),
      });
    }
    logUnexpectedError(this.log, this.config.logFormat === 'json', error, `${req.method} ${req.path}`);
    return res
      .status(500)
      .json({ error: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', requestId: currentRequestId() });
  }
}
