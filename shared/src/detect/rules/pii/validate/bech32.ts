// Bech32 (BIP-173) and Bech32m (BIP-350) checksums and SegWit address decoding.

export const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
export const BECH32_CONST = 1;
export const BECH32M_CONST = 0x2bc830a3;

export function bech32Polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ GENERATOR[i]!) >>> 0;
  }
  return chk;
}

export function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) >> 5);
  out.push(0);
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) & 31);
  return out;
}

/** Splits and checks a bech32/bech32m string; the 5-bit data without checksum, and which constant matched. */
export function bech32Decode(text: string): { hrp: string; data: number[]; constant: number } | undefined {
  if (text.length > 90) return undefined;
  const lower = text.toLowerCase();
  if (text !== lower && text !== text.toUpperCase()) return undefined;
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || sep + 7 > lower.length) return undefined;
  const hrp = lower.slice(0, sep);
  const data: number[] = [];
  for (let i = sep + 1; i < lower.length; i++) {
    const v = BECH32_CHARSET.indexOf(lower[i]!);
    if (v < 0) return undefined;
    data.push(v);
  }
  const constant = bech32Polymod([...hrpExpand(hrp), ...data]);
  if (constant !== BECH32_CONST && constant !== BECH32M_CONST) return undefined;
  return { hrp, data: data.slice(0, -6), constant };
}

/** Regroups bits (8→5 or 5→8); undefined when padding is invalid for a strict decode. */
export function convertBits(data: readonly number[], from: number, to: number, pad: boolean): number[] | undefined {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const max = (1 << to) - 1;
  for (const v of data) {
    if (v >> from) return undefined;
    acc = (acc << from) | v;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & max);
    }
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & max);
  } else if (bits >= from || ((acc << (to - bits)) & max) !== 0) {
    return undefined;
  }
  return out;
}

/** A valid SegWit address for human-readable part `hrp` (`bc`, `ltc`): version and program length rules. */
export function isSegwitAddress(text: string, hrp: string): boolean {
  const decoded = bech32Decode(text);
  if (decoded === undefined || decoded.hrp !== hrp || decoded.data.length < 1) return false;
  const version = decoded.data[0]!;
  if (version > 16) return false;
  const program = convertBits(decoded.data.slice(1), 5, 8, false);
  if (program === undefined || program.length < 2 || program.length > 40) return false;
  if (version === 0) return decoded.constant === BECH32_CONST && (program.length === 20 || program.length === 32);
  return decoded.constant === BECH32M_CONST;
}
