import { createHmac } from 'node:crypto';
import { z } from 'zod';

/**
 * How `promptgate ui` asks a running gateway for a new UI link, declared once for both programs. The CLI
 * never sends the key: it gets a fresh challenge, then proves it holds the key with an HMAC over the
 * challenge and the gateway's origin. A program of another user listening on the port the CLI asked
 * learns nothing it can replay, nor use against the real gateway on another port.
 */
export const UI_LINK_PATHS = { challenge: '/api/ui-link/challenge', link: '/api/ui-link', extension: '/api/ui-link/extension' } as const;

const challenge = z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'not a challenge this gateway issued');
export const challengeResponseSchema = z.object({ challenge });
export const linkRequestSchema = z.object({ challenge, proof: z.string().regex(/^[0-9a-f]{64}$/, 'not an HMAC-SHA256 in hex') });
export const linkResponseSchema = z.object({ url: z.string() });

/** `origin` is the gateway's own (`http://127.0.0.1:PORT`), so a proof made for one port is refused on any other. */
export function uiLinkProof(key: Buffer, origin: string, challengeValue: string): string {
  return createHmac('sha256', key).update(`promptgate ui link\n${origin}\n${challengeValue}`).digest('hex');
}
