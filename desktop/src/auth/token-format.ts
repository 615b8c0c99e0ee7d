import { createHash, randomBytes } from 'node:crypto';

export type TokenKind = 'extension' | 'sdk';
export const TOKEN_KINDS = ['extension', 'sdk'] as const satisfies readonly TokenKind[];

const PREFIX: Record<TokenKind, string> = { extension: 'pg_ext_', sdk: 'pg_sdk_' };
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const RANDOM_CHARS = 32;
const TOKEN_SHAPE = /^pg_(ext|sdk)_[0-9A-Za-z]{32}$/;

/**
 * `pg_ext_` or `pg_sdk_` plus 32 base62 characters (about 190 bits). The prefix lets secret scanners, and
 * promptgate's own detectors, recognise a leaked token; the kind in it is checked against the stored kind.
 */
export function generateToken(kind: TokenKind): string {
  let body = '';
  while (body.length < RANDOM_CHARS) {
    for (const byte of randomBytes(RANDOM_CHARS)) {
      // 248 = 4 * 62: dropping the top 8 byte values keeps every character equally likely.
      if (byte < 248 && body.length < RANDOM_CHARS) body += BASE62[byte % 62];
    }
  }
  return PREFIX[kind] + body;
}

/** The kind a well-formed token claims, or null for anything that is not shaped like a token. */
export function claimedKind(token: string): TokenKind | null {
  const match = TOKEN_SHAPE.exec(token);
  if (!match) return null;
  return match[1] === 'ext' ? 'extension' : 'sdk';
}

/**
 * Unkeyed SHA-256 is enough here: a token has ~190 random bits, so its hash cannot be reversed by guessing,
 * and the database holds only hashes, so reading it does not yield a usable token.
 */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
