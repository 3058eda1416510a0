import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { buildRequestContext } from '../auth/request-context';
import { TokenService } from '../auth/token.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EXECUTION_LIMITS, ExecutionPolicy } from './execution-policy';
import { wsPolicyHooks } from './ws-policy';

/** Where graphql-ws is served (the same path as HTTP GraphQL). */
export const WS_PATH = '/graphql';

/**
 * The largest WebSocket message the server reads: a frame over it closes
 * the connection (1009, message too big) before it is buffered. Between the
 * request limit and this, a document is read and refused by the execution
 * policy with PAYLOAD_TOO_LARGE, as HTTP answers 413.
 */
export const WS_MAX_MESSAGE_BYTES = 4 * EXECUTION_LIMITS.maxRequestBytes;

/**
 * The graphql-transport-ws endpoint: a WebSocket server of our own on the
 * HTTP server's upgrade, so that its message size is bounded
 * (`WS_MAX_MESSAGE_BYTES`, where Nest's built-in server would buffer up to
 * 100 MiB), with every operation held to the execution policy
 * (`wsPolicyHooks`). An upgrade to any other path is refused.
 */
@Injectable()
export class WsTransport implements OnApplicationBootstrap, OnApplicationShutdown {
  private server: WebSocketServer | undefined;
  private dispose: (() => Promise<void> | void) | undefined;

  constructor(
    private readonly http: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const server = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_MESSAGE_BYTES });
    const hooks = wsPolicyHooks(
      new ExecutionPolicy(this.config.introspection),
      () => this.schemaHost.schema,
      (authorization) => buildRequestContext(this.tokens, authorization),
    );
    const disposable = useServer({ schema: this.schemaHost.schema, ...hooks }, server);
    this.server = server;
    this.dispose = () => disposable.dispose();
    this.http.httpAdapter.getHttpServer().on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (pathOf(req) !== WS_PATH) return socket.destroy();
      server.handleUpgrade(req, socket, head, (ws) => server.emit('connection', ws, req));
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.dispose?.();
    this.server?.close();
  }
}

const pathOf = (req: IncomingMessage): string => (req.url ?? '').split('?')[0];
