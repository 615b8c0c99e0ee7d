import type { Category, Finding } from '../detect/types';

/** A finding over the first occurrence of `value` in `text` (tests only). */
export function findingFor(text: string, value: string, type: string, category: Category = 'secret', from = 0): Finding {
  const start = text.indexOf(value, from);
  if (start < 0) throw new Error(`"${value}" not in text`);
  return { type, category, start, end: start + value.length, severity: 'high', confidence: 0.99 };
}

/** Deterministic PRNG (mulberry32) so property tests replay the same cases on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
