/** The what-if computation (what-if-computation.ts) in a worker thread: the server answers other requests meanwhile. */
import type { TeamRoundResult } from '../engine/types';
import { offMainThread, serveWorkerTask } from '../common/worker-task';
import { computeWhatIf, type WhatIfInput } from './what-if-computation';

const compute = (input: WhatIfInput): Promise<TeamRoundResult> => Promise.resolve(computeWhatIf(input));

/** One round of one game resolved again with a team's changed decisions, off the main thread. */
export function computeWhatIfOffThread(input: WhatIfInput): Promise<TeamRoundResult> {
  return offMainThread(__filename, 'what-if', input, compute);
}

serveWorkerTask('what-if', compute);
