/**
 * An open-loop load: requests are sent at a fixed rate whatever the answers
 * take (as a class at a deadline does: nobody waits for the previous answer
 * before sending), and each latency is counted from the moment its request
 * was due, so a stalled server shows in full. Runs on the calling thread or,
 * for `sandbox bench`'s deadline burst, in a worker thread of its own.
 */
import { performance } from 'node:perf_hooks';
import { serveWorkerTask } from '../common/worker-task';

export interface OpenLoopRequest {
  url: string;
  /** Requests per second. */
  rate: number;
  /** Requests sent at most (or until `stop` says so). */
  count: number;
  /** Used round robin. */
  requests: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string }[];
  /** An answer counts as accepted when its status is 2xx and its body contains this. */
  accept: string;
}

/** One answered (or failed) request: when it was due (ms since the epoch), its latency, whether it was accepted. */
export interface Sample {
  dueAt: number;
  ms: number;
  accepted: boolean;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(req: OpenLoopRequest, r: OpenLoopRequest['requests'][number], due: number): Promise<Sample> {
  const dueAt = performance.timeOrigin + due;
  try {
    const res = await fetch(req.url, { method: r.method, headers: r.headers, body: r.body });
    const text = await res.text();
    return { dueAt, ms: performance.now() - due, accepted: res.ok && text.includes(req.accept) };
  } catch {
    return { dueAt, ms: performance.now() - due, accepted: false };
  }
}

/** Sends `count` requests at `rate` per second (fewer if `stop` returns true first); resolves with every sample once all are answered. */
export async function runOpenLoop(req: OpenLoopRequest, stop: () => boolean = () => false): Promise<Sample[]> {
  const interval = 1000 / req.rate;
  const start = performance.now();
  const pending: Promise<Sample>[] = [];
  while (pending.length < req.count && !stop()) {
    const due = start + pending.length * interval;
    const wait = due - performance.now();
    if (wait > 1) await pause(wait);
    pending.push(send(req, req.requests[pending.length % req.requests.length], due));
  }
  return Promise.all(pending);
}

serveWorkerTask('open-loop', (req: OpenLoopRequest) => runOpenLoop(req));
