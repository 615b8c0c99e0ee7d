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

  it('holds the findings of one rule set: other rules start it over, and findings of replaced rules are not kept', () => {
    const { memo, asked } = countingMemo();
    memo.detector(undefined)(history(1));
    const custom: readonly Rule[] = [];
    memo.detector(custom)(history(1));
    memo.detector(custom)(history(1));
    // A pool job of the old rules that comes back late: not remembered under the rules in force.
    memo.remember(history(2), undefined, []);
    memo.detector(custom)(history(2));
    expect(asked).toEqual([history(1), history(1), history(2)]);
    expect(memo.known(history(2), custom)).toEqual(memo.detector(custom)(history(2)));
  });

  it('remembers findings detected elsewhere (the worker pool) and gives them back', () => {
    const { memo, asked } = countingMemo();
    const findings = detect(history(3));
    expect(memo.known(history(3), undefined)).toBeUndefined();
    memo.remember(history(3), undefined, findings);
    expect(memo.known(history(3), undefined)).toEqual(findings);
    expect(memo.detector(undefined)(history(3))).toEqual(findings);
    expect(asked).toEqual([]);
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

  it('at its bound, makes room by the least recently used texts and keeps the ones used since', () => {
    const { memo, asked } = countingMemo({ maxEntries: 32 });
    const detect = memo.detector(undefined);
    for (let n = 1; n <= 32; n++) detect(history(n));
    for (let n = 33; n <= 100; n++) {
      detect(history(n));
      detect(history(1));
    }
    expect(memo.size).toBeLessThanOrEqual(32);
    asked.length = 0;
    detect(history(1));
    detect(history(100));
    detect(history(2));
    expect(asked).toEqual([history(2)]);
  });

  it('short texts and texts with lone surrogates are detected every time, never remembered', () => {
    const { memo, asked } = countingMemo();
    const detect = memo.detector(undefined);
    const broken = `${history(1)}\uD800`;
    const short = `T=${TOKEN}`;
    for (const text of [short, broken, short, broken]) detect(text);
    expect(asked).toHaveLength(4);
    expect(memo.size).toBe(0);
    const findings: Finding[] = detect(broken);
    expect(findings.map((finding) => broken.slice(finding.start, finding.end))).toContain(TOKEN);
  });
});
