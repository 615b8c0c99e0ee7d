import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../../../redact/test-helpers';
import { toHex } from './keccak';
import { sha256, sha256Into } from './sha256';

describe('sha256 against Node', () => {
  it('agrees on messages of every length up to three blocks, in an order that grows and shrinks its reused buffers', () => {
    const next = random(3);
    const below = (n: number) => Math.floor(next() * n);
    const lengths = Array.from({ length: 200 }, (_, i) => i).concat(Array.from({ length: 200 }, () => below(200)));
    const disagreements: number[] = [];
    for (const length of lengths) {
      const data = Uint8Array.from({ length }, () => below(256));
      if (toHex(sha256(data)) !== createHash('sha256').update(data).digest('hex')) disagreements.push(length);
    }
    expect(disagreements).toEqual([]);
  });

  it('hashes only the first bytes asked for, into the digest given, however long the buffer', () => {
    const next = random(7);
    const buffer = Uint8Array.from({ length: 160 }, () => Math.floor(next() * 256));
    const out = new Uint8Array(32);
    const disagreements: number[] = [];
    for (let size = 0; size <= buffer.length; size += 3) {
      sha256Into(buffer, size, out);
      if (toHex(out) !== createHash('sha256').update(buffer.subarray(0, size)).digest('hex')) disagreements.push(size);
    }
    expect(disagreements).toEqual([]);
  });
});
