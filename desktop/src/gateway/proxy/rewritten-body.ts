import { isAscii } from 'node:buffer';
import { jsonValueOf, setValueAt, valueFor } from './json-text';
import { spliceStrings, stringSplices, type StringSplice } from './splice-strings';
import type { TextField } from './types';

/** Below this, serialising the parsed body again costs less than finding the strings in its text. */
export const SPLICE_MIN_CHARS = 64 * 1024;

/**
 * What goes upstream: the client's bytes as they came when no text changed; else its text with the rewritten
 * strings spliced in, or (when they cannot be placed with certainty) the parsed body, rewritten and serialised.
 * A spliced body whose bytes are all ASCII goes as pieces of the client's own buffer around the replacements,
 * written to the socket one after another: a megabyte is neither joined into a new string nor encoded again.
 */
export function rewrittenBody(
  raw: Buffer,
  text: string,
  body: unknown,
  fields: readonly TextField[],
  toSend: ReadonlyArray<{ id: string; text: string }>,
): Buffer | string | Buffer[] {
  const sent = new Map(toSend.map((segment) => [Number(segment.id), segment.text]));
  /** Per field, the JSON string value that goes in its place, encoded as it came; undefined where its text is unchanged. */
  const forms = fields.map((field, i) => {
    const text = sent.get(i);
    return text === undefined || text === field.text ? undefined : valueFor(field, text);
  });
  // Keyed by the JSON string values, which for a base64 text are its encoded form, not the text inspected.
  const rewrites = new Map<string, string>();
  // Splicing replaces every value equal to a text alike: it needs each text to go out in one form only.
  let oneFormEach = true;
  fields.forEach((field, i) => {
    const form = forms[i];
    if (form === undefined) return;
    const value = jsonValueOf(field);
    const known = rewrites.get(value);
    if (known !== undefined && known !== form) oneFormEach = false;
    rewrites.set(value, form);
  });
  if (rewrites.size === 0) return raw;
  // Only texts of a rewritten length are looked up: keying every field by its text would hash megabytes.
  const lengths = new Set<number>();
  for (const original of rewrites.keys()) lengths.add(original.length);
  const counts = new Map<string, number>();
  fields.forEach((field, i) => {
    const value = jsonValueOf(field);
    if (!lengths.has(value.length) || !rewrites.has(value)) return;
    counts.set(value, (counts.get(value) ?? 0) + 1);
    // A field that keeps a text another field rewrites: the two cannot both be written by value.
    if ((forms[i] ?? value) !== rewrites.get(value)) oneFormEach = false;
  });
  if (oneFormEach && text.length >= SPLICE_MIN_CHARS) {
    // One byte per character, so the text's offsets are the buffer's: anything else has the text joined instead.
    const spliced = isAscii(raw) ? byteSplice(raw, stringSplices(text, body, rewrites, counts)) : spliceStrings(text, body, rewrites, counts);
    if (spliced !== undefined) return spliced;
  }
  fields.forEach((field, i) => {
    const form = forms[i];
    if (form !== undefined) setValueAt(body, field.path, form);
  });
  return JSON.stringify(body);
}

function byteSplice(raw: Buffer, cuts: readonly StringSplice[] | undefined): Buffer[] | undefined {
  if (cuts === undefined) return undefined;
  const parts: Buffer[] = [];
  let from = 0;
  for (const { start, end, replacement } of cuts) {
    if (start > from) parts.push(raw.subarray(from, start));
    parts.push(Buffer.from(replacement));
    from = end;
  }
  if (from < raw.length) parts.push(raw.subarray(from));
  return parts;
}

/** The body's length in bytes, in whichever form `rewrittenBody` gave it. */
export function bodyLength(payload: Buffer | string | readonly Buffer[]): number {
  if (typeof payload === 'string') return Buffer.byteLength(payload);
  if (Buffer.isBuffer(payload)) return payload.length;
  let length = 0;
  for (const part of payload) length += part.length;
  return length;
}
