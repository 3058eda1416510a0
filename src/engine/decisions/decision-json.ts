/**
 * The stored form of a checked module decision: canonical JSON (the same
 * string canonicalJson gives), written by the native JSON.stringify. Every
 * object schema of the module payloads lists its fields sorted, and both zod
 * and the fast path (fast-shape.ts) build a checked decision's objects in
 * schema order; a checked decision holds only strings, integers, arrays and
 * such objects. So JSON.stringify writes keys in canonicalJson's order. The
 * order of the schemas is checked when this module loads.
 */
import { z } from 'zod';
import type { AnyModuleDecision } from './empty-decision';
import { adsSchema, fulfillmentSchema, operationsSchema, selectionSchema } from './decision-schemas';

/** The path of the first object schema whose fields are not sorted, or null. */
export function unsortedShape(schema: unknown, path = '$'): string | null {
  if (schema instanceof z.ZodObject) {
    const keys = Object.keys(schema.shape as Record<string, unknown>);
    if (keys.join('\u0000') !== [...keys].sort().join('\u0000')) return path;
    for (const key of keys) {
      const inner = unsortedShape((schema.shape as Record<string, unknown>)[key], `${path}.${key}`);
      if (inner) return inner;
    }
  } else if (schema instanceof z.ZodArray) {
    return unsortedShape(schema.element, `${path}[]`);
  }
  return null;
}

for (const [name, schema] of Object.entries({ operationsSchema, selectionSchema, adsSchema, fulfillmentSchema })) {
  const at = unsortedShape(schema);
  if (at)
    throw new Error(`decision-schemas: the fields of ${name} ${at} must be listed sorted (decisionJson relies on it)`);
}

/** Canonical JSON of a decision that passed checkDecision. */
export function decisionJson(value: AnyModuleDecision): string {
  return JSON.stringify(value);
}
