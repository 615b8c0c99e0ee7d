import { describe, expect, it } from 'vitest';
import { ago, duration, plural } from './format';

describe('format', () => {
  it('writes durations the way countdowns read', () => {
    expect(duration(-5)).toBe('0s');
    expect(duration(9_400)).toBe('9s');
    expect(duration(4 * 60_000 + 5_000)).toBe('4m 05s');
    expect(duration(2 * 3_600_000 + 10 * 60_000)).toBe('2h 10m');
    expect(duration(3 * 86_400_000 + 4 * 3_600_000)).toBe('3d 4h');
  });

  it('says how long ago', () => {
    const now = 1_000_000_000_000;
    expect(ago(now - 10_000, now)).toBe('just now');
    expect(ago(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(ago(now - 3 * 3_600_000, now)).toBe('3 h ago');
    expect(ago(now - 26 * 3_600_000, now)).toBe('yesterday');
  });

  it('pluralises', () => {
    expect(plural(1, 'prompt')).toBe('1 prompt');
    expect(plural(2, 'prompt')).toBe('2 prompts');
  });
});
