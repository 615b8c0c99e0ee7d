import { describe, expect, it } from 'vitest';
import { isNir } from './nir';

describe('isNir', () => {
  it('accepts numbers whose key matches', () => {
    for (const digits of ['184127645108946', '255081416802538']) expect(isNir(digits)).toBe(true);
  });
  it('rejects a wrong key, a sex digit or month that no number has, and wrong lengths', () => {
    for (const digits of ['184127645108947', '584127645108946', '184137645108946', '18412764510894']) expect(isNir(digits)).toBe(false);
  });
});
