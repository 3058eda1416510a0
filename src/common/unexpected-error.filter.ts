import { ArgumentsHost, Catch, HttpException, Inject, Logger } from '@nestjs/common';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GqlArgumentsHost } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppError } from './app-error';
import { HttpErrorFilter } from './http-exception.filter';
import { logUnexpectedError } from './unexpected-error';

/**
 * The server's last word on an error thrown by a resolver or route. An
 * expected error (AppError, an HTTP error such as a rate limit, a GraphQL
 * error) goes back to the client as it is, unlogged; anything else is
 * logged as one line with the request id (unexpected-error.ts) and
 * answered as an internal error. HTTP routes get HttpErrorFilter's answer.
 */
@Catch()
export class UnexpectedErrorFilter implements GqlExceptionFilter {
  private readonly log = new Logger('Errors');
  private readonly http: HttpErrorFilter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.http = new HttpErrorFilter(config);
  }

  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') return this.http.catch(error, host);
    if (error instanceof AppError || error instanceof HttpException || error instanceof GraphQLError) return error;
    const info = GqlArgumentsHost.create(host).getInfo<{ parentType?: { name: string }; fieldName?: string }>();
    const where = info?.fieldName ? `${info.parentType?.name ?? 'GraphQL'}.${info.fieldName}` : 'GraphQL';
    logUnexpectedError(this.log, this.config.logFormat === 'json', error, where);
    return error;
  }
}
