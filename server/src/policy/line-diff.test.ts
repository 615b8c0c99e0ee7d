import { describe, expect, it } from 'vitest';
import { commonEnds, formatDiff, lineDiff } from './line-diff';

describe('lineDiff', () => {
  it('keeps common lines and marks removed and added ones in order', () => {
    expect(formatDiff(lineDiff('a\nb\nc', 'a\nx\nc\nd'))).toBe('  a\n- b\n+ x\n  c\n+ d');
  });
  it('identical documents have no changes', () => {
    expect(lineDiff('same\ntext', 'same\ntext').every((l) => l.op === ' ')).toBe(true);
  });
  it('marks the differing middle of a changed line on both sides', () => {
    const lines = lineDiff('a\n  timeoutSeconds: 120\nc', 'a\n  timeoutSeconds: 300\nc');
    const changed = lines.filter((l) => l.op !== ' ').map((l) => [l.op, l.text.slice(l.changed!.start, l.changed!.end)]);
    expect(changed).toEqual([
      ['-', '12'],
      ['+', '30'],
    ]);
    expect(lines.filter((l) => l.op === ' ').every((l) => l.changed === undefined)).toBe(true);
  });
  it('leaves an added line without a removed partner unmarked', () => {
    expect(lineDiff('a', 'a\nb').find((l) => l.op === '+')).toEqual({ op: '+', text: 'b' });
  });
  it('an insertion inside a line is an empty span on the old side', () => {
    const [removed, added] = lineDiff('ab', 'aXb');
    expect(removed!.changed).toEqual({ start: 1, end: 1 });
    expect(added!.text.slice(added!.changed!.start, added!.changed!.end)).toBe('X');
  });
  it('never splits a surrogate pair', () => {
    expect(commonEnds('\u{1F600}', '\u{1F601}')).toEqual({ prefix: 0, suffix: 0 });
    expect(commonEnds('a\u{1F600}b', 'a\u{1F601}b')).toEqual({ prefix: 1, suffix: 1 });
  });
});
