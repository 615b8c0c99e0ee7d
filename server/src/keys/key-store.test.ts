import { describe, expect, it } from 'vitest';
import { compactVerify, createLocalJWKSet } from 'jose';
import { ENGINES } from '../testing/engines';
import { testStores, twoReplicas, type TestReplica } from '../testing/replicas';
import { KeySealer, MasterKeyMismatchError } from './key-sealer';
import { KeyStore, keyFingerprint, type SigningKey } from './key-store';

const MASTER = 'a master key of more than thirty-two characters';

const keyStoreOn = ({ db, bus }: TestReplica, now: () => number = Date.now) => new KeyStore(db, bus, now, new KeySealer(MASTER));

describe.each(ENGINES)('KeyStore on %s', (engine) => {
  it('keeps private keys sealed: the database alone holds no private key material', async () => {
    const replica = await testStores(engine);
    const { db, clock } = replica;
    const keys = keyStoreOn(replica, clock.now);
    const { kid } = await keys.active();
    const row = await db.get<{ private_jwk: string }>('SELECT private_jwk FROM signing_keys WHERE kid = ?', [kid]);
    expect(row!.private_jwk).not.toContain('"d"');
    expect(await KeyStore.hasSealedKeys(db)).toBe(true);
    expect((await keyStoreOn(replica, clock.now).active()).kid).toBe(kid);
    await expect(new KeyStore(db, replica.bus, clock.now, new KeySealer('another master key, also long enough!!')).sealAll()).rejects.toThrow(MasterKeyMismatchError);
  });

  it('seals keys an older server stored in the clear', async () => {
    const replica = await testStores(engine);
    const { db } = replica;
    const keys = keyStoreOn(replica, replica.clock.now);
    const { kid } = await keys.active();
    const plain = JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'secret' });
    await db.run('UPDATE signing_keys SET private_jwk = ? WHERE kid = ?', [plain, kid]);
    expect(await KeyStore.hasSealedKeys(db)).toBe(false);
    await keys.sealAll();
    const row = await db.get<{ private_jwk: string }>('SELECT private_jwk FROM signing_keys WHERE kid = ?', [kid]);
    expect(row!.private_jwk).not.toContain('secret');
    expect(new KeySealer(MASTER).open(row!.private_jwk, kid)).toBe(plain);
  });

  it('a compromise rotation leaves the stolen key out of the published keys', async () => {
    const replica = await testStores(engine);
    const { clock } = replica;
    const keys = keyStoreOn(replica, clock.now);
    const first = await keys.active();
    clock.advance(1000);
    const routine = await keys.rotate();
    clock.advance(1000);
    const replacement = await keys.rotate({ compromised: { versionFloor: 4 } });
    expect((await keys.publicJwks()).keys.map((k) => k.kid)).toEqual([replacement.kid, first.kid]);
    expect(await keys.compromisedKids()).toEqual([routine.kid]);
    const endorsement = (await keys.endorsements())[1]!;
    expect(JSON.parse(Buffer.from(endorsement.split('.')[1]!, 'base64url').toString())).toMatchObject({
      jwk: { kid: replacement.kid },
      compromised: { kid: routine.kid, versionFloor: 4 },
    });
    expect(keyFingerprint(replacement.kid)).toBe(`SHA256:${replacement.kid}`);
  });
});

describe('KeyStore with two replicas on PostgreSQL', () => {
  it('replicas starting at once make one signing key between them', async () => {
    const [a, b] = await twoReplicas();
    const [onA, onB] = await Promise.all([keyStoreOn(a).active(), keyStoreOn(b).active()]);
    expect(onA.kid).toBe(onB.kid);
    expect((await a.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM signing_keys'))!.n).toBe(1);
  });

  it("a rotation on A drops B's published keys and endorsements as soon as B hears of it", async () => {
    const [a, b] = await twoReplicas();
    const onA = keyStoreOn(a);
    const onB = keyStoreOn(b);
    const first = await onB.active();
    expect((await onB.publicJwks()).keys.map((k) => k.kid)).toEqual([first.kid]);
    expect(await onB.endorsements()).toEqual([]);
    // (The first key's own notification may still be on its way: the one awaited names another key.)
    const heard = new Promise<string>((resolve) => b.bus.subscribe('keys', (kid) => kid !== first.kid && resolve(kid)));
    const next = await onA.rotate();
    expect(await heard).toBe(next.kid);
    expect((await onB.publicJwks()).keys.map((k) => k.kid)).toEqual([next.kid, first.kid]);
    expect(await onB.endorsements()).toHaveLength(1);
    expect((await onB.active()).kid).toBe(next.kid);
  });

  it('a signature B made while A rotated is made again with the new key before it is stored', async () => {
    const [a, b] = await twoReplicas();
    const onA = keyStoreOn(a);
    const onB = keyStoreOn(b);
    const retired = await onB.active();
    let rotated: SigningKey | undefined;
    const signedWith: string[] = [];
    const stored = await onB.signWithActiveKey(
      async (key) => {
        signedWith.push(key.kid);
        // A rotates between B's signature and B's store, the window a cached key would sign in.
        rotated ??= await onA.rotate();
        return key.kid;
      },
      async (tx, kid) => {
        await tx.run('INSERT INTO admin_tokens (token_hash, name, created_at) VALUES (?, ?, 0)', [kid, 'signed with']);
        return kid;
      },
    );
    expect(signedWith).toEqual([retired.kid, rotated!.kid]);
    expect(stored).toBe(rotated!.kid);
    expect(await a.db.all('SELECT token_hash FROM admin_tokens')).toEqual([{ token_hash: rotated!.kid }]);
  });

  it('rotations on A racing signatures on B: everything B stored verifies with a key that was not retired before it', async () => {
    const [a, b] = await twoReplicas();
    const onA = keyStoreOn(a);
    const onB = keyStoreOn(b);
    await onB.active();
    const sign = (i: number) =>
      onB.signWithActiveKey(
        async (key) => ({ kid: key.kid, at: i }),
        async (tx, signed) => {
          // Inside the transaction that holds the signing lock: what is active now stays active until it commits.
          const active = await tx.get<{ kid: string }>('SELECT kid FROM signing_keys WHERE retired_at IS NULL');
          return { ...signed, activeAtStore: active!.kid };
        },
      );
    const results = await Promise.all([sign(0), onA.rotate(), sign(1), onA.rotate(), sign(2), sign(3), onA.rotate(), sign(4)]);
    const signatures = results.filter((r): r is { kid: string; at: number; activeAtStore: string } => 'activeAtStore' in r);
    expect(signatures).toHaveLength(5);
    for (const signature of signatures) expect(signature.kid).toBe(signature.activeAtStore);
    const jwks = createLocalJWKSet(await onB.publicJwks());
    expect((await onB.publicJwks()).keys).toHaveLength(4);
    // The endorsement chain is whole: each rotation's key is signed by the one before it, on whichever replica.
    for (const endorsement of await onB.endorsements()) await expect(compactVerify(endorsement, jwks)).resolves.toBeDefined();
  });
});
