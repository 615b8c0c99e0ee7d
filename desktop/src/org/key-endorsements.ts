import { calculateJwkThumbprint, compactVerify, createLocalJWKSet, decodeProtectedHeader, type JWK } from 'jose';

const ENDORSEMENT_TYPE = 'promptgate-key-endorsement+jws';

/**
 * Follows the server's key rotations: each endorsement is a new public key signed by the key it replaced.
 * Starting from the pinned keys, a key is added only when a key already trusted signed it, so a server (or a
 * CDN) cannot slip in a key of its own. Returns the pinned keys plus every key reached.
 */
export async function followEndorsements(pinned: readonly JWK[], endorsements: readonly string[]): Promise<JWK[]> {
  const trusted = [...pinned];
  let grew = true;
  while (grew) {
    grew = false;
    for (const jws of endorsements) {
      let kid: string | undefined;
      try {
        const header = decodeProtectedHeader(jws);
        if (header.typ !== ENDORSEMENT_TYPE) continue;
        kid = header.kid;
      } catch {
        continue;
      }
      if (!kid || !trusted.some((key) => key.kid === kid)) continue;
      try {
        const { payload } = await compactVerify(jws, createLocalJWKSet({ keys: trusted }), { algorithms: ['ES256'] });
        const { jwk } = JSON.parse(new TextDecoder().decode(payload)) as { jwk?: JWK };
        if (!jwk?.kid || jwk.kty !== 'EC' || jwk.crv !== 'P-256' || jwk.d || trusted.some((key) => key.kid === jwk.kid)) continue;
        const publicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x!, y: jwk.y! };
        // The kid is the key's thumbprint: a kid cannot be borrowed by another key.
        if ((await calculateJwkThumbprint(publicJwk)) === jwk.kid) {
          trusted.push({ ...publicJwk, kid: jwk.kid, alg: 'ES256', use: 'sig' });
          grew = true;
        }
      } catch {
        // An endorsement that does not verify is ignored: it adds nothing.
      }
    }
  }
  return trusted;
}
