import { describe, expect, it } from 'vitest';
import { isAcn } from './acn';

describe('isAcn', () => {
  it('accepts published and made-up valid ACNs', () => {
    // 000 000 019 and 010 499 966 are ASIC's worked examples; 004 085 616 is the ACN inside the ATO's ABN.
    for (const digits of ['000000019', '010499966', '004085616', '202954756', '678924073']) expect(isAcn(digits)).toBe(true);
  });
  it('rejects a changed check digit, one repeated digit and wrong lengths', () => {
    for (const digits of ['004085617', '202954757', '000000000', '00408561', '0040856160', '00408561a']) expect(isAcn(digits)).toBe(false);
  });
});
