import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CompactSign, importJWK, type JWK } from 'jose';
import { defaultPolicy } from '@promptgate/shared';
import { KeySealer } from '../../server/src/keys/key-sealer';
import { startBundleRelay, type BundleRelay } from './bundle-relay';
import { adminCall, startServerProcess, type ServerProcess, startServerInTempDir } from './server-process';
import { startTestGateway, type TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { enrollThroughUi, orgGatewayOptions, orgStatusOf, pushPolicy, verdictOf } from './org-steps';

const blockOrion = `version: 1
name: acme
custom:
  - id: codename
    kind: keywords
    keywords: ["Orion"]
    action: block
`;

/** What an attacker who copied the data directory (server.db and the master key file) can sign with. */
function stealActiveKey(serverDir: string): { kid: string; jwk: JWK } {
  const db = new Database(join(serverDir, 'server.db'), { readonly: true });
  try {
    const row = db.prepare('SELECT kid, private_jwk FROM signing_keys WHERE retired_at IS NULL').get() as { kid: string; private_jwk: string };
    const sealer = new KeySealer(readFileSync(join(serverDir, 'master.key'), 'utf8'));
    return { kid: row.kid, jwk: JSON.parse(sealer.open(row.private_jwk, row.kid)) as JWK };
  } finally {
    db.close();
  }
}

async function forgeAllowAll(stolen: { kid: string; jwk: JWK }, version: number): Promise<string> {
  const payload = { version, issuedAt: Date.now(), author: 'attacker', comment: 'allow everything', policy: { ...defaultPolicy, version, name: 'allow everything', custom: [] } };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'ES256', kid: stolen.kid, typ: 'promptgate-policy+jws' })
    .sign(await importJWK(stolen.jwk, 'ES256'));
}

/** Recovery from a stolen signing key: revoke it in a rotation, reset the version floor, keep the fleet. */
describe('a stolen signing key', () => {
  let server: ServerProcess;
  let relay: BundleRelay;
  let gw: TestGateway;
  let serverDir: string;
  let adminToken: string;

  const orgStatus = () => orgStatusOf(gw);
  const verdict = (text: string) => verdictOf(gw, text);

  beforeAll(async () => {
    ({ server, dir: serverDir, adminToken } = await startServerInTempDir());
    relay = await startBundleRelay(server.url);
    gw = await startTestGateway(orgGatewayOptions());
    await enrollThroughUi(gw, relay.url, adminToken, 'carol@example.com');
    await pushPolicy(server.url, adminToken, blockOrion, 'v2');
    await gw.gateway.org.pullPolicy();
    expect(await verdict('the Orion launch plan')).toBe('block');
  });

  afterAll(async () => {
    await gw?.stop();
    await relay?.stop();
    await server?.stop();
    await rm(serverDir, { recursive: true, force: true });
  });

  it('is stored sealed: server.db alone holds no private key', () => {
    const db = new Database(join(serverDir, 'server.db'), { readonly: true });
    const rows = db.prepare('SELECT private_jwk FROM signing_keys').all() as Array<{ private_jwk: string }>;
    db.close();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.private_jwk).not.toMatch(/"d"\s*:/);
  });

  it('a compromise rotation revokes it: honest bundles are taken again, and nothing it signs is accepted', async () => {
    const stolen = stealActiveKey(serverDir);
    // The theft works until the org notices: a forged "allow everything" as a much higher version.
    relay.serve = await forgeAllowAll(stolen, 100);
    await gw.gateway.org.pullPolicy();
    expect((await orgStatus()).policy.version).toBe(100);
    expect(await verdict('the Orion launch plan')).toBe('allow');

    const rotated = await adminCall<{ kid: string; version: number; compromised: string[] }>(server.url, adminToken, 'POST', '/admin/keys/rotate', { compromised: true });
    expect(rotated.status).toBe(200);
    expect(rotated.body.compromised).toEqual([stolen.kid]);
    relay.serve = undefined;
    await gw.gateway.org.pullPolicy();
    // The honest version 2, re-signed by the new key, is in force again although 100 was seen.
    expect(await orgStatus()).toMatchObject({ policy: { version: 2 }, warnings: [] });
    expect(await verdict('the Orion launch plan')).toBe('block');

    relay.serve = await forgeAllowAll(stolen, 101);
    await gw.gateway.org.pullPolicy();
    const status = await orgStatus();
    expect(status.warnings.map((w) => w.code)).toContain('revoked_key');
    expect(status.policy.version).toBe(2);
    expect(await verdict('the Orion launch plan')).toBe('block');
    relay.serve = undefined;

    const jwks = (await (await fetch(`${server.url}/.well-known/jwks.json`)).json()) as { keys: Array<{ kid: string }> };
    expect(jwks.keys.map((key) => key.kid)).not.toContain(stolen.kid);
  });

  it('the revocation survives a restart: an offline gateway does not take the stolen key either', async () => {
    const stolenKey = stealActiveKey(serverDir);
    await pushPolicy(server.url, adminToken, blockOrion, 'v3 under the new key');
    await gw.gateway.org.pullPolicy();
    await gw.stop({ keepData: true });
    gw = await startTestGateway(orgGatewayOptions({ dataDir: gw.dataDir }));
    expect(gw.gateway.services.policy.active).toMatchObject({ source: 'org', policy: { version: 3 } });
    // A key copied before a routine rotation signs nothing new once the gateway followed that rotation. It has
    // followed it once it enforces a policy signed after the rotation (a pull may join one that began before).
    await adminCall(server.url, adminToken, 'POST', '/admin/keys/rotate');
    const afterRotation = await pushPolicy(server.url, adminToken, blockOrion, 'signed with the rotated key');
    await expect
      .poll(
        async () => {
          await gw.gateway.org.pullPolicy();
          return gw.gateway.services.policy.active.policy.version;
        },
        { message: 'the gateway to enforce the policy signed after the rotation' },
      )
      .toBe(afterRotation);
    const stolenBundle = await forgeAllowAll(stolenKey, afterRotation + 1);
    relay.serve = stolenBundle;
    // A pull asked for while another is in flight joins it, and that one may have fetched before the swap: ask
    // until a pull has seen the stolen bundle.
    await expect
      .poll(
        async () => {
          await gw.gateway.org.pullPolicy();
          return (await orgStatus()).warnings.map((w) => w.code);
        },
        { message: 'a pull that sees the stolen bundle' },
      )
      .toContain('retired_key');
    expect((await orgStatus()).warnings.map((w) => w.code)).toContain('retired_key');
    expect(gw.gateway.services.policy.active.policy.version).toBe(afterRotation);
    relay.serve = undefined;
  });
});

describe('the master key that seals the signing keys', () => {
  it('comes from the environment; without it (or with another) the server refuses to start with one clear line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-server-'));
    const key = { PROMPTGATE_SERVER_MASTER_KEY: 'k'.repeat(16) + 'a master key from a vault' };
    try {
      const first = await startServerProcess(['--port', '0', '--data-dir', dir], key);
      await first.adminToken();
      await first.stop();
      await expect(startServerProcess(['--port', '0', '--data-dir', dir])).rejects.toThrow(
        /exited with 2: promptgate-server: the signing keys in the database are encrypted and this server has no master key: pass --master-key-file FILE or set PROMPTGATE_SERVER_MASTER_KEY/,
      );
      await expect(startServerProcess(['--port', '0', '--data-dir', dir], { PROMPTGATE_SERVER_MASTER_KEY: 'another key, long enough to be taken' })).rejects.toThrow(
        /exited with 2: promptgate-server: the master key does not decrypt the signing keys in the database/,
      );
      const again = await startServerProcess(['--port', '0', '--data-dir', dir], key);
      expect((await fetch(`${again.url}/healthz`)).status).toBe(200);
      await again.stop();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
