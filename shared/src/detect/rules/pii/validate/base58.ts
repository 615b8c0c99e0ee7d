import { sha256Into } from './sha256';

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
/** The bytes of the last value decoded, big-endian with its leading zeros: reused, zeroed by whoever decoded. */
let decoded = new Uint8Array(64);

/**
 * Decodes `text` into `decoded` and returns how many bytes it holds, or -1 on a bad character. The caller zeroes
 * them when done: a WIF value is a private key, and its bytes do not stay in a buffer that lives as long as the
 * process.
 */
function decodeInto(text: string): number {
  // Each character carries log2(58) < 6 bits: the number fits in this many bytes.
  const most = Math.ceil((text.length * 6) / 8) + 1;
  if (work.length < most) work = new Uint8Array(most);
  const bytes = work;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    let carry = base58Digit(text.charCodeAt(i));
    if (carry < 0) {
      bytes.fill(0, 0, length);
      return -1;
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
  const size = zeros + length;
  if (decoded.length < size) decoded = new Uint8Array(size);
  decoded.fill(0, 0, zeros);
  for (let i = 0; i < length; i++) decoded[size - 1 - i] = bytes[i]!;
  bytes.fill(0, 0, length);
  return size;
}

/** Decodes a Bitcoin-style base58 string (leading `1`s are zero bytes); undefined on a bad character. */
export function base58Decode(text: string): Uint8Array | undefined {
  const size = decodeInto(text);
  if (size < 0) return undefined;
  const out = decoded.slice(0, size);
  decoded.fill(0, 0, size);
  return out;
}

/** The two digests of a checksum, reused and zeroed after each: they are hashes of what may be a private key. */
const firstDigest = new Uint8Array(32);
const checkDigest = new Uint8Array(32);

/**
 * Base58Check payload (version byte + data) when the trailing 4 bytes equal the first 4 bytes of
 * SHA-256(SHA-256(payload)); undefined otherwise. `shaped`, when given, is asked first, with the decoded bytes and
 * the payload's length (the bytes past it are the checksum): a caller that knows the payload's length and version
 * rules out most base58 runs without the two hashes, which cost far more than the decoding (a text of base58
 * runs otherwise pays them for each run). Nothing is allocated unless the checksum holds.
 */
export function base58CheckDecode(text: string, shaped?: (bytes: Uint8Array, length: number) => boolean): Uint8Array | undefined {
  const size = decodeInto(text);
  if (size < 0) return undefined;
  const length = size - 4;
  let payload: Uint8Array | undefined;
  if (size >= 5 && (shaped === undefined || shaped(decoded, length))) {
    sha256Into(decoded, length, firstDigest);
    sha256Into(firstDigest, 32, checkDigest);
    let same = true;
    for (let i = 0; i < 4; i++) if (checkDigest[i] !== decoded[length + i]) same = false;
    if (same) payload = decoded.slice(0, length);
    firstDigest.fill(0);
    checkDigest.fill(0);
  }
  decoded.fill(0, 0, size);
  return payload;
}
