import { describe, expect, it } from 'vitest';
import { isSteuerId } from './steuer-id';

describe('isSteuerId', () => {
  it('accepts numbers with one repeated digit and a matching check digit', () => {
    for (const digits of ['65929970489', '86095742719', '47036892816']) expect(isSteuerId(digits)).toBe(true);
  });
  it('rejects a wrong check digit, a leading 0, no repeated digit or too many, and wrong lengths', () => {
    for (const digits of ['65929970488', '05929970489', '12345678903', '11112345670', '6592997048']) expect(isSteuerId(digits)).toBe(false);
  });
});
