import { createHash, randomBytes } from 'node:crypto';

/** 32 characters with no 0/O or 1/I to confuse; 32 divides 256, so `byte & 31` picks each one equally often. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LENGTH = 8;

/** A fresh code as a person reads it: `ABCD-EFGH` (40 bits). */
export function generatePairingCode(): string {
  const chars = [...randomBytes(LENGTH)].map((byte) => ALPHABET[byte & 31]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** What the person typed, reduced to the 8 code characters (case, dashes and spaces do not matter), or null. */
export function normalizePairingCode(input: string): string | null {
  const chars = input.toUpperCase().replace(/[\s-]/g, '');
  if (chars.length !== LENGTH || [...chars].some((c) => !ALPHABET.includes(c))) return null;
  return chars;
}

/**
 * Codes are stored hashed so the database never holds one a reader could redeem. 40 bits could be
 * brute-forced offline from the hash, but only by someone who can already read the data directory,
 * and within the five minutes the code lives.
 */
export function pairingCodeHash(normalized: string): string {
  return createHash('sha256').update(`promptgate.pairing.${normalized}`, 'utf8').digest('hex');
}
