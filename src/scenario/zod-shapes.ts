import { z } from 'zod';

/**
 * The same schema with every object strict (unknown fields are errors).
 * Checks on arrays, records, numbers and strings are kept as they are, and
 * so are descriptions.
 */
export function strictDeep(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) return keepMeta(schema, z.strictObject(mapShape(schema, strictDeep)));
  if (schema instanceof z.ZodOptional) return strictDeep(schema.unwrap() as z.ZodType).optional();
  if (schema instanceof z.ZodArray)
    return keepMeta(schema, schema.clone({ ...schema.def, element: strictDeep(schema.element as z.ZodType) }));
  if (schema instanceof z.ZodRecord) {
    return keepMeta(schema, schema.clone({ ...schema.def, valueType: strictDeep(schema.def.valueType as z.ZodType) }));
  }
  return schema;
}

/**
 * Every object field optional, recursively, and objects strict. Arrays are
 * replaced whole by a merge, so their items stay complete (and strict).
 * Records keyed by an enum no longer need every key. Descriptions are kept.
 */
export function deepPartial(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) {
    return keepMeta(schema, z.strictObject(mapShape(schema, (field) => deepPartial(field).optional())));
  }
  if (schema instanceof z.ZodOptional) return deepPartial(schema.unwrap() as z.ZodType).optional();
  if (schema instanceof z.ZodRecord) {
    const keyType = schema.def.keyType as z.ZodType;
    const valueType = deepPartial(schema.def.valueType as z.ZodType);
    return keepMeta(
      schema,
      keyType instanceof z.ZodEnum ? z.partialRecord(keyType, valueType) : schema.clone({ ...schema.def, valueType }),
    );
  }
  return strictDeep(schema);
}

/** `to` with the metadata (description) of `from`, which a rebuilt schema would otherwise lose. */
function keepMeta(from: z.ZodType, to: z.ZodType): z.ZodType {
  const meta = z.globalRegistry.get(from);
  return meta ? to.meta(meta) : to;
}

function mapShape(schema: z.ZodObject, map: (field: z.ZodType) => z.ZodType): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) shape[key] = map(field as z.ZodType);
  return shape;
}
