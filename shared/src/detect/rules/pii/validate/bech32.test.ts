import { describe, expect, it } from 'vitest';
import { bech32Decode, BECH32_CONST, BECH32M_CONST, isSegwitAddress } from './bech32';

describe('bech32Decode', () => {
  it('tells bech32 from bech32m', () => {
    expect(bech32Decode('bc1qvcsaa6ycrs7gkwdj7gk2uwpae0aw5pae6casuz')!.constant).toBe(BECH32_CONST);
    expect(bech32Decode('bc1pkxpu5xmtgyl4sjfs72px75z0m6aflwwpcguze3tmq9pcdjjykhpshl6amp')!.constant).toBe(BECH32M_CONST);
  });
  it('rejects mixed case, a bad checksum and bad characters', () => {
    expect(bech32Decode('bc1qvcsaa6ycrs7gkwdj7gk2uwpae0aw5pae6casuZ')).toBeUndefined();
    expect(bech32Decode('bc1qvcsaa6ycrs7gkwdj7gk2uwpae0aw5pae6casuq')).toBeUndefined();
    expect(bech32Decode('bc1qvcsaa6ycrs7gkwdj7gk2uwpae0aw5pae6casub')).toBeUndefined();
  });
});

describe('isSegwitAddress', () => {
  it('accepts v0 (bech32) and v1 (bech32m) programs for the right network', () => {
    expect(isSegwitAddress('bc1qvcsaa6ycrs7gkwdj7gk2uwpae0aw5pae6casuz', 'bc')).toBe(true);
    expect(isSegwitAddress('BC1QVCSAA6YCRS7GKWDJ7GK2UWPAE0AW5PAE6CASUZ', 'bc')).toBe(true);
    expect(isSegwitAddress('bc1qypg6cqqrat50qx5rsmre8vd4lfzdx2xnsue00dqhswx36cfpsc0qc35kfn', 'bc')).toBe(true);
    expect(isSegwitAddress('bc1pkxpu5xmtgyl4sjfs72px75z0m6aflwwpcguze3tmq9pcdjjykhpshl6amp', 'bc')).toBe(true);
    expect(isSegwitAddress('ltc1qyyfh5ue2puk36pl5etxp7dkqzpmhjek8anav92', 'ltc')).toBe(true);
  });
  it('rejects another network', () => {
    expect(isSegwitAddress('ltc1qyyfh5ue2puk36pl5etxp7dkqzpmhjek8anav92', 'bc')).toBe(false);
  });
});
