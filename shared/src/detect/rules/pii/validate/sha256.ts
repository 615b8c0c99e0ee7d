// SHA-256 (FIPS 180-4) in plain TypeScript: shared code runs in the browser too, without Node's crypto.

const K = new Uint32Array(64);
{
  // First 32 bits of the fractional parts of the cube roots of the first 64 primes.
  let count = 0;
  for (let candidate = 2; count < 64; candidate++) {
    let prime = true;
    for (let d = 2; d * d <= candidate; d++)
      if (candidate % d === 0) {
        prime = false;
        break;
      }
    if (!prime) continue;
    const root = Math.cbrt(candidate);
    K[count++] = Math.floor((root - Math.floor(root)) * 0x100000000) >>> 0;
  }
}
const H0 = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

/**
 * The message schedule, the state and the padded message, reused by every call (the digest runs to completion
 * before another can start; the message grows as needed) and zeroed after it: only the digest is new per call.
 * Words are kept as signed 32-bit integers (`| 0`), which V8 keeps unboxed; `>>> 0` made them doubles once
 * above 2^31.
 */
const w = new Int32Array(64);
const h = new Int32Array(8);
const ROUND = Int32Array.from(K);
const INITIAL = Int32Array.from(H0);
let padded = new Uint8Array(128);

/** SHA-256 digest of `data`. */
export function sha256(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(32);
  sha256Into(data, data.length, out);
  return out;
}

/**
 * SHA-256 digest of the first `size` bytes of `data`, written to the 32 bytes of `out`: for a caller that hashes
 * many short values (a checksum per base58 run of a text), without a view cut or a digest made per call.
 */
export function sha256Into(data: Uint8Array, size: number, out: Uint8Array): void {
  const bitLength = size * 8;
  const length = Math.ceil((size + 9) / 64) * 64;
  if (padded.length < length) padded = new Uint8Array(length);
  const message = padded;
  for (let i = 0; i < size; i++) message[i] = data[i]!;
  message.fill(0, size, length);
  message[size] = 0x80;
  const high = Math.floor(bitLength / 0x100000000);
  for (let i = 0; i < 4; i++) {
    message[length - 8 + i] = (high >>> (24 - i * 8)) & 0xff;
    message[length - 4 + i] = (bitLength >>> (24 - i * 8)) & 0xff;
  }

  h.set(INITIAL);
  for (let block = 0; block < length; block += 64) {
    for (let t = 0; t < 16; t++) {
      const i = block + t * 4;
      w[t] = (message[i]! << 24) | (message[i + 1]! << 16) | (message[i + 2]! << 8) | message[i + 3]!;
    }
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
    }
    let a = h[0]!,
      b = h[1]!,
      c = h[2]!,
      d = h[3]!,
      e = h[4]!,
      f = h[5]!,
      g = h[6]!,
      k = h[7]!;
    for (let t = 0; t < 64; t++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (k + s1 + ch + ROUND[t]! + w[t]!) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (s0 + maj) | 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
    h[5] = (h[5]! + f) | 0;
    h[6] = (h[6]! + g) | 0;
    h[7] = (h[7]! + k) | 0;
  }
  for (let i = 0; i < 8; i++) {
    const word = h[i]!;
    out[i * 4] = word >>> 24;
    out[i * 4 + 1] = (word >>> 16) & 0xff;
    out[i * 4 + 2] = (word >>> 8) & 0xff;
    out[i * 4 + 3] = word & 0xff;
  }
  // What was hashed may be a private key (a WIF value's payload): nothing of it stays in the reused buffers.
  message.fill(0, 0, length);
  w.fill(0);
  h.fill(0);
}
