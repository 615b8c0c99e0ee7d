import { describe, expect, it } from 'vitest';
import { isPlaceholderLike } from './placeholder';

describe('isPlaceholderLike', () => {
  it.each(['AKIAIOSFODNN7EXAMPLE', 'ghp_xxxxxxxxxxxxxxxxxxxx', '<your-api-key>', '${API_TOKEN}', 'sk_live_000000000000', 'abcdefghijklmnop', 'aaaaaaaaabbbbbbbb12'])(
    'treats %s as a placeholder',
    (value) => expect(isPlaceholderLike(value)).toBe(true),
  );

  it.each(['ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u', '9f3b7c1e8a2d4f60b5c9e7a1d3f8b2c4', 'Vq8#tLw2pZr9xK'])('keeps %s', (value) => expect(isPlaceholderLike(value)).toBe(false));

  // Typed by hand, but pasted as a key: a gate must not wave it through.
  it.each(['ghp_Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8', 'sk-abc123def456ghi789jkl012mno345pqr678'])('keeps the hand-typed %s', (value) =>
    expect(isPlaceholderLike(value)).toBe(false),
  );

  it('treats a key its vendor published as an example as one, and a key one character away as a key', () => {
    expect(isPlaceholderLike('AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs')).toBe(true);
    expect(isPlaceholderLike('AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIt')).toBe(false);
  });

  it.each(['<api-key>', 'Bearer <token>', 'sk_live_<YOUR KEY HERE>', '<%= ENV["TOKEN"] %>'])('treats the template %s as a placeholder', (value) =>
    expect(isPlaceholderLike(value)).toBe(true),
  );

  it('keeps a random secret spelled with symbols that holds a `>` or `<`', () => {
    expect(isPlaceholderLike('Tq4]w;Zk9>pR)x?Lm2&Vb7[Nc{3Hs@8Yd_Jf5^Ug0/Wh6=Ka1')).toBe(false);
    expect(isPlaceholderLike('Hq5$v<N8x&Z2k!pW4m')).toBe(false);
  });

  // Base64 of binary holds zero bytes: a run of `A` in a long token is part of it, a run of an eighth of it is not.
  it('keeps a long token with a run of zero bytes in its base64, not one made mostly of a run', () => {
    expect(isPlaceholderLike('AgABAAAAAAD-DLA3VO7QrddgJg7WevrAgDs_wQA9P9g0VCdz8smoWqJBpit_3P_ntszmbCH2')).toBe(false);
    expect(isPlaceholderLike('k9QmAAAAAAZx2Lp7')).toBe(true);
    expect(isPlaceholderLike('sk-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBe(true);
    expect(isPlaceholderLike('Xq7LmA2vZr9Kp4Wt8NcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBe(true);
  });

  // A Django key holds `%(` by chance; only Python's `%(name)s` is a template.
  it('tells a Django key with `%(` in it from a `%(name)s` template', () => {
    expect(isPlaceholderLike('django-insecure-zy87&*k6gfj=yv9qtc+@*mks!%(s8swiym&a#*41w8k)7blu8j')).toBe(false);
    expect(isPlaceholderLike('postgres://%(user)s:%(password)s@db/app')).toBe(true);
  });
});
