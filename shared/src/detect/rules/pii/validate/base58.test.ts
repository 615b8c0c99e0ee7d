import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../../../redact/test-helpers';
import { BASE58_ALPHABET, base58CheckDecode, base58Decode } from './base58';
import { toHex } from './keccak';

/** Base58 by big-integer division, leading zero bytes as `1`s: independent of the decoder under test. */
function referenceEncode(bytes: Uint8Array): string {
  let value = 0n;
  for (const byte of bytes) value = value * 256n + BigInt(byte);
  let out = '';
  while (value > 0n) {
    out = BASE58_ALPHABET[Number(value % 58n)]! + out;
    value /= 58n;
  }
  for (let i = 0; i < bytes.length && bytes[i] === 0; i++) out = '1' + out;
  return out;
}

describe('base58Decode', () => {
  it('decodes digits and keeps leading ones as zero bytes', () => {
    expect([...base58Decode('2')!]).toEqual([1]);
    expect([...base58Decode('z')!]).toEqual([57]);
    expect([...base58Decode('211')!]).toEqual([13, 36]); // 58 * 58 = 3364 = 0x0d24
    expect([...base58Decode('112')!]).toEqual([0, 0, 1]);
  });
  it('rejects characters outside the alphabet', () => {
    expect(base58Decode('0OIl')).toBeUndefined();
  });
  it('decodes what a reference encoder wrote, at lengths that grow and shrink its reused buffer', () => {
    const next = random(5);
    const below = (n: number) => Math.floor(next() * n);
    const disagreements: string[] = [];
    for (const length of [0, 1, 2, 21, 25, 38, 80, 3, 64, 25, 120, 1, 33]) {
      // Leading zero bytes, as addresses have, in some of them.
      const bytes = Uint8Array.from({ length }, (_, i) => (i < below(3) ? 0 : below(256)));
      const encoded = referenceEncode(bytes);
      if (toHex(base58Decode(encoded)!) !== toHex(bytes)) disagreements.push(encoded);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('base58CheckDecode', () => {
  it('returns the version and hash of a checksummed address', () => {
    const payload = base58CheckDecode('1Amsb9TQK8UXw1UnXmz8Lc2RtTVxMgstiG');
    expect(payload).toHaveLength(21);
    expect(payload![0]).toBe(0);
    expect(base58CheckDecode('3Ft2KtAV2BBLDXisHnwxJfTvHau5cdKwWo')![0]).toBe(5);
  });
  it('rejects a changed character', () => {
    expect(base58CheckDecode('1Amsb9TQK8UXw1UnXmz8Lc2RtTVxMgstiH')).toBeUndefined();
    expect(base58CheckDecode('1Amsb9TQK8UXw1UnXmz8Lc2RtTVxMgsTiG')).toBeUndefined();
  });
});
