/** Mutations of JSON documents for property tests of input checks: every path, and a value replaced, deleted or given an extra key there. */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside a JSON document. */
export function paths(v: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(v)) return here.concat(...v.map((x, i) => paths(x, [...at, i])));
  if (v && typeof v === 'object') return here.concat(...Object.entries(v).map(([k, x]) => paths(x, [...at, k])));
  return here;
}

/** A copy of `doc` with the value at `path` replaced, deleted or given an extra key. */
export function mutate(doc: Json, path: (string | number)[], kind: 'replace' | 'delete' | 'extra', value: Json): Json {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  if (path.length === 0) return kind === 'replace' ? value : copy;
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string, Json>)[key as string];
  const last = path[path.length - 1];
  const target = parent as Record<string | number, Json>;
  if (kind === 'replace') target[last] = value;
  else if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete target[last];
  } else if (target[last] && typeof target[last] === 'object' && !Array.isArray(target[last]))
    (target[last] as Record<string, Json>).extra = value;
  return copy;
}

export const odd: fc.Arbitrary<Json> = fc.oneof(
  fc.integer({ min: -5, max: 2_000_000_000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(
    0,
    -1,
    1.5,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    'BASIC',
    'EVEN',
    'STANDARD',
    '12',
    null,
    true,
    [],
    {},
  ),
  fc.string({ maxLength: 6 }),
) as fc.Arbitrary<Json>;
