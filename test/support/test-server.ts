import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { configFromEnv, type AppConfig } from '../../src/config/app-config';
import { startServer, type StartedServer } from '../../src/main';

export const INSTRUCTOR = 'instructor-token-for-tests-0123456789';

export interface TestServer extends StartedServer {
  base: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL admin URL for the suite (`SANDBOX_TEST_POSTGRES=postgres://user:pw@host/postgres`):
 * when set, every test server gets a database of its own there instead of sqlite.
 */
export const TEST_POSTGRES = process.env.SANDBOX_TEST_POSTGRES || undefined;
/** Redis URL for the multi-instance tests (`SANDBOX_TEST_REDIS=redis://127.0.0.1:6379`). */
export const TEST_REDIS = process.env.SANDBOX_TEST_REDIS || undefined;

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: TEST_POSTGRES });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new empty database: a PostgreSQL database when SANDBOX_TEST_POSTGRES is set, else a sqlite file in a temp dir. */
export async function testDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (TEST_POSTGRES) {
    const name = `sbx_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(TEST_POSTGRES);
    url.pathname = `/${name}`;
    return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  const tmp = tempDir();
  return { url: `sqlite:${join(tmp.dir, 'db.sqlite')}`, drop: async () => tmp.cleanup() };
}

/**
 * Starts a real server on a free port: on the given database, else on a fresh
 * PostgreSQL database (SANDBOX_TEST_POSTGRES) or an in-memory sqlite one.
 */
export async function startTestServer(overrides: Partial<AppConfig> = {}): Promise<TestServer> {
  const own = overrides.databaseUrl === undefined && TEST_POSTGRES ? await testDatabase() : undefined;
  const config: AppConfig = {
    ...configFromEnv({}),
    port: 0,
    databaseUrl: own?.url ?? 'sqlite::memory:',
    instructorToken: INSTRUCTOR,
    ...overrides,
  };
  const started = await startServer(config, { logger: false });
  const base = started.url.replace(/\/graphql$/, '');
  return {
    ...started,
    base,
    stop: async () => {
      await started.app.close();
      await own?.drop();
    },
  };
}

export function tempDir(prefix = 'sandbox-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** A plain HTTP GraphQL call, as any client would make it. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** Like gql, but fails the test on any GraphQL error. */
export async function gqlOk<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const r = await gql<T>(url, query, variables, token);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL error: ${JSON.stringify(r.errors)}`);
  return r.data;
}
