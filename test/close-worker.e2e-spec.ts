import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { botDecisions, canonicalJson, createInitialState } from '../src/engine';
import type { ModuleName } from '../src/engine/types';
import { fixtureScenario } from '../src/engine/testing/fixture-scenario';
import { runWorkerTask } from '../src/common/worker-task';
import { type CloseInput, type CloseOutput, computeClose } from '../src/round/close-computation';

const WORKER = join(__dirname, '..', 'dist', 'round', 'close-worker.js');

/** A round of the fixture scenario: two teams that submitted, one bot seat. */
function closeInput(): CloseInput {
  const scenario = fixtureScenario();
  const state = createInitialState(scenario, ['T01', 'T02', 'T03']);
  const rows = ['T01', 'T02'].flatMap((code) =>
    Object.entries(botDecisions('COST_PLUS', scenario, state, code, 1, undefined, 7)).map(([module, value]) => ({
      teamId: `id-${code}`,
      module: module as ModuleName,
      version: 1,
      payload: canonicalJson(value),
    })),
  );
  const teams = [
    { id: 'id-T01', code: 'T01', botStrategy: null },
    { id: 'id-T02', code: 'T02', botStrategy: null },
    { id: 'id-T03', code: 'T03', botStrategy: 'RANDOM' },
  ];
  return { scenario, seed: 7, round: 1, stateJson: canonicalJson(state), teams, rows, previousResults: {} };
}

describe('the close in a worker thread (built code)', () => {
  it('gives exactly what the computation gives on the main thread, bot turns included', async () => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npm run build\` first (npm test does)`);
    const input = closeInput();
    const inWorker = await runWorkerTask<CloseInput, CloseOutput>(WORKER, 'close', input);
    const here = computeClose(input);
    expect(here.botRows.filter((r) => r.teamId === 'id-T03').length).toBeGreaterThan(0);
    expect(inWorker).toEqual(here);
  });

  it('reports a failure of the computation as a rejected promise', async () => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npm run build\` first (npm test does)`);
    const input = { ...closeInput(), stateJson: '{' };
    await expect(runWorkerTask(WORKER, 'close', input)).rejects.toThrow(/close task failed/);
  });
});
