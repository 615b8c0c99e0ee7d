import { describe, expect, it } from 'vitest';
import { isRut } from './rut';

describe('isRut', () => {
  it('accepts bodies whose modulo-11 check matches, K for 10', () => {
    for (const [body, check] of [
      ['76086428', '5'],
      ['12531909', '2'],
      ['10626628', 'K'],
      ['9876543', '3'],
    ] as const)
      expect(isRut(body, check)).toBe(true);
  });
  it('rejects a wrong check, a lower-case k, one repeated digit and bodies too short or long', () => {
    for (const [body, check] of [
      ['12531909', '3'],
      ['10626628', 'k'],
      ['11111111', '1'],
      ['123456', '0'],
      ['123456789', '2'],
    ] as const)
      expect(isRut(body, check)).toBe(false);
  });
});
