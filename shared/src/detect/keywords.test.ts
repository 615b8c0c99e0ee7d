import { describe, expect, it } from 'vitest';
import { buildKeywordAutomaton } from './keywords';

function matches(keywords: string[], text: string): Array<[string, number]> {
  const automaton = buildKeywordAutomaton(keywords);
  const out: Array<[string, number]> = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    state = c < 128 ? automaton.delta[(state << 7) | lower]! : 0;
    for (let o = automaton.outputStart[state]!; o < automaton.outputStart[state + 1]!; o++) out.push([keywords[automaton.outputs[o]!]!, i + 1]);
  }
  return out;
}

describe('buildKeywordAutomaton', () => {
  it('finds every keyword, overlapping ones included, case-insensitively', () => {
    expect(matches(['token', 'access_token', 'ken'], 'ACCESS_TOKEN=1')).toEqual([
      ['access_token', 12],
      ['token', 12],
      ['ken', 12],
    ]);
  });

  it('recovers after a partial match through failure links', () => {
    expect(matches(['datadog'], 'datadatadog')).toEqual([['datadog', 11]]);
  });

  it('resets on non-ASCII characters', () => {
    expect(matches(['key'], 'ké y key')).toEqual([['key', 8]]);
  });
});
