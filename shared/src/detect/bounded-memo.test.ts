import { describe, expect, it } from 'vitest';
import { BoundedMemo } from './bounded-memo';

describe('BoundedMemo', () => {
  it('computes each key once while it is remembered, undefined results included', () => {
    const calls: string[] = [];
    const memo = new BoundedMemo((key: string) => {
      calls.push(key);
      return key === 'none' ? undefined : key.length;
    });
    expect([memo.get('abc'), memo.get('abc'), memo.get('none'), memo.get('none')]).toEqual([3, 3, undefined, undefined]);
    expect(calls).toEqual(['abc', 'none']);
  });

  it('never holds more than its capacity and still answers correctly after starting over', () => {
    const calls: string[] = [];
    const memo = new BoundedMemo((key: string) => {
      calls.push(key);
      return key.toUpperCase();
    }, 2);
    expect(['a', 'b', 'c', 'a'].map((key) => memo.get(key))).toEqual(['A', 'B', 'C', 'A']);
    // The third key found the table full: it started over, so `a` was computed again.
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
