import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../../../redact/test-helpers';
import { forgetScannedText } from '../../../text-caches';
import { digitRuns, LONGEST_SORTED_RUN, runsByLength } from './digits';

/** The runs as documented, found the plain way: a digit, then a digit or `.`, `/`, `-`, and every digit after it. */
function reference(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const start = /[0-9][0-9./-]/g;
  for (let match = start.exec(text); match !== null; match = start.exec(text)) {
    let end = match.index + 1;
    while (end < text.length && /[0-9]/.test(text[end]!)) end++;
    runs.push([match.index, end]);
    start.lastIndex = end;
  }
  return runs;
}

function runsOf(text: string): Array<[number, number]> {
  const { count, starts, ends } = digitRuns(text);
  const runs: Array<[number, number]> = [];
  for (let k = 0; k < count; k++) runs.push([starts[k]!, ends[k]!]);
  forgetScannedText();
  return runs;
}

describe('digitRuns', () => {
  it('lists runs of two digits or more, and single digits before a dot, slash or dash (the 5 of 4.5 is neither)', () => {
    expect(runsOf('a 12 b 3 c 4.5 d 6-7/8 99')).toEqual([
      [2, 4],
      [11, 12],
      [17, 18],
      [19, 20],
      [23, 25],
    ]);
  });

  it('agrees with the plain search on random texts, sparse and dense with digits, at their ends too', () => {
    const alphabets = ['0123456789', '0123456789 .-/', '0123456789abc  \n', 'abcdefgh 1 .', 'x'];
    const disagreements: string[] = [];
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      const alphabet = alphabets[seed % alphabets.length]!;
      const text = Array.from({ length: Math.floor(next() * 80) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      if (JSON.stringify(runsOf(text)) !== JSON.stringify(reference(text))) disagreements.push(text);
    }
    expect(disagreements).toEqual([]);
  });

  it('sorts the runs by length, each length in text order, the longest together', () => {
    const text = `12 345 6-7 89 1234 ${'9'.repeat(40)} 00 ${'1'.repeat(31)}`;
    const runs = digitRuns(text);
    const { offsets, order } = runsByLength(runs);
    const byLength = (n: number) => Array.from(order.subarray(offsets[n], offsets[n + 1]), (r) => text.slice(runs.starts[r], runs.ends[r]));
    expect(byLength(1)).toEqual(['6']);
    expect(byLength(2)).toEqual(['12', '89', '00']);
    expect(byLength(3)).toEqual(['345']);
    expect(byLength(4)).toEqual(['1234']);
    expect(byLength(LONGEST_SORTED_RUN)).toEqual(['9'.repeat(40), '1'.repeat(31)]);
    expect(offsets[offsets.length - 1]).toBe(runs.count);
    forgetScannedText();
  });
});
