import { describe, expect, it } from 'vitest';
import { formatDiff, lineDiff } from './line-diff';

describe('lineDiff', () => {
  it('keeps common lines and marks removed and added ones in order', () => {
    expect(formatDiff(lineDiff('a\nb\nc', 'a\nx\nc\nd'))).toBe('  a\n- b\n+ x\n  c\n+ d');
  });
  it('identical documents have no changes', () => {
    expect(lineDiff('same\ntext', 'same\ntext').every((l) => l.op === ' ')).toBe(true);
  });
});
