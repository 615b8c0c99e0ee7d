import { describe, expect, it } from 'vitest';
import { buildKeywordAutomaton } from './keywords';
import { KeywordHits, scanTokens } from './scanner';

interface Seen {
  text: string;
  lineStart: number;
}

function tokens(text: string, minLength = 3, keywords: string[] = []): Seen[] {
  const out: Seen[] = [];
  const automaton = buildKeywordAutomaton(keywords);
  scanTokens(
    text,
    minLength,
    automaton,
    new KeywordHits(),
    (token) => {
      out.push({ text: text.slice(token.start, token.end), lineStart: token.lineStart });
    },
    new Uint8Array(keywords.length),
  );
  return out;
}

const texts = (text: string, minLength?: number) => tokens(text, minLength).map((token) => token.text);

describe('scanTokens', () => {
  it('splits on every character outside the token alphabet, at the start, the middle and the end', () => {
    expect(texts('abc def,ghi')).toEqual(['abc', 'def', 'ghi']);
    expect(texts(' (abc) ')).toEqual(['abc']);
    expect(texts('a-b_c+d/e~f.g')).toEqual(['a-b_c+d/e~f.g']);
  });

  it('drops runs shorter than the minimum length', () => {
    expect(texts('ab abc abcd a', 4)).toEqual(['abcd']);
    expect(texts('abcd', 5)).toEqual([]);
    expect(texts('abcde', 5)).toEqual(['abcde']);
  });

  it('keeps `=` as trailing padding but splits an assignment', () => {
    expect(texts('dGVzdA== next')).toEqual(['dGVzdA==', 'next']);
    expect(texts('KEY=ghp_value')).toEqual(['KEY', 'ghp_value']);
    expect(texts('abc==def')).toEqual(['abc=', 'def']);
  });

  it('trims a sentence’s trailing full stops, then applies the minimum length again', () => {
    expect(texts('the key is abc123.')).toEqual(['the', 'key', 'abc123']);
    expect(texts('ab... x', 3)).toEqual([]);
  });

  it('ends a run at a non-ASCII character', () => {
    expect(texts('abcé def')).toEqual(['abc', 'def']);
    expect(texts('naïve')).toEqual([]);
  });

  it('reports the start of the line each token is on', () => {
    expect(tokens('one two\nthree\r\nfour')).toEqual([
      { text: 'one', lineStart: 0 },
      { text: 'two', lineStart: 0 },
      { text: 'three', lineStart: 8 },
      { text: 'four', lineStart: 15 },
    ]);
  });

  it('marks keywords seen anywhere, and keeps only the current and previous line’s hits', () => {
    const automaton = buildKeywordAutomaton(['token', 'key']);
    const hits = new KeywordHits();
    const seen = new Uint8Array(2);
    const onPrevious: number[][] = [];
    scanTokens(
      'api_key\ntoken: abcdef\nnext line',
      6,
      automaton,
      hits,
      () => {
        const ids: number[] = [];
        hits.forEachOnPreviousLine((id) => ids.push(id));
        onPrevious.push(ids);
      },
      seen,
    );
    expect([...seen]).toEqual([1, 1]);
    // `api_key` has no line above it; `abcdef` sees `api_key`'s line; `token:` is too short to be a token.
    expect(onPrevious).toEqual([[], [1]]);
  });

  it('keeps on the line only the hits of the keywords it is told to, and marks every keyword seen', () => {
    const automaton = buildKeywordAutomaton(['token', 'ahv']);
    const hits = new KeywordHits();
    const seen = new Uint8Array(2);
    const onLine: number[][] = [];
    scanTokens(
      'ahv token abcdefgh',
      6,
      automaton,
      hits,
      (token) => {
        const ids: number[] = [];
        hits.forEachEndingIn(-1, token.start, (id) => ids.push(id));
        onLine.push(ids);
      },
      seen,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      Uint8Array.of(1, 0),
    );
    expect([...seen]).toEqual([1, 1]);
    expect(onLine).toEqual([[0]]);
  });
});
