/**
 * Canonical JSON: object keys sorted, no whitespace, integers as written,
 * non-finite numbers rejected. Two equal values always give the same string,
 * which is what outcome and content hashes are computed over.
 */
export function canonicalJson(value: unknown): string {
  const out = fast(value);
  // the fast writer keeps no paths; on a value it refuses, the careful one names where
  return out ?? write(value, '$');
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

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`canonicalJson: non-finite number at ${path}`);
      return Object.is(value, -0) ? '0' : JSON.stringify(value);
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'undefined':
      return 'null';
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v, i) => write(v, `${path}[${i}]`)).join(',')}]`;
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${write(obj[k], `${path}.${k}`)}`).join(',')}}`;
    }
    default:
      throw new Error(`canonicalJson: unsupported ${typeof value} at ${path}`);
  }
}
