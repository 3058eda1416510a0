import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, httpStatusOf } from './app-error';
import { boundedMessage } from './bounded-text';

/**
 * HTTP routes (exports): AppError -> its status and a JSON body with the
 * code; anything unexpected -> 500 with no detail. GraphQL errors are
 * formatted by formatGraphQLError instead.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly log = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): unknown {
    const res = host.switchToHttp().getResponse<Response>();
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
    this.log.error((error as Error)?.stack ?? String(error));
    return res.status(500).json({ error: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
  }
}
