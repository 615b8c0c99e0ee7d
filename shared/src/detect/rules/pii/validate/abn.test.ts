import { describe, expect, it } from 'vitest';
import { isAbn } from './abn';

describe('isAbn', () => {
  it('accepts published ABNs', () => {
    // 51 824 753 556 is the ATO's worked example; 53 004 085 616 is the ATO's own.
    for (const digits of ['51824753556', '53004085616']) expect(isAbn(digits)).toBe(true);
  });
  it('rejects a changed or swapped digit, a leading 0 and wrong lengths', () => {
    for (const digits of ['51824753557', '15824753556', '01824753556', '5182475355']) expect(isAbn(digits)).toBe(false);
  });
});
