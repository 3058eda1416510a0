/**
 * The engine and export part of `sandbox bench`, run in a worker thread: its
 * heap (1,000-team games, a season of outcomes, the XLSX) is freed when the
 * worker ends, before the HTTP loads run, so the bench process's garbage
 * collection of that heap does not take CPU from the measured server.
 */
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { exportDataOf } from '../export/export-assembly';
import { toXlsx } from '../export/export-formats';
import { formatIssue, loadScenarioFile, packageRoot } from '../scenario/scenario-loader';
import type { Scenario } from '../scenario/scenario.schema';
import { exportRowsOf, playBigSeason, timeRound } from './engine-bench';
import { runWorkerTask, serveWorkerTask } from '../common/worker-task';

export interface EngineBench {
  round100Ms: number;
  round1000Ms: number;
  listings1000: number;
  /** Peak resident memory of the process (MiB) once the 1,000-team rounds were resolved. */
  rssMb: number;
  export1000x8Ms: number;
  export1000x8Bytes: number;
}

function bundledScenario(id: string): Scenario {
  const r = loadScenarioFile(join(packageRoot(), 'scenarios', `${id}.yaml`));
  if (!r.ok) throw new Error(r.errors.map(formatIssue).join('\n'));
  return r.scenario;
}

async function measure(scenarioId: string, log: (line: string) => void): Promise<EngineBench> {
  const scenario = bundledScenario(scenarioId);
  log('engine: 100 teams');
  const t100 = timeRound(scenario, 100, 9, 1, 2);
  log('engine: 1000 teams');
  const t1000 = timeRound(scenario, 1000, 5);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  log('export: 1000 teams × 8 rounds');
  const rows = exportRowsOf(scenario, playBigSeason(scenario, 1000, 8));
  // what the export's worker thread does: assemble the data set, then write the workbook
  const e0 = performance.now();
  const xlsx = await toXlsx(exportDataOf(rows));
  return {
    round100Ms: t100.medianMs,
    round1000Ms: t1000.medianMs,
    listings1000: t1000.listings,
    rssMb,
    export1000x8Ms: performance.now() - e0,
    export1000x8Bytes: xlsx.length,
  };
}

/** Runs the engine and export timings in a worker thread; progress lines go to `log`. */
export function runEngineBench(scenarioId: string, log: (line: string) => void): Promise<EngineBench> {
  return runWorkerTask(__filename, 'engine', scenarioId, log);
}

serveWorkerTask('engine', measure);
