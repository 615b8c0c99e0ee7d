import { base58Digit } from './base58';
import { keccak256 } from './keccak';

/** Encoded size of a block of 0..8 bytes in Monero's blockwise base58. */
const ENCODED_BLOCK_SIZES = [0, 2, 3, 5, 6, 7, 9, 10, 11];

/** Monero base58: 8-byte blocks, each encoded as exactly 11 characters (the last block shorter). */
export function moneroBase58Decode(text: string): Uint8Array | undefined {
  const fullBlocks = Math.floor(text.length / 11);
  const lastSize = ENCODED_BLOCK_SIZES.indexOf(text.length % 11);
  if (lastSize < 0) return undefined;
  const out = new Uint8Array(fullBlocks * 8 + lastSize);
  for (let b = 0; b * 11 < text.length; b++) {
    const chunk = text.slice(b * 11, b * 11 + 11);
    const size = chunk.length === 11 ? 8 : lastSize;
    let value = 0n;
    for (let i = 0; i < chunk.length; i++) {
      const d = base58Digit(chunk.charCodeAt(i));
      if (d < 0) return undefined;
      value = value * 58n + BigInt(d);
    }
    if (value >> BigInt(size * 8) !== 0n) return undefined;
    for (let i = size - 1; i >= 0; i--) {
      out[b * 8 + i] = Number(value & 0xffn);
      value >>= 8n;
    }
  }
  return out;
}

/** Main-net prefixes: standard (18), integrated (19), subaddress (42). */
const PREFIX_LENGTHS: Readonly<Record<number, number>> = { 18: 69, 19: 77, 42: 69 };

/** A Monero main-net address whose last 4 bytes are the first 4 bytes of Keccak-256 of the rest. */
export function isMoneroAddress(text: string): boolean {
  const raw = moneroBase58Decode(text);
  if (raw === undefined || raw.length < 5) return false;
  if (PREFIX_LENGTHS[raw[0]!] !== raw.length) return false;
  const body = raw.subarray(0, raw.length - 4);
  const check = keccak256(body);
  for (let i = 0; i < 4; i++) if (check[i] !== raw[body.length + i]) return false;
  return true;
}
