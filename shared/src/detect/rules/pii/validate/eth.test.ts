import { describe, expect, it } from 'vitest';
import { eip55Encode, eip55Valid } from './eth';

describe('EIP-55', () => {
  it('accepts the checksummed examples of the EIP', () => {
    expect(eip55Valid('5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toBe(true);
    expect(eip55Valid('fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359')).toBe(true);
    expect(eip55Valid('dbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB')).toBe(true);
  });
  it('rejects a flipped letter case', () => {
    expect(eip55Valid('5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toBe(false);
  });
  it('round-trips through the encoder', () => {
    const lower = '83651ddb22ef7ad5e52c2cab43fc097f67c9441f';
    expect(eip55Valid(eip55Encode(lower))).toBe(true);
    expect(eip55Encode('5aaeb6053f3e94c9b9a09f33669435e7ef1beaed')).toBe('5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed');
  });
});
