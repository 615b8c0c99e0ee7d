import type { TextField, JsonPath } from './types';
import { collectTexts, isRecord } from './json-text';

/** Collects the texts of one top-level field; adapters give one per field whose kinds they know. */
export type RootWalker = (value: unknown, path: JsonPath, out: TextField[]) => void;

/**
 * The texts of a request body: the adapter's walkers for the fields it knows (messages, system...) and a
 * plain walk of every other field as `other`, so nothing a provider adds later goes out uninspected. Settings
 * (`temperature`, `max_tokens`) are walked too: a number yields no text, and a string there is sent all the same.
 * Walkers are looked up as own properties: a field named `constructor` or `__proto__` is a field like any other.
 */
export function bodyTexts(body: unknown, walkers: Readonly<Record<string, RootWalker>>): TextField[] {
  const out: TextField[] = [];
  if (!isRecord(body)) return out;
  for (const [key, value] of Object.entries(body)) {
    if (Object.hasOwn(walkers, key)) walkers[key]!(value, [key], out);
    else collectTexts(value, [key], 'other', out);
  }
  return out;
}

/** Index of the last element with role `user`: its text is the prompt, earlier ones are history. */
export function lastUserIndex(messages: unknown): number {
  if (!Array.isArray(messages)) return -1;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message: unknown = messages[i];
    if (isRecord(message) && message['role'] === 'user') return i;
  }
  return -1;
}
