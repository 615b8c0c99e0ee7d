import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../../../redact/test-helpers';
import { forgetScannedText } from '../../../text-caches';
import { digitRuns } from './digits';

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
});
