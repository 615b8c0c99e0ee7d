import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { textPairs } from './palette';

describe('contrastRatio', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // The amber the warn button had: what made it fail AA.
    expect(contrastRatio('#ffffff', '#d97706')).toBeCloseTo(3.19, 2);
    expect(contrastRatio('#d97706', '#ffffff')).toBe(contrastRatio('#ffffff', '#d97706'));
  });

  it('refuses a colour it cannot read rather than guess', () => {
    expect(() => contrastRatio('orange', '#ffffff')).toThrow(/not a #rrggbb colour: orange/);
  });
});

describe('promptgate\u2019s palette', () => {
  it.each(textPairs())('$what meets WCAG AA for normal text (4.5:1)', ({ foreground, background }) => {
    expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });
});
