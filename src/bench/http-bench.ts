/**
 * HTTP timings for `sandbox bench`: autocannon against one server on a
 * temporary sqlite file — `{ __typename }` and `submitDecisions` with one team
 * token per connection. The game is set up in this process; the measured
 * server is `sandbox serve` in a child process on the same file, so the load
 * generator (this process) does not steal the server's CPU.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYSTEM_INSTRUCTOR } from '../cli/demo';
import { configFromEnv } from '../config/app-config';
import { SERVER_NODE_FLAGS } from '../config/server-runtime';
import { DatabaseService } from '../database/database.service';
import { DecisionSetEntity } from '../decision/decision-set.entity';
import { botDecisions, createInitialState } from '../engine';
import { GameService } from '../game/game.service';
import { startServer } from '../main';
import type { LoadRequest, LoadResult } from './load-worker';
import { runWorkerTask } from '../common/worker-task';
import { RoundService } from '../round/round.service';
import { packageRoot } from '../scenario/scenario-loader';
import { ScenarioStoreService } from '../scenario/scenario-store.service';

export interface HttpBench {
  trivial: LoadResult;
  submit: LoadResult;
  /** Submissions (sets of 4 modules) stored during the whole submit load, warm-up included: at least its answered requests, plus up to one in flight per connection when it stopped. */
  submitStored: number;
}

/**
 * Seconds of each load, on the same connections, before its measured seconds
 * (the default of --warm-up). A fresh server's submit path keeps getting
 * faster for about two seconds of load (compilation of its hot code, caches
 * filling), and the first requests of 100 new connections arrive at once.
 */
export const WARM_UP_SECONDS = 3;

const SUBMIT = `mutation S($input: SubmitDecisionsInput!) { submitDecisions(input: $input) { __typename ... on DecisionsAccepted { round } } }`;

/** Runs one load in a worker thread (see load-worker.ts). */
function load(url: string, opts: Omit<LoadRequest, 'url'>): Promise<LoadResult> {
  return runWorkerTask<LoadRequest, LoadResult>(join(__dirname, 'load-worker.js'), 'load', { url, ...opts });
}

/**
 * The node flags of the measured server: the ones it is deployed with
 * (SERVER_NODE_FLAGS), then SANDBOX_BENCH_NODE_ARGS, extra flags such as
 * "--cpu-prof --cpu-prof-dir=prof".
 */
export function serverNodeArgs(): string[] {
  return [...SERVER_NODE_FLAGS, ...(process.env.SANDBOX_BENCH_NODE_ARGS ?? '').split(/\s+/).filter((a) => a !== '')];
}

/** Starts `sandbox serve` in a child process and resolves with its GraphQL URL once it answers. */
async function spawnServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const main = join(packageRoot(), 'bin', 'sandbox.js');
  const child = spawn(process.execPath, [...serverNodeArgs(), main, 'serve'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bench server did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = /GraphQL \+ GraphiQL:\s+(\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bench server exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  child.stdout?.removeAllListeners('data');
  child.stderr?.removeAllListeners('data');
  child.stdout?.resume();
  child.stderr?.resume();
  return { child, url };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Runs both loads; `teams` team tokens are spread over the connections. */
export async function runHttpBench(opts: {
  connections: number;
  seconds: number;
  warmUpSeconds: number;
  teams: number;
  scenario: string;
}): Promise<HttpBench> {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-bench-'));
  const instructor = randomBytes(24).toString('hex');
  const dbFile = join(dir, 'bench.sqlite');
  const config = {
    ...configFromEnv(),
    port: 0,
    databaseUrl: `sqlite:${dbFile}`,
    instructorToken: instructor,
    rateLimitPerMinute: 100_000_000,
    introspection: false,
  };
  // set-up server in this process (game, round, tokens); it stays idle and only counts rows afterwards
  const server = await startServer(config, { logger: false });
  let child: ChildProcess | null = null;
  try {
    const app = server.app;
    const row = await app.get(ScenarioStoreService).find(opts.scenario);
    const scenario = app.get(ScenarioStoreService).content(row);
    const created = await app.get(GameService).create(SYSTEM_INSTRUCTOR, {
      scenarioId: row.scenarioId,
      scenarioVersion: row.version,
      name: 'bench',
      teams: Array.from({ length: opts.teams }, (_, i) => `bench ${i + 1}`),
    });
    await app.get(RoundService).open(SYSTEM_INSTRUCTOR, created.game.id);
    const state = createInitialState(
      scenario,
      created.teams.map((t) => t.team.code),
    );
    const bodies = created.teams.map(({ team, token }) => {
      const d = botDecisions('COST_PLUS', scenario, state, team.code, 1, undefined, created.game.seed);
      const input = { operations: d.OPERATIONS, selection: d.SELECTION, ads: d.ADS, fulfillment: d.FULFILLMENT };
      return {
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: SUBMIT, variables: { input } }),
      };
    });
    const spawned = await spawnServer({
      PORT: '0',
      DATABASE_URL: `sqlite:${dbFile}`,
      SANDBOX_INSTRUCTOR_TOKEN: instructor,
      SANDBOX_RATE_LIMIT: '100000000',
    });
    child = spawned.child;
    const url = spawned.url;
    const probe = await fetch(url, { method: 'POST', headers: bodies[0].headers, body: bodies[0].body });
    const answer = (await probe.json()) as { data?: { submitDecisions?: { __typename: string } } };
    if (answer.data?.submitDecisions?.__typename !== 'DecisionsAccepted')
      throw new Error(`bench submission was not accepted: ${JSON.stringify(answer)}`);

    const instructorHeaders = { 'content-type': 'application/json', authorization: `Bearer ${instructor}` };
    const trivialLoad = {
      connections: opts.connections,
      requests: [{ headers: instructorHeaders, body: JSON.stringify({ query: '{ __typename }' }) }],
    };
    const submitLoad = { connections: opts.connections, requests: bodies };
    // each load is measured after a warm-up on the same connections (compiled code paths, caches, connections open)
    const trivial = await load(url, { ...trivialLoad, warmUpSeconds: opts.warmUpSeconds, seconds: opts.seconds });
    const db = app.get(DatabaseService);
    const before = await db.read((em) => em.count(DecisionSetEntity));
    const submit = await load(url, { ...submitLoad, warmUpSeconds: opts.warmUpSeconds, seconds: opts.seconds });
    const after = await db.read((em) => em.count(DecisionSetEntity));
    return { trivial, submit, submitStored: Math.round((after - before) / 4) };
  } finally {
    if (child) await stopServer(child);
    await server.app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
