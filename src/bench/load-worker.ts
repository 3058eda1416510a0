/**
 * One autocannon load, run in a worker thread by `sandbox bench`: the load
 * generator gets its own heap and event loop, so the bench process's heap and
 * its garbage collection do not show up in the measured latencies.
 *
 * The load runs for warmUpSeconds + seconds on the same connections; rate and
 * latencies are those of the responses that arrive after the warm-up (each
 * response's own latency, as autocannon measures it), so neither compiling
 * the server's hot code nor 100 connections opening at once is in them.
 */
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';
import { serveWorkerTask } from '../common/worker-task';

export interface LoadRequest {
  url: string;
  connections: number;
  /** Unmeasured seconds before the measured ones. */
  warmUpSeconds: number;
  seconds: number;
  /** One request per connection, used round robin over the connections. */
  requests: { headers: Record<string, string>; body: string }[];
}

export interface LoadResult {
  /** Responses per second after the warm-up. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses after the warm-up. */
  requests: number;
  /** Responses of the whole load, warm-up included. */
  totalRequests: number;
  /** Responses without a 2xx status, whole load. */
  non2xx: number;
  errors: number;
}

/** The value at quantile q of sorted numbers (nearest rank). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function runLoad(req: LoadRequest): Promise<LoadResult> {
  let next = 0;
  const latencies: number[] = [];
  let measureFrom = Infinity;
  const options = {
    url: req.url,
    method: 'POST' as const,
    connections: req.connections,
    duration: req.warmUpSeconds + req.seconds,
    headers: req.requests[0].headers,
    body: req.requests[0].body,
  };
  return new Promise((resolve, reject) => {
    autocannon(
      {
        ...options,
        setupClient: (client) => {
          const r = req.requests[next % req.requests.length];
          next += 1;
          client.setHeadersAndBody(r.headers, r.body);
          client.on('response', (_status: number, _bytes: number, responseTime: number) => {
            if (performance.now() >= measureFrom) latencies.push(responseTime);
          });
        },
      },
      (err, raw) => {
        if (err) return reject(err);
        // in a worker thread autocannon leaves its histograms encoded; aggregateResult (its API for worker results) decodes them
        const r = isMainThread ? raw : (autocannon as unknown as AggregateApi).aggregateResult([raw], options);
        const sorted = Float64Array.from(latencies).sort();
        resolve({
          rps: Math.round(sorted.length / req.seconds),
          p50Ms: Math.round(quantile(sorted, 0.5)),
          p99Ms: Math.round(quantile(sorted, 0.99)),
          requests: sorted.length,
          totalRequests: r.requests.total,
          non2xx: r.non2xx,
          errors: r.errors + r.timeouts,
        });
      },
    );
    measureFrom = performance.now() + req.warmUpSeconds * 1000;
  });
}

/** autocannon.aggregateResult, which its type declarations leave out. */
interface AggregateApi {
  aggregateResult(results: unknown[], options: object): autocannon.Result;
}

serveWorkerTask('load', (req: LoadRequest) => runLoad(req));
