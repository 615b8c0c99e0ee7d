import { createHash } from 'node:crypto';
import { CompactSign } from 'jose';
import type { Policy } from '@promptgate/shared';
import type { SigningKey } from '../keys/key-store';

/** `typ` of a policy bundle. The gateway refuses anything else, so an endorsement cannot pass as a bundle. */
export const BUNDLE_TYPE = 'promptgate-policy+jws';

/** What a bundle carries; the gateway validates the policy again with the shared schema. */
export interface BundlePayload {
  version: number;
  issuedAt: number;
  author: string;
  comment: string;
  policy: Policy;
}

export interface SignedBundle {
  version: number;
  kid: string;
  jws: string;
  /** Quoted, as the header carries it. */
  etag: string;
}

/** Signs one policy version as a compact JWS (ES256) with the org's active key. */
export async function signBundle(payload: BundlePayload, key: SigningKey): Promise<SignedBundle> {
  const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: BUNDLE_TYPE }).sign(key.privateKey);
  const etag = `"${createHash('sha256').update(jws).digest('base64url').slice(0, 27)}"`;
  return { version: payload.version, kid: key.kid, jws, etag };
}
