import { calculateJwkThumbprint, compactVerify, createLocalJWKSet, decodeProtectedHeader, type JWK } from 'jose';

const ENDORSEMENT_TYPE = 'promptgate-key-endorsement+jws';

/** What a gateway trusts: every key it reached, which of them handed over (retired) and which were stolen. */
export interface KeyTrust {
  keys: JWK[];
  /** Kids that endorsed a successor: they sign no new bundle this gateway accepts from the network. */
  retired: string[];
  /** Kids retired as compromised: nothing they sign is accepted, not even from disk. */
  revoked: string[];
}

export interface FollowedTrust extends KeyTrust {
  /** Set when this call followed a compromise: the newest version to accept is lowered to it. */
  versionFloor?: number;
}

/**
 * Follows the server's key rotations: each endorsement is a new public key signed by the key it replaced.
 * Starting from the trusted keys, a key is added only when a key already trusted signed it, so a server (or a
 * CDN) cannot slip in a key of its own. Like the update frameworks' root rotation, each key hands over once:
 * a key that already endorsed a successor, or was revoked, endorses nothing more, so a thief holding an old key
 * cannot hand the org to a key of their own once the honest rotation was followed.
 */
export async function followEndorsements(trust: KeyTrust, endorsements: readonly string[]): Promise<FollowedTrust> {
  const result: FollowedTrust = { keys: [...trust.keys], retired: [...trust.retired], revoked: [...trust.revoked] };
  let grew = true;
  while (grew) {
    grew = false;
    for (const jws of endorsements) {
      const endorsed = await endorsedBy(jws, result);
      if (!endorsed) continue;
      // Both keys may be pinned already (an enrollment that pinned every published key): the hand-over still counts.
      if (!result.keys.some((key) => key.kid === endorsed.jwk.kid)) result.keys.push(endorsed.jwk);
      if (endorsed.compromised) {
        result.revoked.push(endorsed.endorser);
        result.versionFloor = endorsed.compromised.versionFloor;
      } else {
        result.retired.push(endorsed.endorser);
      }
      grew = true;
    }
  }
  return result;
}

interface Endorsed {
  endorser: string;
  jwk: JWK;
  compromised?: { versionFloor: number };
}

async function endorsedBy(jws: string, trust: KeyTrust): Promise<Endorsed | undefined> {
  let kid: string | undefined;
  try {
    const header = decodeProtectedHeader(jws);
    if (header.typ !== ENDORSEMENT_TYPE) return undefined;
    kid = header.kid;
  } catch {
    return undefined;
  }
  if (!kid || !trust.keys.some((key) => key.kid === kid) || trust.retired.includes(kid) || trust.revoked.includes(kid)) return undefined;
  try {
    const { payload } = await compactVerify(jws, createLocalJWKSet({ keys: trust.keys }), { algorithms: ['ES256'] });
    const { jwk, compromised } = JSON.parse(new TextDecoder().decode(payload)) as { jwk?: JWK; compromised?: { kid?: unknown; versionFloor?: unknown } };
    if (!jwk?.kid || jwk.kid === kid || jwk.kty !== 'EC' || jwk.crv !== 'P-256' || jwk.d) return undefined;
    const publicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x!, y: jwk.y! };
    // The kid is the key's thumbprint: a kid cannot be borrowed by another key.
    if ((await calculateJwkThumbprint(publicJwk)) !== jwk.kid) return undefined;
    const floor = compromised?.kid === kid && Number.isInteger(compromised.versionFloor) ? (compromised.versionFloor as number) : undefined;
    if (compromised && floor === undefined) return undefined;
    return { endorser: kid, jwk: { ...publicJwk, kid: jwk.kid, alg: 'ES256', use: 'sig' }, ...(floor !== undefined ? { compromised: { versionFloor: floor } } : {}) };
  } catch {
    // An endorsement that does not verify is ignored: it adds nothing.
    return undefined;
  }
}
