import { describe, expect, it } from 'vitest';
import { isRfc, isRfcLayout, rfcCheckDigit } from './rfc';

describe('isRfc', () => {
  it('accepts persons’ and companies’ numbers whose check digit matches, Ñ and & included', () => {
    for (const value of [
      'GODE561231GR8',
      'MAB9307148T4',
      'AAAA791128D63',
      'BADY7101185W6',
      'COML8103203QA',
      'ZENP8101128Y0',
      'MUÑ110218LJ6',
      '&&&030828PX7',
      'AA&0607148I0',
      'CCS8512024CA',
      'YAT000229588',
    ]) {
      expect(isRfc(value)).toBe(true);
    }
  });
  it('rejects numbers in use whose check fails, a homoclave outside its alphabet, lower case and invalid dates', () => {
    for (const value of ['VACE460910SX6', 'BOJR890112DB9', 'SIN9311169P8', 'CCM650122I06', 'gode561231gr8', 'GODE561331GR8', 'GODE560230GR8']) {
      expect(isRfc(value)).toBe(false);
    }
  });
});

describe('isRfcLayout', () => {
  it('accepts the layout whatever the check', () => {
    for (const value of ['VACE460910SX6', 'BOJR890112DB9', 'CCM650122I06', 'AÑE9902224Z4']) expect(isRfcLayout(value)).toBe(true);
  });
  it('rejects dates that do not exist, digits among the letters and wrong lengths', () => {
    for (const value of ['ABCD123456XX1', 'GODE561232GR8', 'GOD1561231GR8', 'COMG600703', 'GAPR850314MDFRRS04', 'AB9307148T4']) expect(isRfcLayout(value)).toBe(false);
  });
});

describe('rfcCheckDigit', () => {
  it('pads a company’s eleven characters and writes 10 as A', () => {
    expect(rfcCheckDigit('MAB9307148T')).toBe('4');
    expect(rfcCheckDigit('COML8103203Q')).toBe('A');
  });
});
