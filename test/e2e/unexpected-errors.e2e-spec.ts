import type { LoggerService } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { configFromEnv, type AppConfig } from '../../src/config/app-config';
import { startServer, type StartedServer } from '../../src/main';
import { createGame, errorCode } from '../support/game-ops';
import { gql, INSTRUCTOR } from '../support/test-server';

/** A logger that keeps every call, by level. */
class CapturingLogger implements LoggerService {
  readonly lines: { level: string; message: unknown }[] = [];
  log = (message: unknown) => this.lines.push({ level: 'log', message });
  error = (message: unknown) => this.lines.push({ level: 'error', message });
  warn = (message: unknown) => this.lines.push({ level: 'warn', message });
  debug = (message: unknown) => this.lines.push({ level: 'debug', message });
  verbose = (message: unknown) => this.lines.push({ level: 'verbose', message });
  serious = () => this.lines.filter((l) => l.level === 'error' || l.level === 'warn');
}

async function start(logFormat: AppConfig['logFormat']): Promise<{ srv: StartedServer; logger: CapturingLogger }> {
  const logger = new CapturingLogger();
  const config: AppConfig = {
    ...configFromEnv({}),
    port: 0,
    databaseUrl: 'sqlite::memory:',
    instructorToken: INSTRUCTOR,
    logFormat,
  };
  return { srv: await startServer(config, { logger }), logger };
}

const AUDIT = 'query L($g: ID!) { auditLog(gameId: $g) { total } }';

describe('unexpected errors: one log line with the request id; expected ones unlogged', () => {
  it.each(['text', 'json'] as const)('(%s logs)', async (format) => {
    const { srv, logger } = await start(format);
    try {
      const game = await createGame(srv.url, 'eu-launch', ['Red', 'Green'], 3);
      // expected client errors: a bad token, a forbidden call, an unknown id, bad input
      expect(errorCode(await gql(srv.url, '{ me { role } }', {}, 'not-a-token-000000000000000000000'))).toBe(
        'UNAUTHENTICATED',
      );
      expect(errorCode(await gql(srv.url, AUDIT, { g: game.game.id }, game.teams[0].token))).toBe('FORBIDDEN');
      expect(errorCode(await gql(srv.url, AUDIT, { g: 'no-such-game' }, INSTRUCTOR))).toBe('NOT_FOUND');
      expect(errorCode(await gql(srv.url, '{ auditLog { total } }', {}, INSTRUCTOR))).toBeDefined();
      expect(logger.serious()).toEqual([]);

      // an unexpected one: the table under a query is gone
      await srv.app.get(DataSource).query('DROP TABLE audit_log');
      const res = await fetch(srv.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${INSTRUCTOR}`, 'x-request-id': 'r-42' },
        body: JSON.stringify({ query: AUDIT, variables: { g: game.game.id } }),
      });
      expect(res.headers.get('x-request-id')).toBe('r-42');
      const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'r-42' },
      });
      expect(JSON.stringify(body)).not.toMatch(/SELECT|audit_log|SQLITE/);
      const errors = logger.serious();
      expect(errors).toHaveLength(1);
      const line = errors[0].message;
      if (format === 'json') {
        expect(line).toMatchObject({
          requestId: 'r-42',
          where: 'Query.auditLog',
          error: 'QueryFailedError',
          message: expect.stringContaining('no such table: audit_log'),
        });
      } else {
        expect(typeof line).toBe('string');
        expect(line).not.toContain('\n');
        expect(line).toMatch(/^request r-42 \(Query\.auditLog\): QueryFailedError: .*no such table: audit_log/);
      }
      expect(JSON.stringify(line)).not.toMatch(/SELECT/);
    } finally {
      await srv.app.close();
    }
  });

  it('gives a request without an id a new one, and refuses to echo an unsafe one', async () => {
    const { srv } = await start('text');
    try {
      const plain = await fetch(srv.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(plain.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const unsafe = await fetch(srv.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'a b<script>' },
        body: '{}',
      });
      expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await srv.app.close();
    }
  });
});
