import { describe, expect, it } from 'vitest';
import { isKoreanRrn } from './rrn';

describe('isKoreanRrn', () => {
  it('accepts a birth date, a sex and century digit and the check digit', () => {
    for (const digits of ['8001011234560', '9203152345674', '0506073123456']) expect(isKoreanRrn(digits)).toBe(true);
  });
  it('rejects a changed check digit, a century digit that contradicts nothing valid, impossible dates', () => {
    expect(isKoreanRrn('8001011234561')).toBe(false);
    expect(isKoreanRrn('8001019234567')).toBe(false); // 9: the 1800s
    expect(isKoreanRrn('8013011234567')).toBe(false); // month 13
    expect(isKoreanRrn('800101123456')).toBe(false);
  });
});
