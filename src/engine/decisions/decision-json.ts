/**
 * The stored form of a checked module decision: canonical JSON (the same
 * string canonicalJson gives), written by a writer compiled once per module
 * from its schema. Each object writer knows its fields in canonicalJson's
 * key order, so no keys are listed or sorted per value; leaves (strings,
 * integers, enum names) are written by JSON.stringify. A part of a schema
 * of another kind is written by canonicalJson itself.
 */
import { z } from 'zod';
import { canonicalJson } from '../canonical';
import type { ModuleName } from '../types';
import type { AnyModuleDecision } from './empty-decision';
import { adsSchema, fulfillmentSchema, operationsSchema, selectionSchema } from './decision-schemas';

type Writer = (value: unknown) => string;

const leaf: Writer = (value) => (typeof value === 'string' || typeof value === 'number' ? JSON.stringify(value) : canonicalJson(value));

function compile(schema: unknown): Writer {
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, unknown>;
    const fields = Object.keys(shape)
      .sort()
      .map((key) => ({ key, head: `${JSON.stringify(key)}:`, write: compile(shape[key]) }));
    return (value) => {
      const obj = value as Record<string, unknown>;
      let out = '';
      for (const f of fields) {
        const v = obj[f.key];
        if (v === undefined) continue;
        out += `${out === '' ? '' : ','}${f.head}${f.write(v)}`;
      }
      return `{${out}}`;
    };
  }
  if (schema instanceof z.ZodArray) {
    const item = compile(schema.element);
    return (value) => {
      const list = value as unknown[];
      let out = '[';
      for (let i = 0; i < list.length; i += 1) out += i === 0 ? item(list[i]) : `,${item(list[i])}`;
      return `${out}]`;
    };
  }
  return leaf;
}

const WRITERS: Record<ModuleName, Writer> = {
  OPERATIONS: compile(operationsSchema),
  SELECTION: compile(selectionSchema),
  ADS: compile(adsSchema),
  FULFILLMENT: compile(fulfillmentSchema),
};

/** Canonical JSON of a decision of `module` that passed checkDecision. */
export function decisionJson(module: ModuleName, value: AnyModuleDecision): string {
  return WRITERS[module](value);
}
