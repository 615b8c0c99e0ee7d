import { describe, expect, it } from 'vitest';
import { canonicalJson, NotJsonError } from './canonical-json';

/**
 * What canonical JSON means, written plainly: JSON.stringify for everything but objects, whose keys are
 * sorted by UTF-16 code unit (a sorted copy would not do: JavaScript puts integer-like keys first).
 */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((key) => `${JSON.stringify(key)}:${reference(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const ALPHABET = ['a', 'Z', '0', ' ', '\n', '\r', '\t', '"', '\\', '\u0000', '\u0008', '\u000c', '\u001f', '\u007f', 'é', '€', '\ud83d\ude00', '\ud800', '\udfff', '\u2028'];

function text(next: () => number): string {
  let out = '';
  const length = Math.floor(next() * 12);
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return out;
}

function value(next: () => number, depth: number): unknown {
  const pick = Math.floor(next() * (depth > 2 ? 4 : 6));
  switch (pick) {
    case 0:
      return text(next);
    case 1:
      return Math.round((next() - 0.5) * 1e6) / 100;
    case 2:
      return next() < 0.5;
    case 3:
      return null;
    case 4:
      return Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, () => [text(next), value(next, depth + 1)]));
  }
}

describe('canonicalJson', () => {
  it('gives the same bytes as sorted JSON.stringify for any JSON value', () => {
    const next = random(42);
    for (let i = 0; i < 2000; i++) {
      const v = value(next, 0);
      expect(canonicalJson(v)).toBe(reference(v));
    }
  });

  it('escapes texts the way JSON.stringify does, line breaks and all', () => {
    for (const sample of ['plain', 'two\nlines\r\n\ttabbed', 'quote " and \\ backslash', 'lone \ud800 surrogate', 'emoji \ud83d\ude00', '\u0001\u001f', '']) {
      expect(canonicalJson(sample)).toBe(JSON.stringify(sample));
    }
  });

  it('sorts keys, drops undefined properties and refuses what JSON cannot carry', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null }, skip: undefined })).toBe('{"a":{"c":null,"d":[1,"x"]},"b":1}');
    expect(() => canonicalJson([undefined])).toThrow(NotJsonError);
    expect(() => canonicalJson(Number.NaN)).toThrow(NotJsonError);
    expect(() => canonicalJson(new Date(0))).toThrow(NotJsonError);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(NotJsonError);
  });
});
