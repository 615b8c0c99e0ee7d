import { describe, expect, it } from 'vitest';
import { CompactSign, calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { followEndorsements } from './key-endorsements';

async function key() {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { privateKey, jwk: { ...jwk, kid, alg: 'ES256', use: 'sig' } as JWK, kid };
}

type Key = Awaited<ReturnType<typeof key>>;

async function endorse(by: Key, jwk: JWK, options: { typ?: string; compromised?: { kid: string; versionFloor: number } } = {}) {
  const payload = { jwk, endorsedAt: 1, ...(options.compromised ? { compromised: options.compromised } : {}) };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'ES256', kid: by.kid, typ: options.typ ?? 'promptgate-key-endorsement+jws' })
    .sign(by.privateKey);
}

const pinned = (k: Key) => ({ keys: [k.jwk], retired: [], revoked: [] });

describe('followEndorsements', () => {
  it('follows a chain of rotations from the pinned key, in any order; each key that handed over is retired', async () => {
    const [a, b, c] = [await key(), await key(), await key()];
    const trust = await followEndorsements(pinned(a), [await endorse(b, c.jwk), await endorse(a, b.jwk)]);
    expect(trust.keys.map((k) => k.kid)).toEqual([a.kid, b.kid, c.kid]);
    expect(trust).toMatchObject({ retired: [a.kid, b.kid], revoked: [] });
    expect(trust.versionFloor).toBeUndefined();
  });

  it('ignores keys endorsed by untrusted keys, wrong types, and a kid that is not the key thumbprint', async () => {
    const [a, stranger, evil] = [await key(), await key(), await key()];
    const borrowed = { ...evil.jwk, kid: stranger.kid };
    const trust = await followEndorsements(pinned(a), [
      await endorse(stranger, evil.jwk),
      await endorse(a, evil.jwk, { typ: 'promptgate-policy+jws' }),
      await endorse(a, borrowed),
    ]);
    expect(trust.keys.map((k) => k.kid)).toEqual([a.kid]);
  });

  it('a compromise rotation revokes the stolen key and carries the version floor', async () => {
    const [a, b] = [await key(), await key()];
    const trust = await followEndorsements(pinned(a), [await endorse(a, b.jwk, { compromised: { kid: a.kid, versionFloor: 7 } })]);
    expect(trust).toMatchObject({ retired: [], revoked: [a.kid], versionFloor: 7 });
    expect(trust.keys.map((k) => k.kid)).toEqual([a.kid, b.kid]);
  });

  it('a key hands over once: a thief holding a key that already endorsed (or was revoked) cannot add a key of their own', async () => {
    const [a, b, thief] = [await key(), await key(), await key()];
    const honest = await followEndorsements(pinned(a), [await endorse(a, b.jwk, { compromised: { kid: a.kid, versionFloor: 3 } })]);
    const later = await followEndorsements(honest, [await endorse(a, thief.jwk), await endorse(a, thief.jwk, { compromised: { kid: a.kid, versionFloor: 1 } })]);
    expect(later.keys.map((k) => k.kid)).toEqual([a.kid, b.kid]);
    expect(later.versionFloor).toBeUndefined();
  });

  it('marks a hand-over between two keys both already pinned (an enrollment that pinned every published key)', async () => {
    const [a, b] = [await key(), await key()];
    const trust = await followEndorsements({ keys: [a.jwk, b.jwk], retired: [], revoked: [] }, [await endorse(a, b.jwk)]);
    expect(trust.keys.map((k) => k.kid)).toEqual([a.kid, b.kid]);
    expect(trust.retired).toEqual([a.kid]);
  });
});
