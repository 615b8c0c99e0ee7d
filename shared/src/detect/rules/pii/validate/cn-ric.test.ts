import { describe, expect, it } from 'vitest';
import { isChineseResidentId } from './cn-ric';

describe('isChineseResidentId', () => {
  it('accepts numbers with a province, a real birth date and a matching MOD 11-2 check', () => {
    for (const value of ['11010519491231002X', '360426199101010071', '44011320141005001X', '412723199010050012']) expect(isChineseResidentId(value)).toBe(true);
  });
  it('rejects a wrong check, no such province or day, a lower-case x and wrong lengths', () => {
    for (const value of ['110105194912310021', '990105194912310027', '110105194902300021', '11010519491231002x', '1101051949123100']) {
      expect(isChineseResidentId(value)).toBe(false);
    }
  });
});
