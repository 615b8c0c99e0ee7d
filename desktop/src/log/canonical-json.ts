/**
 * JSON with object keys sorted and no whitespace, so the same value always gives the same bytes: the
 * hash chain hashes these bytes, and anyone holding an export can recompute them in any language.
 * Throws on values JSON cannot carry faithfully (undefined inside arrays, NaN, functions, bigint, cycles),
 * because silently turning them into null would make the stored record differ from what the caller meant.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

export class NotJsonError extends Error {
  readonly code = 'not_json';
}

function write(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new NotJsonError(`not a finite number: ${String(value)}`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new NotJsonError(`a ${typeof value} is not JSON`);
  }
  if (seen.has(value)) throw new NotJsonError('cyclic value');
  seen.add(value);
  let out: string;
  if (Array.isArray(value)) {
    out = `[${value.map((item: unknown) => write(item, seen)).join(',')}]`;
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new NotJsonError('only plain objects are JSON');
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    out = `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${write(v, seen)}`).join(',')}}`;
  }
  seen.delete(value);
  return out;
}
