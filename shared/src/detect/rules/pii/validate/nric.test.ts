import { describe, expect, it } from 'vitest';
import { isSingaporeNric } from './nric';

describe('isSingaporeNric', () => {
  it('accepts NRIC and FIN numbers of every series', () => {
    for (const value of ['S1234567D', 'S8076606H', 'S1728872E', 'G4549883U', 'G4552218R', 'M1234567K', 'M3960741N']) {
      expect(isSingaporeNric(value)).toBe(true);
    }
  });
  it('rejects a wrong check letter, the M series read like the others, and other shapes', () => {
    for (const value of ['S1179607H', 'S1234567A', 'M1234567N', 'X1728872E', 's1234567d', 'S123456D']) expect(isSingaporeNric(value)).toBe(false);
  });
});
