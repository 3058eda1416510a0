/**
 * A task run in a worker thread of its own, so that its CPU time, heap and
 * garbage collection stay off the server's main thread (round resolution,
 * large exports, the bench). The worker is gone before the promise settles.
 */
import { existsSync } from 'node:fs';
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
      outcome = 'result' in m ? { result: m.result } : { error: new Error(`${name} task failed: ${m.error}`) };
      void worker.terminate();
    });
    worker.once('error', (e) => (outcome ??= { error: e }));
    worker.once('exit', (code) => {
      const o = outcome as { result: T } | { error: Error } | null;
      if (o && 'result' in o) resolve(o.result);
      else reject(o?.error ?? new Error(`${name} worker exited with ${code}`));
    });
  });
}

/**
 * Runs `task` in a worker thread started from the compiled module `file`
 * (`.js`); where there is none (the TypeScript sources run by the unit
 * tests) it runs on this thread instead, with the same result.
 */
export function offMainThread<I, T>(file: string, name: string, input: I, task: (input: I) => Promise<T>): Promise<T> {
  if (file.endsWith('.js') && existsSync(file)) return runWorkerTask<I, T>(file, name, input);
  return task(input);
}

/** In a worker started by runWorkerTask for `name`: runs `task` and posts its result (or error) back. */
export function serveWorkerTask<I, T>(name: string, task: (input: I, log: (line: string) => void) => Promise<T>): void {
  const data = workerData as { task?: string; input?: I } | null;
  if (isMainThread || !parentPort || data?.task !== name) return;
  const port = parentPort;
  // (a task that throws at once is reported like one whose promise rejects)
  Promise.resolve()
    .then(() => task(data.input as I, (line) => port.postMessage({ log: line })))
    .then(
      (result) => port.postMessage({ result }),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    );
}
