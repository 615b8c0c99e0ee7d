import { describe, expect, it } from 'vitest';
import { isItalianFiscalCode } from './codice-fiscale';

describe('isItalianFiscalCode', () => {
  it('accepts codes for men and women, with digits replaced by letters (omocodia)', () => {
    // RSSMRA85T10A562S: the common Mario Rossi example.
    for (const value of ['RSSMRA85T10A562S', 'MRTMTT91D08F205J', 'RSSMRA85T10A56NH']) expect(isItalianFiscalCode(value)).toBe(true);
  });
  it('rejects a wrong check letter, an unknown month letter, an impossible day, lower case and other shapes', () => {
    for (const value of ['RSSMRA85T10A562T', 'RSSMRA85F10A562S', 'RSSMRA85T32A562S', 'rssmra85t10a562s', 'RSSMRA85T10A562']) {
      expect(isItalianFiscalCode(value)).toBe(false);
    }
  });
});
