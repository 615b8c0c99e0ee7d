import { detect, type Finding, type Rule } from '@promptgate/shared';
import { describe, expect, it } from 'vitest';
import { DetectionMemo } from './detection-memo';

const TOKEN = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const history = (n: number) => `${'The build log of run '.repeat(20)}${n}\nGITHUB_TOKEN=${TOKEN}\n`;

/** The real engine, counting the texts it was asked about. */
function countingMemo(options: { maxEntries?: number } = {}) {
  const asked: string[] = [];
  const memo = new DetectionMemo({
    ...options,
    detect: (text, extraRules) => {
      asked.push(text);
      return detect(text, { extraRules });
    },
  });
  return { memo, asked };
}

describe('DetectionMemo', () => {
  it('detects a long text once and gives the same findings every time after', () => {
    const { memo, asked } = countingMemo();
    const first = memo.detector(undefined)(history(1));
    const again = memo.detector(undefined)(history(1));
    expect(first.map((finding) => history(1).slice(finding.start, finding.end))).toContain(TOKEN);
    expect(again).toEqual(first);
    expect(asked).toHaveLength(1);
  });

  it('hands out copies: a caller changing its findings changes nothing for the next call', () => {
    const { memo } = countingMemo();
    const first = memo.detector(undefined)(history(1));
    const original = first.map((finding) => ({ ...finding }));
    first[0]!.start = 0;
    first.length = 0;
    expect(memo.detector(undefined)(history(1))).toEqual(original);
  });

  it('starts over when the rules change, and a detector of replaced rules never reads or fills the memo', () => {
    const { memo, asked } = countingMemo();
    const old = memo.detector(undefined);
    old(history(1));
    const custom: readonly Rule[] = [];
    const current = memo.detector(custom);
    current(history(1));
    old(history(2));
    old(history(2));
    current(history(1));
    expect(asked).toEqual([history(1), history(1), history(2), history(2)]);
  });

  it('keeps at most its bound, dropping the least recently used text', () => {
    const { memo, asked } = countingMemo({ maxEntries: 2 });
    const detect = memo.detector(undefined);
    detect(history(1));
    detect(history(2));
    detect(history(1));
    detect(history(3));
    expect(memo.size).toBe(2);
    detect(history(1));
    detect(history(2));
    expect(asked).toEqual([history(1), history(2), history(3), history(2)]);
  });

  it('short texts and texts with lone surrogates are detected every time, never remembered', () => {
    const { memo, asked } = countingMemo();
    const detect = memo.detector(undefined);
    const broken = `${history(1)}\uD800`;
    for (const text of ['short GITHUB_TOKEN=' + TOKEN, broken, 'short GITHUB_TOKEN=' + TOKEN, broken]) detect(text);
    expect(asked).toHaveLength(4);
    expect(memo.size).toBe(0);
    const findings: Finding[] = detect(broken);
    expect(findings.map((finding) => broken.slice(finding.start, finding.end))).toContain(TOKEN);
  });
});
