import type { Rng } from './rng';

/**
 * How a value sits in a snippet, which decides the templates that can carry it:
 * - assign: a `NAME=value`-style setting (env, JSON, YAML, code, chat...); `name` is the variable name.
 * - header: an HTTP header; `name` is the header name and `display` its full value (e.g. `Bearer …`).
 * - block: a multi-line value (PEM, PuTTY); `name` is a file or variable name.
 * - document: a whole file whose `display` already holds the secret in place; `name` is the file name.
 */
export type Shape = 'assign' | 'header' | 'block' | 'document';

/** `display` is what goes into the snippet; `value` is the labelled secret, a substring of `display`. */
export interface Sample {
  display: string;
  value: string;
}

export interface SecretFormat {
  /** Provider/format name, used as the label's `type` and in the per-format recall table. */
  type: string;
  name: string;
  shape: Shape;
  make(r: Rng): Sample;
}

/** A bare token assigned to a variable: display and value are the same string. */
export function tok(type: string, name: string, gen: (r: Rng) => string): SecretFormat {
  return { type, name, shape: 'assign', make: (r) => same(gen(r)) };
}

/** A setting whose value embeds the secret (a connection string, a URL, `FlyV1 fm2_…`). */
export function embedded(type: string, name: string, make: (r: Rng) => Sample): SecretFormat {
  return { type, name, shape: 'assign', make };
}

export function header(type: string, headerName: string, make: (r: Rng) => Sample): SecretFormat {
  return { type, name: headerName, shape: 'header', make };
}

export function block(type: string, name: string, gen: (r: Rng) => string): SecretFormat {
  return { type, name, shape: 'block', make: (r) => same(gen(r)) };
}

export function doc(type: string, fileName: string, make: (r: Rng) => Sample): SecretFormat {
  return { type, name: fileName, shape: 'document', make };
}

export function same(value: string): Sample {
  return { display: value, value };
}
