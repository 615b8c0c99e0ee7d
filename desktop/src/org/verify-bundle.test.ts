import { describe, expect, it } from 'vitest';
import { CompactSign, calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { defaultPolicy } from '@promptgate/shared';
import { BundleRejectedError } from './errors';
import { verifyBundle } from './verify-bundle';

async function orgKey() {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { privateKey, kid, jwk: { ...jwk, kid, alg: 'ES256' } as JWK };
}

const sign = (key: Awaited<ReturnType<typeof orgKey>>, payload: unknown, typ = 'promptgate-policy+jws') =>
  new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'ES256', kid: key.kid, typ }).sign(key.privateKey);

const payload = { version: 3, issuedAt: 1, author: 'ann', comment: 'c', policy: { ...defaultPolicy, version: 3 } };

async function rejection(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BundleRejectedError);
  return (error as BundleRejectedError).code;
}

describe('verifyBundle', () => {
  it('accepts a bundle signed by a pinned key and validates its policy', async () => {
    const key = await orgKey();
    const verified = await verifyBundle(await sign(key, payload), [key.jwk]);
    expect(verified).toMatchObject({ version: 3, kid: key.kid, policy: { name: 'promptgate default', version: 3 } });
  });

  it('refuses garbage, another typ, an unpinned key, a forged signature and a policy the schema refuses', async () => {
    const key = await orgKey();
    const other = await orgKey();
    expect(await rejection(verifyBundle('garbage', [key.jwk]))).toBe('malformed');
    expect(await rejection(verifyBundle(await sign(key, payload, 'JWT'), [key.jwk]))).toBe('wrong_type');
    expect(await rejection(verifyBundle(await sign(other, payload), [key.jwk]))).toBe('unknown_key');
    const forged = await sign({ ...other, kid: key.kid }, payload);
    expect(await rejection(verifyBundle(forged, [key.jwk]))).toBe('bad_signature');
    expect(await rejection(verifyBundle(await sign(key, { ...payload, policy: { name: 'no version' } }), [key.jwk]))).toBe('invalid_policy');
  });

  it('refuses a bundle from a revoked or a retired key before trusting its signature', async () => {
    const key = await orgKey();
    const bundle = await sign(key, payload);
    expect(await rejection(verifyBundle(bundle, [key.jwk], { revoked: [key.kid] }))).toBe('revoked_key');
    expect(await rejection(verifyBundle(bundle, [key.jwk], { retired: [key.kid] }))).toBe('retired_key');
    expect(await verifyBundle(bundle, [key.jwk], { revoked: ['another'], retired: ['another'] })).toMatchObject({ version: 3 });
  });
});
