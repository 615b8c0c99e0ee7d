import { describe, expect, it } from 'vitest';
import { checkDigitHolds, isKoreanRrn } from './rrn';

describe('isKoreanRrn', () => {
  it('accepts a birth date and a sex and century digit, with or without a check digit (numbers since October 2020 have none)', () => {
    for (const digits of ['8001011234560', '9203152345674', '0506073123456', '8001011234561', '2103154829361']) expect(isKoreanRrn(digits)).toBe(true);
  });
  it('rejects a century digit that names no century, impossible dates and other lengths', () => {
    expect(isKoreanRrn('8001019234567')).toBe(false); // 9: the 1800s
    expect(isKoreanRrn('8001010234567')).toBe(false); // 0: the 1800s
    expect(isKoreanRrn('8013011234567')).toBe(false); // month 13
    expect(isKoreanRrn('0102293234567')).toBe(false); // 29 February 2001
    expect(isKoreanRrn('800101123456')).toBe(false);
  });
});

describe('checkDigitHolds', () => {
  it('reads the check digit of numbers issued before October 2020', () => {
    for (const digits of ['8001011234560', '9203152345674', '0506073123456']) expect(checkDigitHolds(digits)).toBe(true);
    expect(checkDigitHolds('8001011234561')).toBe(false);
  });
});
