/**
 * Large scenario files are parsed in a worker thread: reading, resolving
 * and validating a 0.9 MB document takes about 0.85 s of CPU, which must
 * not hold up other requests. The worker answers the stored form (the
 * canonical JSON text and its hash, not the object), so the main thread
 * has little to copy back; one such worker runs at a time, leaving the
 * other core to the server when several imports arrive together. A
 * document under SMALL_SOURCE characters (every bundled scenario; about
 * 50 ms at that size) is parsed on the main thread, answered without the
 * worker's start-up (about 0.7 s: a fresh thread loads the code and the
 * seed data).
 */
import { createHash } from 'node:crypto';
import { offMainThread, serveWorkerTask } from '../common/worker-task';
import { canonicalJson } from '../engine/canonical';
import { loadSeedData, type SeedData } from './scenario-loader';
import { parseScenarioSource } from './parse-scenario-source';
import type { ScenarioIssue } from './scenario-issue';
import type { SourceFormat } from './source-document';

export interface ScenarioParseInput {
  source: string;
  format: SourceFormat;
  /** The name errors are reported under. */
  file: string;
  seedsDir: string;
}

/** A valid scenario as it is stored: id, version, titles, canonical JSON and its sha256. */
export interface ScenarioRecord {
  id: string;
  version: number;
  titleEn: string;
  titleZh: string;
  content: string;
  contentHash: string;
}

export type ScenarioRecordResult =
  { ok: true; record: ScenarioRecord; warnings: ScenarioIssue[] } | { ok: false; errors: ScenarioIssue[] };

/** Sources shorter than this (in characters) are parsed on the calling thread. */
export const SMALL_SOURCE = 16 * 1024;

/** Parses a source into its stored form (the hash is that of parseScenarioSource). */
export function parseToRecord(input: Omit<ScenarioParseInput, 'seedsDir'>, seeds: SeedData): ScenarioRecordResult {
  const r = parseScenarioSource(input.source, input.format, input.file, seeds);
  if (!r.ok) return r;
  const content = canonicalJson(r.scenario);
  const s = r.scenario;
  return {
    ok: true,
    record: {
      id: s.id,
      version: s.version,
      titleEn: s.title.en,
      titleZh: s.title.zh,
      content,
      contentHash: createHash('sha256').update(content).digest('hex'),
    },
    warnings: r.warnings,
  };
}

const parse = (input: ScenarioParseInput): Promise<ScenarioRecordResult> =>
  Promise.resolve(parseToRecord(input, loadSeedData(input.seedsDir)));

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it has settled. */
function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * The stored form of a source: a large one parsed in a worker thread (one
 * at a time); a small one, or any where the code is not built, on this
 * thread with `seeds`.
 */
export function parseScenarioOffThread(
  input: ScenarioParseInput,
  seeds: () => SeedData,
): Promise<ScenarioRecordResult> {
  if (input.source.length < SMALL_SOURCE) return Promise.resolve(parseToRecord(input, seeds()));
  return inTurn(() => offMainThread(__filename, 'scenario-parse', input, parse));
}

serveWorkerTask('scenario-parse', parse);
