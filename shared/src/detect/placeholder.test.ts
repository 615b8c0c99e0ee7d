import { describe, expect, it } from 'vitest';
import { isPlaceholderLike } from './placeholder';

describe('isPlaceholderLike', () => {
  it.each(['AKIAIOSFODNN7EXAMPLE', 'ghp_xxxxxxxxxxxxxxxxxxxx', '<your-api-key>', '${API_TOKEN}', 'sk_live_000000000000', 'abcdefghijklmnop', 'aaaaaaaaabbbbbbbb12'])(
    'treats %s as a placeholder',
    (value) => expect(isPlaceholderLike(value)).toBe(true),
  );

  it.each(['ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u', '9f3b7c1e8a2d4f60b5c9e7a1d3f8b2c4', 'Vq8#tLw2pZr9xK'])('keeps %s', (value) => expect(isPlaceholderLike(value)).toBe(false));
});
