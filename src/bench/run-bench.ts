/** `sandbox bench`: engine, export and HTTP timings as one JSON object (targets reported, not asserted). */
import { runEngineBench } from './engine-worker';
import { runHttpBench, serverNodeArgs } from './http-bench';

export const BENCH_TARGETS = {
  round100Ms: 100,
  round1000Ms: 1000,
  scaling: 12,
  rssMb: 600,
  submitVsTrivial: 0.35,
  submitP99Ms: 150,
  export1000x8Ms: 3000,
} as const;

export interface BenchOptions {
  scenario: string;
  seconds: number;
  /** Seconds of unmeasured load before each measured one. */
  warmUpSeconds: number;
  connections: number;
  httpTeams: number;
  /** Skip the HTTP part (engine and export only). */
  skipHttp?: boolean;
  log?: (line: string) => void;
}

export interface BenchResult {
  node: string;
  /** Node flags of the measured server process. */
  serverNodeArgs: string[];
  scenario: string;
  round100Ms: number;
  round1000Ms: number;
  scaling: number;
  listings1000: number;
  rssMb: number;
  export1000x8Ms: number;
  export1000x8Bytes: number;
  trivialRps: number | null;
  submitRps: number | null;
  submitVsTrivial: number | null;
  submitP50Ms: number | null;
  submitP99Ms: number | null;
  trivialP99Ms: number | null;
  /** Submit requests answered during the whole submit load (warm-up included), and the submissions stored meanwhile (no fewer when none is lost; up to one more per connection, in flight when the load stopped). */
  submitRequests: number | null;
  submitStored: number | null;
  submitNon2xx: number | null;
  connections: number;
  seconds: number;
  warmUpSeconds: number;
  targets: typeof BENCH_TARGETS;
  /** Which targets were missed (empty when all were met). */
  missed: string[];
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const log = opts.log ?? (() => undefined);
  // the engine part runs in a worker thread whose heap is gone before the HTTP loads start
  const engine = await runEngineBench(opts.scenario, log);
  let http = null;
  if (!opts.skipHttp) {
    log(`http: ${opts.connections} connections, ${opts.seconds} s per load`);
    http = await runHttpBench({
      connections: opts.connections,
      seconds: opts.seconds,
      warmUpSeconds: opts.warmUpSeconds,
      teams: opts.httpTeams,
      scenario: opts.scenario,
    });
  }
  const result: BenchResult = {
    node: process.version,
    serverNodeArgs: serverNodeArgs(),
    scenario: opts.scenario,
    round100Ms: r1(engine.round100Ms),
    round1000Ms: r1(engine.round1000Ms),
    scaling: r2(engine.round1000Ms / engine.round100Ms),
    listings1000: engine.listings1000,
    rssMb: Math.round(engine.rssMb),
    export1000x8Ms: Math.round(engine.export1000x8Ms),
    export1000x8Bytes: engine.export1000x8Bytes,
    trivialRps: http?.trivial.rps ?? null,
    submitRps: http?.submit.rps ?? null,
    submitVsTrivial: http ? r2(http.submit.rps / Math.max(1, http.trivial.rps)) : null,
    submitP50Ms: http?.submit.p50Ms ?? null,
    submitP99Ms: http?.submit.p99Ms ?? null,
    trivialP99Ms: http?.trivial.p99Ms ?? null,
    submitRequests: http?.submit.totalRequests ?? null,
    submitStored: http?.submitStored ?? null,
    submitNon2xx: http?.submit.non2xx ?? null,
    connections: opts.connections,
    seconds: opts.seconds,
    warmUpSeconds: opts.warmUpSeconds,
    targets: BENCH_TARGETS,
    missed: [],
  };
  const lower: (keyof typeof BENCH_TARGETS)[] = [
    'round100Ms',
    'round1000Ms',
    'scaling',
    'rssMb',
    'submitP99Ms',
    'export1000x8Ms',
  ];
  for (const k of lower) {
    const v = result[k];
    if (typeof v === 'number' && v > BENCH_TARGETS[k]) result.missed.push(k);
  }
  if (result.submitVsTrivial !== null && result.submitVsTrivial < BENCH_TARGETS.submitVsTrivial)
    result.missed.push('submitVsTrivial');
  return result;
}
