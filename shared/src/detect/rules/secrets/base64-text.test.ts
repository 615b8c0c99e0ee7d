import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeBase64Json, isBase64UserPassword } from './base64-text';

describe('base64 helpers for rules', () => {
  it('decodes standard and url-safe base64, with or without padding, and says undefined for anything else', () => {
    expect(decodeBase64('dXNlcjpwYXNz')).toBe('user:pass');
    expect(decodeBase64('dXNlcjpwYQ')).toBe('user:pa');
    expect(decodeBase64('-_8', 'url')).toBe('\xfb\xff');
    expect(decodeBase64('-_8')).toBeUndefined();
    expect(decodeBase64('not base64!')).toBeUndefined();
  });

  it('reads JSON only when the decoded text is JSON', () => {
    expect(decodeBase64Json(btoa('{"s":"x","t":"y"}'))).toEqual({ s: 'x', t: 'y' });
    expect(decodeBase64Json(btoa('plain text'))).toBeUndefined();
  });

  it('recognises printable user:password pairs only', () => {
    expect(isBase64UserPassword(btoa('deploy:Tr0ub4dor&3'))).toBe(true);
    expect(isBase64UserPassword(btoa('no-colon-here'))).toBe(false);
    expect(isBase64UserPassword(btoa(':missing-user'))).toBe(false);
    expect(isBase64UserPassword(btoa('user with:space'))).toBe(false);
  });
});
