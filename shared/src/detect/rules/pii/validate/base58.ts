import { sha256 } from './sha256';

export const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE58_ALPHABET.length; i++) BASE58_INDEX[BASE58_ALPHABET.charCodeAt(i)] = i;

/** Value of one base58 character, -1 when not in the alphabet. */
export function base58Digit(code: number): number {
  return code < 128 ? BASE58_INDEX[code]! : -1;
}

/**
 * Little-endian bytes of the number being decoded, reused by every call, grown as needed and zeroed after use: an
 * array pushed to per byte cost as much as the hashes of the checksum after it.
 */
let work = new Uint8Array(64);

/** Decodes a Bitcoin-style base58 string (leading `1`s are zero bytes); undefined on a bad character. */
export function base58Decode(text: string): Uint8Array | undefined {
  // Each character carries log2(58) < 6 bits: the number fits in this many bytes.
  const most = Math.ceil((text.length * 6) / 8) + 1;
  if (work.length < most) work = new Uint8Array(most);
  const bytes = work;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    let carry = base58Digit(text.charCodeAt(i));
    if (carry < 0) {
      bytes.fill(0, 0, length);
      return undefined;
    }
    for (let j = 0; j < length; j++) {
      carry += bytes[j]! * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes[length++] = carry & 0xff;
      carry >>= 8;
    }
  }
  let zeros = 0;
  while (zeros < text.length && text.charCodeAt(zeros) === 49) zeros++;
  const out = new Uint8Array(zeros + length);
  for (let i = 0; i < length; i++) out[out.length - 1 - i] = bytes[i]!;
  // A WIF value is a private key: its bytes do not stay in a buffer that lives as long as the process.
  bytes.fill(0, 0, length);
  return out;
}

/**
 * Base58Check payload (version byte + data) when the trailing 4 bytes equal the first 4 bytes of
 * SHA-256(SHA-256(payload)); undefined otherwise. `shaped`, when given, is asked first: a caller that knows the
 * payload's length and version rules out most base58 runs without the two hashes, which cost far more than the
 * decoding (a text of base58 runs otherwise pays them for each run).
 */
export function base58CheckDecode(text: string, shaped?: (payload: Uint8Array) => boolean): Uint8Array | undefined {
  const raw = base58Decode(text);
  if (raw === undefined || raw.length < 5) return undefined;
  const payload = raw.subarray(0, raw.length - 4);
  if (shaped !== undefined && !shaped(payload)) return undefined;
  const check = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (check[i] !== raw[payload.length + i]) return undefined;
  return payload;
}
