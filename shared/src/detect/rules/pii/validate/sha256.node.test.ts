import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toHex } from './keccak';
import { sha256, sha256Into } from './sha256';

describe('sha256 against Node', () => {
  it('agrees on messages of every length up to three blocks, in an order that grows and shrinks its reused buffers', () => {
    let state = 3;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
    const lengths = Array.from({ length: 200 }, (_, i) => i).concat(Array.from({ length: 200 }, () => next() % 200));
    const disagreements: number[] = [];
    for (const length of lengths) {
      const data = Uint8Array.from({ length }, () => next() & 0xff);
      if (toHex(sha256(data)) !== createHash('sha256').update(data).digest('hex')) disagreements.push(length);
    }
    expect(disagreements).toEqual([]);
  });

  it('hashes only the first bytes asked for, into the digest given, however long the buffer', () => {
    let state = 7;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
    const buffer = Uint8Array.from({ length: 160 }, () => next() & 0xff);
    const out = new Uint8Array(32);
    const disagreements: number[] = [];
    for (let size = 0; size <= buffer.length; size += 3) {
      sha256Into(buffer, size, out);
      if (toHex(out) !== createHash('sha256').update(buffer.subarray(0, size)).digest('hex')) disagreements.push(size);
    }
    expect(disagreements).toEqual([]);
  });
});
