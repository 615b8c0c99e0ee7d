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

describe('BoundedMemo.getRange', () => {
  it('answers as get does for the same characters, whether they were seen recently or not', () => {
    const calls: string[] = [];
    const memo = new BoundedMemo((key: string) => {
      calls.push(key);
      return key.toUpperCase();
    });
    const text = 'password=1 pass=2 password=3 passwd=4 pwd=5';
    const names = [...text.matchAll(/[a-z]+/g)].map((match) => [match.index, match.index + match[0].length] as const);
    expect(names.map(([start, end]) => memo.getRange(text, start, end))).toEqual(['PASSWORD', 'PASS', 'PASSWORD', 'PASSWD', 'PWD']);
    expect(calls).toEqual(['password', 'pass', 'passwd', 'pwd']);
  });

  it('never mistakes other characters of the same length and ends for a recent key', () => {
    const memo = new BoundedMemo((key: string) => key);
    // Same length, first and last character: the same slot, so only the comparison tells them apart.
    const text = 'token tiken taken';
    expect([memo.getRange(text, 0, 5), memo.getRange(text, 6, 11), memo.getRange(text, 12, 17), memo.getRange(text, 0, 5)]).toEqual(['token', 'tiken', 'taken', 'token']);
  });
});
