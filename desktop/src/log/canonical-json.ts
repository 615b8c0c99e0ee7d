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

/** Every character `JSON.stringify` escapes (and any surrogate, which it escapes when unpaired). */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * `JSON.stringify(text)`, byte for byte. Most texts here are keys, types and placeholders with nothing to
 * escape: one native scan shows it, and the quotes go around the text as it is. A text with anything to escape
 * (a masked prompt's line breaks) takes `JSON.stringify` itself, one native pass, about twice as fast on a
 * multi-line prompt as replacing its line breaks and tabs in three passes. Every event's fields are written
 * here, and its whole row again when it is hashed into the chain.
 */
function jsonString(text: string): string {
  return ESCAPED.test(text) ? JSON.stringify(text) : `"${text}"`;
}

function write(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return jsonString(value);
    case 'boolean':
      return value ? 'true' : 'false';
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
  const out = Array.isArray(value) ? writeArray(value, seen) : writeObject(value, seen);
  seen.delete(value);
  return out;
}

function writeArray(items: readonly unknown[], seen: Set<object>): string {
  let out = '[';
  for (let i = 0; i < items.length; i++) out += (i === 0 ? '' : ',') + write(items[i], seen);
  return out + ']';
}

function writeObject(value: object, seen: Set<object>): string {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new NotJsonError('only plain objects are JSON');
  const record = value as Record<string, unknown>;
  // Default sort order: UTF-16 code units, the same in every language that sorts strings by code unit.
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    out += (first ? '' : ',') + jsonString(key) + ':' + write(item, seen);
    first = false;
  }
  return out + '}';
}
