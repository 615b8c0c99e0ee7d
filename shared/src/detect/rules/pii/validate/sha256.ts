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

/** The message schedule, reused by every call: the digest runs to completion before another can start. */
const w = new Uint32Array(64);

function rotr(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

/** The padded message, reused by every call (grown as needed) with its view: only the digest is new per call. */
let padded = new Uint8Array(128);
let paddedView = new DataView(padded.buffer);
const h = new Uint32Array(8);

/** SHA-256 digest of `data`. */
export function sha256(data: Uint8Array): Uint8Array {
  const bitLength = data.length * 8;
  const length = Math.ceil((data.length + 9) / 64) * 64;
  if (padded.length < length) {
    padded = new Uint8Array(length);
    paddedView = new DataView(padded.buffer);
  }
  const view = paddedView;
  padded.set(data);
  padded.fill(0, data.length, length);
  padded[data.length] = 0x80;
  view.setUint32(length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(length - 4, bitLength >>> 0);

  h.set(H0);
  for (let block = 0; block < length; block += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(block + t * 4);
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15]!;
      const b = w[t - 2]!;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) >>> 0;
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
      const s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (k + s1 + ch + K[t]! + w[t]!) >>> 0;
      const s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (s0 + maj) >>> 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] = (h[0]! + a) >>> 0;
    h[1] = (h[1]! + b) >>> 0;
    h[2] = (h[2]! + c) >>> 0;
    h[3] = (h[3]! + d) >>> 0;
    h[4] = (h[4]! + e) >>> 0;
    h[5] = (h[5]! + f) >>> 0;
    h[6] = (h[6]! + g) >>> 0;
    h[7] = (h[7]! + k) >>> 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]!);
  return out;
}
