/** A string inside a body: a JSON string value, or the whole text when it is not JSON. */
export interface Leaf {
  text: string;
  set(text: string): void;
}

export interface LeafView {
  leaves: Leaf[];
  /** The body text with the leaves as they are now. */
  serialize(): string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function collect(value: Json, into: Leaf[], parent: Json[] | { [key: string]: Json }, key: string | number): void {
  if (typeof value === 'string') {
    into.push({ text: value, set: (text) => ((parent as Record<string | number, Json>)[key] = text) });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, into, value, i));
  } else if (value && typeof value === 'object') {
    for (const [k, item] of Object.entries(value)) collect(item, into, value, k);
  }
}

/**
 * The strings a body carries, so each is checked as the text it is (a JSON-escaped newline or quote would
 * otherwise split a value), and so a rewritten body is still the JSON the site's backend expects.
 */
export function leavesOf(text: string): LeafView {
  const first = text.trimStart()[0];
  if (first === '{' || first === '[' || first === '"') {
    try {
      const root = { value: JSON.parse(text) as Json };
      const leaves: Leaf[] = [];
      collect(root.value, leaves, root as unknown as { [key: string]: Json }, 'value');
      return { leaves, serialize: () => JSON.stringify(root.value) };
    } catch {
      // Not JSON after all: checked as plain text below.
    }
  }
  let current = text;
  return { leaves: [{ text, set: (next) => (current = next) }], serialize: () => current };
}
