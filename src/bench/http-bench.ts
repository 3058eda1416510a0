/**
 * HTTP timings for `npm run bench` against one server on a temporary sqlite
 * file: a deadline burst (open loop), submissions in a closed loop
 * (autocannon), and a team's query while rounds close and a large export is
 * produced. The game is set up in this process; the measured server is
 * `sandbox serve` in a child process on the same file, so the load
 * generators (this process and its worker threads) do not run on the
 * server's thread.
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
import { type LoadRequest, type LoadResult, quantile } from './load-worker';
import { runWorkerTask } from '../common/worker-task';
import { type OpenLoopRequest, runOpenLoop, type Sample } from './open-loop';
import { RoundService } from '../round/round.service';
import { packageRoot } from '../scenario/scenario-loader';
import { ScenarioStoreService } from '../scenario/scenario-store.service';

export interface HttpBench {
  burst: { sent: number; accepted: number; stored: number; p50Ms: number; p99Ms: number };
  submit: LoadResult;
  stall: { probes: number; p50Ms: number; p99Ms: number; closeMs: number[]; exportMs: number; exportBytes: number };
}

export interface HttpBenchOptions {
  scenario: string;
  /** Teams of the game under load (each sends its full decisions in the burst). */
  teams: number;
  burstRate: number;
  burstSeconds: number;
  connections: number;
  seconds: number;
  warmUpSeconds: number;
  /** Rounds closed while the team's query is measured (the export then holds teams × rounds results). */
  rounds: number;
  log: (line: string) => void;
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
  let tail = '';
  child.stdout?.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString('utf8')).slice(-4000)));
  // the end of the server's output, for the error when it stops answering
  child.stderr?.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString('utf8')).slice(-4000)));
  child.once('exit', (code, signal) => {
    if (signal !== 'SIGTERM') process.stderr.write(`bench server exited (${code ?? signal}):\n${tail}\n`);
  });
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

/** Nearest-rank median and p99 of the samples' latencies (ms, rounded). */
function latencies(samples: readonly Sample[]): { p50Ms: number; p99Ms: number } {
  const sorted = Float64Array.from(samples.map((s) => s.ms)).sort();
  return { p50Ms: Math.round(quantile(sorted, 0.5)), p99Ms: Math.round(quantile(sorted, 0.99)) };
}

type Body = { method: 'POST'; headers: Record<string, string>; body: string };

const post = (headers: Record<string, string>, query: string, variables: object = {}): Body => ({
  method: 'POST',
  headers,
  body: JSON.stringify({ query, variables }),
});

/** Sends a request and fails the bench unless the answer contains `expect`. */
async function call(url: string, init: RequestInit, expect: string): Promise<Buffer> {
  const res = await fetch(url, init);
  const body = Buffer.from(await res.arrayBuffer());
  if (!res.ok || !body.includes(expect))
    throw new Error(`bench call to ${url} failed: ${body.toString('utf8', 0, 300)}`);
  return body;
}

/**
 * The team's query at 50 requests/s while the game's rounds are closed one
 * after another and then its XLSX scoreboard is exported; only the queries
 * due during a close or the export count.
 */
async function measureStall(
  url: string,
  gameId: string,
  rounds: number,
  headers: { team: Record<string, string>; instructor: Record<string, string> },
  log: (line: string) => void,
): Promise<HttpBench['stall']> {
  let done = false;
  const probe: OpenLoopRequest = {
    url,
    rate: 50,
    count: Number.MAX_SAFE_INTEGER,
    requests: [post(headers.team, '{ myStatus { cashCents } }')],
    accept: '"myStatus"',
  };
  const probing = runOpenLoop(probe, () => done);
  const windows: [number, number][] = [];
  const closeMs: number[] = [];
  try {
    for (let round = 1; round <= rounds; round += 1) {
      log(`stall: closing round ${round}`);
      const t0 = Date.now();
      await call(
        url,
        post(headers.instructor, `mutation { closeRound(gameId: "${gameId}") { __typename } }`),
        '"RoundModel"',
      );
      windows.push([t0, Date.now()]);
      closeMs.push(Date.now() - t0);
      if (round < rounds)
        await call(
          url,
          post(headers.instructor, `mutation { openRound(gameId: "${gameId}") { __typename } }`),
          '"RoundModel"',
        );
    }
    log('stall: exporting the XLSX scoreboard');
    const t0 = Date.now();
    const xlsx = await call(
      url.replace(/\/graphql$/, `/games/${gameId}/scoreboard.xlsx`),
      { headers: headers.instructor },
      'PK',
    );
    windows.push([t0, Date.now()]);
    const during = (await finish()).filter((s) => windows.some(([from, to]) => s.dueAt >= from && s.dueAt <= to));
    return {
      probes: during.length,
      ...latencies(during),
      closeMs,
      exportMs: Date.now() - t0,
      exportBytes: xlsx.length,
    };
  } finally {
    await finish();
  }

  function finish(): Promise<Sample[]> {
    done = true;
    return probing;
  }
}

/** Sets up a game of `teams` teams, starts the measured server and runs the three loads. */
export async function runHttpBench(opts: HttpBenchOptions): Promise<HttpBench> {
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
    opts.log(`setting up a game of ${opts.teams} teams`);
    const row = await app.get(ScenarioStoreService).find(opts.scenario);
    const scenario = app.get(ScenarioStoreService).content(row);
    const created = await app.get(GameService).create(SYSTEM_INSTRUCTOR, {
      scenarioId: row.scenarioId,
      scenarioVersion: row.version,
      name: 'bench',
      teams: Array.from({ length: opts.teams }, (_, i) => `bench ${i + 1}`),
    });
    const gameId = created.game.id;
    await app.get(RoundService).open(SYSTEM_INSTRUCTOR, gameId);
    const state = createInitialState(
      scenario,
      created.teams.map((t) => t.team.code),
    );
    const teamHeaders = created.teams.map(({ token }) => ({
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    }));
    const bodies = created.teams.map(({ team }, i) => {
      const d = botDecisions('COST_PLUS', scenario, state, team.code, 1, undefined, created.game.seed);
      const input = { operations: d.OPERATIONS, selection: d.SELECTION, ads: d.ADS, fulfillment: d.FULFILLMENT };
      return post(teamHeaders[i], SUBMIT, { input });
    });
    const spawned = await spawnServer({
      PORT: '0',
      DATABASE_URL: `sqlite:${dbFile}`,
      SANDBOX_INSTRUCTOR_TOKEN: instructor,
      SANDBOX_RATE_LIMIT: '100000000',
    });
    child = spawned.child;
    const url = spawned.url;
    await call(url, bodies[0], '"DecisionsAccepted"');
    const db = app.get(DatabaseService);
    const stored = () => db.read((em) => em.count(DecisionSetEntity));

    // the closed loop first: it also warms the server up (compiled code, caches) before the burst is measured
    opts.log(`submit: ${opts.connections} connections, closed loop, ${opts.seconds} s`);
    const submitLoad = { connections: opts.connections, requests: bodies };
    const submit = await load(url, { ...submitLoad, warmUpSeconds: opts.warmUpSeconds, seconds: opts.seconds });

    opts.log(`burst: ${opts.burstRate} submissions/s for ${opts.burstSeconds} s`);
    const before = await stored();
    const burst: OpenLoopRequest = {
      url,
      rate: opts.burstRate,
      count: opts.burstRate * opts.burstSeconds,
      requests: bodies,
      accept: '"DecisionsAccepted"',
    };
    const samples = await runWorkerTask<OpenLoopRequest, Sample[]>(join(__dirname, 'open-loop.js'), 'open-loop', burst);
    const burstStored = Math.round(((await stored()) - before) / 4);

    const instructorHeaders = { 'content-type': 'application/json', authorization: `Bearer ${instructor}` };
    const stall = await measureStall(
      url,
      gameId,
      opts.rounds,
      { team: teamHeaders[0], instructor: instructorHeaders },
      opts.log,
    );
    return {
      burst: {
        sent: samples.length,
        accepted: samples.filter((s) => s.accepted).length,
        stored: burstStored,
        ...latencies(samples),
      },
      submit,
      stall,
    };
  } finally {
    if (child) await stopServer(child);
    await server.app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
