import type { z } from 'zod';
import type { PathIssue, PathSegment } from './scenario-issue';

/** Zod issues as plain path issues; one issue per unknown field. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PathSegment[] = []): PathIssue[] {
  const out: PathIssue[] = [];
  const bounds = new Map<string, number>();
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map(toSegment)];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: [...path, key], message: `unknown field "${key}"`, atKey: true });
    } else if (issue.code === 'too_small' || issue.code === 'too_big') {
      // A bound narrowed by a later check (cents.min(1) over min(0)): keep the last.
      const key = `${issue.code}:${JSON.stringify(path)}`;
      const at = bounds.get(key);
      if (at === undefined) bounds.set(key, out.push({ path, message: issue.message }) - 1);
      else out[at] = { path, message: issue.message };
    } else {
      out.push({ path, message: plainMessage(issue, path) });
    }
  }
  return out;
}

function toSegment(segment: PropertyKey): PathSegment {
  return typeof segment === 'number' ? segment : String(segment);
}

function plainMessage(issue: z.core.$ZodIssue, path: readonly PathSegment[]): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    const field = path.length > 0 ? `"${String(path[path.length - 1])}"` : 'value';
    return `missing required field ${field} (expected ${issue.expected})`;
  }
  if (issue.code === 'invalid_key') return `invalid key: ${issue.issues.map((i) => i.message).join('; ')}`;
  return issue.message;
}
