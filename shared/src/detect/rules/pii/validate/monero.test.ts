import { describe, expect, it } from 'vitest';
import { isMoneroAddress, moneroBase58Decode } from './monero';

describe('moneroBase58Decode', () => {
  it('decodes full 11-character blocks to 8 bytes and short tail blocks', () => {
    expect(moneroBase58Decode('11111111111')).toEqual(new Uint8Array(8));
    expect(moneroBase58Decode('1111111111111')).toEqual(new Uint8Array(9));
  });
  it('rejects impossible tail lengths and block overflow', () => {
    expect(moneroBase58Decode('111111111111')).toBeUndefined(); // a 1-character tail encodes no block
    expect(moneroBase58Decode('zzzzzzzzzzz')).toBeUndefined(); // 58^11 - 1 does not fit 8 bytes
  });
});

describe('isMoneroAddress', () => {
  it('accepts standard, subaddress and integrated addresses with a valid checksum', () => {
    expect(isMoneroAddress('45aqYvoCwsUKjuy31Sfy6wE1orBaULBUM4JsgEK94VuNVFb1u22A4VHfHDa9SMkHNSUHVfzFuUMv62cVoHWLsjk534xRurZ')).toBe(true);
    expect(isMoneroAddress('878QCqg7exFTbzzcMHFtkHeZi5pKcPeX3PVpiq8EcVbuXkdaRbNKvKH762R5WWS9rt3YRVsqy4WuuLZxy2we9jNAVDLHkXD')).toBe(true);
    expect(isMoneroAddress('4KB8454by7wDYBUtJViptVYqTPEJnWrkmDkjJTQy8hnCgFTJTBxutQbHvvAqqJwfNzfjQWngYJxAAHfcWtjDyQzwcSJUDf9aTQRDfAqp6j')).toBe(true);
  });
  it('rejects a changed character', () => {
    expect(isMoneroAddress('45aqYvoCwsUKjuy31Sfy6wE1orBaULBUM4JsgEK94VuNVFb1u22A4VHfHDa9SMkHNSUHVfzFuUMv62cVoHWLsjk534xRurY')).toBe(false);
  });
});
