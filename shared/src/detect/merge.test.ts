import { describe, expect, it } from 'vitest';
import { mergeFindings } from './merge';
import type { Finding } from './types';

function finding(type: string, start: number, end: number, category: Finding['category'] = 'pii', confidence = 0.8): Finding {
  return { type, category, start, end, severity: 'high', confidence };
}

describe('mergeFindings', () => {
  it('sorts findings listed rule after rule by start, and keeps the one that says more where two overlap', () => {
    const listed = (): Finding[] => [
      finding('phone', 5, 9),
      finding('phone', 40, 50),
      finding('email', 0, 4),
      finding('email', 20, 30),
      finding('email', 60, 70),
      finding('token', 22, 28, 'secret'),
      finding('token', 45, 47, 'secret'),
    ];
    expect(mergeFindings(listed()).map((f) => `${f.type}@${f.start}`)).toEqual(['email@0', 'phone@5', 'token@22', 'token@45', 'email@60']);
  });

  it('lets no character of an overlapping finding as severe out of the merged span', () => {
    // `<password>Hunter2xQ9!</password>`: one rule stops before the `!`, another as severe takes it.
    const merged = mergeFindings([finding('maven', 10, 20, 'secret', 0.75), finding('password', 10, 21, 'secret', 0.7)]);
    expect(merged).toEqual([finding('maven', 10, 21, 'secret', 0.75)]);
    // A chain of overlaps as severe ends as one finding over all of them.
    const chain = mergeFindings([finding('a', 0, 5, 'secret', 0.6), finding('b', 4, 9, 'secret', 0.9), finding('c', 8, 12, 'secret', 0.6)]);
    expect(chain.map((f) => `${f.type}:${f.start}-${f.end}`)).toEqual(['b:0-12']);
  });

  it('keeps a weaker finding around a stronger one outside it: the rest of a URL around its key stays readable', () => {
    const low = { ...finding('dsn', 0, 60, 'secret'), severity: 'low' as const };
    const merged = mergeFindings([low, finding('dsn-key', 20, 40, 'secret')]);
    expect(merged.map((f) => `${f.type}:${f.start}-${f.end}`)).toEqual(['dsn-key:20-40']);
    const pii = mergeFindings([finding('email', 10, 50), finding('token', 10, 30, 'secret')]);
    expect(pii.map((f) => `${f.type}:${f.start}-${f.end}`)).toEqual(['token:10-30']);
  });

  it('keeps the first listed of two findings with the same span and the same rank, and the longer of two at one start', () => {
    const same = mergeFindings([finding('b', 10, 20), finding('a', 0, 5), finding('c', 10, 20)]);
    expect(same.map((f) => f.type)).toEqual(['a', 'b']);
    const longer = mergeFindings([finding('short', 3, 6), finding('long', 3, 9)]);
    expect(longer.map((f) => f.type)).toEqual(['long']);
  });

  it('sorts findings in no order at all (more runs than it merges itself) the same way', () => {
    const listed = Array.from({ length: 300 }, (_, i) => finding(`f${i}`, ((i * 37) % 300) * 10, ((i * 37) % 300) * 10 + 5));
    const merged = mergeFindings(listed);
    expect(merged).toHaveLength(300);
    expect(merged.every((f, i) => i === 0 || f.start > merged[i - 1]!.start)).toBe(true);
  });
});
