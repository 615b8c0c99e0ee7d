import { compactVerify, createLocalJWKSet, decodeProtectedHeader, type JWK } from 'jose';
import { z } from 'zod';
import { policySchema, type Policy } from '@promptgate/shared';
import { BundleRejectedError } from './errors';

export const BUNDLE_TYPE = 'promptgate-policy+jws';

const payloadSchema = z.object({
  version: z.int().positive(),
  issuedAt: z.int().nonnegative(),
  author: z.string(),
  comment: z.string(),
  policy: z.unknown(),
});

export interface VerifiedBundle {
  version: number;
  issuedAt: number;
  author: string;
  comment: string;
  policy: Policy;
  kid: string;
}

/**
 * Checks a compact JWS against the pinned org keys (ES256 only) and validates the policy inside with the
 * shared schema. A kid in `refused` is turned away before its signature is checked. Anything else — another key, a changed byte, another `typ`, a policy the schema refuses — is a
 * `BundleRejectedError` with a code the UI can show.
 */
export async function verifyBundle(jws: string, pinned: readonly JWK[], refused: { revoked?: readonly string[]; retired?: readonly string[] } = {}): Promise<VerifiedBundle> {
  let header;
  try {
    header = decodeProtectedHeader(jws);
  } catch {
    throw new BundleRejectedError('malformed', 'the policy bundle is not a compact JWS');
  }
  if (header.typ !== BUNDLE_TYPE) throw new BundleRejectedError('wrong_type', `the bundle's type is ${String(header.typ)}, not a policy bundle`);
  if (header.kid && refused.revoked?.includes(header.kid))
    throw new BundleRejectedError('revoked_key', `the bundle is signed with key ${header.kid}, which the org retired as compromised`);
  if (header.kid && refused.retired?.includes(header.kid)) throw new BundleRejectedError('retired_key', `the bundle is signed with key ${header.kid}, which the org has replaced`);
  if (!header.kid || !pinned.some((key) => key.kid === header.kid))
    throw new BundleRejectedError('unknown_key', `the bundle is signed with key ${String(header.kid)}, which is not a pinned org key`);
  let payloadBytes: Uint8Array;
  try {
    ({ payload: payloadBytes } = await compactVerify(jws, createLocalJWKSet({ keys: [...pinned] }), { algorithms: ['ES256'] }));
  } catch {
    throw new BundleRejectedError('bad_signature', "the bundle's signature does not verify against the pinned org key");
  }
  let payload: z.output<typeof payloadSchema>;
  try {
    payload = payloadSchema.parse(JSON.parse(new TextDecoder().decode(payloadBytes)));
  } catch {
    throw new BundleRejectedError('malformed', 'the signed bundle does not carry a policy payload');
  }
  const policy = policySchema.safeParse(payload.policy);
  if (!policy.success) throw new BundleRejectedError('invalid_policy', `the signed policy does not validate: ${policy.error.issues[0]?.message ?? ''}`);
  return { version: payload.version, issuedAt: payload.issuedAt, author: payload.author, comment: payload.comment, policy: policy.data, kid: header.kid };
}
