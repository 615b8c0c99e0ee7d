import { describe, expect, it } from 'vitest';
import { balancedRuns } from './split-texts';

const sizes = (texts: string[], runs: Array<[number, number]>) => runs.map(([from, to]) => texts.slice(from, to).join('').length);

describe('balancedRuns', () => {
  it('cuts neighbouring texts into runs of about equal size, in order, covering every text once', () => {
    const texts = ['a'.repeat(100), 'b'.repeat(100), 'c'.repeat(100), 'd'.repeat(100)];
    expect(balancedRuns(texts, 2)).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(sizes(texts, balancedRuns(texts, 4))).toEqual([100, 100, 100, 100]);
  });

  it('never makes an empty run, whatever the sizes', () => {
    const texts = ['x'.repeat(1000), 'y', 'z'];
    const runs = balancedRuns(texts, 3);
    expect(runs).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    for (let n = 1; n <= 6; n++) {
      for (const list of [texts, ['q'], ['a', 'bb', 'c'.repeat(50), 'd', 'e'.repeat(9)]]) {
        const cut = balancedRuns(list, n);
        expect(cut.length).toBe(Math.min(n, list.length));
        expect(cut.flatMap(([from, to]) => list.slice(from, to))).toEqual(list);
        for (const [from, to] of cut) expect(to).toBeGreaterThan(from);
      }
    }
  });
});
