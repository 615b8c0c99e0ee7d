import { describe, expect, it } from 'vitest';
import { isZaIdNumber } from './za-id';

describe('isZaIdNumber', () => {
  it('accepts a birth date, a citizenship digit 0 to 2 and a Luhn digit that holds', () => {
    // Made-up numbers; `0002294321191` is born on 29 February 2000, a leap day.
    for (const digits of ['8506174821080', '9302140315194', '7609301122181', '0002294321191']) expect(isZaIdNumber(digits)).toBe(true);
  });
  it('rejects a changed check digit, a day no calendar has (30 February), citizenship 3 (both Luhn-valid) and wrong lengths', () => {
    for (const digits of ['8506174821081', '8513174821080', '9302300315190', '8506174821387', '850617482108', '85061748210800']) expect(isZaIdNumber(digits)).toBe(false);
  });
});
