import { describe, expect, it } from 'vitest';
import { keccak256, toHex } from './keccak';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('keccak256', () => {
  it('matches the known Keccak-256 digests (original padding, not SHA3-256)', () => {
    expect(toHex(keccak256(bytes('')))).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    expect(toHex(keccak256(bytes('abc')))).toBe('4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45');
  });
  it('absorbs inputs longer than one 136-byte block', () => {
    const long = keccak256(bytes('q'.repeat(300)));
    expect(long).toHaveLength(32);
    expect(toHex(long)).not.toBe(toHex(keccak256(bytes('q'.repeat(299)))));
  });
});
