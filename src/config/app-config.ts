import { resolve } from 'node:path';

/** Runtime configuration, read once from the environment. */
export interface AppConfig {
  port: number;
  /** `sqlite:<file>`, `sqlite::memory:` or `postgres://…` */
  databaseUrl: string;
  /** Use this instructor token instead of generating one on first start. */
  instructorToken?: string;
  /** Serve introspection (on by default; set SANDBOX_INTROSPECTION=false in production). */
  introspection: boolean;
  /** Load the bundled scenarios into the database at start. */
  loadBundledScenarios: boolean;
  /** `redis://…`: subscriptions over Redis pub/sub and round closing on a BullMQ queue (several instances). */
  redisUrl?: string;
  /** Requests per minute per token (GraphQL operations and HTTP routes). */
  rateLimitPerMinute: number;
  /** Directory of bundled scenarios and seed data (the package root by default). */
  packageRoot: string;
  /** LOG_FORMAT: `text` (default, for a terminal) or `json` (one JSON object per line, for a log collector). */
  logFormat: 'text' | 'json';
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export function packageRoot(): string {
  // dist/config -> package root, src/config -> package root
  return resolve(__dirname, '..', '..');
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer 0..65535, got "${env.PORT}"`);
  }
  const root = packageRoot();
  const rate =
    env.SANDBOX_RATE_LIMIT === undefined || env.SANDBOX_RATE_LIMIT === '' ? 1200 : Number(env.SANDBOX_RATE_LIMIT);
  if (!Number.isInteger(rate) || rate < 1)
    throw new Error(
      `SANDBOX_RATE_LIMIT must be a positive integer (requests per minute per token), got "${env.SANDBOX_RATE_LIMIT}"`,
    );
  const format = (env.LOG_FORMAT ?? '').trim().toLowerCase() || 'text';
  if (format !== 'text' && format !== 'json')
    throw new Error(`LOG_FORMAT must be "text" or "json", got "${env.LOG_FORMAT}"`);
  return {
    port,
    databaseUrl: env.DATABASE_URL || `sqlite:${resolve(root, 'data', 'sandbox.sqlite')}`,
    instructorToken: env.SANDBOX_INSTRUCTOR_TOKEN || undefined,
    introspection: env.SANDBOX_INTROSPECTION !== 'false',
    loadBundledScenarios: env.SANDBOX_BUNDLED_SCENARIOS !== 'false',
    rateLimitPerMinute: rate,
    redisUrl: env.REDIS_URL || undefined,
    packageRoot: root,
    logFormat: format,
  };
}
