import 'reflect-metadata';
import { ConsoleLogger, Logger, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { logLevels } from './config/log-level';
import { requestIdMiddleware } from './common/request-id';
import { graphiqlMiddleware } from './graphiql/graphiql-page';
import { serveConsole } from './console/console-static';
import { StartupService } from './database/startup.service';

import { bodyErrorHandler } from './security/body-errors';
import { EXECUTION_LIMITS } from './security/execution-policy';

export const BODY_LIMIT = EXECUTION_LIMITS.maxRequestBytes;
/** How long an idle keep-alive connection stays open on the server's side. */
export const KEEP_ALIVE_MS = 65_000;

export interface StartedServer {
  app: NestExpressApplication;
  url: string;
  /** The instructor token when it was created by this start (printed once). */
  newInstructorToken: string | null;
}

/** Builds and starts the HTTP + GraphQL + WebSocket server. */
export async function startServer(
  config: AppConfig,
  options: { logger?: false | LoggerService } = {},
): Promise<StartedServer> {
  const logger =
    options.logger ??
    new ConsoleLogger({ logLevels: logLevels(process.env.LOG_LEVEL), json: config.logFormat === 'json' });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger,
    bodyParser: false,
    // a failed start rejects with its cause (the caller prints it) instead of exiting the process silently
    abortOnError: false,
  });
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.use(bodyErrorHandler());
  // after the body is read, so that everything the request runs afterwards sees its id
  app.use(requestIdMiddleware());
  app.disable('x-powered-by');
  // GraphQL answers are POST responses and exports are generated per request: no ETag hashing of every body
  app.set('etag', false);
  app.use(graphiqlMiddleware());
  serveConsole(app);
  app.enableShutdownHooks();
  await app.init();
  const newInstructorToken = await app.get(StartupService).ensureInstructor();
  await app.listen(config.port, '0.0.0.0');
  // Idle keep-alive connections are closed by the client first (undici and browsers drop them after a few
  // seconds; proxies after 60 s): a server that closed them at 5 s could reset a request sent on a socket in
  // the same instant, as a busy machine showed (ECONNRESET).
  const http = app.getHttpServer() as { keepAliveTimeout: number; headersTimeout: number };
  http.keepAliveTimeout = KEEP_ALIVE_MS;
  http.headersTimeout = KEEP_ALIVE_MS + 1_000;
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://localhost:${address.port}/graphql`;
  new Logger('Sandbox').log(`GraphQL and GraphiQL at ${url}`);
  return { app, url, newInstructorToken };
}
