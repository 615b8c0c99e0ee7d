import { setAt } from './json-text';
import { spliceStrings } from './splice-strings';
import type { TextField } from './types';

/** Below this, serialising the parsed body again costs less than finding the strings in its text. */
export const SPLICE_MIN_CHARS = 64 * 1024;

/**
 * What goes upstream: the client's bytes as they came when no text changed; else its text with the rewritten
 * strings spliced in, or (when they cannot be placed with certainty) the parsed body, rewritten and serialised.
 */
export function rewrittenBody(raw: Buffer, text: string, body: unknown, fields: readonly TextField[], toSend: ReadonlyArray<{ id: string; text: string }>): Buffer | string {
  const sent = new Map(toSend.map((segment) => [Number(segment.id), segment.text]));
  const rewrites = new Map<string, string>();
  const counts = new Map<string, number>();
  // Splicing replaces every value equal to a text alike: it needs each text to go out in one form only.
  let oneFormEach = true;
  fields.forEach((field, i) => {
    const form = sent.get(i) ?? field.text;
    const known = rewrites.get(field.text);
    if (known !== undefined && known !== form) oneFormEach = false;
    rewrites.set(field.text, form);
    counts.set(field.text, (counts.get(field.text) ?? 0) + 1);
  });
  for (const [original, form] of rewrites) if (form === original) rewrites.delete(original);
  if (rewrites.size === 0 && oneFormEach) return raw;
  const spliced = oneFormEach && text.length >= SPLICE_MIN_CHARS ? spliceStrings(text, body, rewrites, counts) : undefined;
  if (spliced !== undefined) return spliced;
  fields.forEach((field, i) => {
    const form = sent.get(i);
    if (form !== undefined && form !== field.text) setAt(body, field.path, form);
  });
  return JSON.stringify(body);
}
