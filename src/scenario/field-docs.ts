/**
 * Descriptions of the scenario file's fields, carried into its JSON Schema:
 * every property of the schema gets the text of its path (exact first,
 * then the most specific pattern, where `*` stands for one key), unless
 * the zod schema already describes it.
 */
import { CATALOG_FIELD_DOCS } from './field-docs-catalog';
import { MODEL_FIELD_DOCS } from './field-docs-model';

export const FIELD_DOCS: Readonly<Record<string, string>> = { ...CATALOG_FIELD_DOCS, ...MODEL_FIELD_DOCS };

type Node = Record<string, unknown>;

const escape = (s: string) => s.replace(/[.[\]$]/g, (c) => `\\${c}`);
const PATTERNS = Object.keys(FIELD_DOCS)
  .filter((k) => k.includes('*'))
  .map((key) => ({
    key,
    stars: key.split('*').length - 1,
    re: new RegExp(`^${key.split('*').map(escape).join('[^.\\[\\]]+')}$`),
  }))
  .sort((a, b) => a.stars - b.stars);

/** The key of FIELD_DOCS that describes a field path such as `markets[].demand`, or undefined. */
export function fieldDocKey(path: string): string | undefined {
  if (Object.hasOwn(FIELD_DOCS, path)) return path;
  return PATTERNS.find((p) => p.re.test(path))?.key;
}

/** The description of a field path, or undefined. */
export function fieldDoc(path: string): string | undefined {
  const key = fieldDocKey(path);
  return key === undefined ? undefined : FIELD_DOCS[key];
}

/** Calls `visit` with every property of a JSON Schema and its path (`[]` for list items, `*` for map values). */
export function eachProperty(node: unknown, visit: (path: string, property: Node) => void, path = ''): void {
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  for (const [key, child] of Object.entries((n.properties as Record<string, unknown>) ?? {})) {
    const p = path ? `${path}.${key}` : key;
    if (child && typeof child === 'object') visit(p, child as Node);
    eachProperty(child, visit, p);
  }
  if (n.items) eachProperty(n.items, visit, `${path}[]`);
  for (const k of ['anyOf', 'oneOf', 'allOf'])
    if (Array.isArray(n[k])) for (const alt of n[k] as unknown[]) eachProperty(alt, visit, path);
  if (n.additionalProperties && typeof n.additionalProperties === 'object')
    eachProperty(n.additionalProperties, visit, `${path}.*`);
}

/** Adds the descriptions of FIELD_DOCS to a JSON Schema of the scenario file (in place). */
export function describeFields(schema: Record<string, unknown>): void {
  eachProperty(schema, (path, property) => {
    const doc = fieldDoc(path);
    if (doc !== undefined && property.description === undefined) property.description = doc;
  });
}
