import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../../redact/test-helpers';
import { decodeBase64, decodeBase64Object, isBase64UserPassword } from './base64-text';

describe('base64 helpers for rules', () => {
  it('decodes standard and url-safe base64, with or without padding, and says undefined for anything else', () => {
    expect(decodeBase64('dXNlcjpwYXNz')).toBe('user:pass');
    expect(decodeBase64('dXNlcjpwYQ')).toBe('user:pa');
    expect(decodeBase64('-_8', 'url')).toBe('\xfb\xff');
    expect(decodeBase64('-_8')).toBeUndefined();
    expect(decodeBase64('not base64!')).toBeUndefined();
  });

  it('decodes exactly what atob decodes, without asking atob to throw: padding, whitespace and every length', () => {
    // Made of the characters that decide: the alphabet's, `=`, ASCII whitespace, and others atob refuses.
    const characters = 'Az09+/=  \n\t\r\f-_é';
    const next = random(7);
    const disagreements: string[] = [];
    let decoded = 0;
    for (let n = 0; n < 20_000; n++) {
      let value = '';
      for (let length = Math.floor(next() * 12), i = 0; i < length; i++) value += characters[Math.floor(next() * characters.length)];
      let expected: string | undefined;
      try {
        expected = atob(value);
        decoded++;
      } catch {
        expected = undefined;
      }
      if (decodeBase64(value) !== expected) disagreements.push(JSON.stringify(value));
    }
    expect(disagreements).toEqual([]);
    // Both outcomes were exercised, not only refusals.
    expect(decoded).toBeGreaterThan(2_000);
  });

  it('reads a JSON object only when the decoded text is one', () => {
    expect(decodeBase64Object(btoa('{"s":"x","t":"y"}'))).toEqual({ s: 'x', t: 'y' });
    expect(decodeBase64Object(btoa(' {"s":"x"}\n'))).toEqual({ s: 'x' });
    // A no-break space is no JSON blank, though `trim` takes it.
    for (const other of ['plain text', '["s"]', '"s"', '42', 'null', '{"s":', '{"s":"x"} trailing', '{"s":"x"}\xa0'])
      expect(decodeBase64Object(btoa(other)), other).toBeUndefined();
  });

  it('recognises printable user:password pairs only', () => {
    expect(isBase64UserPassword(btoa('deploy:Tr0ub4dor&3'))).toBe(true);
    expect(isBase64UserPassword(btoa('no-colon-here'))).toBe(false);
    expect(isBase64UserPassword(btoa(':missing-user'))).toBe(false);
    expect(isBase64UserPassword(btoa('user with:space'))).toBe(false);
  });
});
