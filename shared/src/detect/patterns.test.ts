import { describe, expect, it } from 'vitest';
import { secretSpan, withIndices } from './patterns';

/** The secret's span in `text` as the engine reads it: through `withIndices` and `secretSpan`. */
function spanIn(pattern: RegExp, text: string): string | undefined {
  const match = withIndices(pattern).exec(text);
  if (match === null) return undefined;
  const { start, end } = secretSpan(match);
  return text.slice(start, end);
}

describe('withIndices and secretSpan', () => {
  it('leaves out the costly indices where the secret ends the match, lookarounds and boundaries after it included', () => {
    for (const pattern of [/key=(?<secret>\w+)/, /key=(?<secret>\w{8})(?![\w-])/, /key=(?<secret>\w{8})(?=[;\s])(?<!_)/, /key=(?<secret>\w+)\b$/, /token/]) {
      expect(withIndices(pattern).flags, pattern.source).not.toContain('d');
    }
  });

  it('keeps them where something with width follows the secret, or an assertion after it is quantified', () => {
    for (const pattern of [/(?<secret>[a-f0-9]{32})@host/, /key=(?<secret>\w+)\}/, /key=(?<secret>\w{8})(?![\w-])?x/, /(?:a(?<secret>\w+)|b)/]) {
      expect(withIndices(pattern).flags, pattern.source).toContain('d');
    }
  });

  it('places the secret exactly either way', () => {
    expect(spanIn(/key=(?<secret>\w{8})(?![\w-])/, 'x key=Ab12Cd34; y')).toBe('Ab12Cd34');
    expect(spanIn(/(?<secret>[a-f0-9]{8})@host/, 'dsn 0123abcd@host/1')).toBe('0123abcd');
    expect(spanIn(/key=\w+/, 'a key=value b')).toBe('key=value');
  });
});
