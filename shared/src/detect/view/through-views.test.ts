import { describe, expect, it } from 'vitest';
import type { Finding } from '../types';
import { detectThroughViews, offEscapedQuotes, trimToUnits } from './through-views';

function finding(start: number, end: number, type = 'word'): Finding {
  return { type, category: 'secret', start, end, severity: 'high', confidence: 0.9 };
}

/** A stand-in detector: every run of three or more lowercase letters. */
function words(text: string): Finding[] {
  return [...text.matchAll(/[a-z]{3,}/g)].map((match) => finding(match.index, match.index + match[0].length));
}

describe('trimToUnits', () => {
  // Units at [2, 4) and [10, 16), the latter holding [10, 13): an escape of an escape.
  const units = [
    { start: 2, end: 4 },
    { start: 10, end: 13 },
    { start: 10, end: 16 },
  ];
  const view = { unitAround: (offset: number) => units.find((unit) => unit.start < offset && offset < unit.end) };

  it('moves a start inside a unit past it and an end inside one before it', () => {
    expect(trimToUnits([finding(3, 9), finding(5, 12)], view)).toEqual([finding(4, 9), finding(5, 10)]);
  });

  it('keeps findings that start and end between units, and drops one left empty', () => {
    const kept = finding(4, 10);
    const trimmed = trimToUnits([kept, finding(11, 15)], view);
    expect(trimmed).toEqual([kept]);
    expect(trimmed[0]).toBe(kept);
  });
});

describe('offEscapedQuotes', () => {
  const spans = (text: string, found: Finding[]) => offEscapedQuotes(found, text).map((f) => text.slice(f.start, f.end));

  it('moves both ends past escaped quotes, at any level of escaping', () => {
    const text = 'pw=\\"abc\\" x=\\\\\\"def\\\\\\"';
    // `\"abc\"` and `\\\"def\\\"`: quotes escaped once and twice.
    expect(spans(text, [finding(3, 10), finding(13, 24)])).toEqual(['abc', 'def']);
  });

  it('leaves backslashes that escape no quote, plain quotes, and findings without either alone', () => {
    const text = 'a\\bc"def"';
    const kept = [finding(0, 4), finding(4, 9)];
    const result = offEscapedQuotes(kept, text);
    expect(result[0]).toBe(kept[0]);
    expect(result[1]).toBe(kept[1]);
  });

  it('drops a finding that was nothing but escaped quotes', () => {
    expect(spans('\\"\\"', [finding(0, 4)])).toEqual([]);
  });
});

describe('detectThroughViews', () => {
  it('reports what only the decoded text shows, once, in the original offsets, with no half escape', () => {
    const text = 'say\\nhello';
    // As it is, the text holds `nhello` (the `n` of the escape); decoded, it holds `hello`.
    const result = detectThroughViews(text, text.indexOf('\\'), [], words(text), words);
    expect(result.map((f) => text.slice(f.start, f.end))).toEqual(['say', 'hello']);
  });

  it('decodes a second level of escaping, mapping back through both', () => {
    const text = 'x\\\\nsecret';
    const result = detectThroughViews(text, 1, [], words(text), words);
    expect(result.map((f) => text.slice(f.start, f.end))).toEqual(['secret']);
  });

  it('returns the plain findings untouched when nothing needs decoding', () => {
    const plain = words('plain é text');
    expect(detectThroughViews('plain é text', -1, [6], plain, words)).toBe(plain);
  });
});
