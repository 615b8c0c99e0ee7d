import { describe, expect, it } from 'vitest';
import { isSwissAhv } from './ahv';

describe('isSwissAhv', () => {
  it('accepts thirteen digits from 756 whose EAN-13 check matches', () => {
    for (const digits of ['7569217076985', '7563047500962', '7561234567897']) expect(isSwissAhv(digits)).toBe(true);
  });
  it('rejects a wrong check, another country code and wrong lengths', () => {
    for (const digits of ['7569217076984', '7579217076985', '756921707698']) expect(isSwissAhv(digits)).toBe(false);
  });
});
