export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `override` merged into `base`: objects field by field, recursively; arrays
 * and scalars of `override` replace those of `base`. Neither input changes.
 */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (override === undefined) return clone(base);
  if (!isPlainObject(base) || !isPlainObject(override)) return clone(override);
  const out: PlainObject = {};
  for (const key of Object.keys(base)) setOwn(out, key, clone(base[key]));
  for (const key of Object.keys(override))
    setOwn(out, key, deepMerge(Object.hasOwn(base, key) ? base[key] : undefined, override[key]));
  return out;
}

/** A deep copy of plain data. */
export function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => clone(item)) as T;
  if (!isPlainObject(value)) return value;
  const out: PlainObject = {};
  for (const key of Object.keys(value)) setOwn(out, key, clone(value[key]));
  return out as T;
}

/** Defines an own property, so a key such as `__proto__` stays plain data. */
export function setOwn(target: PlainObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
