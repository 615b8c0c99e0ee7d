import { randomInt } from 'node:crypto';

/** Crockford-like alphabet: no 0/O, 1/I/L, so a code read aloud or retyped survives. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** `XXXX-XXXX-XXXX`: 60 bits, single use, short-lived. */
export function newEnrollmentCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < 3; g++) {
    let part = '';
    for (let i = 0; i < 4; i++) part += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(part);
  }
  return groups.join('-');
}

/** Case and separators do not matter when typed back. */
export function normalizeEnrollmentCode(code: string): string {
  const plain = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return plain.match(/.{1,4}/g)?.join('-') ?? '';
}
