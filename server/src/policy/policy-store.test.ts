import { describe, expect, it } from 'vitest';
import { compactVerify, createLocalJWKSet, decodeProtectedHeader } from 'jose';
import { KeySealer } from '../keys/key-sealer';
import { KeyStore } from '../keys/key-store';
import { ENGINES } from '../testing/engines';
import { testStores, twoReplicas, type TestReplica } from '../testing/replicas';
import type { SignedBundle } from './bundle';
import { PolicyRejectedError } from './errors';
import { PolicyStore } from './policy-store';

const MASTER = 'test master key, long enough to pass';

/** One server process's key and policy stores on `replica`'s connections. */
function storesOn({ db, bus }: TestReplica, now: () => number = Date.now, onSigned?: (bundle: SignedBundle) => void) {
  const keys = new KeyStore(db, bus, now, new KeySealer(MASTER));
  return { keys, store: new PolicyStore(db, bus, now, keys, onSigned) };
}

async function payloadOf(jws: string, keys: KeyStore) {
  const { payload } = await compactVerify(jws, createLocalJWKSet(await keys.publicJwks()));
  return JSON.parse(new TextDecoder().decode(payload)) as { version: number; author: string; policy: { name: string; version: number } };
}

const acme = (action: string) => `version: 1\nname: acme\ndefaultAction: ${action}\n`;

describe.each(ENGINES)('PolicyStore on %s', (engine) => {
  async function setup() {
    const replica = await testStores(engine);
    const signed: SignedBundle[] = [];
    return { ...replica, signed, ...storesOn(replica, replica.clock.now, (bundle) => signed.push(bundle)) };
  }

  it('serves the built-in default as version 1 on a fresh server, signed with its key', async () => {
    const { store, keys, signed } = await setup();
    const bundle = await store.currentBundle();
    expect(bundle.version).toBe(1);
    expect(decodeProtectedHeader(bundle.jws)).toMatchObject({ alg: 'ES256', typ: 'promptgate-policy+jws', kid: (await keys.active()).kid });
    expect(await payloadOf(bundle.jws, keys)).toMatchObject({ version: 1, policy: { name: 'promptgate default', version: 1 } });
    expect(signed.map((b) => b.etag)).toEqual([bundle.etag]);
  });

  it('refuses an invalid document with every error, its path and line, and stores nothing', async () => {
    const { store } = await setup();
    await store.currentBundle();
    const pushed = store.push('version: 1\nname: x\ndefaultAction: explode\nwarn:\n  nope: true\n', 'yaml', 'ann', 'bad');
    await expect(pushed).rejects.toBeInstanceOf(PolicyRejectedError);
    const error = (await pushed.catch((e: unknown) => e)) as PolicyRejectedError;
    expect(error.errors.map((e) => [e.path, e.line])).toEqual([
      ['defaultAction', 3],
      ['warn.nope', 5],
    ]);
    expect((await store.history()).map((v) => v.version)).toEqual([1]);
  });

  it('numbers versions itself, keeps author and comment, diffs, and rolls back as a new version', async () => {
    const { store, keys } = await setup();
    await store.currentBundle();
    const v2 = await store.push('version: 7\nname: acme\ndefaultAction: block\n', 'yaml', 'ann@example.com', 'strict');
    expect(v2.version).toMatchObject({ version: 2, author: 'ann@example.com', comment: 'strict' });
    expect((await payloadOf(v2.bundle.jws, keys)).policy.version).toBe(2);
    expect((await store.currentBundle()).etag).toBe(v2.bundle.etag);
    await store.push('{"version": 1, "name": "acme", "defaultAction": "warn"}', 'json', 'ann@example.com', 'json works too');
    const diff = await store.diff(2, 3);
    expect(diff.filter((l) => l.op !== ' ').length).toBeGreaterThan(0);
    const rolled = await store.rollback(2, 'bob', '');
    expect(rolled.version).toMatchObject({ version: 4, rollbackOf: 2, comment: 'rollback to version 2' });
    expect((await payloadOf(rolled.bundle.jws, keys)).policy).toMatchObject({ name: 'acme', version: 4 });
    expect((await store.history()).map((v) => v.version)).toEqual([4, 3, 2, 1]);
    expect((await store.get(2)).text).toContain('defaultAction: block');
  });

  it('after a rotation re-signs the newest version with the new key; the old key stays published with an endorsement', async () => {
    const { store, keys, clock } = await setup();
    const before = await store.currentBundle();
    clock.advance(1000);
    const next = await keys.rotate();
    const after = await store.resign();
    expect(after.version).toBe(before.version);
    expect(after.kid).toBe(next.kid);
    expect(after.etag).not.toBe(before.etag);
    expect((await keys.publicJwks()).keys.map((k) => k.kid)).toEqual([next.kid, before.kid]);
    expect(await keys.endorsements()).toHaveLength(1);
    expect(decodeProtectedHeader((await keys.endorsements())[0]!).kid).toBe(before.kid);
  });

  it('a long-poll waiting on the current bundle is answered when a new version is pushed', async () => {
    const { store } = await setup();
    const first = await store.currentBundle();
    // Far longer than the test may take: only the push can end this wait.
    const waiting = store.waitForChange(first.etag, 600_000, new AbortController().signal);
    const pushed = await store.push(acme('block'), 'yaml', 'ann', '');
    await waiting;
    expect((await store.currentBundle()).etag).toBe(pushed.bundle.etag);
  });

  it('keeps keys and versions across a restart (same database)', async () => {
    const replica = await setup();
    const first = await replica.store.currentBundle();
    const again = storesOn(replica, replica.clock.now);
    expect((await again.store.currentBundle()).etag).toBe(first.etag);
    expect((await again.keys.active()).kid).toBe(first.kid);
  });
});

describe('PolicyStore with two replicas on PostgreSQL', () => {
  it('a push on A is served by B as soon as B hears of it, never the version B had cached', async () => {
    const [a, b] = await twoReplicas();
    const onA = storesOn(a);
    const onB = storesOn(b);
    const first = await onB.store.currentBundle();
    expect((await onA.store.currentBundle()).etag).toBe(first.etag);

    // What B answers the moment the notification arrives, from inside its delivery: its cache is already gone.
    // (Version 1's own notification may still be on its way: the one awaited is version 2's.)
    const servedOnNotice = new Promise<SignedBundle>((resolve) => b.bus.subscribe('policy', (version) => version === '2' && resolve(onB.store.currentBundle())));
    const waiting = onB.store.waitForChange(first.etag, 600_000, new AbortController().signal);
    const pushed = await onA.store.push(acme('block'), 'yaml', 'ann', 'on A');
    expect((await servedOnNotice).etag).toBe(pushed.bundle.etag);
    await waiting;
    expect(await onB.store.currentBundle()).toEqual(pushed.bundle);
    expect((await onB.store.history()).map((v) => v.version)).toEqual([2, 1]);
  });

  it('after a rotation on A, a push on B signs with the new key', async () => {
    const [a, b] = await twoReplicas();
    const onA = storesOn(a);
    const onB = storesOn(b);
    const before = await onB.store.currentBundle();
    const next = await onA.keys.rotate();
    const pushed = await onB.store.push(acme('warn'), 'yaml', 'ann', 'on B');
    expect(pushed.bundle.kid).toBe(next.kid);
    expect(decodeProtectedHeader(pushed.bundle.jws).kid).toBe(next.kid);
    expect(pushed.bundle.kid).not.toBe(before.kid);
    expect((await payloadOf(pushed.bundle.jws, onA.keys)).version).toBe(2);
  });

  it('a rotation on A whose re-signing never came: B signs the current version again with the new key when it hears of the rotation', async () => {
    const [a, b] = await twoReplicas();
    const onA = storesOn(a);
    const onB = storesOn(b);
    const before = await onB.store.currentBundle();
    const heard = new Promise<void>((resolve) => b.bus.subscribe('keys', (kid) => kid !== before.kid && resolve()));
    const next = await onA.keys.rotate();
    await heard;
    const after = await onB.store.currentBundle();
    expect(after).toMatchObject({ version: before.version, kid: next.kid });
    // A reads the same re-signed bundle instead of making one more.
    expect(await onA.store.resign()).toEqual(after);
  });

  it('replicas starting at once, and pushing at once, make one version each time and never the same number twice', async () => {
    const [a, b] = await twoReplicas();
    const onA = storesOn(a);
    const onB = storesOn(b);
    const [firstA, firstB] = await Promise.all([onA.store.currentBundle(), onB.store.currentBundle()]);
    expect(firstA).toEqual(firstB);
    const pushes = await Promise.all([
      onA.store.push(acme('block'), 'yaml', 'ann', 'A1'),
      onB.store.push(acme('warn'), 'yaml', 'bob', 'B1'),
      onA.store.push(acme('redact'), 'yaml', 'ann', 'A2'),
      onB.store.push(acme('allow'), 'yaml', 'bob', 'B2'),
    ]);
    expect(pushes.map((p) => p.version.version).sort()).toEqual([2, 3, 4, 5]);
    const history = await onB.store.history();
    expect(history.map((v) => v.version)).toEqual([5, 4, 3, 2, 1]);
    const newest = pushes.find((p) => p.version.version === 5)!;
    await expect.poll(async () => (await onA.store.currentBundle()).etag).toBe(newest.bundle.etag);
    await expect.poll(async () => (await onB.store.currentBundle()).etag).toBe(newest.bundle.etag);
    // Each bundle says the version it is stored as, so no gateway can be served a number that names other content.
    for (const push of pushes) expect((await payloadOf(push.bundle.jws, onA.keys)).version).toBe(push.version.version);
  });
});
