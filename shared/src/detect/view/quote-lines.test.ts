import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { builtinRules } from '../rules';
import { quoteOnlyLinesDecoded } from './quote-lines';

const engine = createEngine(builtinRules);
const GHP = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const PASSWORD = 'Tq7!vR2#pL9x';

function found(text: string): Array<[string, string]> {
  return engine.detect(text).map((finding) => [finding.type, text.slice(finding.start, finding.end)]);
}

describe('quoteOnlyLinesDecoded', () => {
  it('decodes escaped quotes only on lines that hold no other escape or folding character', () => {
    const text = ['{\\"a\\": \\"b\\"}', 'x\\ny \\"q\\"', 'ｇ \\"r\\"', 'plain "s"'].join('\n');
    const view = quoteOnlyLinesDecoded(text, text.indexOf('\\'))!;
    expect(view.text).toBe(['{"a": "b"}', 'x\\ny \\"q\\"', 'ｇ \\"r\\"', 'plain "s"'].join('\n'));
    // Each decoded quote maps back to its escape, and unchanged text to itself.
    const quote = view.text.indexOf('"b"');
    expect(view.toOriginal(quote, quote + 3)).toEqual({ start: text.indexOf('\\"b'), end: text.indexOf('\\"}') + 2 });
    const plain = view.text.indexOf('plain');
    expect(view.toOriginal(plain, plain + 5)).toEqual({ start: text.indexOf('plain'), end: text.indexOf('plain') + 5 });
  });

  it('is undefined when every line with a backslash holds another escape', () => {
    expect(quoteOnlyLinesDecoded('a \\"b\\" \\n c', 1)).toBeUndefined();
    expect(quoteOnlyLinesDecoded('a \\\\"b', 2)).toBeUndefined();
  });
});

describe('detection on lines of JSON inside a JSON string', () => {
  it('finds values behind escaped quotes, in the original offsets, without the quotes', () => {
    const line = `{\\"api_key\\": \\"${GHP}\\", \\"db_password\\": \\"${PASSWORD}\\"}`;
    expect(found(line)).toEqual([
      ['github-pat', GHP],
      ['generic-password-assignment', PASSWORD],
    ]);
    const call = `os.Setenv(\\"CLIENT_SECRET\\", \\"cwYLqBKEIGD8vkv1DDECUsW-p2OT6H1Rx4i-o9Vs\\")`;
    expect(found(call).map(([, value]) => value)).toEqual(['cwYLqBKEIGD8vkv1DDECUsW-p2OT6H1Rx4i-o9Vs']);
  });

  it('still decodes every escape on a line that also holds a line break escape, quotes before it included', () => {
    const text = `{\\"note\\": \\"x\\", \\"file\\": \\"line one\\npassword=${PASSWORD}\\nend\\"}`;
    expect(found(text)).toEqual([['generic-password-assignment', PASSWORD]]);
  });

  it('gives the same answer as the decoded text for each line, whatever else is around it', () => {
    const lines = [`\\"token\\": \\"${GHP}\\"`, 'nothing here', `\\"pwd\\": \\"${PASSWORD}\\"`];
    const joined = lines.join('\n');
    const decoded = joined.replaceAll('\\"', '"');
    expect(found(joined).map(([type, value]) => [type, value])).toEqual(found(decoded));
  });
});
