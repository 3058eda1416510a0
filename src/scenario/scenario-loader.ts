import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { parseScenarioSource, type ScenarioParseResult } from './parse-scenario-source';
import type { ScenarioIssue } from './scenario-issue';
import type { Scenario } from './scenario.schema';
import type { SeedData } from './seed-data';
import { parseSeedSources, type SeedSource } from './seed-sources';
import type { SourceFormat } from './source-document';

export { parseScenarioSource, scenarioContentHash, type ScenarioParseResult } from './parse-scenario-source';
export type { ScenarioIssue } from './scenario-issue';
export type { SeedData } from './seed-data';

/** Thrown when files an installation ships with (seeds, bundled scenarios) are invalid. */
export class ScenarioDataError extends Error {
  constructor(
    message: string,
    readonly issues: readonly ScenarioIssue[],
  ) {
    super(`${message}\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'ScenarioDataError';
  }
}

export interface LoadedScenario {
  /** Path of the file relative to the directory it was loaded from. */
  file: string;
  scenario: Scenario;
  contentHash: string;
}

/** `file:line:column path: message`, the form the CLI prints. */
export function formatIssue(issue: ScenarioIssue): string {
  return `${issue.file}:${issue.line}:${issue.column} ${issue.path ? `${issue.path}: ` : ''}${issue.message}`;
}

/** The package root: the nearest directory above this file holding package.json (works from src and dist). */
export function packageRoot(start: string = __dirname): string {
  let dir = resolve(start);
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const defaultSeedsDir = (): string => join(packageRoot(), 'seeds');
export const defaultScenariosDir = (): string => join(packageRoot(), 'scenarios');

/** Reads and validates seeds/; throws ScenarioDataError listing every problem. */
export function loadSeedData(seedsDir: string = defaultSeedsDir()): SeedData {
  const sources: SeedSource[] = listFiles(seedsDir, /\.ya?ml$/).map((path) => ({
    file: relative(seedsDir, path).split('\\').join('/'),
    source: readFileSync(path, 'utf8'),
  }));
  const result = parseSeedSources(sources);
  if (!result.ok) throw new ScenarioDataError(`invalid seed data in ${seedsDir}`, result.errors);
  return result.seeds;
}

/** Reads one scenario file (YAML, or JSON by its extension) and resolves it against the seeds. */
export function loadScenarioFile(path: string, seedsDir?: string, seeds?: SeedData): ScenarioParseResult {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ file: path, line: 1, column: 1, path: '', message: `cannot read file: ${message}` }],
    };
  }
  return parseScenarioSource(source, formatOf(path), path, seeds ?? loadSeedData(seedsDir));
}

/** Every scenario of a directory (`*.yaml`, `*.yml`, `*.json` except JSON Schemas), sorted by file name. */
export function loadBundledScenarios(dir: string = defaultScenariosDir(), seedsDir?: string): LoadedScenario[] {
  const seeds = loadSeedData(seedsDir);
  const loaded: LoadedScenario[] = [];
  const errors: ScenarioIssue[] = [];
  for (const path of listScenarioFiles(dir)) {
    const file = relative(dir, path);
    const result = parseScenarioSource(readFileSync(path, 'utf8'), formatOf(path), file, seeds);
    if (result.ok) loaded.push({ file, scenario: result.scenario, contentHash: result.contentHash });
    else errors.push(...result.errors);
  }
  if (errors.length > 0) throw new ScenarioDataError(`invalid bundled scenarios in ${dir}`, errors);
  return loaded;
}

export function listScenarioFiles(dir: string): string[] {
  return listFiles(dir, /\.(ya?ml|json)$/, false).filter((path) => !path.endsWith('.schema.json'));
}

export function formatOf(path: string): SourceFormat {
  return extname(path).toLowerCase() === '.json' ? 'json' : 'yaml';
}

function listFiles(dir: string, pattern: RegExp, recursive = true): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && recursive) out.push(...listFiles(path, pattern));
    else if (entry.isFile() && pattern.test(entry.name)) out.push(path);
  }
  return out;
}
