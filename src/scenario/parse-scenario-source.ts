import { createHash } from 'node:crypto';
import { canonicalJson } from '../engine/canonical';
import { consistencyIssues } from './consistency-rules';
import { isPlainObject } from './deep-merge';
import { placeInDocument, placeIssue, type OriginResolver } from './origins';
import { referenceIssues } from './reference-rules';
import { resolveScenarioFile, type ResolvedFile } from './resolve-scenario-file';
import { ruleInput } from './rule-input';
import { warningIssues } from './warning-rules';
import { COLLECTIONS, scenarioFileSchema } from './scenario-file.schema';
import { sortIssues, type PathIssue, type ScenarioIssue } from './scenario-issue';
import { scenarioSchema, type Scenario } from './scenario.schema';
import type { SeedData } from './seed-data';
import { parseSource, type SourceDocument, type SourceFormat } from './source-document';
import { fromZodIssues } from './zod-issues';
import { strictDeep } from './zod-shapes';

export type ScenarioParseResult =
  | {
      ok: true;
      scenario: Scenario;
      contentHash: string;
      /** Settings that validate but cannot make sense (warning-rules), placed like errors. */
      warnings: ScenarioIssue[];
    }
  | { ok: false; errors: ScenarioIssue[] };

const strictScenarioSchema = strictDeep(scenarioSchema);

/**
 * Parses, resolves against `seeds` and validates one scenario file. Every
 * problem is reported at once with its position; nothing of an invalid
 * file is returned. Never throws.
 */
export function parseScenarioSource(
  source: string,
  format: SourceFormat,
  file: string,
  seeds: SeedData,
): ScenarioParseResult {
  try {
    return parseChecked(source, format, file, seeds);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ file, line: 1, column: 1, path: '', message: `internal error while loading: ${message}` }],
    };
  }
}

function parseChecked(source: string, format: SourceFormat, file: string, seeds: SeedData): ScenarioParseResult {
  const parsed = parseSource(String(source), format, file);
  if (!parsed.ok) return parsed;
  const doc = parsed.document;
  if (!isPlainObject(doc.value)) {
    return {
      ok: false,
      errors: [
        placeInDocument({ path: [], message: 'a scenario file must hold a mapping (an object) at the top level' }, doc),
      ],
    };
  }
  const fileIssues = fromZodIssues(scenarioFileSchema.safeParse(doc.value).error?.issues ?? []);
  const resolved = resolveScenarioFile(doc.value, seeds);
  const strict = strictScenarioSchema.safeParse(resolved.value);
  const resolvedIssues: PathIssue[] = [
    ...fromZodIssues(strict.error?.issues ?? []),
    ...referenceIssues(ruleInput(resolved.value)),
    ...consistencyIssues(ruleInput(resolved.value)),
  ];
  const origin = scenarioOrigins(doc, resolved);
  const errors = sortIssues([
    ...[...fileIssues, ...resolved.issues].map((issue) => placeInDocument(issue, doc)),
    ...resolvedIssues.map((issue) => placeIssue(issue, origin)),
  ]);
  if (errors.length > 0 || !strict.success) return { ok: false, errors };
  const scenario = scenarioSchema.parse(resolved.value);
  const warnings = sortIssues(warningIssues(scenario).map((issue) => placeIssue(issue, origin)));
  return { ok: true, scenario, contentHash: scenarioContentHash(scenario), warnings };
}

/** sha256 (hex) of the canonical JSON of a resolved scenario. */
export function scenarioContentHash(scenario: Scenario): string {
  return createHash('sha256').update(canonicalJson(scenario)).digest('hex');
}

/** Maps a path of the resolved scenario to the node of the file it came from. */
function scenarioOrigins(doc: SourceDocument, resolved: ResolvedFile): OriginResolver {
  return (path) => {
    const [head, second, third] = path;
    if (typeof head === 'string' && head in COLLECTIONS && typeof second === 'number') {
      const origin = resolved.items[head as keyof typeof COLLECTIONS][second];
      if (origin?.kind === 'file') return { origin: { doc, path: [head, origin.index], deep: true }, consumed: 2 };
      if (origin?.kind === 'seed')
        return { origin: { doc, path: origin.includePath, deep: false, note: origin.note }, consumed: 2 };
    }
    if (head === 'rounds' && second === 'schedule' && typeof third === 'number') {
      const origin = resolved.schedule[third];
      if (origin?.kind === 'file')
        return { origin: { doc, path: ['rounds', 'schedule', origin.index], deep: true }, consumed: 3 };
      if (origin?.kind === 'filled')
        return {
          origin: { doc, path: ['rounds', 'count'], deep: false, note: `in round ${third + 1} (filled in)` },
          consumed: 3,
        };
    }
    return { origin: { doc, path: [], deep: true }, consumed: 0 };
  };
}
