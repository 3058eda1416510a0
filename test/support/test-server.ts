import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFromEnv, type AppConfig } from '../../src/config/app-config';
import { startServer, type StartedServer } from '../../src/main';

export const INSTRUCTOR = 'instructor-token-for-tests-0123456789';

export interface TestServer extends StartedServer {
  base: string;
  stop(): Promise<void>;
}

/** Starts a real server on a free port with an in-memory (or given) sqlite database. */
export async function startTestServer(overrides: Partial<AppConfig> = {}): Promise<TestServer> {
  const config: AppConfig = { ...configFromEnv({}), port: 0, databaseUrl: 'sqlite::memory:', instructorToken: INSTRUCTOR, ...overrides };
  const started = await startServer(config, { logger: false });
  const base = started.url.replace(/\/graphql$/, '');
  return { ...started, base, stop: () => started.app.close() };
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
export async function gql<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** Like gql, but fails the test on any GraphQL error. */
export async function gqlOk<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const r = await gql<T>(url, query, variables, token);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL error: ${JSON.stringify(r.errors)}`);
  return r.data;
}
