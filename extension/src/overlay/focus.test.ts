import { describe, expect, it } from 'vitest';
import { nextInCycle } from './focus';

// Stand-ins: nextInCycle only compares identities.
const [a, b, c] = [{}, {}, {}] as unknown as [HTMLElement, HTMLElement, HTMLElement];

describe('Tab inside the dialog', () => {
  it('goes round: Tab from the last returns to the first, Shift+Tab from the first to the last', () => {
    expect(nextInCycle([a, b, c], c, false)).toBe(a);
    expect(nextInCycle([a, b, c], a, true)).toBe(c);
    expect(nextInCycle([a, b, c], a, false)).toBe(b);
  });

  it('brings focus that is outside back in at the edge Tab would enter by', () => {
    expect(nextInCycle([a, b, c], null, false)).toBe(a);
    expect(nextInCycle([a, b, c], null, true)).toBe(c);
  });

  it('has nowhere to go when nothing can take focus', () => {
    expect(nextInCycle([], a, false)).toBeUndefined();
  });
});
