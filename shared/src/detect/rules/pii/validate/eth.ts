import { keccak256, toHex } from './keccak';

/** EIP-55: a letter is upper case exactly when the matching nibble of keccak256(lower-case hex) is >= 8. */
export function eip55Valid(hex40: string): boolean {
  const lower = hex40.toLowerCase();
  const hash = toHex(keccak256(new TextEncoder().encode(lower)));
  for (let i = 0; i < 40; i++) {
    const c = hex40[i]!;
    if (c >= '0' && c <= '9') continue;
    const upper = parseInt(hash[i]!, 16) >= 8;
    if (upper !== (c >= 'A' && c <= 'F')) return false;
  }
  return true;
}

/** EIP-55 mixed-case form of a 40-hex address body. */
export function eip55Encode(hex40: string): string {
  const lower = hex40.toLowerCase();
  const hash = toHex(keccak256(new TextEncoder().encode(lower)));
  let out = '';
  for (let i = 0; i < 40; i++) out += parseInt(hash[i]!, 16) >= 8 ? lower[i]!.toUpperCase() : lower[i]!;
  return out;
}
