import type { SegmentKind } from '@promptgate/shared';
import { HttpError } from '@promptgate/shared/http-node';
import { encodeBase64Text, readStringPayload } from './base64-text';
import type { JsonPath, TextField } from './types';

/**
 * Deepest nesting of a request body the proxy inspects. Real requests stay far below (a tool's JSON schema
 * nests a few dozen levels at most); a deeper one is refused with a 400 rather than walked without bound.
 */
export const MAX_JSON_DEPTH = 128;

/**
 * Keys whose string values are structure or opaque provider data, never prose: ids, enum-like fields, and
 * signatures/encrypted reasoning that must travel back byte for byte (and would look like secrets to an
 * entropy rule).
 */
export const NOT_TEXT_KEYS: ReadonlySet<string> = new Set([
  'type',
  'role',
  'id',
  'call_id',
  'tool_call_id',
  'tool_use_id',
  'item_id',
  'previous_response_id',
  'response_id',
  'file_id',
  'model',
  'name',
  'status',
  'media_type',
  'mime_type',
  'detail',
  'format',
  'signature',
  'encrypted_content',
  'cache_control',
  'tool_choice',
  'service_tier',
  'reasoning_effort',
  'truncation',
  'voice',
  'object',
  'encoding_format',
  'container',
]);

/**
 * Every string in `value` a model would read, with its path: the adapters name the roots and kinds (a chat
 * message, a system prompt), this walks whatever shape is below, so a content part type added by a provider
 * tomorrow is inspected today rather than slipping through.
 */
export function collectTexts(value: unknown, path: JsonPath, kind: SegmentKind, out: TextField[] = []): TextField[] {
  walk(value, [...path], kind, out);
  return out;
}

/**
 * `path` is one array pushed and popped on the way, copied only for the strings that are kept. `holderType` is
 * the `type` of the object `value` is a property of: some shapes say by it how a property is written.
 */
function walk(value: unknown, path: Array<string | number>, kind: SegmentKind, out: TextField[], holderType?: unknown): void {
  if (typeof value === 'string') {
    const key = path[path.length - 1];
    if (value.length === 0 || (typeof key === 'string' && NOT_TEXT_KEYS.has(key))) return;
    const payload = readStringPayload(key, value, holderType);
    if (payload.kind === 'unreadable') {
      throw new HttpError(
        400,
        'unreadable_payload',
        `promptgate could not read this request: ${formatPath(path)} is a file in base64 (${payload.type ?? 'no type'}) that is not valid base64, and promptgate sends nothing it has not inspected`,
      );
    }
    if (payload.kind === 'plain') out.push({ path: [...path], kind, text: value });
    else if (payload.kind === 'base64-text') out.push({ path: [...path], kind, text: payload.text, encoding: payload.encoding });
    // Binary (an image, a PDF, audio) holds no text to inspect.
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (path.length >= MAX_JSON_DEPTH) {
    throw new HttpError(
      400,
      'too_deeply_nested',
      `promptgate could not read this request: ${String(path[0])} nests deeper than ${MAX_JSON_DEPTH} levels, and promptgate sends nothing it has not inspected`,
    );
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], path, kind, out);
      path.pop();
    }
    return;
  }
  const type = (value as Record<string, unknown>)['type'];
  for (const [key, item] of Object.entries(value)) {
    if (NOT_TEXT_KEYS.has(key) && typeof item === 'string') continue;
    path.push(key);
    walk(item, path, kind, out, type);
    path.pop();
  }
}

/** The JSON string value `field`'s text came as: the text itself, or its encoded form. */
export function jsonValueOf(field: TextField): string {
  return field.encoding?.value ?? field.text;
}

/** The JSON string value that puts `text` where `field` was: the text itself, or encoded as the field's was. */
export function valueFor(field: TextField, text: string): string {
  if (field.encoding === undefined) return text;
  return text === field.text ? field.encoding.value : encodeBase64Text(field.encoding, text);
}

/** Puts `text` in place of `field`'s text in `root`, encoded as the field's was. */
export function setText(root: unknown, field: TextField, text: string): void {
  setValueAt(root, field.path, valueFor(field, text));
}

/**
 * Replaces the JSON string value at `path` in place (`setText` encodes a text first); the adapters' own
 * `texts()` produced the path, so it exists.
 */
export function setValueAt(root: unknown, path: JsonPath, value: string): void {
  let node = root as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

/** `messages[2].content[0].text`: how a path is named to people (block messages, approvals). */
export function formatPath(path: JsonPath): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Applies `fn` to every string value under `value` (objects and arrays), in place and in document order; for
 * tool inputs in replies. Iterative: a reply is the provider's to shape, and no nesting of it may overflow the stack.
 */
export function mapStrings(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  const frames: Array<{ node: Record<string | number, unknown>; keys: Array<string | number>; next: number }> = [];
  const enter = (node: unknown) => {
    if (typeof node === 'object' && node !== null)
      frames.push({ node: node as Record<string | number, unknown>, keys: Array.isArray(node) ? [...node.keys()] : Object.keys(node), next: 0 });
  };
  enter(value);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.next === frame.keys.length) {
      frames.pop();
      continue;
    }
    const key = frame.keys[frame.next++]!;
    const item = frame.node[key];
    if (typeof item === 'string') frame.node[key] = fn(item);
    else enter(item);
  }
  return value;
}
