import { describe, expect, it } from 'vitest';
import { hasMod11Check10 } from './iso7064';

describe('hasMod11Check10', () => {
  it('accepts digits whose last is the ISO 7064 MOD 11,10 check of those before', () => {
    for (const digits of ['86095742719', '33392005961']) expect(hasMod11Check10(digits)).toBe(true);
  });
  it('rejects every other last digit', () => {
    for (const last of '012345678') expect(hasMod11Check10(`8609574271${last}`)).toBe(false);
  });
});
