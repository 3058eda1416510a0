/**
 * A bench task run in a worker thread of its own: its heap, its garbage
 * collection and its event loop stay out of what the rest of the bench
 * measures. The worker is gone (its heap freed) before the promise settles.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

type Message<T> = { log: string } | { result: T } | { error: string };

/** Runs the task `name` of the compiled module `file` with `input`; its progress lines go to `log`. */
export function runWorkerTask<I, T>(
  file: string,
  name: string,
  input: I,
  log: (line: string) => void = () => undefined,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { task: name, input } });
    let outcome: { result: T } | { error: Error } | null = null;
    worker.on('message', (m: Message<T>) => {
      if ('log' in m) return log(m.log);
      outcome = 'result' in m ? { result: m.result } : { error: new Error(`bench ${name} failed: ${m.error}`) };
      void worker.terminate();
    });
    worker.once('error', (e) => (outcome ??= { error: e }));
    worker.once('exit', (code) => {
      const o = outcome as { result: T } | { error: Error } | null;
      if (o && 'result' in o) resolve(o.result);
      else reject(o?.error ?? new Error(`bench ${name} worker exited with ${code}`));
    });
  });
}

/** In a worker started by runWorkerTask for `name`: runs `task` and posts its result (or error) back. */
export function serveWorkerTask<I, T>(name: string, task: (input: I, log: (line: string) => void) => Promise<T>): void {
  const data = workerData as { task?: string; input?: I } | null;
  if (isMainThread || !parentPort || data?.task !== name) return;
  const port = parentPort;
  task(data.input as I, (line) => port.postMessage({ log: line })).then(
    (result) => port.postMessage({ result }),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
}
