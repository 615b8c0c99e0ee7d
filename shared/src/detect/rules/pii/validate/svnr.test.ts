import { describe, expect, it } from 'vitest';
import { isSvnr } from './svnr';

describe('isSvnr', () => {
  it('accepts an area, a birth date, an initial, a serial and the check of their digits', () => {
    expect(isSvnr('15070649C103')).toBe(true);
  });
  it('rejects a wrong check, no such date, a lower-case initial and a digit for the initial', () => {
    for (const value of ['15070649C104', '15320649C103', '15070649c103', '150706491103']) expect(isSvnr(value)).toBe(false);
  });
});
