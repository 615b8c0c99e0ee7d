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
type Parent = Json[] | { [key: string]: Json };

/** JSON inside a JSON string is common (Gemini's `f.req`); it is read up to this depth. */
const MAX_NESTING = 4;

function parseJson(text: string): { value: Json } | null {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[' && first !== '"') return null;
  try {
    return { value: JSON.parse(text) as Json };
  } catch {
    return null;
  }
}

function collect(value: Json, into: Leaf[], parent: Parent, key: string | number, depth: number): void {
  const put = (next: Json) => ((parent as Record<string | number, Json>)[key] = next);
  if (typeof value === 'string') {
    const nested = depth < MAX_NESTING && value.length > 1 ? parseJson(value) : null;
    if (nested && typeof nested.value === 'object' && nested.value !== null) {
      // Each leaf of the inner document writes the inner document back as the string it was.
      const root = { value: nested.value };
      const inner: Leaf[] = [];
      collect(root.value, inner, root, 'value', depth + 1);
      for (const leaf of inner) into.push({ text: leaf.text, set: (text) => (leaf.set(text), put(JSON.stringify(root.value))) });
      return;
    }
    into.push({ text: value, set: (text) => put(text) });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, into, value, i, depth));
  } else if (value && typeof value === 'object') {
    for (const [k, item] of Object.entries(value)) collect(item, into, value, k, depth);
  }
}

/**
 * The strings a body carries, so each is checked as the text it is (a JSON-escaped newline or quote would
 * otherwise split a value), and so a rewritten body is still the JSON the site's backend expects.
 */
export function leavesOf(text: string): LeafView {
  const parsed = parseJson(text);
  if (parsed) {
    const root = { value: parsed.value };
    const leaves: Leaf[] = [];
    collect(root.value, leaves, root, 'value', 0);
    return { leaves, serialize: () => JSON.stringify(root.value) };
  }
  let current = text;
  return { leaves: [{ text, set: (next) => (current = next) }], serialize: () => current };
}
