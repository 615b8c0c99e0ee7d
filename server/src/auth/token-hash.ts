import { createHash, randomBytes } from 'node:crypto';

/** Tokens are stored as SHA-256: they are random (no dictionary to try), so a plain hash is enough. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}
