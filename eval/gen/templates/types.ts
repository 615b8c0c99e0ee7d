import type { Context } from '../contexts';
import type { Rng } from '../rng';

/** One labelled value on its way into a snippet: the setting's name, what is pasted, the labelled secret. */
export interface Entry {
  name: string;
  display: string;
  /** The secret itself, a substring of `display`. */
  value: string;
}

/**
 * A template's output. `values` is set when the template encoded what it pasted (JSON escaping, base64, URL
 * encoding, YAML indentation): then `values[i]` is entry i's value as it now appears in `text`.
 */
export interface Snippet {
  text: string;
  values?: string[];
}

export type Template = (entries: Entry[], r: Rng) => string | Snippet;

/**
 * The families a context offers, by what the entry looks like:
 * - assign: a `NAME=value`-style setting with any value (a bare token or a connection string);
 * - token: a bare token (display is the value), for places only a token fits (curl -u, a query string);
 * - url: a value that is itself a URL (a connection string with a password in it);
 * - header: an HTTP header (name and full value);
 * - block / document: one multi-line key, one whole file (a single entry each).
 */
export type Family = 'assign' | 'token' | 'url' | 'header' | 'block' | 'document';

export type ContextTemplates = { context: Context } & { [F in Family]?: Template[] };

/** Every entry's value passed through `encode`, for templates that escape what they paste. */
export function encoded(text: string, entries: Entry[], encode: (value: string) => string): Snippet {
  return { text, values: entries.map((e) => encode(e.value)) };
}

/** The inside of a JSON string literal. */
export const jsonEscape = (s: string): string => JSON.stringify(s).slice(1, -1);
export const q = (s: string): string => JSON.stringify(s);
/** Single-quoted literal; none of the generated values contain a single quote. */
export const sq = (s: string): string => `'${s}'`;

export const SERVICES = ['billing-api', 'orders-worker', 'notifier', 'checkout', 'reporting', 'auth-gateway', 'ingest'];
export const FILLER_ENV = ['NODE_ENV=production', 'PORT=8080', 'LOG_LEVEL=info', 'AWS_REGION=eu-west-1', 'TZ=UTC', 'FEATURE_NEW_CHECKOUT=true', 'WORKERS=4'];
export const VENDORS = ['acme', 'vendor', 'partner', 'example-vendor'];

export function isoTime(r: Rng): string {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `2024-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${pad(r.int(0, 999), 3)}Z`;
}

export function some<T>(r: Rng, items: readonly T[], n: number): T[] {
  return r.shuffle(items).slice(0, n);
}
