/**
 * Canonical JSON: object keys sorted, no whitespace, integers as written,
 * non-finite numbers rejected. Two equal values always give the same string,
 * which is what outcome and content hashes are computed over.
 */
export function canonicalJson(value: unknown): string {
  const out = fast(value);
  // the writer keeps no paths; only for an error is the offending value looked for
  if (out === undefined) throw new Error(`canonicalJson: ${firstRejected(value, '$') ?? 'unsupported value'}`);
  return out;
}

/** One pass without paths or intermediate arrays; undefined when the value holds something canonicalJson rejects. */
function fast(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) return undefined;
      return Object.is(value, -0) ? '0' : JSON.stringify(value);
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'undefined':
      return 'null';
    case 'object': {
      if (Array.isArray(value)) {
        let s = '[';
        for (let i = 0; i < value.length; i += 1) {
          const v = i in value ? fast(value[i]) : ''; // (a hole, as Array.prototype.join writes it)
          if (v === undefined) return undefined;
          s += i === 0 ? v : `,${v}`;
        }
        return `${s}]`;
      }
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj).sort();
      let s = '{';
      let first = true;
      for (const k of keys) {
        const item = obj[k];
        if (item === undefined) continue;
        const v = fast(item);
        if (v === undefined) return undefined;
        s += `${first ? '' : ','}${JSON.stringify(k)}:${v}`;
        first = false;
      }
      return `${s}}`;
    }
    default:
      return undefined;
  }
}

/** Where the first value canonicalJson rejects sits, for the error message (same walk order as the writer). */
function firstRejected(value: unknown, path: string): string | undefined {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? undefined : `non-finite number at ${path}`;
    case 'string':
    case 'boolean':
    case 'undefined':
      return undefined;
    case 'object': {
      if (value === null) return undefined;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i += 1) {
          const bad = i in value ? firstRejected(value[i], `${path}[${i}]`) : undefined;
          if (bad) return bad;
        }
        return undefined;
      }
      const obj = value as Record<string, unknown>;
      for (const k of Object.keys(obj).sort()) {
        const bad = obj[k] === undefined ? undefined : firstRejected(obj[k], `${path}.${k}`);
        if (bad) return bad;
      }
      return undefined;
    }
    default:
      return `unsupported ${typeof value} at ${path}`;
  }
}
