import { describe, expect, it } from 'vitest';
import { base58CheckDecode, base58Decode } from './base58';

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
