import type { INestApplicationContext } from '@nestjs/common';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError, AppErrorCode } from '../common/app-error';
import type { ScenarioEntity } from '../scenario/scenario.entity';
import { MAX_SCENARIO_SOURCE } from '../scenario/scenario.resolver';
import { formatIssue } from '../scenario/scenario-loader';
import { ScenarioStoreService, type ImportOutcome } from '../scenario/scenario-store.service';
import { CliError } from './cli-output';

/** True when the argument names an existing file (a path wins over an id of the same spelling). */
export function isScenarioFile(arg: string): boolean {
  return existsSync(arg) && statSync(arg).isFile();
}

/** The format of a scenario file by its name: `.json` is JSON, anything else YAML. */
export function formatOfFile(file: string): 'yaml' | 'json' {
  return file.toLowerCase().endsWith('.json') ? 'json' : 'yaml';
}

/** An import's outcome, or a file refused for its size before it is parsed. */
export type FileImport =
  ImportOutcome | { ok: false; errorCode: 'SCENARIO_TOO_LARGE'; message: string; errors: ImportIssues };
type ImportIssues = Extract<ImportOutcome, { ok: false }>['errors'];

/**
 * Imports a scenario file into the database as importScenario does (same
 * size limit, validation and version rule; nothing stored when it fails).
 */
export async function importScenarioFile(app: INestApplicationContext, file: string): Promise<FileImport> {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError('FILE_UNREADABLE', `${file}: cannot read it (${(e as NodeJS.ErrnoException).code})`);
  }
  if (source.length > MAX_SCENARIO_SOURCE)
    return {
      ok: false,
      errorCode: 'SCENARIO_TOO_LARGE',
      message: `${file} is larger than ${MAX_SCENARIO_SOURCE} characters`,
      errors: [],
    };
  return app.get(ScenarioStoreService).import(source, formatOfFile(file), 'IMPORTED', file);
}

/** An import's refusal as one error: its message and every issue at file:line:column. */
export function importFailure(outcome: Extract<FileImport, { ok: false }>): CliError {
  return new CliError(outcome.errorCode, [outcome.message, ...outcome.errors.map(formatIssue)].join('\n'));
}

/**
 * The stored scenario a command means by `arg`: a file (imported first, so a
 * game can refer to it) or the id of a stored scenario (bundled or imported;
 * the newest version). When it is neither, the error names both readings.
 */
export async function storedScenario(app: INestApplicationContext, arg: string): Promise<ScenarioEntity> {
  if (isScenarioFile(arg)) {
    const outcome = await importScenarioFile(app, arg);
    if (!outcome.ok) throw importFailure(outcome);
    return outcome.entity;
  }
  const store = app.get(ScenarioStoreService);
  try {
    return await store.find(arg);
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== AppErrorCode.NOT_FOUND) throw e;
    const ids = [...new Set((await store.list()).map((s) => s.scenarioId))];
    throw new CliError(
      'SCENARIO_NOT_FOUND',
      `"${arg}" is neither a scenario file (nothing at ${resolve(arg)}) nor a stored scenario id ` +
        `(stored: ${ids.join(', ') || 'none'})`,
    );
  }
}
