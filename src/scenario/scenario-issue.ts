/** One segment of a path into a scenario value: an object key or an array index. */
export type PathSegment = string | number;
export type ValuePath = readonly PathSegment[];

/** A problem found in a scenario or seed file, with its 1-based position. */
export interface ScenarioIssue {
  file: string;
  line: number;
  column: number;
  /** Path of the offending value, e.g. `products[3].unitCostCents`. */
  path: string;
  message: string;
}

/** A problem before it is given a file position: a path and a message. */
export interface PathIssue {
  path: ValuePath;
  message: string;
  /** Point at the key of the last segment rather than its value (unknown fields). */
  atKey?: boolean;
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** `['markets', 2, 'demand', 'home.kitchen']` -> `markets[2].demand["home.kitchen"]`. */
export function formatPath(path: ValuePath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Orders issues by file, line, column and path, and drops exact repeats. */
export function sortIssues(issues: readonly ScenarioIssue[]): ScenarioIssue[] {
  const seen = new Set<string>();
  const unique: ScenarioIssue[] = [];
  for (const issue of issues) {
    const key = `${issue.file}\u0000${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(issue);
  }
  return unique.sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.path, b.path),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
