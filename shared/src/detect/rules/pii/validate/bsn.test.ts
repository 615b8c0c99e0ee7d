import { describe, expect, it } from 'vitest';
import { isBsn } from './bsn';

describe('isBsn', () => {
  it('accepts numbers that pass the elfproef', () => {
    for (const digits of ['111222333', '123456782']) expect(isBsn(digits)).toBe(true);
  });
  it('rejects a changed digit, one digit repeated and wrong lengths', () => {
    for (const digits of ['123456789', '111222334', '000000000', '12345678', '1234567820']) expect(isBsn(digits)).toBe(false);
  });
});
