import { describe, expect, it } from 'vitest';
import { isPlaceholderLike } from './placeholder';

describe('isPlaceholderLike', () => {
  it.each(['AKIAIOSFODNN7EXAMPLE', 'ghp_xxxxxxxxxxxxxxxxxxxx', '<your-api-key>', '${API_TOKEN}', 'sk_live_000000000000', 'abcdefghijklmnop', 'aaaaaaaaabbbbbbbb12'])(
    'treats %s as a placeholder',
    (value) => expect(isPlaceholderLike(value)).toBe(true),
  );

  it.each(['ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u', '9f3b7c1e8a2d4f60b5c9e7a1d3f8b2c4', 'Vq8#tLw2pZr9xK'])('keeps %s', (value) => expect(isPlaceholderLike(value)).toBe(false));

  // An alphabet written out between other characters, forwards or backwards, in any case.
  it.each(['px-api-a1b2c3d4-e5f6-g7h8-i8j0-k0l3m3n4o0p5', 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8NRAL', 'gsk_zYxWvUtSrQpOnMlKjIhGfEdCbA98', 'tok_1a2b3c4d5e6f7g8h9'])(
    'treats the interleaved sequence %s as a placeholder',
    (value) => expect(isPlaceholderLike(value)).toBe(true),
  );

  // A Django key holds `%(` by chance; only Python's `%(name)s` is a template.
  it('tells a Django key with `%(` in it from a `%(name)s` template', () => {
    expect(isPlaceholderLike('django-insecure-_du9e^cmago!%(^+=gr@cu@v9-v7ulhbk2s3!w&39w4+n3*k*$')).toBe(false);
    expect(isPlaceholderLike('postgres://%(user)s:%(password)s@db/app')).toBe(true);
  });

  // Hex has six letters, so no run of eight alphabet letters; a long hex value with short runs stays a secret.
  it('keeps hex whose letters happen to run a-f', () => expect(isPlaceholderLike('a1b2c3d4e5f6a9e1c07b3d52f8e64a1c')).toBe(false));
});
