import { describe, expect, it } from 'vitest';
import { testDb } from '../testing/memory-db';
import { KeySealer, MasterKeyMismatchError } from './key-sealer';
import { KeyStore, keyFingerprint } from './key-store';

const MASTER = 'a master key of more than thirty-two characters';

describe('KeyStore', () => {
  it('keeps private keys sealed: the database alone holds no private key material', async () => {
    const { db, clock } = testDb();
    const keys = new KeyStore(db, new KeySealer(MASTER), clock.now);
    const { kid } = await keys.active();
    const row = db.prepare('SELECT private_jwk FROM signing_keys WHERE kid = ?').get(kid) as { private_jwk: string };
    expect(row.private_jwk).not.toContain('"d"');
    expect(KeyStore.hasSealedKeys(db)).toBe(true);
    expect((await new KeyStore(db, new KeySealer(MASTER), clock.now).active()).kid).toBe(kid);
    expect(() => new KeyStore(db, new KeySealer('another master key, also long enough!!'), clock.now).sealAll()).toThrow(MasterKeyMismatchError);
  });

  it('seals keys an older server stored in the clear', async () => {
    const { db, clock } = testDb();
    const keys = new KeyStore(db, new KeySealer(MASTER), clock.now);
    const { kid } = await keys.active();
    const plain = JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'secret' });
    db.prepare('UPDATE signing_keys SET private_jwk = ? WHERE kid = ?').run(plain, kid);
    keys.sealAll();
    const row = db.prepare('SELECT private_jwk FROM signing_keys WHERE kid = ?').get(kid) as { private_jwk: string };
    expect(row.private_jwk).not.toContain('secret');
    expect(new KeySealer(MASTER).open(row.private_jwk, kid)).toBe(plain);
  });

  it('a compromise rotation leaves the stolen key out of the published keys', async () => {
    const { db, clock } = testDb();
    const keys = new KeyStore(db, new KeySealer(MASTER), clock.now);
    const first = await keys.active();
    const routine = await keys.rotate();
    const replacement = await keys.rotate({ compromised: { versionFloor: 4 } });
    expect(keys.publicJwks().keys.map((k) => k.kid)).toEqual([replacement.kid, first.kid]);
    expect(keys.compromisedKids()).toEqual([routine.kid]);
    const endorsement = keys.endorsements()[1]!;
    expect(JSON.parse(Buffer.from(endorsement.split('.')[1]!, 'base64url').toString())).toMatchObject({
      jwk: { kid: replacement.kid },
      compromised: { kid: routine.kid, versionFloor: 4 },
    });
    expect(keyFingerprint(replacement.kid)).toBe(`SHA256:${replacement.kid}`);
  });
});
