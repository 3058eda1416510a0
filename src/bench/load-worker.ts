/**
 * One autocannon load, run in a worker thread by `sandbox bench`: the load
 * generator gets its own heap and event loop, so the bench process's large
 * heap (the 1,000-team engine runs) and its garbage collection do not show up
 * in the measured latencies.
 */
import autocannon from 'autocannon';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

export interface LoadRequest {
  url: string;
  connections: number;
  seconds: number;
  /** One request per connection, used round robin over the connections. */
  requests: { headers: Record<string, string>; body: string }[];
}

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export function runLoad(req: LoadRequest): Promise<LoadResult> {
  let next = 0;
  const options = { url: req.url, method: 'POST' as const, connections: req.connections, duration: req.seconds, headers: req.requests[0].headers, body: req.requests[0].body };
  return new Promise((resolve, reject) => {
    autocannon(
      {
        ...options,
        setupClient: (client) => {
          const r = req.requests[next % req.requests.length];
          next += 1;
          client.setHeadersAndBody(r.headers, r.body);
        },
      },
      (err, raw) => {
        if (err) return reject(err);
        // in a worker thread autocannon leaves its histograms encoded; aggregateResult (its API for worker results) decodes them
        const r = isMainThread ? raw : (autocannon as unknown as AggregateApi).aggregateResult([raw], options);
        const completed = r.requests.total;
        resolve({ rps: Math.round(completed / Math.max(0.001, r.duration)), p50Ms: r.latency.p50, p99Ms: r.latency.p99, requests: completed, non2xx: r.non2xx, errors: r.errors + r.timeouts });
      },
    );
  });
}

/** autocannon.aggregateResult, which its type declarations leave out. */
interface AggregateApi {
  aggregateResult(results: unknown[], options: object): autocannon.Result;
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  runLoad(workerData as LoadRequest).then(
    (result) => port.postMessage({ result }),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
}
