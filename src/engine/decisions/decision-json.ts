/**
 * The stored form of a checked module decision: canonical JSON (the same
 * string canonicalJson gives) written by the native JSON.stringify. Given a
 * list of property names, JSON.stringify writes every object's properties in
 * the order of that list; the list here is every field name of the four
 * module schemas, sorted as canonicalJson sorts keys. A checked decision
 * holds only those fields, integers and strings, so nothing is left out.
 */
import { z } from 'zod';
import type { AnyModuleDecision } from './empty-decision';
import { adsSchema, fulfillmentSchema, operationsSchema, selectionSchema } from './decision-schemas';

function fieldNames(schema: unknown, into: Set<string>): Set<string> {
  if (schema instanceof z.ZodObject) {
    for (const [name, field] of Object.entries(schema.shape as Record<string, unknown>)) {
      into.add(name);
      fieldNames(field, into);
    }
  } else if (schema instanceof z.ZodArray) {
    fieldNames(schema.element, into);
  }
  return into;
}

/** Every field name of the module schemas, in canonicalJson's key order. */
export const DECISION_FIELDS: readonly string[] = [...[operationsSchema, selectionSchema, adsSchema, fulfillmentSchema].reduce((set, s) => fieldNames(s, set), new Set<string>())].sort();

const FIELD_LIST = [...DECISION_FIELDS];

/** Canonical JSON of a decision that passed checkDecision. */
export function decisionJson(value: AnyModuleDecision): string {
  return JSON.stringify(value, FIELD_LIST);
}
