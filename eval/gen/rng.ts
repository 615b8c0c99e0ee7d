/**
 * Seeded PRNG (mulberry32) and the character-level helpers every generator uses. Everything random in the
 * corpus flows through one `Rng`, so the same seed always yields byte-identical corpus files.
 */

export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const HEX_UPPER = '0123456789ABCDEF';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const ALPHA = UPPER + LOWER;
export const B62 = UPPER + LOWER + DIGITS;
export const B64 = B62 + '+/';
export const B64URL = B62 + '-_';
export const LOWER_NUM = LOWER + DIGITS;
export const UPPER_NUM = UPPER + DIGITS;
/** RFC 4648 base32 alphabet: AWS key ids and Azure DevOps PATs draw from it. */
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  bool(p = 0.5): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `n` characters drawn uniformly from `alphabet`. */
  s(alphabet: string, n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  hex(n: number): string {
    return this.s(HEX, n);
  }

  digits(n: number): string {
    return this.s(DIGITS, n);
  }

  /** Digits without a leading zero, for ids that are really numbers. */
  num(n: number): string {
    return this.s('123456789', 1) + this.s(DIGITS, n - 1);
  }

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = Math.floor(this.next() * 256);
    return out;
  }

  uuid(): string {
    const h = this.hex(32).split('');
    h[12] = '4';
    h[16] = this.pick(['8', '9', 'a', 'b']);
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}
