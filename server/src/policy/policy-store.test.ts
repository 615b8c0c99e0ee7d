import { describe, expect, it } from 'vitest';
import { compactVerify, createLocalJWKSet, decodeProtectedHeader } from 'jose';
import { KeySealer } from '../keys/key-sealer';
import { KeyStore } from '../keys/key-store';
import { testDb } from '../testing/memory-db';
import { PolicyRejectedError } from './errors';
import { PolicyStore } from './policy-store';

function setup() {
  const { db, clock } = testDb();
  const keys = new KeyStore(db, new KeySealer('test master key, long enough to pass'), clock.now);
  return { db, clock, keys, store: new PolicyStore(db, keys, clock.now) };
}

async function payloadOf(jws: string, keys: KeyStore) {
  const { payload } = await compactVerify(jws, createLocalJWKSet(keys.publicJwks()));
  return JSON.parse(new TextDecoder().decode(payload)) as { version: number; author: string; policy: { name: string; version: number } };
}

describe('PolicyStore', () => {
  it('serves the built-in default as version 1 on a fresh server, signed with its key', async () => {
    const { store, keys } = setup();
    const bundle = await store.currentBundle();
    expect(bundle.version).toBe(1);
    expect(decodeProtectedHeader(bundle.jws)).toMatchObject({ alg: 'ES256', typ: 'promptgate-policy+jws', kid: (await keys.active()).kid });
    expect(await payloadOf(bundle.jws, keys)).toMatchObject({ version: 1, policy: { name: 'promptgate default', version: 1 } });
  });

  it('refuses an invalid document with every error, its path and line, and stores nothing', async () => {
    const { store } = setup();
    await store.currentBundle();
    const pushed = store.push('version: 1\nname: x\ndefaultAction: explode\nwarn:\n  nope: true\n', 'yaml', 'ann', 'bad');
    await expect(pushed).rejects.toBeInstanceOf(PolicyRejectedError);
    const error = (await pushed.catch((e: unknown) => e)) as PolicyRejectedError;
    expect(error.errors.map((e) => [e.path, e.line])).toEqual([
      ['defaultAction', 3],
      ['warn.nope', 5],
    ]);
    expect(store.history().map((v) => v.version)).toEqual([1]);
  });

  it('numbers versions itself, keeps author and comment, diffs, and rolls back as a new version', async () => {
    const { store, keys } = setup();
    await store.currentBundle();
    const v2 = await store.push('version: 7\nname: acme\ndefaultAction: block\n', 'yaml', 'ann@example.com', 'strict');
    expect(v2.version).toMatchObject({ version: 2, author: 'ann@example.com', comment: 'strict' });
    expect((await payloadOf(v2.bundle.jws, keys)).policy.version).toBe(2);
    await store.push('{"version": 1, "name": "acme", "defaultAction": "warn"}', 'json', 'ann@example.com', 'json works too');
    const diff = store.diff(2, 3);
    expect(diff.filter((l) => l.op !== ' ').length).toBeGreaterThan(0);
    const rolled = await store.rollback(2, 'bob', '');
    expect(rolled.version).toMatchObject({ version: 4, rollbackOf: 2, comment: 'rollback to version 2' });
    expect((await payloadOf(rolled.bundle.jws, keys)).policy).toMatchObject({ name: 'acme', version: 4 });
    expect(store.history().map((v) => v.version)).toEqual([4, 3, 2, 1]);
  });

  it('after a rotation re-signs the newest version with the new key; the old key stays published with an endorsement', async () => {
    const { store, keys } = setup();
    const before = await store.currentBundle();
    const next = await keys.rotate();
    const after = await store.resign();
    expect(after.version).toBe(before.version);
    expect(after.kid).toBe(next.kid);
    expect(after.etag).not.toBe(before.etag);
    expect(keys.publicJwks().keys.map((k) => k.kid)).toEqual([next.kid, before.kid]);
    expect(keys.endorsements()).toHaveLength(1);
    expect(decodeProtectedHeader(keys.endorsements()[0]!).kid).toBe(before.kid);
  });

  it('keeps keys and versions across a restart (same database)', async () => {
    const { db, clock, store, keys } = setup();
    const first = await store.currentBundle();
    const again = new PolicyStore(db, new KeyStore(db, new KeySealer('test master key, long enough to pass'), clock.now), clock.now);
    expect((await again.currentBundle()).etag).toBe(first.etag);
    expect((await keys.active()).kid).toBe(first.kid);
  });
});
