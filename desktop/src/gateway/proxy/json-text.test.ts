import { describe, expect, it } from 'vitest';
import { mapStrings } from './json-text';

describe('mapStrings (tool inputs in replies)', () => {
  it('maps every string in document order, in place', () => {
    const seen: string[] = [];
    const input = { a: { b: 'one', c: ['two', { d: 'three' }] }, e: 'four', n: 5 };
    mapStrings(input, (text) => {
      seen.push(text);
      return text.toUpperCase();
    });
    expect(seen).toEqual(['one', 'two', 'three', 'four']);
    expect(input).toEqual({ a: { b: 'ONE', c: ['TWO', { d: 'THREE' }] }, e: 'FOUR', n: 5 });
  });

  it('handles a reply nested far deeper than the call stack allows for recursion', () => {
    const root: Record<string, unknown> = {};
    let node = root;
    for (let i = 0; i < 100_000; i++) {
      const next: Record<string, unknown> = {};
      node['x'] = next;
      node = next;
    }
    node['leaf'] = 'secret-ish';
    let mapped = 0;
    expect(() => mapStrings(root, (text) => (mapped++, text))).not.toThrow();
    expect(mapped).toBe(1);
  });
});
