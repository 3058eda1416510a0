/** The close's computation (close-computation.ts) in a worker thread: the server answers other requests meanwhile. */
import { offMainThread, serveWorkerTask } from '../common/worker-task';
import { type CloseInput, type CloseOutput, computeClose } from './close-computation';

const compute = (input: CloseInput): Promise<CloseOutput> => Promise.resolve(computeClose(input));

/** Bot turns and the engine's resolution of a round, off the main thread. */
export function computeCloseOffThread(input: CloseInput): Promise<CloseOutput> {
  return offMainThread(__filename, 'close', input, compute);
}

serveWorkerTask('close', compute);
