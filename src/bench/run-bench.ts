/** `npm run bench`: engine, export and HTTP figures as one JSON object (targets reported, never asserted by tests). */
import { runEngineBench } from './engine-worker';
import { type HttpBench, type HttpBenchOptions, runHttpBench, serverNodeArgs } from './http-bench';

/** The targets of the bench on a 2-core machine (lower is better for each). */
export const BENCH_TARGETS = {
  burstP99Ms: 100,
  burstLost: 0,
  stallP99Ms: 50,
  round100Ms: 100,
  round1000Ms: 600,
  rssMb: 600,
  export1000x8Ms: 3000,
} as const;

/** What the bench runs: the HTTP loads' options, or none of them. */
export interface BenchOptions extends HttpBenchOptions {
  skipHttp: boolean;
}

export interface BenchResult {
  node: string;
  serverNodeArgs: string[];
  scenario: string;
  /** Deadline burst (open loop): p99 latency from when each submission was due, and submissions not stored. */
  burstP99Ms: number | null;
  burstLost: number | null;
  burstP50Ms: number | null;
  burstSent: number | null;
  /** A team's query at 50/s, counted while rounds close and while the XLSX export is produced. */
  stallP99Ms: number | null;
  stallP50Ms: number | null;
  stallProbes: number | null;
  closeMs: number[] | null;
  exportMs: number | null;
  round100Ms: number;
  round1000Ms: number;
  rssMb: number;
  export1000x8Ms: number;
  /** Closed loop, `connections` connections: for information, no target. */
  submitRps: number | null;
  submitP99Ms: number | null;
  teams: number;
  targets: typeof BENCH_TARGETS;
  /** The keys whose target was missed (empty when every one was met). */
  missed: string[];
}

const r1 = (x: number) => Math.round(x * 10) / 10;

type HttpFigures = Pick<
  BenchResult,
  | 'burstP99Ms'
  | 'burstLost'
  | 'burstP50Ms'
  | 'burstSent'
  | 'stallP99Ms'
  | 'stallP50Ms'
  | 'stallProbes'
  | 'closeMs'
  | 'exportMs'
  | 'submitRps'
  | 'submitP99Ms'
>;

/** The HTTP keys of the result (null each when the HTTP part was skipped). */
function httpFigures(http: HttpBench | null): HttpFigures {
  if (!http) {
    const keys: (keyof HttpFigures)[] = ['burstP99Ms', 'burstLost', 'burstP50Ms', 'burstSent', 'stallP99Ms'];
    keys.push('stallP50Ms', 'stallProbes', 'closeMs', 'exportMs', 'submitRps', 'submitP99Ms');
    return Object.fromEntries(keys.map((k) => [k, null])) as HttpFigures;
  }
  const { burst, stall, submit } = http;
  return {
    burstP99Ms: burst.p99Ms,
    // a submission is lost unless it was both answered as accepted and stored
    burstLost: burst.sent - Math.min(burst.accepted, burst.stored),
    burstP50Ms: burst.p50Ms,
    burstSent: burst.sent,
    stallP99Ms: stall.p99Ms,
    stallP50Ms: stall.p50Ms,
    stallProbes: stall.probes,
    closeMs: stall.closeMs,
    exportMs: stall.exportMs,
    submitRps: submit.rps,
    submitP99Ms: submit.p99Ms,
  };
}

export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  // the engine part runs in a worker thread whose heap is gone before the HTTP loads start
  const engine = await runEngineBench(opts.scenario, opts.log);
  const http = opts.skipHttp ? null : await runHttpBench(opts);
  const result: BenchResult = {
    node: process.version,
    serverNodeArgs: serverNodeArgs(),
    scenario: opts.scenario,
    ...httpFigures(http),
    round100Ms: r1(engine.round100Ms),
    round1000Ms: r1(engine.round1000Ms),
    rssMb: Math.round(engine.rssMb),
    export1000x8Ms: Math.round(engine.export1000x8Ms),
    teams: opts.teams,
    targets: BENCH_TARGETS,
    missed: [],
  };
  for (const key of Object.keys(BENCH_TARGETS) as (keyof typeof BENCH_TARGETS)[]) {
    const value = result[key];
    if (typeof value === 'number' && value > BENCH_TARGETS[key]) result.missed.push(key);
  }
  return result;
}
