import { describe, expect, it } from 'vitest';
import { CompactSign, calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { followEndorsements } from './key-endorsements';

async function key() {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { privateKey, jwk: { ...jwk, kid, alg: 'ES256', use: 'sig' } as JWK, kid };
}

async function endorse(by: Awaited<ReturnType<typeof key>>, jwk: JWK, typ = 'promptgate-key-endorsement+jws') {
  return new CompactSign(new TextEncoder().encode(JSON.stringify({ jwk, endorsedAt: 1 }))).setProtectedHeader({ alg: 'ES256', kid: by.kid, typ }).sign(by.privateKey);
}

describe('followEndorsements', () => {
  it('follows a chain of rotations from the pinned key, in any order', async () => {
    const [a, b, c] = [await key(), await key(), await key()];
    const trusted = await followEndorsements([a.jwk], [await endorse(b, c.jwk), await endorse(a, b.jwk)]);
    expect(trusted.map((k) => k.kid)).toEqual([a.kid, b.kid, c.kid]);
  });

  it('ignores keys endorsed by untrusted keys, wrong types, and a kid that is not the key thumbprint', async () => {
    const [a, stranger, evil] = [await key(), await key(), await key()];
    const borrowed = { ...evil.jwk, kid: stranger.kid };
    const trusted = await followEndorsements([a.jwk], [await endorse(stranger, evil.jwk), await endorse(a, evil.jwk, 'promptgate-policy+jws'), await endorse(a, borrowed)]);
    expect(trusted.map((k) => k.kid)).toEqual([a.kid]);
  });
});
